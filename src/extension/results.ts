import * as vscode from 'vscode';
import type { Size } from '../core/model/ladder';
import type { Hit } from './protocol';

/** One set of results as the panel shows it: a search or a "find similar". */
export interface ResultSet {
  title: string;
  query: string;
  hits: Hit[];
  sizes: Size[];
  ms: number;
}

/** The latest results, shared by the quick pick, "find similar" and the panel. */
export class LatestResults implements vscode.Disposable {
  private value?: ResultSet;
  private readonly emitter = new vscode.EventEmitter<ResultSet>();
  readonly onDidChange = this.emitter.event;

  get current(): ResultSet | undefined {
    return this.value;
  }

  set(results: ResultSet): void {
    this.value = results;
    this.emitter.fire(results);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

export function folderUri(hit: Pick<Hit, 'folder'>): vscode.Uri {
  return vscode.Uri.parse(hit.folder);
}

export function hitUri(hit: Pick<Hit, 'folder' | 'path'>): vscode.Uri {
  return vscode.Uri.joinPath(folderUri(hit), ...hit.path.split('/'));
}

/** The chunk's lines; the cursor goes to the line the snippet shows. */
export function hitLocation(hit: Hit): vscode.Location {
  return new vscode.Location(hitUri(hit), new vscode.Range(hit.startLine - 1, 0, Math.max(hit.startLine, hit.endLine) - 1, 0));
}

/** The one line that stands for a hit (its definition line, or the line matching the query): what a peek lists. */
export function focusLocation(hit: Hit): vscode.Location {
  const line = focusLine(hit);
  return new vscode.Location(hitUri(hit), new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER));
}

export function focusLine(hit: Hit): number {
  const line = hit.snippet.line >= hit.startLine && hit.snippet.line <= hit.endLine ? hit.snippet.line : hit.startLine;
  return line - 1;
}

/** Opens a hit: a preview tab on highlight, a real tab (with focus) on accept. */
export async function openHit(hit: Hit, options: { preview: boolean; preserveFocus: boolean }): Promise<vscode.TextEditor> {
  const line = focusLine(hit);
  const selection = new vscode.Range(line, 0, line, 0);
  const editor = await vscode.window.showTextDocument(hitUri(hit), { ...options, selection });
  editor.revealRange(new vscode.Range(hit.startLine - 1, 0, hit.endLine - 1, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function folderName(hit: Pick<Hit, 'folder'>): string {
  return vscode.workspace.getWorkspaceFolder(folderUri(hit))?.name ?? folderUri(hit).path.split('/').pop() ?? '';
}
