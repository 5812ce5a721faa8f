import * as path from 'node:path';
import * as vscode from 'vscode';
import { WorkerClient } from './client';
import { diffConfig, readConfig, SECTION, type Config } from './config';
import { Indexing } from './indexing';
import { ResultsPanel, RESULTS_VIEW } from './panel';
import { LatestResults } from './results';
import { runSearch } from './search';
import { SimilarLensProvider } from './similar';
import { StatusBar } from './status';

/** What exists only in a trusted workspace: the engine, indexing and the CodeLens. */
export interface Running {
  client: WorkerClient;
  indexing: Indexing;
  lenses: SimilarLensProvider;
}

/**
 * The one context object: settings, log, latest results and views, and (once the workspace is
 * trusted) the engine and indexing. Commands and views read from it; nothing else holds state.
 */
export class Barista implements vscode.Disposable {
  config: Config;
  readonly latest = new LatestResults();
  readonly panel: ResultsPanel;
  running?: Running;
  status: StatusBar;
  private readonly disposables: vscode.Disposable[] = [];
  private runningDisposables: vscode.Disposable[] = [];

  constructor(
    readonly context: vscode.ExtensionContext,
    readonly log: vscode.LogOutputChannel,
  ) {
    this.config = this.readConfig();
    this.panel = new ResultsPanel(context.extensionUri, this.latest, (query) => this.searchToPanel(query), log);
    this.status = new StatusBar();
    this.disposables.push(
      this.latest,
      this.panel,
      vscode.window.registerWebviewViewProvider(RESULTS_VIEW, this.panel, { webviewOptions: { retainContextWhenHidden: true } }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) void this.reconfigure();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        this.config = this.readConfig(this.config);
        this.log.info('workspace trusted: indexing starts');
        void this.start();
      }),
    );
  }

  /** Reads the settings; a value that is not allowed (its default is used) is logged and shown once. */
  private readConfig(before?: Config): Config {
    const config = readConfig();
    const fresh = config.problems.filter((p) => !before?.problems.includes(p));
    for (const problem of fresh) this.log.warn(`settings: ${problem}`);
    if (fresh.length) void vscode.window.showWarningMessage(`Barista: ${fresh.join(' ')}`);
    return config;
  }

  get extensionId(): string {
    return this.context.extension.id;
  }

  /** Starts the engine and indexing, unless the workspace is untrusted (then the status bar says why). */
  async start(): Promise<void> {
    if (this.running) return;
    if (!vscode.workspace.isTrusted) {
      this.log.info('workspace not trusted: no indexing until it is');
      return;
    }
    const client = new WorkerClient(path.join(this.context.extensionPath, 'dist', 'worker.js'), this.log);
    const indexing = new Indexing(client, this.config, this.log, this.context.workspaceState);
    const lenses = new SimilarLensProvider(client, indexing, () => this.config);
    this.running = { client, indexing, lenses };
    this.status.dispose();
    this.status = new StatusBar(indexing);
    this.runningDisposables = [
      client,
      indexing,
      lenses,
      vscode.languages.registerCodeLensProvider({ scheme: 'file' }, lenses),
      client.onEvent((e) => {
        if (e.type === 'log') this.log[e.level](e.message);
      }),
      client.onExit(() => this.status.render()),
    ];
    try {
      await indexing.start();
    } catch (e) {
      this.log.error(`could not start Barista's engine: ${(e as Error).message}`);
      this.status.fail((e as Error).message);
      void vscode.window.showErrorMessage(`Barista could not start: ${(e as Error).message}`, 'Show Logs').then((pick) => {
        if (pick) this.log.show();
      });
    }
  }

  private async reconfigure(): Promise<void> {
    const before = this.config;
    this.config = this.readConfig(before);
    const change = diffConfig(before, this.config);
    if (change.codeLens) this.running?.lenses.refresh();
    if (!this.running || (!change.engine && !change.location)) return;
    this.log.info('settings changed: applying them');
    try {
      await this.running.indexing.configure(this.config, change.location);
    } catch (e) {
      this.log.error(`settings could not be applied: ${(e as Error).message}`);
      void vscode.window.showErrorMessage(`Barista: ${(e as Error).message}`);
    }
    this.running.lenses.refresh();
    this.status.render();
  }

  private async searchToPanel(query: string): Promise<void> {
    if (!this.running) return;
    try {
      const answer = await runSearch(this.running.client, { query, k: this.config.maxResults, ranking: this.config.ranking });
      this.latest.set({ title: `Search: ${query}`, query, hits: answer.hits, sizes: Object.values(answer.sizes), ms: answer.ms });
    } catch (e) {
      void vscode.window.showWarningMessage(`Barista: ${(e as Error).message}`);
    }
  }

  async shutdown(): Promise<void> {
    await this.running?.client.shutdown();
  }

  dispose(): void {
    this.runningDisposables.forEach((d) => d.dispose());
    this.status.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
