import * as vscode from 'vscode';
import { setUpAgentsCommand } from './agents';
import type { Barista } from './barista';
import { deleteIndexCommand } from './deleteIndex';
import { findSimilar } from './similar';
import { showSearch } from './search';
import { showStatusView } from './status';

type Command = (...args: never[]) => unknown;

const UNTRUSTED = 'Barista indexes and searches trusted workspaces only.';

/** Runs `f` with the running engine, or explains why there is none (an untrusted workspace). */
function whenRunning(ctx: Barista, f: (running: NonNullable<Barista['running']>) => unknown): Command {
  return () => {
    const running = ctx.running;
    if (running) return f(running);
    return vscode.window.showWarningMessage(UNTRUSTED, 'Manage Workspace Trust').then((pick) => {
      if (pick) void vscode.commands.executeCommand('workbench.trust.manage');
    });
  };
}

/** The command table: every command id of package.json, each a small factory over the context. */
export function commands(ctx: Barista): Record<string, Command> {
  return {
    'barista.search': (initial?: string) =>
      whenRunning(ctx, (r) => showSearch(r.client, () => ctx.config, ctx.latest, typeof initial === 'string' ? initial : ''))(),
    // From the explorer's context menu: (folder, selected folders). A query as second argument starts the search.
    'barista.searchInFolder': (uri?: vscode.Uri, query?: unknown) =>
      whenRunning(ctx, (r) =>
        showSearch(r.client, () => ctx.config, ctx.latest, (uri instanceof vscode.Uri ? folderFilter(uri) : '') + (typeof query === 'string' ? query : '')),
      )(),
    'barista.findSimilar': (uri?: vscode.Uri, line?: number) =>
      whenRunning(ctx, (r) =>
        findSimilar(r.client, r.indexing, ctx.latest, ctx.config, uri instanceof vscode.Uri ? uri : undefined, typeof line === 'number' ? line : undefined),
      )(),
    'barista.rebuildIndex': whenRunning(ctx, (r) => r.indexing.rebuild()),
    'barista.deleteIndex': whenRunning(ctx, (r) => deleteIndexCommand(r.indexing)),
    'barista.pauseIndexing': whenRunning(ctx, (r) => r.indexing.pause()),
    'barista.resumeIndexing': whenRunning(ctx, (r) => r.indexing.resume()),
    'barista.showStatus': () => (ctx.running ? showStatusView(ctx.running.indexing) : whenRunning(ctx, () => undefined)()),
    'barista.showResults': () => ctx.panel.reveal(),
    'barista.showLogs': () => ctx.log.show(),
    'barista.openSettings': () => vscode.commands.executeCommand('workbench.action.openSettings', `@ext:${ctx.extensionId}`),
    // The first-run walkthrough of package.json's contributes.walkthroughs, again whenever asked.
    'barista.getStarted': () => vscode.commands.executeCommand('workbench.action.openWalkthrough', `${ctx.extensionId}#barista.start`, false),
    // Writes to the user's agent configs, not the workspace: offered in an untrusted workspace too.
    'barista.setUpAgents': () => setUpAgentsCommand(ctx),
  };
}

/** The inline filter that keeps a search to one folder of the explorer (none for a workspace folder itself). */
function folderFilter(uri: vscode.Uri): string {
  const root = vscode.workspace.getWorkspaceFolder(uri);
  if (!root || root.uri.toString() === uri.toString()) return '';
  return `in:${vscode.workspace.asRelativePath(uri, false)}/ `;
}

export function registerCommands(ctx: Barista): vscode.Disposable[] {
  return Object.entries(commands(ctx)).map(([id, f]) => vscode.commands.registerCommand(id, f as (...args: unknown[]) => unknown));
}
