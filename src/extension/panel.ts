import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { queryTerms } from '../core/text/identifiers';
import type { Hit } from './protocol';
import { folderName, openHit, type LatestResults, type ResultSet } from './results';

export const RESULTS_VIEW = 'barista.results';

/** What the webview is sent: the result set, with folder names it cannot look up itself. */
export interface PanelMessage {
  type: 'results';
  title: string;
  query: string;
  info: string;
  /** Words of the query to mark in the snippets, split as the index splits identifiers (core/text). */
  terms: string[];
  hits: (Omit<Hit, 'text'> & { folderName: string; lines: string[]; firstLine: number })[];
}

/** What the webview sends back. */
export type FromPanel = { type: 'ready' } | { type: 'open'; index: number; preview?: boolean } | { type: 'search'; query: string };

/** The longest query the panel may ask for (a paste of a whole file is not a query). */
export const MAX_PANEL_QUERY = 2000;

/**
 * A message from the webview as the extension may act on it, or why not. The webview runs page
 * script, so what it sends is checked like any input: a known type, an index of a result on show,
 * a query of text.
 */
export function checkPanelMessage(m: unknown, hits: number): FromPanel | { invalid: string } {
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return { invalid: 'not an object' };
  const { type } = m as { type?: unknown };
  if (type === 'ready') return { type };
  if (type === 'open') {
    const { index, preview } = m as { index?: unknown; preview?: unknown };
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= hits)
      return { invalid: `open: index ${JSON.stringify(index)} is not one of the ${hits} results` };
    if (preview !== undefined && typeof preview !== 'boolean') return { invalid: 'open: preview is not true or false' };
    return { type, index, preview };
  }
  if (type === 'search') {
    const { query } = m as { query?: unknown };
    if (typeof query !== 'string') return { invalid: 'search: the query is not text' };
    if (query.length > MAX_PANEL_QUERY) return { invalid: `search: the query has ${query.length} characters, more than ${MAX_PANEL_QUERY}` };
    return { type, query };
  }
  return { invalid: `unknown type ${JSON.stringify(type)?.slice(0, 40)}` };
}

/** Lines of a chunk shown around its snippet line: enough to recognise it, short enough to scan. */
function excerpt(hit: Hit, context = 2, max = 6): { lines: string[]; firstLine: number } {
  const all = hit.text.split('\n');
  const at = Math.min(Math.max(hit.snippet.line - hit.startLine, 0), all.length - 1);
  let from = Math.max(0, at - context);
  while (from < at && !all[from].trim()) from++;
  const lines = all.slice(from, from + max);
  while (lines.length > 1 && !lines[lines.length - 1].trim()) lines.pop();
  return { lines, firstLine: hit.startLine + from };
}

export function panelMessage(set: ResultSet): PanelMessage {
  const sizes = [...new Set(set.sizes.map((s) => s.name))];
  return {
    type: 'results',
    title: set.title,
    query: set.query,
    terms: queryTerms(set.query),
    info: `${set.hits.length} result${set.hits.length === 1 ? '' : 's'}${sizes.length ? ` at ${sizes.join('/')}` : ''} in ${set.ms} ms`,
    hits: set.hits.map(({ text: _text, ...hit }) => ({ ...hit, folderName: folderName(hit), ...excerpt({ ...hit, text: _text }) })),
  };
}

/**
 * The results panel: a webview in Barista's own panel container. It shows the latest search or
 * "find similar" as ranked snippets, filters them by folder, language and kind, and opens a result
 * on click or Enter. It can also run a search itself.
 */
export class ResultsPanel implements vscode.WebviewViewProvider, vscode.Disposable {
  private view?: vscode.WebviewView;
  /** The webview's script has run (it said 'ready'). */
  private ready = false;
  /** The last result set the webview took in (postMessage said it was delivered). */
  private delivered?: { query: string; title: string; hits: number };
  private readonly subs: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly latest: LatestResults,
    private readonly search: (query: string) => Promise<void>,
    private readonly log?: Pick<vscode.LogOutputChannel, 'warn'>,
  ) {
    this.subs.push(latest.onDidChange(() => this.post()));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    view.webview.options = { enableScripts: true, localResourceRoots: [media] };
    view.webview.html = this.html(view.webview, media);
    this.subs.push(
      view.webview.onDidReceiveMessage((m: unknown) => this.receive(m)),
      view.onDidDispose(() => {
        this.view = undefined;
        this.ready = false;
        this.delivered = undefined;
      }),
    );
  }

  /** What the panel shows, for tests: whether it is open and visible, its script running, and the results it holds. */
  get shown(): { visible: boolean; ready: boolean; results?: { query: string; title: string; hits: number } } {
    return { visible: this.view?.visible ?? false, ready: this.ready, results: this.delivered };
  }

  private receive(message: unknown): void {
    const m = checkPanelMessage(message, this.latest.current?.hits.length ?? 0);
    if ('invalid' in m) {
      this.log?.warn(`results panel: a message was ignored (${m.invalid})`);
      return;
    }
    if (m.type === 'ready') {
      this.ready = true;
      this.post();
    } else if (m.type === 'open') {
      const hit = this.latest.current?.hits[m.index];
      if (hit) void openHit(hit, { preview: Boolean(m.preview), preserveFocus: Boolean(m.preview) });
    } else if (m.type === 'search' && m.query.trim()) void this.search(m.query);
  }

  private post(): void {
    const set = this.latest.current;
    const view = this.view;
    if (!view || !set) return;
    void view.webview.postMessage(panelMessage(set)).then((ok) => {
      if (ok && this.view === view) this.delivered = { query: set.query, title: set.title, hits: set.hits.length };
    });
  }

  async reveal(): Promise<void> {
    await vscode.commands.executeCommand(`${RESULTS_VIEW}.focus`);
  }

  private html(webview: vscode.Webview, media: vscode.Uri): string {
    const nonce = randomBytes(16).toString('base64');
    const css = webview.asWebviewUri(vscode.Uri.joinPath(media, 'results.css'));
    const js = webview.asWebviewUri(vscode.Uri.joinPath(media, 'results.js'));
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css}">
<title>Barista results</title>
</head>
<body>
<form id="search" role="search" aria-label="Barista search">
  <input id="query" type="search" aria-label="Search query" placeholder="Describe the code or docs you are looking for">
</form>
<div class="toolbar" role="group" aria-label="Filters">
  <label>Folder <select id="folder" aria-label="Filter by folder"></select></label>
  <label>Language <select id="language" aria-label="Filter by language"></select></label>
  <label>Kind <select id="kind" aria-label="Filter by kind"></select></label>
</div>
<h2 id="title" class="title"></h2>
<p id="info" class="info" role="status" aria-live="polite">Run "Barista: Search" or "Find similar" to see results here.</p>
<ol id="results" class="results" aria-labelledby="title"></ol>
<script nonce="${nonce}" src="${js}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.subs.forEach((s) => s.dispose());
  }
}
