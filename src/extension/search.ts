import * as vscode from 'vscode';
import { oncePerSymbol } from '../core/search/collapse';
import { parseInlineFilters } from '../core/search/inlineFilters';
import type { WorkerClient } from './client';
import type { Config } from './config';
import type { Hit, SearchAnswer, SearchRequest } from './protocol';
import { folderName, openHit, type LatestResults } from './results';

const DEBOUNCE_MS = 250;

const ICONS: Record<string, string> = { docs: '$(book)', code: '$(symbol-method)' };

interface HitItem extends vscode.QuickPickItem {
  hit: Hit;
}

function item(hit: Hit, multiRoot: boolean): HitItem {
  const name = hit.path.split('/').pop() ?? hit.path;
  const where = `${multiRoot ? `${folderName(hit)} · ` : ''}${hit.path}:${hit.startLine}`;
  return {
    label: `${ICONS[hit.kind] ?? ICONS.code} ${hit.symbol || name}`,
    description: where,
    detail: hit.snippet.text.trim() ? `${hit.snippet.line}: ${hit.snippet.text.trim()}` : undefined,
    // The worker already ranked these; the quick pick must not drop them for not matching the label.
    alwaysShow: true,
    hit,
  };
}

/** The longest query a title shows whole; a longer one is cut, with an ellipsis. */
export const TITLE_QUERY_CHARS = 28;

/** A query as a title names it: quoted, cut to TITLE_QUERY_CHARS. */
export function quoted(query: string): string {
  const oneLine = query.replace(/\s+/g, ' ').trim();
  return `"${oneLine.length > TITLE_QUERY_CHARS ? `${oneLine.slice(0, TITLE_QUERY_CHARS - 1)}…` : oneLine}"`;
}

export async function runSearch(client: WorkerClient, request: Omit<SearchRequest, 'folders'> & { folders?: string[] }): Promise<SearchAnswer> {
  return client.request({ type: 'search', request: { folders: [], ...request } });
}

/**
 * The editor a closed quick pick is putting back (after Escape) or opening (the accepted result).
 * Either takes the focus; a quick pick shown before it lands loses the focus and closes, and with it
 * the answer it was waiting for (a search run right after another was closed saw no results). The
 * next quick pick waits for it.
 */
let editorMove: Promise<unknown> = Promise.resolve();
/** A move that never ends (an editor that does not open) must not keep the next search from opening. */
const EDITOR_MOVE_WAIT_MS = 3000;

/**
 * "Barista: Search": results as you type (debounced; a late answer to an older query is dropped),
 * the highlighted result previewed in the editor, the accepted one opened. Every workspace folder
 * is searched and the results merged. Resolves once the quick pick is closed and the editor it
 * moved to (the accepted result, or back where it was) is shown.
 */
export async function showSearch(client: WorkerClient, config: () => Config, latest: LatestResults, initial = ''): Promise<Hit | undefined> {
  let waited: NodeJS.Timeout | undefined;
  await Promise.race([editorMove, new Promise((r) => (waited = setTimeout(r, EDITOR_MOVE_WAIT_MS)))]);
  clearTimeout(waited);
  const qp = vscode.window.createQuickPick<HitItem>();
  qp.title = 'Barista: Search';
  qp.placeholder = 'Describe the code or docs you are looking for (filters: lang:go kind:docs in:src/)';
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  const panelButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('list-flat'), tooltip: 'Show results in the Barista panel' };
  qp.buttons = [panelButton];
  qp.value = initial;
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  let generation = 0;
  let timer: NodeJS.Timeout | undefined;
  /** The text last searched: showing the quick pick echoes its initial value back as a change. */
  let searched: string | undefined;
  let accepted: Hit | undefined;
  let opening: Promise<unknown> = Promise.resolve();
  let previewed = false;
  let restore = true;
  const originalEditor = vscode.window.activeTextEditor;

  const search = async (typed: string) => {
    const mine = ++generation;
    searched = typed;
    const { query, filter, problems } = parseInlineFilters(typed);
    if (problems.length) {
      qp.items = [];
      qp.busy = false;
      qp.title = `Barista: Search · ${problems.join('; ')}`;
      return;
    }
    if (!query) {
      qp.items = [];
      qp.busy = false;
      return;
    }
    qp.busy = true;
    try {
      const answer = await runSearch(client, { query, k: config().maxResults, ranking: config().ranking, filter });
      if (mine !== generation) return;
      // Several chunks of one definition are one place to go: the best of them stands for the rest.
      qp.items = oncePerSymbol(answer.hits).map((h) => item(h, multiRoot));
      const sizes = [...new Set(Object.values(answer.sizes).map((s) => s.name))];
      // The title names the query its results answer: while one types, they may still be an earlier one's.
      qp.title = `Barista · ${answer.hits.length} results for ${quoted(query)}${sizes.length ? ` at ${sizes.join('/')}` : ''} in ${answer.ms} ms`;
      if (!Object.keys(answer.sizes).length) qp.title = 'Barista: Search · the index is still being built';
      latest.set({ title: `Search: ${query}`, query, hits: answer.hits, sizes: Object.values(answer.sizes), ms: answer.ms });
    } catch (e) {
      if (mine !== generation) return;
      qp.items = [];
      qp.title = `Barista: Search · ${(e as Error).message}`;
    } finally {
      if (mine === generation) qp.busy = false;
    }
  };

  return new Promise((resolve) => {
    const subs: vscode.Disposable[] = [
      qp.onDidChangeValue((value) => {
        clearTimeout(timer);
        if (value === searched) return;
        timer = setTimeout(() => void search(value), DEBOUNCE_MS);
      }),
      qp.onDidChangeActive((items) => {
        const hit = items[0]?.hit;
        if (!hit) return;
        previewed = true;
        void openHit(hit, { preview: true, preserveFocus: true }).catch(() => undefined);
      }),
      qp.onDidAccept(() => {
        const hit = qp.selectedItems[0]?.hit ?? qp.activeItems[0]?.hit;
        if (!hit) return;
        accepted = hit;
        restore = false;
        opening = openHit(hit, { preview: false, preserveFocus: false });
        qp.hide();
      }),
      qp.onDidTriggerButton((b) => {
        if (b === panelButton) {
          restore = false;
          opening = Promise.resolve(vscode.commands.executeCommand('barista.showResults'));
          qp.hide();
        }
      }),
      qp.onDidHide(() => {
        clearTimeout(timer);
        generation++;
        subs.forEach((s) => s.dispose());
        qp.dispose();
        // Escape puts the editor back where it was before the previews.
        if (restore && previewed && originalEditor) {
          opening = Promise.resolve(
            vscode.window.showTextDocument(originalEditor.document, { selection: originalEditor.selection, viewColumn: originalEditor.viewColumn }),
          );
        }
        const moved = opening.catch(() => undefined);
        editorMove = moved;
        void moved.then(() => resolve(accepted));
      }),
    ];
    qp.show();
    if (initial) void search(initial);
  });
}
