import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { DamagedIndexError, DiskFullError, damageReport, damagedFiles, isDiskFull, lanceReason } from './damage';
import { IndexLock, IndexLockedError, LOCK_FILE } from './lock';

export { DamagedIndexError, DiskFullError } from './damage';
import * as path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import type { Bundle } from '../model/bundle';
import { NOT_SEARCHABLE, storedLayers } from '../model/ladder';
import { silentLogger, type Logger } from '../log';
import { chunkText, searchableText } from '../text/identifiers';
import type { Chunk, ChunkKind } from './chunk';
import { Schema } from 'apache-arrow';
import { toArrowTable } from './halfTable';
import { idHash, infoOf, lookupWords, ChunkCatalog, type ChunkInfo, type NamedChunk, type SymbolMatch } from './chunkCatalog';
import { SCHEMA_VERSION, chunkSchema, fileSchema, metaSchema, vectorColumn } from './schema';

/** A chunk as stored: where it came from, its hashes, and its vectors. */
export interface ChunkRow extends Chunk {
  id: string;
  contentHash: string;
  fileHash: string;
  depth: number;
  /** Vector per ladder layer up to depth, at that layer's stored dim. */
  vectors: Map<number, Float32Array>;
}

export interface FileRecord {
  path: string;
  fileHash: string;
  size: number;
  chunks: number;
  /** The depth every chunk of the file is embedded to. */
  depth: number;
}

/** A stored chunk embedded to less than some layer: what deepening needs to embed it again. */
export interface ShallowChunk {
  id: string;
  path: string;
  symbol: string;
  text: string;
  contentHash: string;
  depth: number;
}

/** New vectors for a stored chunk, every ladder layer up to the new depth. */
export interface DeepenedChunk {
  id: string;
  depth: number;
  vectors: Map<number, Float32Array>;
}

/** A stored chunk as search shows it: the chunk and its id, without hashes or vectors. */
export interface FoundChunk extends Chunk {
  id: string;
}

export interface FoundHit<Row extends FoundChunk = FoundChunk> {
  row: Row;
  /** Higher is better: cosine similarity or dot product for dense, BM25 for text. */
  score: number;
}

/** A hit with the whole stored row, its vectors included (see searchDenseWithVectors). */
export type StoredHit = FoundHit<ChunkRow>;

/**
 * Rows a layer column needs before it gets a vector index: below it brute force is exact and fast
 * enough (a few ms over 20k rows), and an index costs seconds to train.
 */
export const VECTOR_INDEX_MIN_ROWS = 50_000;

/** See Store.tidy: a pass that wrote this many rows compacts at its end... */
export const TIDY_AFTER_ROWS = 1_000;
/** ...and so does one that finds this many versions of the chunk table on disk... */
export const TIDY_AFTER_VERSIONS = 24;
/** ...unless this store compacted less than this long ago (small writes only). */
export const TIDY_MIN_INTERVAL_MS = 5 * 60_000;

/**
 * How a vector index is searched: HNSW candidates per query (`ef`), and how many times the asked
 * number of rows is re-scored on the stored vectors (`refineFactor`), since the index keeps
 * vectors quantized to 8 bits. Tuned for recall@10 >= 0.98 against brute force (`bench --scale`).
 */
export interface VectorSearchTuning {
  /** Partitions (of about ROWS_PER_PARTITION rows each) searched per query. */
  nprobes: number;
  ef: number;
  refineFactor: number;
}
export const DEFAULT_VECTOR_SEARCH: VectorSearchTuning = { nprobes: 20, ef: 150, refineFactor: 2 };

/**
 * Rows of a vector index partition: one HNSW graph up to about 150k rows. Each probed partition
 * costs a graph search of its own, so few large partitions search faster than many small ones: at
 * 100k chunks (`shot`, 2 cores, load about 1) dense top 100, ids only, took 15 ms through one
 * graph against 26 ms through 24 partitions of 4k rows (nprobes 20, which searched nearly all of
 * them), and a hybrid query 38 ms against 51 ms end to end; recall@10 against brute force 1.000
 * both. Building one graph takes longer (75 s against 28 s at 100k), in the background. Smaller
 * partitions (1k, 2k rows) searched only a fifth of the rows but their recall varied from build to
 * build (0.87 to 1.00).
 */
const ROWS_PER_PARTITION = 100_000;

const vectorIndexName = (layer: number): string => `${vectorColumn(layer)}_idx`;

const CHUNKS = 'chunks';
const FILES = 'files';
const META = 'meta';

export interface StoreOptions {
  /** 'write' (the default) holds the index's write lock while open; 'read' takes none. */
  access?: 'read' | 'write';
  /** What this process is, for another writer's message (`barista index`, `VS Code`). */
  what?: string;
  /** What the user can do when another process writes the index (the end of IndexLockedError's message). */
  whenBusy?: string;
}

/** A write the disk had no room for, said so, with what happens to the index and what to do. */
function diskFull(dir: string, what: string): DiskFullError {
  return new DiskFullError(
    `no space left on the disk of index ${dir} (${what}): the index keeps what was written before, without this write; free some space, or put the index on another disk (--db, or the barista.indexLocation setting), then index again`,
  );
}

/** Deletes everything in an index folder but its write lock (held by whoever rebuilds it). */
function emptyIndexDir(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (name !== LOCK_FILE) rmSync(path.join(dir, name), { recursive: true, force: true });
}

export class StoreError extends Error {
  override name = 'StoreError';
}

/** A reader met an index it cannot use as it is (damaged, or of another model): left for a writer to rebuild. */
export class UnreadableIndexError extends StoreError {
  override name = 'UnreadableIndexError';
}

const sql = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const inList = (values: readonly string[]): string => values.map(sql).join(', ');

/** What a search may be kept to; the store alone turns it into SQL. */
export interface SearchFilter {
  kind?: ChunkKind;
  language?: string;
  /** Only paths under this folder (relative, '/' separated). */
  under?: string;
}

/** A filter as a LanceDB where-clause (undefined when it keeps everything). */
export function whereOf(filter: SearchFilter | undefined): string | undefined {
  if (!filter) return undefined;
  const parts: string[] = [];
  if (filter.kind) parts.push(`kind = ${sql(filter.kind)}`);
  if (filter.language) parts.push(`language = ${sql(filter.language)}`);
  if (filter.under) parts.push(`path LIKE ${sql(`${filter.under.replace(/\/$/, '')}/%`)}`);
  return parts.length ? parts.join(' AND ') : undefined;
}

/**
 * The on-disk index of one folder: a LanceDB database with chunk, file and meta tables. It belongs to
 * one model and one schema version; opening it with another rebuilds it from scratch, never mixing
 * vectors from two models.
 */
export class Store {
  private pendingRows: ChunkRow[] = [];
  private pendingFiles: FileRecord[] = [];
  private writesSinceOptimize = 0;
  private rowsSinceOptimize = 0;
  private lastOptimize = 0;
  /** The write lock, held from open to close by a writer. */
  private lock?: IndexLock;
  private vectorIndexing: Promise<number[]> | undefined;
  /** What search needs of every chunk, in memory (see chunkCatalog), and its update under way. */
  private names: ChunkCatalog | undefined;
  private namesUpdate: Promise<ChunkCatalog> | undefined;
  /** Per layer, whether every chunk reaches it, at one version of the chunk table (see searchDense). */
  private reaches: { version: number; layers: Map<number, boolean> } | undefined;
  /** See VectorSearchTuning; settable for measuring recall against speed. */
  vectorSearch: VectorSearchTuning = { ...DEFAULT_VECTOR_SEARCH };

  private constructor(
    readonly dir: string,
    private readonly db: lancedb.Connection,
    private readonly chunks: lancedb.Table,
    private readonly files: lancedb.Table,
    private readonly bundle: Bundle,
    private readonly logger: Logger,
  ) {}

  /**
   * Opens the index in `dir`, creating it if need be. An index that cannot be read (damaged, or
   * half made) is emptied and opened empty, with a warning saying why: the next indexing run embeds
   * every file again.
   *
   * A writer (the default) holds the folder's write lock until `close`, and a second writer is
   * refused with IndexLockedError naming the first. A reader (`access: 'read'`: search) takes no
   * lock and sees what writers have committed; only when it would have to create or rebuild the
   * index does it take the lock for that moment (refused, with the same error, while a writer works).
   */
  static async open(dir: string, bundle: Bundle, logger: Logger = silentLogger, options: StoreOptions = {}): Promise<Store> {
    const writer = (options.access ?? 'write') === 'write';
    const what = options.what ?? `barista ${process.argv[2] ?? ''}`.trim();
    let lock = writer ? IndexLock.acquire(dir, what, options.whenBusy) : undefined;
    // A reader that must change the index takes the lock for the change.
    const mayChange = () => {
      lock ??= IndexLock.acquire(dir, what, 'wait until it has finished, then try again');
    };
    try {
      let store: Store;
      try {
        store = await Store.tryOpen(dir, bundle, logger, mayChange, writer);
      } catch (e) {
        if (e instanceof StoreError || e instanceof IndexLockedError) throw e;
        if (isDiskFull(e)) throw diskFull(dir, 'creating its tables');
        const why = e instanceof DamagedIndexError ? e.message : damageReport(e, dir);
        if (!writer) throw Store.unreadable(dir, `is damaged: ${why}`);
        logger.warn(`index at ${dir} is damaged: ${why}; rebuilding it: it starts empty and every file is indexed again`);
        emptyIndexDir(dir);
        store = await Store.tryOpen(dir, bundle, logger, mayChange, writer);
      }
      if (writer) store.lock = lock;
      else lock?.release();
      return store;
    } catch (e) {
      lock?.release();
      throw e;
    }
  }

  /**
   * What a reader says of an index it cannot use: a writer at work on it, or what is wrong and that
   * the next indexing run (which rebuilds it) puts it right. A reader never deletes an index.
   */
  private static unreadable(dir: string, what: string): StoreError | IndexLockedError {
    const holder = IndexLock.holder(dir);
    if (holder) return new IndexLockedError(dir, holder, 'search again when it has finished');
    return new UnreadableIndexError(`index at ${dir} ${what}; the next indexing run (barista index, or the editor's) rebuilds it`);
  }

  private static async tryOpen(dir: string, bundle: Bundle, logger: Logger, mayChange: () => void, writer: boolean): Promise<Store> {
    mkdirSync(dir, { recursive: true });
    let db = await lancedb.connect(dir, { readConsistencyInterval: 0 });
    const expected = Store.expectedMeta(bundle);
    const names = await db.tableNames();
    if (names.length > 0) {
      const reason = await Store.mismatch(db, names, expected);
      if (reason) {
        if (!writer) throw Store.unreadable(dir, reason);
        mayChange();
        logger.warn(`index at ${dir} ${reason}; rebuilding it`);
        db.close();
        emptyIndexDir(dir);
        db = await lancedb.connect(dir, { readConsistencyInterval: 0 });
      }
    }
    if (!(await db.tableNames()).includes(META)) {
      mayChange();
      await db.createEmptyTable(CHUNKS, chunkSchema(bundle.manifest.ladder), { existOk: true });
      await db.createEmptyTable(FILES, fileSchema, { existOk: true });
      // Meta is written last: its presence says the other tables were created whole.
      await db.createTable(
        META,
        Object.entries(expected).map(([key, value]) => ({ key, value })),
        { schema: metaSchema },
      );
    }
    const chunks = await db.openTable(CHUNKS);
    const files = await db.openTable(FILES);
    await Store.checkReadable(dir, { [CHUNKS]: chunks, [FILES]: files });
    return new Store(dir, db, chunks, files, bundle, logger);
  }

  /**
   * Reads one small column of every row: that reads the footer of every data file, so a file cut
   * short fails here, named, rather than in the middle of a search or of every indexing run.
   */
  private static async checkReadable(dir: string, tables: Record<string, lancedb.Table>): Promise<void> {
    for (const [name, table] of Object.entries(tables)) {
      try {
        await table.query().select(['depth']).toArray();
      } catch (e) {
        const bad = damagedFiles(dir, [name]);
        if (bad.length)
          throw new DamagedIndexError(`${bad.join(', ')} ${bad.length > 1 ? 'are' : 'is'} cut short or not a Lance file (the end of a Lance file is missing)`);
        throw new DamagedIndexError(`its ${name} table cannot be read (${lanceReason(e, dir)})`);
      }
    }
  }

  private static expectedMeta(bundle: Bundle): Record<string, string> {
    return {
      schemaVersion: String(SCHEMA_VERSION),
      model: bundle.manifest.name,
      modelFingerprint: bundle.fingerprint,
      ladder: JSON.stringify(bundle.manifest.ladder),
    };
  }

  /** Why an existing database cannot be used as is, or undefined when it can. */
  private static async mismatch(db: lancedb.Connection, names: string[], expected: Record<string, string>): Promise<string | undefined> {
    if (!names.includes(META) || !names.includes(CHUNKS) || !names.includes(FILES)) return 'is incomplete';
    const rows = await (await db.openTable(META)).query().toArray();
    const meta = Object.fromEntries(rows.map((r) => [r.key as string, r.value as string]));
    if (meta.schemaVersion !== expected.schemaVersion) return `has schema version ${meta.schemaVersion}, this version uses ${expected.schemaVersion}`;
    if (meta.modelFingerprint !== expected.modelFingerprint)
      return `was built with model ${meta.model} (${meta.modelFingerprint}), not ${expected.model} (${expected.modelFingerprint})`;
    return undefined;
  }

  /** Writes need the write lock: a store opened for reading never changes the index. */
  private mustWrite(): void {
    if (!this.lock) throw new StoreError(`index ${this.dir} was opened for reading: it cannot be written`);
  }

  /** Runs a write; a disk with no room for it is said so (LanceDB's own error names no remedy). */
  private async writing<T>(what: string, write: () => Promise<T>): Promise<T> {
    this.mustWrite();
    try {
      return await write();
    } catch (e) {
      if (isDiskFull(e)) throw diskFull(this.dir, what);
      throw e;
    }
  }

  async fileCatalog(): Promise<Map<string, FileRecord>> {
    const rows = await this.files.query().toArray();
    return new Map(rows.map((r) => [r.path as string, { path: r.path, fileHash: r.file_hash, size: r.size, chunks: r.chunks, depth: r.depth }]));
  }

  /** Paths with chunk rows, including files whose catalog row was never written (an interrupted run). */
  async chunkPaths(): Promise<Set<string>> {
    const rows = await this.chunks.query().select(['path']).toArray();
    return new Set(rows.map((r) => r.path as string));
  }

  /** Stored chunks with these content hashes, embedded to at least `depth`: their vectors can be reused. */
  async reusable(contentHashes: readonly string[], depth: number): Promise<Map<string, Map<number, Float32Array>>> {
    const found = new Map<string, Map<number, Float32Array>>();
    const layers = storedLayers(this.bundle.manifest.ladder).filter((l) => l.layer <= depth);
    for (let i = 0; i < contentHashes.length; i += 500) {
      const slice = contentHashes.slice(i, i + 500);
      const rows = await this.chunks
        .query()
        .where(`content_hash IN (${inList(slice)}) AND depth >= ${depth}`)
        .select(['content_hash', ...layers.map((l) => vectorColumn(l.layer))])
        .toArray();
      for (const r of rows) {
        found.set(r.content_hash, new Map(layers.map((l) => [l.layer, Float32Array.from(r[vectorColumn(l.layer)])])));
      }
    }
    return found;
  }

  /** Queues a whole file's chunks; its catalog row is written after them, in the same flush. */
  async putFile(record: FileRecord, rows: ChunkRow[]): Promise<void> {
    this.mustWrite();
    this.pendingRows.push(...rows);
    this.pendingFiles.push(record);
    if (this.pendingRows.length >= 2000) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pendingFiles.length === 0) return;
    const rows = this.pendingRows;
    const files = this.pendingFiles;
    this.pendingRows = [];
    this.pendingFiles = [];
    const paths = files.map((f) => f.path);
    await this.writing(`writing ${files.length} files' chunks`, async () => {
      // Old rows of these paths go first, so a re-indexed or half-indexed file never has duplicates.
      for (let i = 0; i < paths.length; i += 500) {
        const slice = inList(paths.slice(i, i + 500));
        await this.chunks.delete(`path IN (${slice})`);
        await this.files.delete(`path IN (${slice})`);
      }
      if (rows.length)
        await this.chunks.add(
          toArrowTable(
            chunkSchema(this.bundle.manifest.ladder),
            rows.map((r) => this.toRecord(r)),
          ),
        );
      await this.files.add(files.map((f) => ({ path: f.path, file_hash: f.fileHash, size: f.size, chunks: f.chunks, depth: f.depth })));
    });
    await this.wrote(rows.length);
  }

  async removeFiles(paths: readonly string[]): Promise<void> {
    await this.writing('removing files that are gone', async () => {
      for (let i = 0; i < paths.length; i += 500) {
        const slice = inList(paths.slice(i, i + 500));
        await this.chunks.delete(`path IN (${slice})`);
        await this.files.delete(`path IN (${slice})`);
      }
    });
  }

  private toRecord(r: ChunkRow): Record<string, unknown> {
    const record: Record<string, unknown> = {
      id: r.id,
      path: r.path,
      language: r.language,
      kind: r.kind,
      start_line: r.startLine,
      end_line: r.endLine,
      symbol: r.symbol,
      // The full-text index reads this; the text itself is read back out of it (chunkText).
      search_text: searchableText(r.path, r.symbol, r.text),
      content_hash: r.contentHash,
      file_hash: r.fileHash,
      depth: r.depth,
    };
    for (const { layer } of storedLayers(this.bundle.manifest.ladder)) {
      const v = r.vectors.get(layer);
      record[vectorColumn(layer)] = v ?? null;
    }
    return record;
  }

  /**
   * Compacts the many small versions that batched adds leave, and deletes the versions it supersedes
   * with their files (each version otherwise keeps its own copy of every rewritten row: about half
   * an index's bytes). A reader in another process checks for the latest version before each query
   * (readConsistencyInterval 0), so it does not keep reading a deleted one.
   */
  async optimize(): Promise<void> {
    this.writesSinceOptimize = 0;
    this.rowsSinceOptimize = 0;
    this.lastOptimize = Date.now();
    await this.writing('compacting', async () => {
      await this.chunks.optimize({ cleanupOlderThan: new Date() });
      await this.files.optimize({ cleanupOlderThan: new Date() });
    });
  }

  /**
   * Compacts when it is worth it: after a write of at least TIDY_AFTER_ROWS rows, or when the chunk
   * table has gathered TIDY_AFTER_VERSIONS versions (a save that changes one file adds three or
   * four) and this store has not compacted in the last TIDY_MIN_INTERVAL_MS. Not after every small
   * pass: compacting and folding rows into the text index cost time on a large index, searches read
   * the few rows not yet indexed anyway, and each LanceDB optimize of a table with a full-text index
   * leaves two file handles open for good (LanceDB 0.39; `npm run soak` counts them), so an editor
   * that saves all day must not compact after every save. Returns whether it compacted.
   */
  async tidy(rowsWritten: number): Promise<boolean> {
    const big = rowsWritten >= TIDY_AFTER_ROWS;
    if (!big && (Date.now() - this.lastOptimize < TIDY_MIN_INTERVAL_MS || (await this.chunkVersions()) < TIDY_AFTER_VERSIONS)) return false;
    await this.optimize();
    return true;
  }

  /** Counts one write of `rows` rows; every 20 writes, tidy decides whether to compact. */
  private async wrote(rows: number): Promise<void> {
    this.writesSinceOptimize++;
    this.rowsSinceOptimize += rows;
    if (this.writesSinceOptimize >= 20) await this.tidy(this.rowsSinceOptimize);
  }

  /** Versions the chunk table keeps on disk (1 after optimize, when nothing else wrote since). */
  async chunkVersions(): Promise<number> {
    return (await this.chunks.listVersions()).length;
  }

  async hasTextIndex(): Promise<boolean> {
    return (await this.chunks.listIndices()).some((i) => i.columns.includes('search_text'));
  }

  /**
   * Builds the full-text index when the table has none; LanceDB needs rows before it can index them.
   * Once built it is never rebuilt: `optimize` folds new and rewritten rows into it, and until then
   * a search reads those rows unindexed. (Rebuilding it after every pass cost a full pass over the
   * text and left the replaced index's files open in LanceDB's cache after they were deleted.)
   */
  async ensureTextIndex(): Promise<void> {
    this.mustWrite();
    if ((await this.chunks.countRows()) === 0 || (await this.hasTextIndex())) return;
    await this.writing('building the full-text index', async () => {
      await this.chunks.createIndex('search_text', {
        config: lancedb.Index.fts({ baseTokenizer: 'simple', lowercase: true, stem: true, removeStopWords: true, language: 'English', asciiFolding: true }),
      });
      // The versions before the index are not needed again.
      await this.chunks.optimize({ cleanupOlderThan: new Date() });
    });
  }

  /** Layers whose column has a vector index. */
  async vectorIndexedLayers(): Promise<number[]> {
    const names = new Set((await this.chunks.listIndices()).map((i) => i.name));
    return storedLayers(this.bundle.manifest.ladder)
      .map((l) => l.layer)
      .filter((layer) => names.has(vectorIndexName(layer)));
  }

  /**
   * Builds a vector index (IVF-HNSW-SQ: a graph per partition over 8-bit quantized vectors) on
   * every layer column holding at least `minRows` vectors that has none yet, and returns the
   * layers it indexed. Rows written later are searched exactly until `optimize` folds them in, so
   * results never miss new chunks.
   */
  async ensureVectorIndexes(minRows = VECTOR_INDEX_MIN_ROWS): Promise<number[]> {
    const have = new Set(await this.vectorIndexedLayers());
    const built: number[] = [];
    const cosine = this.bundle.manifest.similarity === 'cosine';
    for (const { layer, dim } of storedLayers(this.bundle.manifest.ladder)) {
      if (have.has(layer)) continue;
      const rows = await this.chunks.countRows(`depth >= ${layer}`);
      if (rows < minRows) continue;
      const started = performance.now();
      await this.chunks.createIndex(vectorColumn(layer), {
        name: vectorIndexName(layer),
        config: lancedb.Index.hnswSq({ distanceType: cosine ? 'cosine' : 'dot', numPartitions: Math.max(1, Math.round(rows / ROWS_PER_PARTITION)) }),
        replace: true,
      });
      this.logger.info(`vector index on layer ${layer} (${dim} dims, ${rows} rows) built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      built.push(layer);
    }
    return built;
  }

  /**
   * Starts ensureVectorIndexes in the background (one build at a time) and returns at once; search
   * stays exact until the index is there. `vectorIndexesSettled` waits for it; `close` does too.
   */
  scheduleVectorIndexes(minRows = VECTOR_INDEX_MIN_ROWS): void {
    const previous = this.vectorIndexing ?? Promise.resolve([]);
    this.vectorIndexing = previous
      .catch(() => [])
      .then(() => this.ensureVectorIndexes(minRows))
      .catch((e) => {
        this.logger.warn(`vector index not built (${(e as Error).message.split('\n')[0]}); search stays exact`);
        return [];
      });
  }

  /** The layers the latest background build indexed (none when no build was started). */
  async vectorIndexesSettled(): Promise<number[]> {
    return (await this.vectorIndexing) ?? [];
  }

  /** The deepest ladder layer that every chunk has a vector for (NOT_SEARCHABLE when none, or empty). */
  async searchableDepth(): Promise<number> {
    const total = await this.chunks.countRows();
    if (total === 0) return NOT_SEARCHABLE;
    let best = NOT_SEARCHABLE;
    for (const { layer } of storedLayers(this.bundle.manifest.ladder)) {
      if ((await this.chunks.countRows(`depth >= ${layer}`)) === total) best = layer;
    }
    return best;
  }

  /** Nearest chunks in a layer's column: through the column's vector index when it has one, unless `exact` (brute force). */
  async searchDense(vector: Float32Array, layer: number, limit: number, filter?: SearchFilter, exact = false): Promise<FoundHit[]> {
    const found = await this.found(await this.denseQuery(vector, layer, limit, filter, exact), ['depth', '_distance']);
    return this.denseHits(found, layer);
  }

  /** searchDense with each hit's whole row, the layer's vectors included (they cost time to copy: for a rescore). */
  async searchDenseWithVectors(vector: Float32Array, layer: number, limit: number, filter?: SearchFilter): Promise<StoredHit[]> {
    const query = await this.denseQuery(vector, layer, limit, filter, false);
    const records = await query.select([...this.rowColumns([layer]), '_distance']).toArray();
    return this.denseHits(
      records.map((record) => ({ chunk: this.fromRecord(record), record })),
      layer,
    );
  }

  private async denseQuery(vector: Float32Array, layer: number, limit: number, filter: SearchFilter | undefined, exact: boolean): Promise<lancedb.VectorQuery> {
    // A filter on depth costs a pass over the column (7 ms of 29 at 100k chunks): left out when every chunk is that deep.
    const where = [(await this.everyChunkReaches(layer)) ? undefined : `depth >= ${layer}`, whereOf(filter)].filter(Boolean).join(' AND ');
    const cosine = this.bundle.manifest.similarity === 'cosine';
    let query = this.chunks
      .vectorSearch(Array.from(vector))
      .column(vectorColumn(layer))
      .distanceType(cosine ? 'cosine' : 'dot')
      .limit(limit);
    if (where) query = query.where(where);
    // Without an index these settings are ignored; with one they set its recall.
    return exact
      ? query.bypassVectorIndex()
      : query
          .nprobes(this.vectorSearch.nprobes)
          .ef(Math.max(this.vectorSearch.ef, limit * this.vectorSearch.refineFactor))
          .refineFactor(this.vectorSearch.refineFactor);
  }

  private denseHits<Row extends FoundChunk>(found: { chunk: Row; record: Record<string, unknown> }[], layer: number): FoundHit<Row>[] {
    // LanceDB reports distances: 1 - cosine for cosine, and for dot 1 - dot, so both map back the same way.
    // A chunk written shallower since everyChunkReaches looked has no vector here: left out.
    return found
      .filter(({ record }) => (record.depth as number) >= layer)
      .map(({ chunk, record }) => ({ row: chunk, score: 1 - (record._distance as number) }));
  }

  /** Whether every chunk is embedded to at least this layer, as of the chunk table's current version. */
  private async everyChunkReaches(layer: number): Promise<boolean> {
    const version = await this.chunks.version();
    if (this.reaches?.version !== version) this.reaches = { version, layers: new Map() };
    let every = this.reaches.layers.get(layer);
    if (every === undefined) {
      every = (await this.chunks.countRows(`depth < ${layer}`)) === 0;
      this.reaches.layers.set(layer, every);
    }
    return every;
  }

  async searchText(query: string, limit: number, filter?: SearchFilter): Promise<FoundHit[]> {
    if (!query.trim()) return [];
    let q = this.chunks.search(query, 'fts', 'search_text') as lancedb.Query;
    const where = whereOf(filter);
    if (where) q = q.where(where);
    const found = await this.found(q.limit(limit), ['_score']);
    return found.map(({ chunk, record }) => ({ row: chunk, score: record._score as number }));
  }

  /**
   * The chunks a search list finds, each with its record (for its score, read as `extra`). With a
   * catalog of the table's current version the list reads only ids and text, and the catalog tells
   * the rest: each column read costs about 1 ms per 100 rows (the dense list of 100 at 100k chunks
   * took 12.2 ms with every column, 9.1 ms so). A row the catalog does not describe (written since
   * it looked) is taken by row id, or left out when it is gone too. Without a current catalog the
   * list reads every column, and the catalog is brought up to date in the background.
   */
  private async found(query: lancedb.Query | lancedb.VectorQuery, extra: string[]): Promise<{ chunk: FoundChunk; record: Record<string, unknown> }[]> {
    const catalog = await this.currentCatalog();
    if (!catalog) {
      const records = await query.select([...new Set([...this.rowColumns([]), ...extra])]).toArray();
      return records.map((record) => ({ chunk: this.fromRecord(record), record }));
    }
    const records = await query
      .select(['id', 'search_text', ...extra])
      .withRowId()
      .toArray();
    const rows = records.map((r) => ({ rowId: BigInt(r._rowid as bigint), id: r.id as string }));
    const infos = catalog.describe(rows);
    const missing = rows.filter((_, i) => !infos[i]);
    if (missing.length) {
      const taken = await this.takeInfos(missing);
      rows.forEach((r, i) => (infos[i] ??= taken.get(r.rowId)));
    }
    const found: { chunk: FoundChunk; record: Record<string, unknown> }[] = [];
    records.forEach((record, i) => {
      const info = infos[i];
      if (info) found.push({ chunk: { id: rows[i].id, ...info, text: chunkText(record.search_text as string, info.path, info.symbol) }, record });
    });
    return found;
  }

  /** What a catalog would know of these rows, taken from the table by row id; a row gone is missing. */
  private async takeInfos(rows: readonly { rowId: bigint; id: string }[]): Promise<Map<bigint, ChunkInfo>> {
    let records: Record<string, unknown>[];
    try {
      records = await this.chunks
        .takeRowIds(rows.map((r) => r.rowId))
        .select(this.rowColumns([]))
        .withRowId()
        .toArray();
    } catch {
      return new Map();
    }
    const ids = new Map(rows.map((r) => [r.rowId, r.id]));
    return new Map(records.filter((r) => ids.get(BigInt(r._rowid as bigint)) === r.id).map((r) => [BigInt(r._rowid as bigint), this.fromRecord(r)]));
  }

  /**
   * Chunks whose path or symbol holds one of these words (case ignored): the candidates a name
   * query may miss in both ranked lists (a file named after the name, a definition the text
   * search ranks low). The caller decides which really define the name; with `match: 'name'` a
   * symbol must list the word as a name (ChunkCatalog.mentioning). Looked up in the name
   * catalog, then taken from the table by row id; should the table move between the two (another
   * process wrote it), the catalog is read again, and if it moves again, the table is scanned.
   */
  async chunksMentioning(words: readonly string[], limit: number, filter?: SearchFilter, match: SymbolMatch = 'part'): Promise<FoundChunk[]> {
    // Compared squashed (lower case, no '_' or '-'), so `StrCat` finds `str_cat.h`.
    const clean = lookupWords(words);
    if (clean.length === 0) return [];
    for (let attempt = 0; attempt < 2; attempt++) {
      const catalog = await this.chunkCatalog();
      const named = catalog.mentioning(clean, limit, filter, match);
      if (named.length === 0) return [];
      const rows = await this.take(catalog, named);
      if (rows) return rows;
      this.names = undefined;
    }
    return this.scanMentioning(clean, limit, filter);
  }

  /**
   * The catalog of the chunk table as it is now, brought up to date after any write to it (by this
   * process or another: the table's version says). One update at a time.
   */
  async chunkCatalog(): Promise<ChunkCatalog> {
    const version = await this.chunks.version();
    if (this.names?.version === version) return this.names;
    this.namesUpdate ??= this.updateCatalog().finally(() => (this.namesUpdate = undefined));
    return this.namesUpdate;
  }

  /** The catalog if it is of the table's current version; otherwise undefined, and an update starts in the background. */
  private async currentCatalog(): Promise<ChunkCatalog | undefined> {
    const version = await this.chunks.version();
    if (this.names?.version === version) return this.names;
    this.chunkCatalog().catch((e) => this.logger.warn(`the chunk catalog could not be read (${(e as Error).message}); search reads every column meanwhile`));
    return undefined;
  }

  private async updateCatalog(): Promise<ChunkCatalog> {
    const started = performance.now();
    const names = this.names ? await this.names.current(this.chunks) : await ChunkCatalog.load(this.chunks);
    this.names = names;
    this.logger.info(
      `chunk catalog of ${names.size} chunks (version ${names.version}): ${(names.bytes() / 1e6).toFixed(1)} MB, ready in ${(performance.now() - started).toFixed(0)} ms`,
    );
    return names;
  }

  /** The rows the catalog named, in its order, with their text; undefined when the table no longer holds them there. */
  private async take(catalog: ChunkCatalog, named: readonly NamedChunk[]): Promise<FoundChunk[] | undefined> {
    let records: Record<string, unknown>[];
    try {
      records = await this.chunks
        .takeRowIds(named.map((n) => n.rowId))
        .select(['id', 'search_text'])
        .toArray();
    } catch {
      return undefined;
    }
    const byHash = new Map(records.map((r) => [idHash(r.id as string), r]));
    if (records.length !== named.length || named.some((n) => !byHash.has(n.idHash))) return undefined;
    return named.map((n) => {
      const r = byHash.get(n.idHash)!;
      const info = catalog.info(n.at);
      return { id: r.id as string, ...info, text: chunkText(r.search_text as string, info.path, info.symbol) };
    });
  }

  /** chunksMentioning by a scan of the table (a LIKE over every row): for a table that keeps moving. */
  private async scanMentioning(words: readonly string[], limit: number, filter?: SearchFilter): Promise<ChunkRow[]> {
    const squashed = (column: string) => `replace(replace(lower(${column}), '_', ''), '-', '')`;
    const like = words.map((w) => `${squashed('path')} LIKE ${sql(`%${w}%`)} OR ${squashed('symbol')} LIKE ${sql(`%${w}%`)}`).join(' OR ');
    const kept = whereOf(filter);
    const where = kept ? `(${like}) AND ${kept}` : like;
    const rows = await this.chunks.query().where(where).select(this.rowColumns([])).limit(limit).toArray();
    return rows.map((r) => this.fromRecord(r));
  }

  /** Chunks of one file, in line order, with the vectors of the given layers. */
  async chunksOf(path: string, layers: number[]): Promise<ChunkRow[]> {
    const rows = await this.chunks
      .query()
      .where(`path = ${sql(path)}`)
      .select(this.rowColumns(layers))
      .toArray();
    return rows.map((r) => this.fromRecord(r)).sort((a, b) => a.startLine - b.startLine);
  }

  /** How many chunks are embedded to less than `depth`. */
  async countBelow(depth: number): Promise<number> {
    return this.chunks.countRows(`depth < ${depth}`);
  }

  /** Up to `limit` chunks embedded to less than `depth`, shallowest first. */
  async chunksBelow(depth: number, limit: number): Promise<ShallowChunk[]> {
    const rows = await this.chunks
      .query()
      .where(`depth < ${depth}`)
      .select(['id', 'path', 'symbol', 'search_text', 'content_hash', 'depth'])
      .limit(limit)
      .toArray();
    return rows
      .map((r) => ({ id: r.id, path: r.path, symbol: r.symbol, text: chunkText(r.search_text, r.path, r.symbol), contentHash: r.content_hash, depth: r.depth }))
      .sort((a, b) => a.depth - b.depth);
  }

  /**
   * Raises chunks to a deeper layer in place: one merge per depth, so a chunk never drops out of
   * search while it is deepened (a chunk deleted meanwhile stays deleted). A file whose chunks all
   * reach a depth gets that depth in the catalog, so the next indexing pass leaves it alone.
   */
  async deepen(updates: readonly DeepenedChunk[]): Promise<void> {
    this.mustWrite();
    if (updates.length === 0) return;
    await this.flush();
    const layers = storedLayers(this.bundle.manifest.ladder);
    for (const depth of new Set(updates.map((u) => u.depth))) {
      const records = updates
        .filter((u) => u.depth === depth)
        .map((u) => {
          const record: Record<string, unknown> = { id: u.id, depth };
          for (const { layer } of layers.filter((l) => l.layer <= depth)) {
            const v = u.vectors.get(layer);
            if (!v) throw new StoreError(`chunk ${u.id} is deepened to ${depth} without a layer-${layer} vector`);
            record[vectorColumn(layer)] = v;
          }
          return record;
        });
      const columns = new Set(['id', 'depth', ...layers.filter((l) => l.layer <= depth).map((l) => vectorColumn(l.layer))]);
      const schema = new Schema(chunkSchema(this.bundle.manifest.ladder).fields.filter((f) => columns.has(f.name)));
      await this.writing('deepening chunks', () => this.chunks.mergeInsert('id').whenMatchedUpdateAll().execute(toArrowTable(schema, records)));
    }
    const ids = inList(updates.map((u) => u.id));
    const touched = await this.chunks.query().where(`id IN (${ids})`).select(['path']).toArray();
    await this.recordDepths([...new Set(touched.map((r) => r.path as string))]);
    await this.wrote(updates.length);
  }

  /**
   * Files the catalog has below `depth` whose chunks all reach it get that depth: deepen writes the
   * chunks and then the catalog, so a run killed between the two leaves such files behind, and no
   * later deepening would touch them (their chunks are deep enough).
   */
  async settleFileDepths(depth: number): Promise<void> {
    this.mustWrite();
    const behind = await this.files.query().where(`depth < ${depth}`).select(['path']).toArray();
    await this.recordDepths(behind.map((r) => r.path as string));
  }

  /** Each of these files gets, in the catalog, the least depth of its chunks (never lowered). */
  private async recordDepths(paths: readonly string[]): Promise<void> {
    if (paths.length === 0) return;
    const rows = await this.chunks
      .query()
      .where(`path IN (${inList(paths)})`)
      .select(['path', 'depth'])
      .toArray();
    const least = new Map<string, number>();
    for (const r of rows) least.set(r.path, Math.min(least.get(r.path) ?? Infinity, r.depth));
    for (const depth of new Set(least.values())) {
      const at = [...least].filter(([, d]) => d === depth).map(([p]) => p);
      await this.writing('recording depths', () =>
        this.files.update({ where: `path IN (${inList(at)}) AND depth < ${depth}`, valuesSql: { depth: String(depth) } }),
      );
    }
  }

  async stats(): Promise<{ files: number; chunks: number; depths: Record<number, number> }> {
    const depths: Record<number, number> = {};
    for (const { layer } of storedLayers(this.bundle.manifest.ladder)) depths[layer] = await this.chunks.countRows(`depth >= ${layer}`);
    return { files: await this.files.countRows(), chunks: await this.chunks.countRows(), depths };
  }

  /** Bytes of chunk text (UTF-8) in the index: what a chunk costs on disk at the least. */
  async textBytes(): Promise<number> {
    let total = 0;
    for await (const batch of this.chunks.query().select(['path', 'symbol', 'search_text'])) {
      const [paths, symbols, texts] = ['path', 'symbol', 'search_text'].map((name) => batch.getChild(name)!);
      for (let i = 0; i < batch.numRows; i++) total += Buffer.byteLength(chunkText(texts.get(i), paths.get(i), symbols.get(i)), 'utf8');
    }
    return total;
  }

  private rowColumns(layers: number[]): string[] {
    return [
      'id',
      'path',
      'language',
      'kind',
      'start_line',
      'end_line',
      'symbol',
      'search_text',
      'content_hash',
      'file_hash',
      'depth',
      ...layers.map(vectorColumn),
    ];
  }

  private fromRecord(r: Record<string, unknown>): ChunkRow {
    const vectors = new Map<number, Float32Array>();
    for (const { layer } of storedLayers(this.bundle.manifest.ladder)) {
      const v = r[vectorColumn(layer)];
      if (v) vectors.set(layer, Float32Array.from(v as ArrayLike<number>));
    }
    return {
      id: r.id as string,
      ...infoOf(r),
      text: chunkText(r.search_text as string, r.path as string, r.symbol as string),
      contentHash: r.content_hash as string,
      fileHash: r.file_hash as string,
      depth: r.depth as number,
      vectors,
    };
  }

  async close(): Promise<void> {
    try {
      await this.namesUpdate?.catch(() => undefined);
      await this.vectorIndexing;
      await this.flush();
    } finally {
      this.chunks.close();
      this.files.close();
      this.db.close();
      this.lock?.release();
    }
  }
}
