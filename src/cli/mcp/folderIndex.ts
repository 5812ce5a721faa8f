import { watch, type FSWatcher } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AdaptiveIndexer, type AdaptiveStatus } from '../../core/adapt/adaptiveIndexer';
import { resolveCrawlRules } from '../../core/index/crawlRules';
import { Prober } from '../../core/adapt/probe';
import { resolveSettings } from '../../core/adapt/settings';
import { openEngine, openIndex, openModel, type Engine, type Model } from '../../core/engine';
import { defaultIndexDir } from '../../core/index/location';
import { IndexLockedError } from '../../core/index/lock';
import { indexExists } from '../../core/index/status';
import type { Logger } from '../../core/log';
import { NOT_SEARCHABLE } from '../../core/model/ladder';
import { NoIndexError } from '../exit';
import { noIndexError } from '../indexed';

export { NoIndexError };

/** Paths whose changes never touch the index: version control, dependencies, caches. */
const NOISE = /(^|[\\/])(\.git|node_modules|\.hg|\.svn|__pycache__|\.cache|\.venv|\.tox|dist|out|build|target)([\\/]|$)/;

/** How long after the last file change a pass starts: an editor's save or a checkout comes as a burst. */
export const SETTLE_MS = 400;

/**
 * How long a tool call waits for a pass in flight, so that an agent that just edited a file searches
 * what it wrote: under the minute after which MCP clients commonly give a request up.
 */
const FRESH_WAIT_MS = 25_000;

/** The index is being built and cannot answer yet: the call can be made again shortly. */
export class IndexBuildingError extends Error {
  override name = 'IndexBuildingError';
}

/** Why the folder is not indexed on its own: a home folder or a disk's root is rarely the project meant. */
function tooBroad(root: string): string | undefined {
  if (path.resolve(root) === path.resolve(os.homedir())) return 'it is your home folder';
  if (path.parse(root).root === path.resolve(root)) return "it is a disk's root";
  return undefined;
}

export interface FolderIndexOptions {
  root: string;
  db?: string;
  model?: string;
  logger: Logger;
  /** Build a missing index and follow file changes (default). Off: serve what exists, as a reader only. */
  keepFresh?: boolean;
  settleMs?: number;
}

/**
 * The index of one folder as `barista mcp` serves it. Searches go through a reader (no lock), opened
 * on first use and kept (the model loads once). With keepFresh, a missing index is built (the
 * adaptive indexer's first, shallow pass makes it searchable; deepening follows as `barista index
 * --plan auto` does) and file changes start an incremental pass after a short settle. Each pass
 * takes the index's write lock only while it runs: when an editor (or `barista index`) holds it,
 * that writer keeps the index current and this server only reads.
 */
export class FolderIndex {
  readonly db: string;
  private reading?: Promise<Engine>;
  private model?: Promise<Model>;
  private probe?: Prober;
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  /** The writer session in flight (from taking the lock to releasing it) and its indexer. */
  private session?: Promise<void>;
  private indexer?: AdaptiveIndexer;
  /** Resolves when the pass asked for last has run (or could not run); undefined when nothing is asked. */
  private pending?: { promise: Promise<void>; resolve: () => void };
  /** Whether a pass over the files has begun since the last request: only its end answers the request. */
  private passBegun = false;
  /** A pass asked for while a session was opening or closing: run another after it. */
  private again = false;
  private lastError?: string;
  private readOnlyBecause?: string;
  private closed = false;

  constructor(private readonly o: FolderIndexOptions) {
    this.db = o.db ? path.resolve(o.db) : defaultIndexDir(o.root);
  }

  get root(): string {
    return this.o.root;
  }

  /** True when the folder holds a Barista index (its meta table is written last, when the index is whole). */
  exists(): boolean {
    return indexExists(this.db);
  }

  /** Starts following the folder: builds the index where there is none, and watches for changes. */
  start(): void {
    if (this.o.keepFresh === false) return;
    const broad = tooBroad(this.o.root);
    if (broad) {
      this.readOnlyBecause = `${this.o.root} is not indexed on its own (${broad}): give the project with --dir, or index it with barista index`;
      this.o.logger.warn(`barista mcp: ${this.readOnlyBecause}`);
      return;
    }
    this.watch();
    if (!this.exists()) this.request();
  }

  /** What the server does for this folder, for index_status. */
  activity(): string {
    if (this.o.keepFresh === false) return 'read only (--read-only)';
    if (this.readOnlyBecause) return `read only: ${this.readOnlyBecause}`;
    const s = this.indexer?.status();
    if (s)
      return `indexing here: ${s.state === 'starting' ? 'starting (the machine is measured on first use)' : s.state}${s.work ? ` (${s.work.kind} to layer ${s.work.depth}: ${s.work.done} of ${s.work.total})` : ''}`;
    if (this.lastError) return `the last pass failed: ${this.lastError}`;
    return this.watcher ? 'following file changes' : 'not following file changes';
  }

  /** The engine to search with, once the index can answer: a build or pass in flight is waited for first. */
  async engine(): Promise<Engine> {
    if (this.pending) await Promise.race([this.pending.promise, new Promise((r) => setTimeout(r, FRESH_WAIT_MS).unref())]);
    // A first build still under way (the machine is measured once, then the first pass runs): said
    // at once, without loading a reader on a machine that is busy building.
    const building = this.indexer ? this.indexer.status().searchableDepth === NOT_SEARCHABLE : !this.exists();
    if (this.pending && building) throw this.stillBuilding();
    if (!this.exists()) {
      if (this.lastError) throw new Error(`the index of ${this.o.root} could not be built: ${this.lastError}`);
      if (this.readOnlyBecause) throw new NoIndexError(`no Barista index for ${this.o.root}: ${this.readOnlyBecause}`);
      throw noIndexError(this.o.root, this.db, this.o.db !== undefined);
    }
    this.reading ??= openEngine({ root: this.o.root, db: this.db, model: this.o.model, logger: this.o.logger, access: 'read' }).catch((e) => {
      this.reading = undefined;
      throw e;
    });
    const engine = await this.reading;
    // A first build still under way (the machine is measured once, then the first pass runs).
    if (this.pending && (await engine.store.searchableDepth()) === NOT_SEARCHABLE) throw this.stillBuilding();
    return engine;
  }

  private stillBuilding(): IndexBuildingError {
    return new IndexBuildingError(`the index of ${this.o.root} is being built (${this.activity()}); ask again in a minute`);
  }

  /** Asks for a pass over the folder: within the writer session that runs, else in a new one (after the one closing, if any). */
  request(): void {
    if (this.closed) return;
    this.ask();
    this.passBegun = false;
    if (this.indexer) return this.indexer.requestIndex();
    if (this.session) {
      this.again = true;
      return;
    }
    this.session = this.runSession().finally(() => {
      this.session = undefined;
      if (this.again) {
        this.again = false;
        this.request();
      }
    });
  }

  private watch(): void {
    try {
      // Recursive watching: FSEvents on macOS, ReadDirectoryChangesW on Windows, inotify per folder on Linux (Node 20).
      this.watcher = watch(this.o.root, { recursive: true }, (_event, file) => {
        const name = file?.toString() ?? '';
        if (NOISE.test(name)) return;
        const full = path.join(this.o.root, name);
        // The index itself may live inside the folder (--db): its writes are not edits.
        const inIndex = path.relative(this.db, full);
        if (!inIndex.startsWith('..') && !path.isAbsolute(inIndex)) return;
        this.changed();
      });
      this.watcher.on('error', (e) => {
        this.o.logger.warn(`barista mcp: file changes in ${this.o.root} are no longer followed (${e.message}); restart the server to follow them again`);
        this.watcher?.close();
        this.watcher = undefined;
      });
    } catch (e) {
      this.o.logger.warn(`barista mcp: file changes in ${this.o.root} are not followed (${(e as Error).message})`);
    }
  }

  private changed(): void {
    // A search from now on waits for the pass this change starts.
    this.ask();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.request(), this.o.settleMs ?? SETTLE_MS);
    this.timer.unref();
  }

  /**
   * Takes the write lock, runs the adaptive indexer until it has nothing left to do, and lets the
   * lock go. Another writer at work: nothing is done (it keeps the index current itself).
   */
  private async runSession(): Promise<void> {
    let model: Model;
    try {
      this.model ??= openModel({ model: this.o.model, providers: ['cpu'], threads: 1, logger: this.o.logger });
      model = await this.model;
    } catch (e) {
      this.model = undefined;
      this.finishPending((e as Error).message);
      return;
    }
    let store;
    try {
      store = await openIndex(model.bundle, {
        root: this.o.root,
        db: this.db,
        logger: this.o.logger,
        access: 'write',
        what: 'barista mcp',
        whenBusy: 'it keeps the index current; barista mcp only reads it meanwhile',
      });
    } catch (e) {
      if (e instanceof IndexLockedError) {
        this.o.logger.info(`barista mcp: ${e.message}`);
        this.finishPending();
      } else this.finishPending((e as Error).message);
      return;
    }
    this.probe ??= new Prober({ segmentFile: path.join(model.bundle.dir, model.bundle.manifest.segments[0].file), logger: this.o.logger });
    const indexer = new AdaptiveIndexer({
      root: this.o.root,
      store,
      bundle: model.bundle,
      probe: this.probe,
      settings: resolveSettings({ quality: 'auto' }, model.bundle.manifest.ladder),
      // The folder's own crawl rules, as the editor and `barista index` read them: one index, one rule set.
      crawl: resolveCrawlRules(this.o.root).crawl,
      logger: this.o.logger,
      pollMs: 0,
    });
    this.indexer = indexer;
    // A search waits for the pass over the files, not for deepening: once every file is in at the
    // pass depth (or the pass failed), what was asked for is done.
    indexer.on('progress', (s: AdaptiveStatus) => {
      if (s.state === 'error') return this.finishPending(s.error);
      if (s.state === 'indexing') this.passBegun = true;
      else if (this.passBegun && s.state !== 'starting' && s.searchableDepth !== NOT_SEARCHABLE) this.finishPending();
    });
    let failure: string | undefined;
    try {
      indexer.start();
      const end = await indexer.whenSettled();
      if (end.state === 'error') {
        failure = end.error;
        this.o.logger.warn(`barista mcp: indexing ${this.o.root} failed: ${end.error}`);
      }
    } finally {
      // From here a change starts a session of its own.
      this.indexer = undefined;
      await indexer.stop();
      await store.close();
      if (!this.again) this.finishPending(failure);
    }
  }

  private ask(): void {
    if (this.pending) return;
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    this.pending = { promise, resolve };
  }

  private finishPending(error?: string): void {
    this.lastError = error;
    const p = this.pending;
    this.pending = undefined;
    p?.resolve();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.watcher?.close();
    await this.indexer?.stop();
    await this.session?.catch(() => undefined);
    const reading = this.reading;
    this.reading = undefined;
    if (reading) await (await reading.catch(() => undefined))?.close();
    const model = this.model;
    this.model = undefined;
    if (model) await (await model.catch(() => undefined))?.close();
  }
}
