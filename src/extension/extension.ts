import * as vscode from 'vscode';
import { registerMcpProvider } from './agents';
import { Barista } from './barista';
import { registerCommands } from './commands';
import { registerTools } from './tools';
import type { ResultsPanel } from './panel';
import type { FolderStatus, OutlineEntry, PlanView, SearchAnswer } from './protocol';
import { runSearch } from './search';
import type { ResultSet } from './results';
import type { StatusText } from './status';

/** What the extension returns from activate: a small surface for tests and other extensions. */
export interface BaristaApi {
  /** Resolves when no folder is queued or being indexed. */
  whenIdle(): Promise<void>;
  search(query: string, k?: number): Promise<SearchAnswer>;
  /** The plan of each folder (the adaptive planner's), by folder name. */
  plans(): Record<string, PlanView | undefined>;
  /** What the status bar shows now. */
  statusText(): StatusText | undefined;
  folders(): { name: string; state: string; status?: FolderStatus }[];
  /** The latest results (of a search or "find similar"), as the panel shows them. */
  latest(): ResultSet | undefined;
  /** The engine's process id while it runs (tests kill it to show the editor survives a native crash). */
  enginePid(): number | undefined;
  /** The chunks the index holds for a file (empty when it holds none). */
  chunksOf(uri: vscode.Uri): Promise<OutlineEntry[]>;
  /** What the results panel shows: open and visible, its script running, the result set it took in. */
  resultsPanel(): ResultsPanel['shown'];
}

let barista: Barista | undefined;

/**
 * Activation only wires things up: settings, commands, views and the status bar. The engine
 * (ONNX Runtime, LanceDB, the model) loads in a process of its own, started right after.
 */
export function activate(context: vscode.ExtensionContext): BaristaApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Barista', { log: true });
  context.subscriptions.push(log);
  const ctx = new Barista(context, log);
  barista = ctx;
  context.subscriptions.push(ctx, ...registerCommands(ctx), ...registerTools(ctx), ...registerMcpProvider(ctx));
  log.info(`activated in ${(performance.now() - started).toFixed(1)} ms`);
  void ctx.start();
  const notRunning = () => new Error('Barista is not running (untrusted workspace?)');
  return {
    whenIdle: () => ctx.running?.indexing.whenIdle() ?? Promise.resolve(),
    search: (query, k = 10) => (ctx.running ? runSearch(ctx.running.client, { query, k }) : Promise.reject(notRunning())),
    plans: () => Object.fromEntries(ctx.running?.indexing.folders.map((s) => [s.folder.name, s.plan]) ?? []),
    statusText: () => ctx.status.current,
    latest: () => ctx.latest.current,
    enginePid: () => ctx.running?.client.pid,
    chunksOf: async (uri) => {
      const state = ctx.running?.indexing.folderOf(uri);
      if (!ctx.running || !state) return [];
      return ctx.running.client.request({ type: 'outline', key: state.key, path: ctx.running.indexing.relativePath(state, uri) });
    },
    resultsPanel: () => ctx.panel.shown,
    folders: () => ctx.running?.indexing.folders.map((s) => ({ name: s.folder.name, state: s.activity.state, status: s.status })) ?? [],
  };
}

export async function deactivate(): Promise<void> {
  // Pending index writes are flushed by closing the stores in the engine process.
  await barista?.shutdown();
  barista = undefined;
}
