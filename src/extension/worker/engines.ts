import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Prober } from '../../core/adapt/probe';
import { AdaptiveIndexer, type AdaptiveStatus } from '../../core/adapt/adaptiveIndexer';
import type { Plan } from '../../core/adapt/planner';
import { openIndex, openModel, providerOrder } from '../../core/engine';
import { resolveCrawlRules, type CrawlRules } from '../../core/index/crawlRules';
import type { ChunkRow, Store } from '../../core/index/store';
import type { Logger } from '../../core/log';
import type { Bundle } from '../../core/model/bundle';
import type { Encoder } from '../../core/model/encoder';
import type { ProviderName } from '../../core/model/providers';
import { QueryVectors } from '../../core/search/queryVectors';
import { IndexNotReadyError, Searcher, similarResult, type SearchResult } from '../../core/search/searcher';
import type { Size } from '../../core/model/ladder';
import type { Activity, Answers, EngineSettings, FolderSpec, FolderStatus, Hit, OutlineEntry, PlanView, SearchRequest } from '../protocol';

interface Model {
  bundle: Bundle;
  /** Encodes queries (the folders' indexers each run their own encoder, as their plans say). */
  encoder: Encoder;
  /** Query vectors shared by every folder's searcher: a search over several folders encodes its query once. */
  queries: QueryVectors;
  prober: Prober;
  /** Which load of a model this is in this process (1 for the first): a reload gets the next. */
  load: number;
}

interface Folder {
  spec: FolderSpec;
  model: Model;
  store: Store;
  indexer: AdaptiveIndexer;
  searcher: Searcher;
  /** The folder's crawl rules as its indexer runs them (from the folder's own files, as the command line reads them). */
  crawl: CrawlRules['crawl'];
  paused: boolean;
  unsubscribe: (() => void)[];
}

export class NotOpenError extends Error {
  override name = 'NotOpenError';
}

export function planView(plan: Plan): PlanView {
  return { indexDepth: plan.indexDepth, targetDepth: plan.targetDepth, size: plan.querySize, reason: plan.reason, provider: plan.provider };
}

function activityOf(status: AdaptiveStatus, paused: boolean, sizeInUse: Size | undefined): Activity {
  const { state, searchableDepth, chunks, waitingFor, work, error } = status;
  // A paused folder's indexer is stopped, or was never started (the folder was opened paused).
  return { state: paused && (state === 'stopped' || state === 'starting') ? 'paused' : state, searchableDepth, chunks, waitingFor, work, error, sizeInUse };
}

/**
 * Everything the worker owns: the model (bundle, query encoder and machine probe, shared by all
 * folders, loaded on first use) and, per workspace folder, a store and an adaptive indexer
 * (src/core/adapt) that plans from the machine and follows it: a shallow first pass so search works
 * early, deepening in the background while the plan allows. Searches run beside indexing and see
 * what it has committed so far.
 */
export class Engines {
  private settings: EngineSettings = { quality: 'auto', battery: 'save', provider: 'auto', modelPath: '' };
  private model?: Promise<Model>;
  private modelLoads = 0;
  private readonly folders = new Map<string, Folder>();
  /** False while the user types: deepening (not indexing of changed files) waits. */
  private idle = true;
  /** Folders start their first passes one after another: they share the machine's cores. */
  private starts: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly logger: Logger,
    private readonly onActivity: (key: string, activity: Activity, plan?: PlanView) => void,
  ) {}

  private get adaptiveSettings() {
    const { quality, battery, provider } = this.settings;
    return { quality, battery, provider: provider as ProviderName | 'auto' };
  }

  /** A folder's crawl rules, read from the folder now; what is not allowed is logged. */
  private crawlOf(spec: FolderSpec): CrawlRules['crawl'] {
    const { crawl, problems } = resolveCrawlRules(spec.root);
    for (const p of problems) this.logger.warn(`[${spec.name}] ${p}`);
    return crawl;
  }

  /**
   * Re-reads a folder's crawl rules (its settings file may have changed): a new indexer when they
   * did (an incremental pass follows, removing what the rules now leave out). True when restarted.
   */
  private async reread(f: Folder): Promise<boolean> {
    const crawl = this.crawlOf(f.spec);
    if (JSON.stringify(crawl) === JSON.stringify(f.crawl)) return false;
    this.logger.info(`[${f.spec.name}] include, exclude, size limit or symbolic links changed: indexing again`);
    f.crawl = crawl;
    await this.restart(f);
    return true;
  }

  /**
   * Applies settings without losing indexed work: quality, battery and provider re-plan the running
   * indexers; a folder whose crawl rules changed (its .vscode/settings.json) gets a new indexer (an
   * incremental pass follows); another model reopens everything.
   */
  async configure(settings: EngineSettings): Promise<void> {
    const before = this.settings;
    this.settings = settings;
    if (!this.model) return;
    if (settings.modelPath !== before.modelPath) {
      this.logger.info('the model changed: reopening every folder with it');
      const specs = [...this.folders.values()].map((f) => ({ spec: f.spec, paused: f.paused }));
      for (const key of [...this.folders.keys()]) await this.close(key);
      const model = this.model;
      this.model = undefined;
      await (await model.catch(() => undefined))?.encoder.close();
      for (const { spec, paused } of specs) await this.open(spec, paused);
      return;
    }
    for (const f of this.folders.values()) if (!(await this.reread(f))) await f.indexer.setSettings(this.adaptiveSettings);
  }

  private loadModel(): Promise<Model> {
    if (!this.model) {
      this.model = (async () => {
        const { bundle, encoder } = await openModel({
          model: this.settings.modelPath,
          providers: providerOrder(this.settings.provider),
          threads: 1,
          logger: this.logger,
        });
        const prober = new Prober({ segmentFile: path.join(bundle.dir, bundle.manifest.segments[0].file), logger: this.logger });
        return { bundle, encoder, queries: new QueryVectors(encoder), prober, load: ++this.modelLoads };
      })();
      // A failed load is reported to whoever asked; the next request tries again.
      this.model.catch(() => (this.model = undefined));
    }
    return this.model;
  }

  private folder(key: string): Folder {
    const f = this.folders.get(key);
    if (!f) throw new NotOpenError(`folder ${key} is not open in Barista's engine`);
    return f;
  }

  private prefixed(name: string): Logger {
    return {
      info: (m) => this.logger.info(`[${name}] ${m}`),
      warn: (m) => this.logger.warn(`[${name}] ${m}`),
      error: (m) => this.logger.error(`[${name}] ${m}`),
    };
  }

  setIdle(idle: boolean): void {
    this.idle = idle;
    for (const f of this.folders.values()) f.indexer.setIdle(idle);
  }

  private newIndexer(spec: FolderSpec, store: Store, model: Model, crawl: CrawlRules['crawl']): AdaptiveIndexer {
    const indexer = new AdaptiveIndexer({
      root: spec.root,
      store,
      bundle: model.bundle,
      probe: model.prober,
      settings: this.adaptiveSettings,
      crawl,
      logger: this.prefixed(spec.name),
    });
    indexer.setIdle(this.idle);
    return indexer;
  }

  private wire(f: Folder): void {
    f.unsubscribe.forEach((u) => u());
    const emit = () => this.onActivity(f.spec.key, this.activity(f), f.indexer.plan && planView(f.indexer.plan));
    let last = 0;
    let lastState = '';
    f.unsubscribe = [
      f.indexer.on('progress', (s) => {
        // A few updates a second are plenty; a change of state always goes out.
        const now = Date.now();
        if (s.state === lastState && now - last < 200) return;
        last = now;
        lastState = s.state;
        emit();
      }),
      f.indexer.on('plan', emit),
      f.indexer.on('error', (e) => this.logger.error(`[${f.spec.name}] ${e.message}`)),
    ];
  }

  private start(f: Folder): void {
    if (f.paused) return;
    const indexer = f.indexer;
    this.starts = this.starts.then(async () => {
      if (f.paused || this.folders.get(f.spec.key) !== f || f.indexer !== indexer) return;
      indexer.start();
      // Resolves when the indexer has nothing left to do, or is stopped.
      await indexer.whenSettled();
    });
  }

  private async stopIndexer(f: Folder): Promise<void> {
    await f.indexer.stop();
  }

  private activity(f: Folder): Activity {
    return activityOf(f.indexer.status(), f.paused, f.indexer.searchSize());
  }

  /** Opens a folder's index and starts indexing it (unless paused); `rebuild` starts the index afresh, under its lock. */
  async open(spec: FolderSpec, paused = false, rebuild = false): Promise<FolderStatus> {
    if (this.folders.has(spec.key)) await this.close(spec.key);
    const model = await this.loadModel();
    const store = await openIndex(model.bundle, {
      root: spec.root,
      db: spec.db,
      logger: this.prefixed(spec.name),
      rebuild,
      what: 'the Barista extension',
      whenNotOurs: 'Set barista.indexLocation to a new or empty folder.',
      whenBusy: "wait for it to finish, then reload the window (or set barista.indexLocation to keep this window's indexes elsewhere)",
    });
    // The folder opens whole or not at all: a store left open here would never be closed.
    try {
      const crawl = this.crawlOf(spec);
      const f: Folder = {
        spec,
        model,
        store,
        crawl,
        indexer: this.newIndexer(spec, store, model, crawl),
        searcher: new Searcher(store, model.encoder, model.queries),
        paused,
        unsubscribe: [],
      };
      this.folders.set(spec.key, f);
      this.wire(f);
      // Opened paused (the engine restarted while the user had paused indexing): searchable, and
      // planned, all the same.
      if (paused) await f.indexer.prepare();
      this.start(f);
      return await this.status(spec.key);
    } catch (e) {
      if (this.folders.get(spec.key)?.store === store) await this.close(spec.key);
      else await store.close();
      throw e;
    }
  }

  /** A new indexer for the folder (new crawl rules): the store and what it holds stay. */
  private async restart(f: Folder): Promise<void> {
    await this.stopIndexer(f);
    f.indexer = this.newIndexer(f.spec, f.store, await this.loadModel(), f.crawl);
    this.wire(f);
    this.start(f);
  }

  async close(key: string): Promise<void> {
    const f = this.folders.get(key);
    if (!f) return;
    this.folders.delete(key);
    f.unsubscribe.forEach((u) => u());
    await this.stopIndexer(f);
    await f.store.close();
  }

  /** Files changed (the folder's settings file among them, maybe): an incremental pass under the rules in force now. */
  async index(key: string): Promise<void> {
    const f = this.folder(key);
    if (!(await this.reread(f))) f.indexer.requestIndex();
  }

  async rebuild(key: string): Promise<void> {
    const f = this.folder(key);
    const { spec } = f;
    await this.close(key);
    // The store deletes its own tables only, and under the write lock (never a folder, never unlocked).
    await this.open(spec, false, true);
  }

  async pause(key: string): Promise<void> {
    const f = this.folder(key);
    f.paused = true;
    await this.stopIndexer(f);
    this.onActivity(key, this.activity(f), f.indexer.plan && planView(f.indexer.plan));
  }

  resume(key: string): void {
    const f = this.folder(key);
    if (!f.paused) return;
    f.paused = false;
    // Changes made while paused are caught by an incremental pass.
    f.indexer.requestIndex();
    this.start(f);
  }

  async settle(keys: string[]): Promise<void> {
    const folders = (keys.length ? keys : [...this.folders.keys()]).map((k) => this.folder(k));
    await Promise.all(folders.filter((f) => !f.paused).map((f) => f.indexer.whenSettled()));
  }

  async search(request: SearchRequest): Promise<Answers['search']> {
    const started = Date.now();
    const keys = request.folders.length ? request.folders : [...this.folders.keys()];
    const hits: Hit[] = [];
    const sizes: Record<string, Size> = {};
    const ex = request.exclude;
    for (const key of keys) {
      const f = this.folder(key);
      const size = f.indexer.searchSize();
      if (!size) continue;
      sizes[key] = size;
      const results = await f.searcher.search(request.query, {
        size,
        mode: request.mode,
        k: request.k + (ex ? 4 : 0),
        filter: request.filter,
        ranking: request.ranking,
      });
      for (const r of results) {
        if (ex && ex.folder === key && ex.path === r.path && r.startLine <= ex.endLine && ex.startLine <= r.endLine) continue;
        hits.push(toHit(key, r));
      }
    }
    hits.sort((a, b) => b.score - a.score);
    return { hits: hits.slice(0, request.k), sizes, ms: Date.now() - started };
  }

  /**
   * Chunks like the one at a line, from every open folder: the core's find-similar (the chunk's
   * stored vector cut to the size its folder searches at, candidates rescored on that prefix), run on
   * each folder that has the size's layer. The chunk itself, and the other pieces of the same
   * definition, are left out.
   */
  async similar(key: string, file: string, line: number, k: number): Promise<Answers['similar']> {
    const f = this.folder(key);
    const size = f.indexer.searchSize();
    if (!size) throw new IndexNotReadyError(`${f.spec.name} has no searchable index yet`);
    const source = await f.searcher.similarSource(file, line, size);
    const hits: Hit[] = [];
    for (const [otherKey, other] of this.folders) {
      const otherSize = other.indexer.searchSize();
      if (!otherSize || otherSize.layer < size.layer) continue;
      for (const r of await other.searcher.similarTo(source, { k })) hits.push(toHit(otherKey, r));
    }
    hits.sort((a, b) => b.score - a.score);
    return { source: toHit(key, similarResult(source.row, 1)), hits: hits.slice(0, k), size };
  }

  async outline(key: string, file: string): Promise<OutlineEntry[]> {
    const chunks: ChunkRow[] = await this.folder(key).store.chunksOf(file, []);
    return chunks.map((c) => ({ startLine: c.startLine, endLine: c.endLine, symbol: c.symbol, kind: c.kind }));
  }

  async status(key: string): Promise<FolderStatus> {
    const f = this.folder(key);
    const stats = await f.store.stats();
    const disk = await diskUsage(f.spec.db);
    const activity = this.activity(f);
    return {
      key,
      activity,
      plan: f.indexer.plan && planView(f.indexer.plan),
      files: stats.files,
      chunks: stats.chunks,
      bytes: disk.bytes,
      searchableDepth: activity.searchableDepth,
      sizeInUse: activity.sizeInUse,
      updated: stats.chunks ? disk.newest : 0,
      db: f.spec.db,
      model: { dir: f.model.bundle.dir, fingerprint: f.model.bundle.fingerprint, load: f.model.load },
    };
  }

  async shutdown(): Promise<void> {
    for (const key of [...this.folders.keys()]) await this.close(key);
    const model = this.model;
    this.model = undefined;
    if (model) await (await model.catch(() => undefined))?.encoder.close();
  }
}

function toHit(folder: string, { id: _id, ...r }: SearchResult): Hit {
  return { folder, ...r };
}

/** Total size and newest modification time of the files under a folder. */
async function diskUsage(dir: string): Promise<{ bytes: number; newest: number }> {
  let bytes = 0;
  let newest = 0;
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile()) {
        const st = await fs.stat(full).catch(() => undefined);
        if (st) {
          bytes += st.size;
          newest = Math.max(newest, st.mtimeMs);
        }
      }
    }
  };
  await walk(dir);
  return { bytes, newest };
}
