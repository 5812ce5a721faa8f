import * as vscode from 'vscode';
import type { WorkerClient } from './client';
import type { Config } from './config';
import type { Indexing } from './indexing';
import type { Size } from '../core/model/ladder';
import type { Hit, OutlineEntry } from './protocol';
import { focusLocation, type LatestResults } from './results';

const PEEK_RESULTS = 10;

/**
 * "Find similar" above each function and class. The places come from the index (the chunker's
 * definitions), not from a language server: they work for every language the chunker knows and
 * always name a chunk that "find similar" can start from.
 */
export class SimilarLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly sub: vscode.Disposable;

  constructor(
    private readonly client: WorkerClient,
    private readonly indexing: Indexing,
    private readonly config: () => Config,
  ) {
    this.sub = indexing.onDidIndex(() => this.changed.fire());
  }

  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    if (!this.config().codeLens) return [];
    const state = this.indexing.folderOf(document.uri);
    if (!state) return [];
    let outline: OutlineEntry[];
    try {
      outline = await this.client.request({ type: 'outline', key: state.key, path: this.indexing.relativePath(state, document.uri) });
    } catch {
      return [];
    }
    if (token.isCancellationRequested) return [];
    const lenses: vscode.CodeLens[] = [];
    let previous = '';
    for (const entry of definitions(outline)) {
      // A long definition cut into several chunks gets one lens, on its first.
      if (entry.symbol === previous) continue;
      previous = entry.symbol;
      if (entry.startLine > document.lineCount) continue;
      const line = definitionLine(document, entry.symbol, entry.startLine - 1, Math.min(entry.endLine, document.lineCount) - 1);
      lenses.push(
        new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
          title: '$(search) Find similar',
          tooltip: `Find code similar to ${entry.symbol}`,
          command: 'barista.findSimilar',
          arguments: [document.uri, line + 1],
        }),
      );
    }
    return lenses;
  }

  dispose(): void {
    this.sub.dispose();
    this.changed.dispose();
  }
}

/** Chunks that start a function, class or other definition: code chunks with a symbol. */
export function definitions(outline: OutlineEntry[]): OutlineEntry[] {
  return outline.filter((e) => e.kind === 'code' && e.symbol.trim() !== '').sort((a, b) => a.startLine - b.startLine);
}

const COMMENT = /^(\/\/|#|\/\*|\*|--|"""|''')/;

/**
 * A chunk may start with comments, imports or a small neighbour merged into it: the lens sits above
 * the first line of code naming the symbol (for `Class.method`, the method), else the first line of code.
 */
function definitionLine(document: vscode.TextDocument, symbol: string, from: number, to: number): number {
  // A chunk holding several definitions names them all ("UploadQueue, UploadQueue.add, ..."): the
  // lens belongs to the first (the class), not to the last method's line.
  const first = symbol.split(',')[0].trim();
  const name = first.split(/[.:#]/).pop() ?? first;
  let firstCode: number | undefined;
  for (let i = from; i <= to && i < document.lineCount; i++) {
    const text = document.lineAt(i).text.trim();
    if (!text || COMMENT.test(text)) continue;
    firstCode ??= i;
    if (name && new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text)) return i;
  }
  return firstCode ?? from;
}

/**
 * Finds code like a chunk (CodeLens, or the cursor's line) or like a selection (the selected text
 * is embedded and searched densely, the selection itself left out). Results open in the peek view
 * at the source and go to the panel.
 */
export async function findSimilar(
  client: WorkerClient,
  indexing: Indexing,
  latest: LatestResults,
  config: Config,
  uri?: vscode.Uri,
  line?: number,
): Promise<Hit[] | undefined> {
  let editor = vscode.window.activeTextEditor;
  const target = uri ?? editor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage('Barista: open a file and put the cursor in a function, or select some code, to find similar code.');
    return undefined;
  }
  const state = indexing.folderOf(target);
  if (!state) {
    void vscode.window.showInformationMessage('Barista: this file is not in an indexed workspace folder.');
    return undefined;
  }
  const path = indexing.relativePath(state, target);
  const selection = !uri && editor && !editor.selection.isEmpty ? editor.selection : undefined;
  let hits: Hit[];
  let title: string;
  const started = Date.now();
  let sizes: Size[];
  try {
    if (selection && editor) {
      const text = editor.document.getText(selection);
      const answer = await client.request({
        type: 'search',
        request: {
          query: text,
          folders: [],
          k: config.maxResults,
          mode: 'dense',
          exclude: { folder: state.key, path, startLine: selection.start.line + 1, endLine: selection.end.line + 1 },
        },
      });
      hits = answer.hits;
      sizes = Object.values(answer.sizes);
      title = `Similar to the selection in ${path}:${selection.start.line + 1}`;
    } else {
      const at = line ?? (editor ? editor.selection.active.line + 1 : 1);
      const answer = await client.request({ type: 'similar', key: state.key, path, line: at, k: config.maxResults });
      hits = answer.hits;
      sizes = [answer.size];
      title = `Similar to ${answer.source.symbol || path}${answer.source.symbol ? ` (${path}:${answer.source.startLine})` : `:${answer.source.startLine}`}`;
    }
  } catch (e) {
    const message = (e as Error).name === 'IndexNotReadyError' ? `${(e as Error).message}. Save the file and let indexing finish.` : (e as Error).message;
    void vscode.window.showWarningMessage(`Barista: ${message}`);
    return undefined;
  }
  latest.set({ title, query: '', hits, sizes, ms: Date.now() - started });
  if (!hits.length) {
    void vscode.window.showInformationMessage('Barista: no similar code found.');
    return hits;
  }
  // The peek opens in the source document, at the chunk or selection.
  if (!editor || editor.document.uri.toString() !== target.toString()) {
    editor = await vscode.window.showTextDocument(target, { preserveFocus: false });
  }
  const at = selection ? selection.start : new vscode.Position(Math.max(0, (line ?? editor.selection.active.line + 1) - 1), 0);
  // The peek groups locations by file and loses the ranking: it gets the best few, the panel all.
  const peekHits = hits.slice(0, PEEK_RESULTS);
  await vscode.commands.executeCommand('editor.action.peekLocations', target, at, peekHits.map(focusLocation), 'peek');
  return hits;
}
