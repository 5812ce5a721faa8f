import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { Answers, EngineSettings, FolderSpec, FromWorker, Request, WireError, WorkerEvent } from './protocol';

/** An error raised in the worker, keeping its name (CancelledError, IndexNotReadyError, ...). */
export class WorkerError extends Error {
  constructor(error: WireError) {
    super(error.message);
    this.name = error.name;
  }
}

export const isCancelled = (e: unknown): boolean => e instanceof Error && e.name === 'CancelledError';

type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * The extension host's side of the index worker: typed requests with promised answers, and worker
 * events. The worker starts on the first request; if it dies, pending requests fail and the next
 * request starts a new one, replaying the settings and open folders (paused ones paused) so callers
 * need not care.
 */
export class WorkerClient implements vscode.Disposable {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private settings?: EngineSettings;
  /** The open folders, each with whether it is paused: what a new worker must be told again. */
  private readonly folders = new Map<string, { folder: FolderSpec; paused: boolean }>();
  private readonly events = new vscode.EventEmitter<WorkerEvent>();
  readonly onEvent = this.events.event;
  private readonly exits = new vscode.EventEmitter<string>();
  /** Fires with a reason when the worker stops unexpectedly. */
  readonly onExit = this.exits.event;

  constructor(
    private readonly script: string,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get started(): boolean {
    return this.worker !== undefined;
  }

  request<T extends Request['type']>(request: RequestOf<T>): Promise<Answers[T]> {
    this.remember(request as Request);
    const worker = this.ensure();
    return this.send(worker, request) as Promise<Answers[T]>;
  }

  /** Keeps what a new worker must be told again: the settings, the open folders and which are paused. */
  private remember(request: Request): void {
    const pausedIs = (key: string, paused: boolean) => {
      const open = this.folders.get(key);
      if (open) open.paused = paused;
    };
    switch (request.type) {
      case 'configure':
        this.settings = request.settings;
        break;
      case 'open':
        this.folders.set(request.folder.key, { folder: request.folder, paused: request.paused ?? false });
        break;
      case 'close':
        this.folders.delete(request.key);
        break;
      case 'pause':
        pausedIs(request.key, true);
        break;
      // A rebuild starts indexing again, as a resume does.
      case 'resume':
      case 'rebuild':
        pausedIs(request.key, false);
        break;
    }
  }

  private send(worker: Worker, request: Request): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...request });
    });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { name: 'barista-index' });
    this.worker = worker;
    worker.on('message', (m: FromWorker) => this.receive(m));
    worker.on('error', (e) => this.log.error(`index worker failed: ${e.stack ?? e.message}`));
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const reason = `index worker stopped (exit code ${code})`;
      for (const p of this.pending.values()) p.reject(new Error(reason));
      this.pending.clear();
      if (!this.disposed) {
        this.log.warn(reason);
        this.exits.fire(reason);
      }
    });
    // Replayed before anything else is sent, so a restarted worker is in the same state.
    if (this.settings) void this.send(worker, { type: 'configure', settings: this.settings }).catch(() => undefined);
    for (const { folder, paused } of this.folders.values()) void this.send(worker, { type: 'open', folder, paused }).catch(() => undefined);
    this.log.info(`index worker started (${path.basename(this.script)})`);
    return worker;
  }

  private receive(m: FromWorker): void {
    if (m.kind === 'event') {
      this.events.fire(m);
      return;
    }
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (m.ok) p.resolve(m.value);
    else p.reject(new WorkerError(m.error));
  }

  private disposed = false;

  async shutdown(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    // Closing the stores flushes pending writes; a stuck worker is stopped after a grace period.
    await Promise.race([this.send(worker, { type: 'shutdown' }).catch(() => undefined), new Promise((r) => setTimeout(r, 3000))]);
    this.disposed = true;
    await worker.terminate();
  }

  dispose(): void {
    this.disposed = true;
    void this.worker?.terminate();
    this.worker = undefined;
    this.events.dispose();
    this.exits.dispose();
  }
}
