import * as path from 'node:path';
import * as vscode from 'vscode';
import type { IndexProgress, IndexSummary } from '../core/index/indexer';
import { defaultIndexDir } from '../core/index/location';
import { isCancelled, type WorkerClient } from './client';
import type { Config } from './config';
import type { FolderSpec, FolderStatus, PlanView } from './protocol';

export type Phase = 'waiting' | 'queued' | 'indexing' | 'idle' | 'paused' | 'failed';

export interface FolderState {
  folder: vscode.WorkspaceFolder;
  key: string;
  spec: FolderSpec;
  phase: Phase;
  /** The latest progress of the running (or last) index run. */
  progress?: IndexProgress;
  /** What the index holds, refreshed after every run. */
  status?: FolderStatus;
  summary?: IndexSummary;
  /** Files changed since the current run started: run again when it ends. */
  dirty: boolean;
  rebuild: boolean;
  error?: string;
}

/** Changes to these paths never matter to the index (the crawler leaves them out anyway). */
const NOISE = /(^|\/)(\.git|node_modules|\.hg|\.svn)(\/|$)/;
/** Quiet time after the last file change before indexing starts: a branch switch is one run. */
const SETTLE_MS = 1000;

/**
 * Keeps every workspace folder's index current: a first build when a folder opens (with a
 * cancellable notification while the index is empty), then incremental runs after file changes.
 * One folder is indexed at a time (they share one model and the machine's cores); searches go to the
 * worker directly and are never queued behind indexing.
 */
export class Indexing implements vscode.Disposable {
  private readonly states = new Map<string, FolderState>();
  private readonly queue: string[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private running?: string;
  private paused = false;
  /** Folders whose first build the user cancelled: they wait for resume. */
  private readonly pausedKeys = new Set<string>();
  private readonly changes = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changes.event;
  private readonly indexed = new vscode.EventEmitter<string>();
  /** Fires with a folder key after a run changed what its index holds. */
  readonly onDidIndex = this.indexed.event;
  private idleWaiters: (() => void)[] = [];
  plan?: PlanView;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: WorkerClient,
    private config: Config,
    private readonly storageDir: string,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      client.onEvent((e) => {
        if (e.type === 'progress') {
          const s = this.states.get(e.key);
          if (s) {
            s.progress = e.progress;
            this.changes.fire();
          }
        } else if (e.type === 'plan') {
          this.setPlan(e.plan);
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders((e) => {
        for (const f of e.removed) void this.removeFolder(f);
        for (const f of e.added) void this.addFolder(f);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.fileChanged(d.uri)),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => (this.fileChanged(f.oldUri), this.fileChanged(f.newUri)))),
    );
  }

  get folders(): FolderState[] {
    return [...this.states.values()];
  }

  get isPaused(): boolean {
    return this.paused;
  }

  state(key: string): FolderState | undefined {
    return this.states.get(key);
  }

  folderOf(uri: vscode.Uri): FolderState | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.states.get(folder.uri.toString()) : undefined;
  }

  /** The path the index uses for a file: relative to its folder, '/' separated. */
  relativePath(state: FolderState, uri: vscode.Uri): string {
    return path.relative(state.folder.uri.fsPath, uri.fsPath).split(path.sep).join('/');
  }

  private setPlan(plan: PlanView): void {
    this.plan = plan;
    this.changes.fire();
  }

  private started?: Promise<void>;

  /** Tells the worker the settings and opens every folder; indexing starts right away. */
  start(): Promise<void> {
    this.started ??= (async () => {
      this.setPlan(await this.client.request({ type: 'configure', settings: this.config.engine }));
      for (const folder of vscode.workspace.workspaceFolders ?? []) await this.addFolder(folder);
    })();
    return this.started;
  }

  private dbFor(folder: vscode.WorkspaceFolder): string {
    const base = this.config.indexLocation || path.join(this.storageDir, 'indexes');
    return defaultIndexDir(folder.uri.fsPath, base);
  }

  private async addFolder(folder: vscode.WorkspaceFolder): Promise<void> {
    if (folder.uri.scheme !== 'file') {
      this.log.warn(`${folder.name}: only folders on this machine's disk can be indexed (${folder.uri.scheme}: is not)`);
      return;
    }
    const key = folder.uri.toString();
    const spec: FolderSpec = { key, name: folder.name, root: folder.uri.fsPath, db: this.dbFor(folder) };
    const state: FolderState = { folder, key, spec, phase: 'waiting', dirty: false, rebuild: false };
    this.states.set(key, state);
    this.watch(state);
    try {
      state.status = await this.client.request({ type: 'open', folder: spec });
    } catch (e) {
      this.fail(state, e);
      return;
    }
    this.log.info(`${folder.name}: index at ${spec.db} (${state.status.files} files, ${state.status.chunks} chunks)`);
    this.schedule(key, 0);
  }

  private async removeFolder(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const state = this.states.get(key);
    if (!state) return;
    this.states.delete(key);
    this.watchers.get(key)?.dispose();
    this.watchers.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const queued = this.queue.indexOf(key);
    if (queued >= 0) this.queue.splice(queued, 1);
    if (this.running === key) await this.client.request({ type: 'cancel', key }).catch(() => undefined);
    await this.client.request({ type: 'close', key }).catch(() => undefined);
    this.changes.fire();
  }

  private watch(state: FolderState): void {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(state.folder, '**/*'));
    const changed = (uri: vscode.Uri) => this.fileChanged(uri);
    this.watchers.set(
      state.key,
      vscode.Disposable.from(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed)),
    );
  }

  private fileChanged(uri: vscode.Uri): void {
    if (uri.scheme !== 'file') return;
    const state = this.folderOf(uri);
    if (!state) return;
    const rel = this.relativePath(state, uri);
    if (NOISE.test(rel)) return;
    // The index itself may live inside the workspace (barista.indexLocation): its writes are not edits.
    const inIndex = path.relative(state.spec.db, uri.fsPath);
    if (!inIndex.startsWith('..') && !path.isAbsolute(inIndex)) return;
    state.dirty = true;
    this.schedule(state.key, SETTLE_MS);
  }

  /** Queues a folder for a run after `delay` ms of quiet (restarted by every new change). */
  schedule(key: string, delay = 0): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        const state = this.states.get(key);
        if (!state) return;
        if (this.running === key) return; // marked dirty: runs again when this run ends
        if (this.paused || this.pausedKeys.has(key)) {
          state.dirty = true;
          state.phase = 'paused';
          this.changes.fire();
          return;
        }
        if (!this.queue.includes(key)) this.queue.push(key);
        state.phase = 'queued';
        this.changes.fire();
        void this.pump();
      }, delay),
    );
    this.changes.fire();
  }

  private async pump(): Promise<void> {
    if (this.running || this.paused) {
      this.checkIdle();
      return;
    }
    const key = this.queue.shift();
    if (!key) {
      this.checkIdle();
      return;
    }
    const state = this.states.get(key);
    if (!state) return this.pump();
    this.running = key;
    try {
      await this.run(state);
    } finally {
      this.running = undefined;
    }
    if (state.dirty && this.states.has(key) && state.phase === 'idle') this.schedule(key, SETTLE_MS);
    await this.pump();
  }

  private async run(state: FolderState): Promise<void> {
    const rebuild = state.rebuild;
    state.rebuild = false;
    state.dirty = false;
    state.phase = 'indexing';
    state.error = undefined;
    state.progress = { phase: 'scanning', filesTotal: 0, filesDone: 0, chunksEmbedded: 0, chunksReused: 0 };
    this.changes.fire();
    const firstBuild = rebuild || !state.status || state.status.chunks === 0;
    const job = this.client.request({ type: 'index', key: state.key, rebuild });
    if (firstBuild) this.notify(state, job);
    try {
      state.summary = await job;
      state.phase = 'idle';
      state.status = await this.client.request({ type: 'status', key: state.key });
      this.indexed.fire(state.key);
    } catch (e) {
      if (isCancelled(e)) {
        state.phase = 'paused';
        this.log.info(`${state.folder.name}: indexing stopped; finished files are kept`);
        if (state.rebuild) this.schedule(state.key, 0);
        state.status = await this.client.request({ type: 'status', key: state.key }).catch(() => state.status);
        this.indexed.fire(state.key);
      } else this.fail(state, e);
    }
    this.changes.fire();
  }

  private fail(state: FolderState, e: unknown): void {
    state.phase = 'failed';
    state.error = e instanceof Error ? e.message : String(e);
    this.log.error(`${state.folder.name}: indexing failed: ${state.error}`);
    void vscode.window.showErrorMessage(`Barista could not index ${state.folder.name}: ${state.error}`, 'Show Logs').then((pick) => {
      if (pick) this.log.show();
    });
    this.changes.fire();
  }

  /** The first build of a folder shows progress in a notification the user can cancel. */
  private notify(state: FolderState, job: Promise<unknown>): void {
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Barista: indexing ${state.folder.name}`, cancellable: true },
      async (progress, token) => {
        let reported = 0;
        const sub = this.onDidChange(() => {
          const p = state.progress;
          if (!p || !p.filesTotal) return;
          const percent = Math.floor((100 * p.filesDone) / p.filesTotal);
          progress.report({ message: `${p.filesDone}/${p.filesTotal} files`, increment: percent - reported });
          reported = percent;
        });
        const cancel = token.onCancellationRequested(() => {
          void this.pauseFolder(state.key).then(() =>
            vscode.window.showInformationMessage(`Barista: indexing of ${state.folder.name} is paused. Resume it from the status bar.`),
          );
        });
        try {
          await job.catch(() => undefined);
        } finally {
          sub.dispose();
          cancel.dispose();
        }
      },
    );
  }

  private async pauseFolder(key: string): Promise<void> {
    const state = this.states.get(key);
    if (!state) return;
    const queued = this.queue.indexOf(key);
    if (queued >= 0) this.queue.splice(queued, 1);
    this.pausedKeys.add(key);
    state.phase = 'paused';
    state.dirty = true;
    if (this.running === key) await this.client.request({ type: 'cancel', key });
    this.changes.fire();
  }

  /** Stops indexing everywhere (finished files are kept) until resume. */
  async pause(): Promise<void> {
    this.paused = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const s of this.states.values()) {
      if (s.phase !== 'idle' && s.phase !== 'failed') s.dirty = true;
      s.phase = s.phase === 'idle' ? 'idle' : 'paused';
    }
    if (this.running) await this.client.request({ type: 'cancel', key: this.running });
    this.changes.fire();
  }

  resume(): void {
    this.paused = false;
    this.pausedKeys.clear();
    // Incremental runs are cheap when nothing changed, and catch what changed while paused.
    for (const s of this.states.values()) this.schedule(s.key, 0);
  }

  /** Deletes every folder's index and builds it again; a running build is cancelled and restarted. */
  rebuild(): void {
    this.paused = false;
    this.pausedKeys.clear();
    for (const s of this.states.values()) {
      s.rebuild = true;
      // The cancelled run sees the flag and queues the rebuild itself.
      if (this.running === s.key) void this.client.request({ type: 'cancel', key: s.key });
      else this.schedule(s.key, 0);
    }
  }

  /** Applies new settings: the worker gets them, and folders are indexed again where that matters. */
  async configure(config: Config, reindex: boolean, relocate: boolean): Promise<void> {
    this.config = config;
    this.setPlan(await this.client.request({ type: 'configure', settings: config.engine }));
    if (relocate) {
      for (const s of [...this.states.values()]) await this.removeFolder(s.folder);
      for (const f of vscode.workspace.workspaceFolders ?? []) await this.addFolder(f);
      return;
    }
    for (const s of this.states.values()) {
      s.status = await this.client.request({ type: 'status', key: s.key }).catch(() => s.status);
      if (reindex) this.schedule(s.key, 0);
    }
    this.changes.fire();
  }

  /** Resolves once nothing is queued, waiting or running (for tests and commands that need an index). */
  async whenIdle(): Promise<void> {
    await this.started?.catch(() => undefined);
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve);
      this.checkIdle();
    });
  }

  private checkIdle(): void {
    if (this.running || this.queue.length || this.timers.size) return;
    if ([...this.states.values()].some((s) => s.phase === 'waiting' || s.phase === 'queued')) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((w) => w());
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const w of this.watchers.values()) w.dispose();
    this.disposables.forEach((d) => d.dispose());
    this.changes.dispose();
    this.indexed.dispose();
  }
}
