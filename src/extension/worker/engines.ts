import { promises as fs, rmSync } from 'node:fs';
import * as path from 'node:path';
import { indexFolder, type IndexProgress, type IndexSummary } from '../../core/index/indexer';
import { Store, type ChunkRow } from '../../core/index/store';
import type { Logger } from '../../core/log';
import { defaultBundleDir, loadBundle, type Bundle } from '../../core/model/bundle';
import { Encoder } from '../../core/model/encoder';
import { DEFAULT_PROVIDERS, type ProviderName } from '../../core/model/providers';
import { IndexNotReadyError, Searcher, type SearchResult } from '../../core/search/searcher';
import { snippetLine } from '../../core/search/snippet';
import type { Size } from '../../core/model/ladder';
import type { Answers, EngineSettings, FolderSpec, FolderStatus, Hit, OutlineEntry, PlanView, SearchRequest } from '../protocol';
import { settingsPlan, sizeInUse } from './plan';

interface Model {
  bundle: Bundle;
  encoder: Encoder;
}

interface Folder {
  spec: FolderSpec;
  store?: Promise<Store>;
  searcher?: Searcher;
  running?: AbortController;
  /** Cached deepest layer every chunk has; cleared whenever the index changes. */
  depth?: number;
}

export class NotOpenError extends Error {
  override name = 'NotOpenError';
}

export class BusyError extends Error {
  override name = 'BusyError';
}

const PROVIDERS: ProviderName[] = ['cuda', 'dml', 'coreml', 'webgpu', 'cpu'];

function providerOrder(preference: string): ProviderName[] {
  if (preference === 'auto' || !PROVIDERS.includes(preference as ProviderName)) return DEFAULT_PROVIDERS;
  return [preference as ProviderName, 'cpu'];
}

/**
 * Everything the worker owns: one model (bundle and encoder, shared by all folders, loaded on first
 * use) and one store per workspace folder. Indexing runs are per folder; searches may run while a
 * folder is being indexed and see what it has committed so far.
 */
export class Engines {
  private settings: EngineSettings = { quality: 'auto', battery: 'save', provider: 'auto', modelPath: '', include: [], exclude: [], maxFileBytes: 1024 * 1024 };
  private model?: Promise<Model>;
  private readonly folders = new Map<string, Folder>();
  private planCache?: PlanView;

  constructor(
    private readonly logger: Logger,
    private readonly onProgress: (key: string, p: IndexProgress) => void,
  ) {}

  /** Applies settings; a different model or provider closes everything so it reopens with them. */
  async configure(settings: EngineSettings): Promise<PlanView> {
    const reload = settings.modelPath !== this.settings.modelPath || settings.provider !== this.settings.provider;
    this.settings = settings;
    this.planCache = undefined;
    if (reload && this.model) {
      this.logger.info('model or execution provider changed: reopening the engine');
      await this.unload();
    }
    return this.plan();
  }

  async plan(): Promise<PlanView> {
    if (!this.planCache) this.planCache = settingsPlan(this.settings, (await this.loadModel()).bundle.manifest.ladder);
    return this.planCache;
  }

  private loadModel(): Promise<Model> {
    if (!this.model) {
      this.model = (async () => {
        const dir = this.settings.modelPath || defaultBundleDir();
        const started = Date.now();
        const bundle = await loadBundle(dir);
        const encoder = await Encoder.open(bundle, { providers: providerOrder(this.settings.provider), threads: 2, logger: this.logger });
        this.logger.info(`model ${bundle.manifest.name} from ${dir} on ${encoder.provider} in ${Date.now() - started} ms`);
        return { bundle, encoder };
      })();
      // A failed load is reported to whoever asked; the next request tries again.
      this.model.catch(() => (this.model = undefined));
    }
    return this.model;
  }

  private async unload(): Promise<void> {
    for (const f of this.folders.values()) await this.closeStore(f);
    const model = this.model;
    this.model = undefined;
    if (model) await (await model.catch(() => undefined))?.encoder.close();
  }

  private async closeStore(f: Folder): Promise<void> {
    f.running?.abort();
    const store = f.store;
    f.store = undefined;
    f.searcher = undefined;
    f.depth = undefined;
    if (store) await (await store.catch(() => undefined))?.close();
  }

  private folder(key: string): Folder {
    const f = this.folders.get(key);
    if (!f) throw new NotOpenError(`folder ${key} is not open in the index worker`);
    return f;
  }

  private async store(f: Folder): Promise<{ store: Store; searcher: Searcher; model: Model }> {
    const model = await this.loadModel();
    if (!f.store) {
      f.store = Store.open(f.spec.db, model.bundle, this.prefixed(f.spec.name));
      f.store.catch(() => (f.store = undefined));
    }
    const store = await f.store;
    f.searcher ??= new Searcher(store, model.encoder);
    return { store, searcher: f.searcher, model };
  }

  private prefixed(name: string): Logger {
    return {
      info: (m) => this.logger.info(`[${name}] ${m}`),
      warn: (m) => this.logger.warn(`[${name}] ${m}`),
      error: (m) => this.logger.error(`[${name}] ${m}`),
    };
  }

  async open(spec: FolderSpec): Promise<FolderStatus> {
    const existing = this.folders.get(spec.key);
    if (existing && existing.spec.db !== spec.db) await this.closeStore(existing);
    this.folders.set(spec.key, { ...existing, spec });
    return this.status(spec.key);
  }

  async close(key: string): Promise<void> {
    const f = this.folders.get(key);
    if (!f) return;
    this.folders.delete(key);
    await this.closeStore(f);
  }

  async index(key: string, rebuild = false): Promise<IndexSummary> {
    const f = this.folder(key);
    if (f.running) throw new BusyError(`${f.spec.name} is already being indexed`);
    if (rebuild) {
      await this.closeStore(f);
      rmSync(f.spec.db, { recursive: true, force: true });
      this.logger.info(`[${f.spec.name}] index removed for a rebuild`);
    }
    const controller = new AbortController();
    f.running = controller;
    try {
      const { store, model } = await this.store(f);
      const plan = await this.plan();
      const { include, exclude, maxFileBytes } = this.settings;
      const summary = await indexFolder({
        root: f.spec.root,
        store,
        encoder: model.encoder,
        depth: plan.depth,
        crawl: { include: include.length ? include : undefined, exclude, maxFileBytes },
        logger: this.prefixed(f.spec.name),
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase !== 'scanning') f.depth = undefined;
          this.onProgress(key, p);
        },
      });
      this.logger.info(
        `[${f.spec.name}] indexed ${summary.filesTotal} files to layer ${plan.depth}: ${summary.chunksEmbedded} chunks embedded, ` +
          `${summary.chunksReused} reused, ${summary.filesUnchanged} unchanged, ${summary.filesRemoved} removed in ${summary.seconds.toFixed(1)} s`,
      );
      return summary;
    } finally {
      f.depth = undefined;
      if (f.running === controller) f.running = undefined;
    }
  }

  cancel(key: string): void {
    this.folders.get(key)?.running?.abort();
  }

  private async searchableDepth(f: Folder, store: Store): Promise<number> {
    f.depth ??= await store.searchableDepth();
    return f.depth;
  }

  private async sizeFor(f: Folder): Promise<{ size?: Size; store: Store; searcher: Searcher; model: Model }> {
    const opened = await this.store(f);
    const depth = await this.searchableDepth(f, opened.store);
    return { ...opened, size: sizeInUse(await this.plan(), depth, opened.model.bundle.manifest.ladder) };
  }

  async search(request: SearchRequest): Promise<Answers['search']> {
    const started = Date.now();
    const keys = request.folders.length ? request.folders : [...this.folders.keys()];
    const hits: Hit[] = [];
    const sizes: Record<string, Size> = {};
    const ex = request.exclude;
    for (const key of keys) {
      const f = this.folder(key);
      const { size, searcher } = await this.sizeFor(f);
      if (!size) continue;
      sizes[key] = size;
      const results = await searcher.search(request.query, {
        size,
        mode: request.mode,
        k: request.k + (ex ? 4 : 0),
        filter: request.filter,
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
   * Chunks like the one at a line, from every open folder: the chunk's stored vector at the layer
   * its folder searches at is compared with each folder that has that layer. The chunk itself, and
   * the other pieces of the same definition, are left out.
   */
  async similar(key: string, file: string, line: number, k: number): Promise<Answers['similar']> {
    const f = this.folder(key);
    const { size, store } = await this.sizeFor(f);
    if (!size) throw new IndexNotReadyError(`${f.spec.name} has no searchable index yet`);
    const chunks = await store.chunksOf(file, [size.layer]);
    const source = chunks.find((c) => c.startLine <= line && line <= c.endLine);
    if (!source) throw new IndexNotReadyError(`${file}:${line} is not in the index (is the file indexed, and the line inside it?)`);
    const vector = source.vectors.get(size.layer);
    if (!vector) throw new IndexNotReadyError(`${file}:${line} is not embedded to layer ${size.layer} yet`);
    const samePiece = (folder: string, r: ChunkRow) =>
      folder === key && r.path === file && (r.id === source.id || (source.symbol !== '' && r.symbol === source.symbol));
    const hits: Hit[] = [];
    for (const [otherKey, other] of this.folders) {
      const found = await this.sizeFor(other);
      if (!found.size || found.size.layer < size.layer) continue;
      const rows = await found.store.searchDense(vector, size.layer, k + chunks.length);
      for (const { row, score } of rows) if (!samePiece(otherKey, row)) hits.push(toHit(otherKey, rowResult(row, score)));
    }
    hits.sort((a, b) => b.score - a.score);
    return { source: toHit(key, rowResult(source, 1)), hits: hits.slice(0, k), size };
  }

  async outline(key: string, file: string): Promise<OutlineEntry[]> {
    const f = this.folder(key);
    const { store } = await this.store(f);
    const chunks: ChunkRow[] = await store.chunksOf(file, []);
    return chunks.map((c) => ({ startLine: c.startLine, endLine: c.endLine, symbol: c.symbol, kind: c.kind }));
  }

  async status(key: string): Promise<FolderStatus> {
    const f = this.folder(key);
    const { store, size } = await this.sizeFor(f);
    const stats = await store.stats();
    const disk = await diskUsage(f.spec.db);
    return {
      key,
      files: stats.files,
      chunks: stats.chunks,
      bytes: disk.bytes,
      searchableDepth: f.depth ?? 0,
      sizeInUse: size,
      updated: stats.chunks ? disk.newest : 0,
      db: f.spec.db,
    };
  }

  async shutdown(): Promise<void> {
    await this.unload();
    this.folders.clear();
  }
}

/** A stored chunk as a result; its snippet is the line naming its symbol (the definition's first line). */
function rowResult(row: ChunkRow, score: number): SearchResult {
  return {
    id: row.id,
    path: row.path,
    startLine: row.startLine,
    endLine: row.endLine,
    symbol: row.symbol,
    language: row.language,
    kind: row.kind,
    score,
    snippet: snippetLine(row.text, row.symbol, row.startLine),
    text: row.text,
  };
}

function toHit(folder: string, r: SearchResult): Hit {
  return {
    folder,
    path: r.path,
    startLine: r.startLine,
    endLine: r.endLine,
    symbol: r.symbol,
    language: r.language,
    kind: r.kind,
    score: r.score,
    snippet: r.snippet,
    text: r.text,
  };
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
