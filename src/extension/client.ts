import { fork, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Answers, EngineSettings, FolderSpec, FolderStatus, FromWorker, Request, WireError, WorkerEvent } from './protocol';

/** An error raised in the engine, keeping its name (CancelledError, IndexNotReadyError, ...). */
export class WorkerError extends Error {
  constructor(error: WireError) {
    super(error.message);
    this.name = error.name;
  }
}

/** The engine process stopped (a native crash, a kill) before it answered, or is not running. */
export class EngineStoppedError extends Error {
  override name = 'EngineStoppedError';
}

export const isCancelled = (e: unknown): boolean => e instanceof Error && e.name === 'CancelledError';

type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

interface Pending {
  type: Request['type'];
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** One engine process: its requests waiting for an answer, and why it stopped once it has. */
interface EngineProcess {
  child: ChildProcess;
  pending: Map<number, Pending>;
  /** Resolves once a restarted engine has been told its state again (at once for the first one). */
  ready: Promise<void>;
  stopped?: EngineStoppedError;
  /** The last lines it wrote to stderr: what a native library said before it crashed. */
  stderr: string[];
}

/** The engine stopped without being asked. */
export interface EngineExit {
  /** "Barista's engine was killed by SIGSEGV" */
  reason: string;
  /** When it starts again; undefined once it has stopped too often (until the settings change). */
  restartInMs?: number;
}

/** A restarted engine reopened a folder (its status), or could not (why). */
export interface FolderRestore {
  key: string;
  status?: FolderStatus;
  error?: string;
}

/**
 * How restarts back off: the wait before the nth restart within the window, and how many restarts a
 * window allows before the client gives up (a crash on every start, such as a library that cannot
 * load here, must not loop).
 */
export interface RestartPolicy {
  delaysMs: number[];
  windowMs: number;
  maxRestarts: number;
}

export const RESTART_POLICY: RestartPolicy = { delaysMs: [1000, 5000, 20_000], windowMs: 5 * 60_000, maxRestarts: 3 };

/**
 * On shutdown: how long the engine gets to close its stores (flushing pending writes), then to exit
 * once its channel is closed, before it is killed; together within the few seconds VS Code gives an
 * extension to deactivate.
 */
const SHUTDOWN_ANSWER_MS = 3000;
const SHUTDOWN_EXIT_MS = 2000;
const STDERR_LINES = 20;

export interface ClientOptions {
  restart?: RestartPolicy;
  /** Node options for the engine process (tests run the TypeScript source through a loader). */
  execArgv?: string[];
}

/**
 * The extension host's side of the engine, which runs in a process of its own (`child_process.fork`
 * of dist/worker.js, messages over its IPC channel): typed requests with promised answers, and the
 * engine's events. A native crash there (ONNX Runtime, LanceDB) ends that process, not the extension
 * host. The engine starts on the first request. When it dies, its pending requests fail with an
 * EngineStoppedError, and it is started again after a backoff, told the settings, the open folders
 * (paused ones paused) and whether the user is typing, so callers need not care; requests made
 * meanwhile wait for it. After too many crashes in a short time it stays stopped, requests fail at
 * once, and a settings change tries again.
 */
export class WorkerClient implements vscode.Disposable {
  private engine?: EngineProcess;
  private nextId = 1;
  private settings?: EngineSettings;
  /** The open folders, each with whether it is paused: what a new engine must be told again. */
  private readonly folders = new Map<string, { folder: FolderSpec; paused: boolean }>();
  /** False while the user types (the last `idle` request). */
  private idle = true;
  /** When the engine stopped unasked, within the restart window. */
  private crashes: number[] = [];
  /** A restart waiting out its backoff. */
  private backoff?: { timer: NodeJS.Timeout; done: Promise<void>; end(): void };
  /** Set once the engine stopped too often: requests fail with it until the settings change. */
  private gaveUp?: EngineStoppedError;
  private disposed = false;
  private readonly events = new vscode.EventEmitter<WorkerEvent>();
  readonly onEvent = this.events.event;
  private readonly exits = new vscode.EventEmitter<EngineExit>();
  /** Fires when the engine stops unexpectedly, saying whether and when it starts again. */
  readonly onExit = this.exits.event;
  private readonly restores = new vscode.EventEmitter<FolderRestore[]>();
  /** Fires when a restarted engine has reopened the folders. */
  readonly onRestore = this.restores.event;
  private readonly restart: RestartPolicy;

  constructor(
    private readonly script: string,
    private readonly log: vscode.LogOutputChannel,
    private readonly options: ClientOptions = {},
  ) {
    this.restart = options.restart ?? RESTART_POLICY;
  }

  get started(): boolean {
    return this.engine !== undefined;
  }

  /** The engine's process id while it runs (tests kill it to show a crash is survived). */
  get pid(): number | undefined {
    return this.engine && !this.engine.stopped ? this.engine.child.pid : undefined;
  }

  request<T extends Request['type']>(request: RequestOf<T>): Promise<Answers[T]> {
    this.remember(request as Request);
    return this.whenReady().then((engine) => this.send(engine, request)) as Promise<Answers[T]>;
  }

  /** Keeps what a new engine must be told again: the settings, the open folders and which are paused. */
  private remember(request: Request): void {
    const pausedIs = (key: string, paused: boolean) => {
      const open = this.folders.get(key);
      if (open) open.paused = paused;
    };
    switch (request.type) {
      case 'configure':
        this.settings = request.settings;
        // New settings may be what the engine needed to start (another model, another provider).
        this.gaveUp = undefined;
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
      case 'idle':
        this.idle = request.idle;
        break;
    }
  }

  /** The running engine once it knows its state; started (or waited for, during a backoff) if need be. */
  private async whenReady(): Promise<EngineProcess> {
    if (this.backoff) await this.backoff.done;
    if (this.disposed) throw new EngineStoppedError("Barista's engine is shut down: the extension is stopping");
    if (this.gaveUp) throw this.gaveUp;
    const engine = this.engine ?? this.start(this.crashes.length > 0);
    await engine.ready;
    return engine;
  }

  private send(engine: EngineProcess, request: Request): Promise<unknown> {
    if (engine.stopped) return Promise.reject(engine.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      engine.pending.set(id, { type: request.type, resolve, reject });
      // A channel that closed under the message: the exit handler fails it, with the reason.
      engine.child.send({ id, ...request }, (e) => {
        if (e && engine.pending.delete(id)) reject(engine.stopped ?? new EngineStoppedError(`Barista's engine could not be reached (${e.message})`));
      });
    });
  }

  private start(restarted: boolean): EngineProcess {
    const child = fork(this.script, [], {
      // VS Code's extension host runs in Electron: its executable is Node only with this variable
      // set (a plain Node ignores it). Inspector flags of a debugged host are not passed on: the
      // engine would try to listen on the host's port.
      execPath: process.execPath,
      execArgv: this.options.execArgv ?? [],
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      // The engine's stdout and stderr go to the log; structured clone keeps answers as a worker thread got them.
      silent: true,
      serialization: 'advanced',
    });
    const engine: EngineProcess = { child, pending: new Map(), ready: Promise.resolve(), stderr: [] };
    this.engine = engine;
    child.on('message', (m: FromWorker) => this.receive(engine, m));
    child.stdout?.setEncoding('utf8').on('data', (text: string) => lines(text).forEach((l) => this.log.info(`[engine] ${l}`)));
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      for (const l of lines(text)) {
        this.log.warn(`[engine] ${l}`);
        engine.stderr.push(l);
      }
      engine.stderr.splice(0, engine.stderr.length - STDERR_LINES);
    });
    child.on('exit', (code, signal) =>
      this.stopped(engine, signal ? `Barista's engine was killed by ${signal}` : `Barista's engine stopped (exit code ${code})`),
    );
    // Fork itself failed (no such executable, no resources): there is no process to exit.
    child.on('error', (e) => {
      if (child.pid === undefined) this.stopped(engine, `Barista's engine could not start (${e.message})`);
      else this.log.error(`Barista's engine: ${e.message}`);
    });
    this.log.info(`Barista's engine started (${path.basename(this.script)}, process ${child.pid})`);
    if (restarted) engine.ready = this.replay(engine);
    return engine;
  }

  /** Tells a restarted engine what the last one knew, then tells the views which folders are back. */
  private async replay(engine: EngineProcess): Promise<void> {
    const quietly = (request: Request) => this.send(engine, request).catch((e: Error) => this.log.warn(`restoring the engine: ${request.type}: ${e.message}`));
    if (this.settings) await quietly({ type: 'configure', settings: this.settings });
    if (!this.idle) await quietly({ type: 'idle', idle: false });
    const restored: FolderRestore[] = [];
    for (const { folder, paused } of [...this.folders.values()]) {
      try {
        restored.push({ key: folder.key, status: (await this.send(engine, { type: 'open', folder, paused })) as FolderStatus });
      } catch (e) {
        restored.push({ key: folder.key, error: (e as Error).message });
      }
    }
    if (engine.stopped || this.engine !== engine) return;
    this.log.info(`Barista's engine is back (process ${engine.child.pid}): ${restored.filter((r) => r.status).length} of ${restored.length} folders reopened`);
    this.restores.fire(restored);
  }

  private receive(engine: EngineProcess, m: FromWorker): void {
    if (m.kind === 'event') {
      this.events.fire(m);
      return;
    }
    const p = engine.pending.get(m.id);
    if (!p) return;
    engine.pending.delete(m.id);
    if (m.ok) p.resolve(m.value);
    else p.reject(new WorkerError(m.error));
  }

  /** The engine process is gone: its requests fail, and a new one starts after a backoff (unless asked to stop). */
  private stopped(engine: EngineProcess, reason: string): void {
    if (engine.stopped) return;
    const asked = this.disposed || this.engine !== engine;
    let restartInMs: number | undefined;
    let next = '';
    if (!asked) {
      this.engine = undefined;
      this.log.error(engine.stderr.length ? `${reason}; its last words on stderr:\n${engine.stderr.join('\n')}` : reason);
      const now = Date.now();
      this.crashes = this.crashes.filter((t) => now - t < this.restart.windowMs);
      this.crashes.push(now);
      const minutes = Math.round(this.restart.windowMs / 60_000);
      if (this.crashes.length > this.restart.maxRestarts) {
        next = `; it stopped ${this.crashes.length} times in ${minutes} minutes and stays stopped: see the Barista log, then change a Barista setting or reload the window to try again`;
        this.gaveUp = new EngineStoppedError(`${reason}${next}`);
      } else {
        restartInMs = this.restart.delaysMs[Math.min(this.crashes.length, this.restart.delaysMs.length) - 1];
        next = '; it is being restarted, try again in a moment';
        this.log.warn(
          `${reason}: restarting it in ${restartInMs} ms (restart ${this.crashes.length} of at most ${this.restart.maxRestarts} in ${minutes} minutes)`,
        );
      }
    }
    engine.stopped = new EngineStoppedError(`${reason}${next}`);
    for (const [id, p] of engine.pending) p.reject(new EngineStoppedError(`${reason} before it answered "${p.type}" (request ${id})${next}`));
    engine.pending.clear();
    if (asked) return;
    if (restartInMs === undefined) {
      this.log.error(engine.stopped.message);
      this.exits.fire({ reason: engine.stopped.message });
      return;
    }
    let end!: () => void;
    const done = new Promise<void>((resolve) => (end = resolve));
    const timer = setTimeout(() => {
      this.backoff = undefined;
      end();
      if (!this.disposed && !this.engine && !this.gaveUp) this.start(true);
    }, restartInMs);
    this.backoff = { timer, done, end };
    this.exits.fire({ reason, restartInMs });
  }

  private endBackoff(): void {
    if (!this.backoff) return;
    clearTimeout(this.backoff.timer);
    this.backoff.end();
    this.backoff = undefined;
  }

  /** Asks the engine to close its stores (flushing pending writes), then ends it; a stuck one is killed. */
  async shutdown(): Promise<void> {
    this.disposed = true;
    this.endBackoff();
    const engine = this.engine;
    if (!engine || engine.stopped) return;
    const exited = new Promise<void>((resolve) =>
      engine.child.exitCode !== null || engine.child.signalCode !== null ? resolve() : engine.child.once('exit', () => resolve()),
    );
    await Promise.race([this.send(engine, { type: 'shutdown' }).catch(() => undefined), delay(SHUTDOWN_ANSWER_MS)]);
    // Closing the channel tells the engine to exit (it does when the host goes away, too).
    if (engine.child.connected) engine.child.disconnect();
    await Promise.race([exited, delay(SHUTDOWN_EXIT_MS)]);
    if (!engine.stopped) engine.child.kill('SIGKILL');
  }

  dispose(): void {
    this.disposed = true;
    this.endBackoff();
    const engine = this.engine;
    // The engine exits when its channel closes, after closing its stores.
    if (engine?.child.connected) engine.child.disconnect();
    this.events.dispose();
    this.exits.dispose();
    this.restores.dispose();
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim());
}
