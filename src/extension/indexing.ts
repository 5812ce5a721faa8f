import * as path from 'node:path';
import * as vscode from 'vscode';
import { defaultIndexDir } from '../core/index/location';
import { ownershipOf } from '../core/index/ownership';
import { deleteIndex, type IndexContents } from '../core/index/sweep';
import { NOT_SEARCHABLE } from '../core/model/ladder';
import type { EngineExit, FolderRestore, WorkerClient } from './client';
import type { Config } from './config';
import type { Activity, FolderSpec, FolderStatus, PlanView } from './protocol';
import { askToIndex, guardQuestion, measureFolder } from './sizeGuard';

export interface FolderState {
  folder: vscode.WorkspaceFolder;
  key: string;
  spec: FolderSpec;
  /** What the folder's indexer in the engine is doing, as it last said. */
  activity: Activity;
  plan?: PlanView;
  /** What the index holds, refreshed when a piece of work ends. */
  status?: FolderStatus;
  /** The engine could not open the folder (or could not start). */
  error?: string;
}

/** Changes to these paths never matter to the index (the crawler leaves them out anyway). */
const NOISE = /(^|\/)(\.git|node_modules|\.hg|\.svn)(\/|$)/;
/** Quiet time after the last file change before a pass is asked for: a branch switch is one pass. */
const SETTLE_MS = 1000;
/** Quiet time after the last keystroke before deepening may use the machine again. */
const TYPING_MS = 20_000;
const BUSY: Activity['state'][] = ['starting', 'indexing', 'deepening'];

/** What this workspace remembers across reloads (its workspaceState): pause, and folders left unindexed. */
const PAUSED = 'barista.paused';
/** Folders paused on their own (a cancelled first build, "Not now" to a large folder). */
const PAUSED_FOLDERS = 'barista.pausedFolders';
/** Folders whose index the user deleted: not opened (nor indexed) until resumed or rebuilt. */
const DELETED_FOLDERS = 'barista.deletedFolders';

/** The part of vscode.Memento used here; a workspace's state, kept in memory when none is given. */
export type WorkspaceMemory = Pick<vscode.Memento, 'get' | 'update'>;

function memoryOnly(): WorkspaceMemory {
  const values = new Map<string, unknown>();
  return {
    get: ((key: string, fallback?: unknown) => (values.has(key) ? values.get(key) : fallback)) as vscode.Memento['get'],
    update: async (key: string, value: unknown) => void values.set(key, value),
  };
}

/**
 * The extension host's view of indexing. The engine's adaptive indexers do the work (a shallow
 * first pass, then deepening while the machine allows); this class opens every workspace folder in
 * the engine, turns file-system events and saves into incremental passes, shows the first build in a
 * cancellable notification, and keeps each folder's latest activity and plan for the status bar.
 */
export class Indexing implements vscode.Disposable {
  private readonly states = new Map<string, FolderState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private paused: boolean;
  /** Folders not open in the engine because their index was deleted. */
  private readonly closed = new Set<string>();
  private started?: Promise<void>;
  private typing?: NodeJS.Timeout;
  private readonly changes = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changes.event;
  private readonly indexed = new vscode.EventEmitter<string>();
  /** Fires with a folder key when a piece of work ended and the index holds something new. */
  readonly onDidIndex = this.indexed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: WorkerClient,
    private config: Config,
    private readonly log: vscode.LogOutputChannel,
    private readonly memory: WorkspaceMemory = memoryOnly(),
  ) {
    // Paused before the window was reloaded: paused still (the user said so; a reload is not a resume).
    this.paused = memory.get<boolean>(PAUSED, false);
    this.disposables.push(
      client.onEvent((e) => {
        if (e.type === 'activity') this.onActivity(e.key, e.activity, e.plan);
      }),
      client.onExit((exit) => this.engineStopped(exit)),
      client.onRestore((folders) => this.engineRestored(folders)),
      vscode.workspace.onDidChangeWorkspaceFolders((e) => {
        for (const f of e.removed) void this.removeFolder(f);
        for (const f of e.added) void this.addFolder(f);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.fileChanged(d.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.scheme === 'file' && e.contentChanges.length) this.userTyped();
      }),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => (this.fileChanged(f.oldUri), this.fileChanged(f.newUri)))),
    );
  }

  get folders(): FolderState[] {
    return [...this.states.values()];
  }

  get isPaused(): boolean {
    return this.paused;
  }

  private remembered(key: string): Set<string> {
    return new Set(this.memory.get<string[]>(key, []));
  }

  private async remember(key: string, folder: string, on: boolean): Promise<void> {
    const set = this.remembered(key);
    if (on === set.has(folder)) return;
    if (on) set.add(folder);
    else set.delete(folder);
    await this.memory.update(key, [...set]);
  }

  /** Whether a folder has no index yet (Barista never made one where it goes): then its size is checked first. */
  private static isNew(db: string): boolean {
    try {
      return ownershipOf(db).kind === 'new';
    } catch {
      return false;
    }
  }

  folderOf(uri: vscode.Uri): FolderState | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.states.get(folder.uri.toString()) : undefined;
  }

  /** The path the index uses for a file: relative to its folder, '/' separated. */
  relativePath(state: FolderState, uri: vscode.Uri): string {
    return path.relative(state.folder.uri.fsPath, uri.fsPath).split(path.sep).join('/');
  }

  private onActivity(key: string, activity: Activity, plan: PlanView | undefined): void {
    const s = this.states.get(key);
    if (!s) return;
    const wasBusy = BUSY.includes(s.activity.state);
    s.activity = activity;
    if (plan) s.plan = plan;
    this.changes.fire();
    if (wasBusy && !BUSY.includes(activity.state)) void this.refresh(s);
  }

  /** Re-reads what a folder's index holds (after a piece of work), and tells the views. */
  private async refresh(s: FolderState): Promise<void> {
    try {
      s.status = await this.client.request({ type: 'status', key: s.key });
      s.activity = s.status.activity;
      s.plan = s.status.plan ?? s.plan;
    } catch {
      return;
    }
    this.changes.fire();
    this.indexed.fire(s.key);
  }

  /** Tells the engine the settings and opens every folder; the engine starts indexing them. */
  start(): Promise<void> {
    this.started ??= (async () => {
      await this.client.request({ type: 'configure', settings: this.config.engine });
      for (const folder of vscode.workspace.workspaceFolders ?? []) await this.addFolder(folder);
    })();
    return this.started;
  }

  /**
   * The folder's index: by default in the user cache, the folder the command line and `barista mcp`
   * use for it too, so an agent outside VS Code searches the index the extension keeps current.
   */
  private dbFor(folder: vscode.WorkspaceFolder): string {
    return defaultIndexDir(folder.uri.fsPath, this.config.indexLocation || undefined);
  }

  /** Opens a folder in the engine. A folder that cannot be opened is reported for itself; it never fails the others. */
  private async addFolder(folder: vscode.WorkspaceFolder): Promise<void> {
    if (folder.uri.scheme !== 'file') {
      this.log.warn(`${folder.name}: only folders on this machine's disk can be indexed (${folder.uri.scheme}: is not)`);
      return;
    }
    const key = folder.uri.toString();
    const spec: FolderSpec = { key, name: folder.name, root: folder.uri.fsPath, db: this.dbFor(folder) };
    const state: FolderState = { folder, key, spec, activity: { state: 'starting', searchableDepth: NOT_SEARCHABLE, chunks: 0 } };
    this.states.set(key, state);
    if (this.remembered(DELETED_FOLDERS).has(key)) {
      this.closed.add(key);
      state.activity = { state: 'paused', searchableDepth: NOT_SEARCHABLE, chunks: 0 };
      this.log.info(`${folder.name}: its index was deleted; not indexed until Resume Indexing or Rebuild Index`);
      this.changes.fire();
      return;
    }
    this.closed.delete(key);
    this.watch(state);
    this.changes.fire();
    let paused = this.paused || this.remembered(PAUSED_FOLDERS).has(key);
    // A folder with no index yet, past the sizes the user set: opened paused, and the user is asked.
    let question: string | undefined;
    if (!paused && Indexing.isNew(spec.db)) {
      const size = await measureFolder(spec.root, this.config.confirmAbove).catch(() => undefined);
      question = size && guardQuestion(folder.name, size, this.config.confirmAbove);
      if (question) {
        paused = true;
        this.log.info(`${folder.name}: ${question}`);
      }
    }
    try {
      state.status = await this.client.request({ type: 'open', folder: spec, paused });
    } catch (e) {
      state.error = e instanceof Error ? e.message : String(e);
      state.activity = { ...state.activity, state: 'error', error: state.error };
      this.log.error(`${folder.name}: could not open the index: ${state.error}`);
      this.changes.fire();
      void vscode.window.showErrorMessage(`Barista could not open the index of ${folder.name}: ${state.error}`, 'Show Logs').then((pick) => {
        if (pick) this.log.show();
      });
      return;
    }
    // The activity may have moved on while the answer travelled; keep the newer one.
    if (state.activity.state === 'starting') state.activity = state.status.activity;
    state.plan ??= state.status.plan;
    this.log.info(`${folder.name}: index at ${spec.db} (${state.status.files} files, ${state.status.chunks} chunks)`);
    if (question) void this.confirmLarge(state, question);
    else if (state.status.chunks === 0 && !paused) this.notifyFirstBuild(state);
    this.changes.fire();
  }

  /** Asks before indexing a large folder: Index starts it; Not now keeps it paused, across reloads too. */
  private async confirmLarge(state: FolderState, question: string): Promise<void> {
    const decision = await askToIndex(question, (message, ...items) => vscode.window.showWarningMessage(message, ...items));
    if (!this.states.has(state.key)) return;
    if (decision === 'index') {
      await this.remember(PAUSED_FOLDERS, state.key, false);
      await this.client.request({ type: 'resume', key: state.key });
      this.notifyFirstBuild(state);
    } else if (decision === 'notNow') {
      await this.remember(PAUSED_FOLDERS, state.key, true);
      void vscode.window.showInformationMessage(`Barista: ${state.folder.name} is not indexed. Resume Indexing (status bar) indexes it.`);
    }
    this.changes.fire();
  }

  private async removeFolder(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    if (!this.states.delete(key)) return;
    this.watchers.get(key)?.dispose();
    this.watchers.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (!this.closed.delete(key)) await this.client.request({ type: 'close', key }).catch(() => undefined);
    this.changes.fire();
  }

  private watch(state: FolderState): void {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(state.folder, '**/*'));
    const changed = (uri: vscode.Uri) => this.fileChanged(uri);
    this.watchers.get(state.key)?.dispose();
    this.watchers.set(state.key, vscode.Disposable.from(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed)));
  }

  private fileChanged(uri: vscode.Uri): void {
    if (uri.scheme !== 'file') return;
    const state = this.folderOf(uri);
    if (!state) return;
    if (NOISE.test(this.relativePath(state, uri))) return;
    // The index itself may live inside the workspace (barista.indexLocation): its writes are not edits.
    const inIndex = path.relative(state.spec.db, uri.fsPath);
    if (!inIndex.startsWith('..') && !path.isAbsolute(inIndex)) return;
    clearTimeout(this.timers.get(state.key));
    this.timers.set(
      state.key,
      setTimeout(() => {
        this.timers.delete(state.key);
        // While paused the engine only notes it; resuming runs the pass.
        void this.client.request({ type: 'index', key: state.key }).catch((e) => this.log.warn(`${state.folder.name}: ${(e as Error).message}`));
      }, SETTLE_MS),
    );
  }

  /**
   * The engine process died (a native crash, out of memory, a kill). The client starts it again and
   * reopens every folder where it was; until then each folder says why it is not indexing. Once it
   * has died too often, the user is told (the client no longer restarts it).
   */
  private engineStopped(exit: EngineExit): void {
    const error = exit.restartInMs === undefined ? exit.reason : `${exit.reason}; restarting it`;
    for (const s of this.states.values()) s.activity = { ...s.activity, state: 'error', error };
    this.changes.fire();
    if (exit.restartInMs === undefined) {
      void vscode.window.showErrorMessage(`Barista: ${exit.reason}`, 'Show Logs').then((pick) => {
        if (pick) this.log.show();
      });
    }
  }

  /** A restarted engine reopened the folders: each shows what its index holds again, or why it could not. */
  private engineRestored(folders: FolderRestore[]): void {
    for (const r of folders) {
      const s = this.states.get(r.key);
      if (!s) continue;
      if (r.status) {
        s.error = undefined;
        s.status = r.status;
        s.activity = r.status.activity;
        s.plan = r.status.plan ?? s.plan;
      } else {
        s.error = r.error;
        s.activity = { ...s.activity, state: 'error', error: r.error };
        this.log.error(`${s.folder.name}: could not reopen the index after the engine restarted: ${r.error}`);
      }
    }
    this.changes.fire();
    for (const r of folders) if (r.status) this.indexed.fire(r.key);
  }

  /** Deepening waits while the user types, so the editor keeps the machine; indexing changed files does not. */
  private userTyped(): void {
    if (!this.typing) void this.client.request({ type: 'idle', idle: false }).catch(() => undefined);
    clearTimeout(this.typing);
    this.typing = setTimeout(() => {
      this.typing = undefined;
      void this.client.request({ type: 'idle', idle: true }).catch(() => undefined);
    }, TYPING_MS);
  }

  /** The first build of a folder shows its progress in a notification; cancelling it pauses indexing. */
  private notifyFirstBuild(state: FolderState): void {
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Barista: indexing ${state.folder.name}`, cancellable: true },
      (progress, token) =>
        new Promise<void>((resolve) => {
          let reported = 0;
          let sawWork = false;
          const update = () => {
            if (!this.states.has(state.key)) return finish();
            const a = state.activity;
            if (a.state === 'indexing') sawWork = true;
            // The first pass is over once search works (deepening goes on in the status bar).
            if ((sawWork || a.searchableDepth !== NOT_SEARCHABLE) && !['starting', 'indexing'].includes(a.state)) return finish();
            if (a.state === 'paused' || a.state === 'error') return finish();
            const w = a.work;
            if (a.state === 'starting') progress.report({ message: 'measuring this machine and planning' });
            else if (w && w.kind === 'index' && w.total) {
              const percent = Math.floor((100 * w.done) / w.total);
              progress.report({ message: `${w.done}/${w.total} files`, increment: percent - reported });
              reported = percent;
            }
          };
          const sub = this.onDidChange(update);
          const cancel = token.onCancellationRequested(() => {
            void this.pauseFolder(state.key, true).then(() =>
              vscode.window.showInformationMessage(`Barista: indexing of ${state.folder.name} is paused. Resume it from the status bar.`),
            );
            finish();
          });
          function finish() {
            sub.dispose();
            cancel.dispose();
            resolve();
          }
          update();
        }),
    );
  }

  /** Pauses one folder; `remember`: it stays paused after a reload (until resumed). */
  private async pauseFolder(key: string, remember = false): Promise<void> {
    if (remember) await this.remember(PAUSED_FOLDERS, key, true);
    if (!this.closed.has(key)) await this.client.request({ type: 'pause', key });
  }

  /** Stops indexing everywhere between two batches (finished work is kept and searchable) until resume, across reloads. */
  async pause(): Promise<void> {
    this.paused = true;
    await this.memory.update(PAUSED, true);
    await Promise.all(this.folders.map((s) => this.pauseFolder(s.key)));
    this.changes.fire();
  }

  /** Forgets every pause (and deleted index) this workspace remembers; folders whose index was deleted are opened again. */
  private async forgetPauses(): Promise<Set<string>> {
    this.paused = false;
    await this.memory.update(PAUSED, false);
    await this.memory.update(PAUSED_FOLDERS, []);
    await this.memory.update(DELETED_FOLDERS, []);
    const reopened = this.folders.filter((s) => this.closed.has(s.key));
    for (const s of reopened) await this.addFolder(s.folder);
    return new Set(reopened.map((s) => s.key));
  }

  async resume(): Promise<void> {
    const reopened = await this.forgetPauses();
    await Promise.all(this.folders.filter((s) => !reopened.has(s.key)).map((s) => this.client.request({ type: 'resume', key: s.key })));
    this.changes.fire();
  }

  /** Deletes every folder's index and builds it again. */
  async rebuild(): Promise<void> {
    const reopened = await this.forgetPauses();
    for (const s of this.folders) {
      if (reopened.has(s.key)) continue;
      s.status = undefined;
      await this.client.request({ type: 'rebuild', key: s.key });
      this.notifyFirstBuild(s);
    }
  }

  /**
   * Deletes one folder's index (Barista's own entries only; see core/index/sweep.ts): the folder is
   * closed in the engine first (its write lock released), and stays unindexed, across reloads too,
   * until Resume Indexing or Rebuild Index. What was deleted is returned (undefined: there was none).
   */
  async deleteIndex(key: string): Promise<IndexContents | undefined> {
    const s = this.states.get(key);
    if (!s) return undefined;
    await this.remember(DELETED_FOLDERS, key, true);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (!this.closed.has(key)) await this.client.request({ type: 'close', key });
    this.closed.add(key);
    s.status = undefined;
    s.plan = undefined;
    s.activity = { state: 'paused', searchableDepth: NOT_SEARCHABLE, chunks: 0 };
    this.changes.fire();
    try {
      return deleteIndex(s.spec.db, 'Nothing was deleted; the folder is open again.');
    } catch (e) {
      // Not deleted (another process writes it, or the folder is not an index): it is opened again as it was.
      await this.remember(DELETED_FOLDERS, key, false);
      await this.addFolder(s.folder);
      throw e;
    }
  }

  /**
   * Applies new settings: the engine re-plans (or restarts the indexers); indexes move if their
   * location did; folders that could not be opened are opened again.
   */
  async configure(config: Config, relocate: boolean): Promise<void> {
    this.config = config;
    await this.client.request({ type: 'configure', settings: config.engine });
    if (relocate) {
      for (const s of this.folders) await this.removeFolder(s.folder);
      for (const f of vscode.workspace.workspaceFolders ?? []) await this.addFolder(f);
    } else {
      // A folder that could not be opened (a bad setting, a model that did not load) is tried again.
      for (const s of this.folders) if (s.error) await this.addFolder(s.folder);
    }
    this.changes.fire();
  }

  /** Resolves once no change is waiting to be indexed and every folder's indexer has settled. */
  async whenIdle(): Promise<void> {
    await this.started?.catch(() => undefined);
    while (this.timers.size) await new Promise((r) => setTimeout(r, 100));
    await this.client.request({ type: 'settle', keys: [] });
    await Promise.all(this.folders.map((s) => this.refresh(s)));
  }

  dispose(): void {
    clearTimeout(this.typing);
    for (const t of this.timers.values()) clearTimeout(t);
    for (const w of this.watchers.values()) w.dispose();
    this.disposables.forEach((d) => d.dispose());
    this.changes.dispose();
    this.indexed.dispose();
  }
}
