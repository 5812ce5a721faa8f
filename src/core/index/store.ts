import { closeSync, mkdirSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import type { Bundle } from '../model/bundle';
import { NOT_SEARCHABLE, storedLayers } from '../model/ladder';
import { silentLogger, type Logger } from '../log';
import type { Chunk, ChunkKind } from './chunk';
import { SCHEMA_VERSION, chunkSchema, fileSchema, metaSchema, vectorColumn } from './schema';

/** A chunk as stored: where it came from, what the full-text index reads, and its vectors. */
export interface ChunkRow extends Chunk {
  id: string;
  searchText: string;
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

export interface StoredHit {
  row: ChunkRow;
  /** Higher is better: cosine similarity or dot product for dense, BM25 for text. */
  score: number;
}

/**
 * Rows a layer column needs before it gets a vector index: below it brute force is exact and fast
 * enough (a few ms over 20k rows), and an index costs seconds to train.
 */
export const VECTOR_INDEX_MIN_ROWS = 50_000;

/**
 * How a vector index is searched: HNSW candidates per query (`ef`), and how many times the asked
 * number of rows is re-scored on the stored vectors (`refineFactor`), since the index keeps
 * vectors quantized to 8 bits. Tuned for recall@10 >= 0.98 against brute force (`bench --scale`).
 */
export interface VectorSearchTuning {
  /** Partitions (of about 4k rows each) searched per query. */
  nprobes: number;
  ef: number;
  refineFactor: number;
}
export const DEFAULT_VECTOR_SEARCH: VectorSearchTuning = { nprobes: 20, ef: 150, refineFactor: 2 };

const vectorIndexName = (layer: number): string => `${vectorColumn(layer)}_idx`;

const CHUNKS = 'chunks';
const FILES = 'files';
const META = 'meta';

export class StoreError extends Error {
  override name = 'StoreError';
}

/** An index LanceDB cannot read: a data file cut short (a full disk, a crash of the machine, a bad copy). */
export class DamagedIndexError extends Error {
  override name = 'DamagedIndexError';
}

/** The last bytes of every Lance file (the end of its footer): a file cut short has lost them. */
const LANCE_MAGIC = 'LANC';

/** The data files of a table folder that are cut short, as paths relative to `dir`. */
function filesCutShort(dir: string, table: string): string[] {
  const data = path.join(dir, `${table}.lance`, 'data');
  let names: string[];
  try {
    names = readdirSync(data).filter((n) => n.endsWith('.lance'));
  } catch {
    return [];
  }
  return names
    .filter((name) => {
      const file = path.join(data, name);
      const size = statSync(file).size;
      if (size < LANCE_MAGIC.length) return true;
      const tail = Buffer.alloc(LANCE_MAGIC.length);
      const fd = openSync(file, 'r');
      try {
        readSync(fd, tail, 0, tail.length, size - tail.length);
      } finally {
        closeSync(fd);
      }
      return tail.toString('latin1') !== LANCE_MAGIC;
    })
    .map((name) => `${table}.lance/data/${name}`);
}

const sql = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const inList = (values: readonly string[]): string => values.map(sql).join(', ');

/**
 * The on-disk index of one folder: a LanceDB database with chunk, file and meta tables. It belongs to
 * one model and one schema version; opening it with another rebuilds it from scratch, never mixing
 * vectors from two models.
 */
export class Store {
  private pendingRows: ChunkRow[] = [];
  private pendingFiles: FileRecord[] = [];
  private writesSinceOptimize = 0;
  private vectorIndexing: Promise<number[]> | undefined;
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
   * half made) is deleted and opened empty, with a warning saying why: the next indexing run embeds
   * every file again.
   */
  static async open(dir: string, bundle: Bundle, logger: Logger = silentLogger): Promise<Store> {
    try {
      return await Store.tryOpen(dir, bundle, logger);
    } catch (e) {
      if (e instanceof StoreError) throw e;
      const why = e instanceof DamagedIndexError ? `is damaged: ${e.message}` : `could not be read (${(e as Error).message.split('\n')[0]})`;
      logger.warn(`index at ${dir} ${why}; rebuilding it: it starts empty and every file is indexed again`);
      rmSync(dir, { recursive: true, force: true });
      return Store.tryOpen(dir, bundle, logger);
    }
  }

  private static async tryOpen(dir: string, bundle: Bundle, logger: Logger): Promise<Store> {
    mkdirSync(dir, { recursive: true });
    let db = await lancedb.connect(dir, { readConsistencyInterval: 0 });
    const expected = Store.expectedMeta(bundle);
    const names = await db.tableNames();
    if (names.length > 0) {
      const reason = await Store.mismatch(db, names, expected);
      if (reason) {
        logger.warn(`index at ${dir} ${reason}; rebuilding it`);
        db.close();
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        db = await lancedb.connect(dir, { readConsistencyInterval: 0 });
      }
    }
    if (!(await db.tableNames()).includes(META)) {
      await db.createEmptyTable(CHUNKS, chunkSchema(bundle.manifest.ladder), { existOk: true });
      await db.createEmptyTable(FILES, fileSchema, { existOk: true });
      // Meta is written last: its presence says the other tables were created whole.
      await db.createTable(META, Object.entries(expected).map(([key, value]) => ({ key, value })), { schema: metaSchema });
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
        const lance = (e as Error).message.split('\n')[0];
        const short = filesCutShort(dir, name);
        if (short.length) throw new DamagedIndexError(`${short.join(', ')} ${short.length > 1 ? 'are' : 'is'} cut short (the end of a Lance file is missing)`);
        throw new DamagedIndexError(`its ${name} table cannot be read (${lance})`);
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
    if (meta.modelFingerprint !== expected.modelFingerprint) return `was built with model ${meta.model} (${meta.modelFingerprint}), not ${expected.model} (${expected.modelFingerprint})`;
    return undefined;
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
    // Old rows of these paths go first, so a re-indexed or half-indexed file never has duplicates.
    for (let i = 0; i < paths.length; i += 500) {
      const slice = inList(paths.slice(i, i + 500));
      await this.chunks.delete(`path IN (${slice})`);
      await this.files.delete(`path IN (${slice})`);
    }
    if (rows.length) await this.chunks.add(rows.map((r) => this.toRecord(r)));
    await this.files.add(files.map((f) => ({ path: f.path, file_hash: f.fileHash, size: f.size, chunks: f.chunks, depth: f.depth })));
    this.writesSinceOptimize++;
    if (this.writesSinceOptimize >= 20) await this.optimize();
  }

  async removeFiles(paths: readonly string[]): Promise<void> {
    for (let i = 0; i < paths.length; i += 500) {
      const slice = inList(paths.slice(i, i + 500));
      await this.chunks.delete(`path IN (${slice})`);
      await this.files.delete(`path IN (${slice})`);
    }
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
      text: r.text,
      search_text: r.searchText,
      content_hash: r.contentHash,
      file_hash: r.fileHash,
      depth: r.depth,
    };
    for (const { layer } of storedLayers(this.bundle.manifest.ladder)) {
      const v = r.vectors.get(layer);
      record[vectorColumn(layer)] = v ? Array.from(v) : null;
    }
    return record;
  }

  /** Compacts the many small versions that batched adds leave, and brings the text index up to date. */
  async optimize(): Promise<void> {
    this.writesSinceOptimize = 0;
    await this.chunks.optimize();
    await this.files.optimize();
  }

  async hasTextIndex(): Promise<boolean> {
    return (await this.chunks.listIndices()).some((i) => i.columns.includes('search_text'));
  }

  /** Builds (or rebuilds) the full-text index; LanceDB needs rows before it can index them. */
  async ensureTextIndex(): Promise<void> {
    if ((await this.chunks.countRows()) === 0) return;
    await this.chunks.createIndex('search_text', {
      config: lancedb.Index.fts({ baseTokenizer: 'simple', lowercase: true, stem: true, removeStopWords: true, language: 'English', asciiFolding: true }),
      replace: true,
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
        // About 4k rows a partition: few partitions to probe, each graph small enough to build fast.
        config: lancedb.Index.hnswSq({ distanceType: cosine ? 'cosine' : 'dot', numPartitions: Math.max(1, Math.round(rows / 4096)) }),
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

  /**
   * Nearest chunks in a layer's column; their vectors come back only when asked (they cost time to
   * copy). Through the column's vector index when it has one, unless `exact` (brute force).
   */
  async searchDense(vector: Float32Array, layer: number, limit: number, filter?: string, withVectors = false, exact = false): Promise<StoredHit[]> {
    const where = [`depth >= ${layer}`, filter].filter(Boolean).join(' AND ');
    const cosine = this.bundle.manifest.similarity === 'cosine';
    let query = this.chunks
      .vectorSearch(Array.from(vector))
      .column(vectorColumn(layer))
      .distanceType(cosine ? 'cosine' : 'dot')
      .where(where)
      .limit(limit);
    // Without an index these settings are ignored; with one they set its recall.
    query = exact ? query.bypassVectorIndex() : query.nprobes(this.vectorSearch.nprobes).ef(Math.max(this.vectorSearch.ef, limit * this.vectorSearch.refineFactor)).refineFactor(this.vectorSearch.refineFactor);
    const rows = await query.select([...this.rowColumns(withVectors ? [layer] : []), '_distance']).toArray();
    // LanceDB reports distances: 1 - cosine for cosine, and for dot 1 - dot, so both map back the same way.
    return rows.map((r) => ({ row: this.fromRecord(r), score: 1 - r._distance }));
  }

  async searchText(query: string, limit: number, filter?: string): Promise<StoredHit[]> {
    if (!query.trim()) return [];
    let q = this.chunks.search(query, 'fts', 'search_text') as lancedb.Query;
    if (filter) q = q.where(filter);
    const rows = await q.limit(limit).select([...this.rowColumns([]), '_score']).toArray();
    return rows.map((r) => ({ row: this.fromRecord(r), score: r._score }));
  }

  /**
   * Chunks whose path or symbol holds one of these words (case ignored): the candidates a name
   * query may miss in both ranked lists (a file named after the name, a definition the text
   * search ranks low). The caller decides which really define the name.
   */
  async chunksMentioning(words: readonly string[], limit: number, filter?: string): Promise<ChunkRow[]> {
    // Compared squashed (lower case, no '_' or '-'), so `StrCat` finds `str_cat.h`.
    const clean = [...new Set(words.map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, '')).filter((w) => w.length > 1))];
    if (clean.length === 0) return [];
    const squashed = (column: string) => `replace(replace(lower(${column}), '_', ''), '-', '')`;
    const like = clean.map((w) => `${squashed('path')} LIKE ${sql(`%${w}%`)} OR ${squashed('symbol')} LIKE ${sql(`%${w}%`)}`).join(' OR ');
    const where = filter ? `(${like}) AND ${filter}` : like;
    const rows = await this.chunks.query().where(where).select(this.rowColumns([])).limit(limit).toArray();
    return rows.map((r) => this.fromRecord(r));
  }

  /** Chunks of one file, in line order, with the vectors of the given layers. */
  async chunksOf(path: string, layers: number[]): Promise<ChunkRow[]> {
    const rows = await this.chunks.query().where(`path = ${sql(path)}`).select(this.rowColumns(layers)).toArray();
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
      .select(['id', 'path', 'symbol', 'text', 'content_hash', 'depth'])
      .limit(limit)
      .toArray();
    return rows
      .map((r) => ({ id: r.id, path: r.path, symbol: r.symbol, text: r.text, contentHash: r.content_hash, depth: r.depth }))
      .sort((a, b) => a.depth - b.depth);
  }

  /**
   * Raises chunks to a deeper layer in place: one merge per depth, so a chunk never drops out of
   * search while it is deepened (a chunk deleted meanwhile stays deleted). A file whose chunks all
   * reach a depth gets that depth in the catalog, so the next indexing pass leaves it alone.
   */
  async deepen(updates: readonly DeepenedChunk[]): Promise<void> {
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
            record[vectorColumn(layer)] = Array.from(v);
          }
          return record;
        });
      await this.chunks.mergeInsert('id').whenMatchedUpdateAll().execute(records);
    }
    const ids = inList(updates.map((u) => u.id));
    const touched = await this.chunks.query().where(`id IN (${ids})`).select(['path']).toArray();
    const paths = [...new Set(touched.map((r) => r.path as string))];
    if (paths.length) {
      const rows = await this.chunks.query().where(`path IN (${inList(paths)})`).select(['path', 'depth']).toArray();
      const least = new Map<string, number>();
      for (const r of rows) least.set(r.path, Math.min(least.get(r.path) ?? Infinity, r.depth));
      for (const depth of new Set(least.values())) {
        const at = [...least].filter(([, d]) => d === depth).map(([p]) => p);
        await this.files.update({ where: `path IN (${inList(at)}) AND depth < ${depth}`, valuesSql: { depth: String(depth) } });
      }
    }
    this.writesSinceOptimize++;
    if (this.writesSinceOptimize >= 20) await this.optimize();
  }

  async stats(): Promise<{ files: number; chunks: number; depths: Record<number, number> }> {
    const depths: Record<number, number> = {};
    for (const { layer } of storedLayers(this.bundle.manifest.ladder)) depths[layer] = await this.chunks.countRows(`depth >= ${layer}`);
    return { files: await this.files.countRows(), chunks: await this.chunks.countRows(), depths };
  }

  /** Bytes of chunk text (UTF-8) in the index: what a chunk costs on disk at the least. */
  async textBytes(): Promise<number> {
    let total = 0;
    for await (const batch of this.chunks.query().select(['text'])) {
      const column = batch.getChild('text');
      for (let i = 0; i < batch.numRows; i++) total += Buffer.byteLength(column?.get(i) ?? '', 'utf8');
    }
    return total;
  }

  private rowColumns(layers: number[]): string[] {
    return ['id', 'path', 'language', 'kind', 'start_line', 'end_line', 'symbol', 'text', 'content_hash', 'file_hash', 'depth', ...layers.map(vectorColumn)];
  }

  private fromRecord(r: Record<string, unknown>): ChunkRow {
    const vectors = new Map<number, Float32Array>();
    for (const { layer } of storedLayers(this.bundle.manifest.ladder)) {
      const v = r[vectorColumn(layer)];
      if (v) vectors.set(layer, Float32Array.from(v as ArrayLike<number>));
    }
    return {
      id: r.id as string,
      path: r.path as string,
      language: r.language as string,
      kind: r.kind as ChunkKind,
      startLine: r.start_line as number,
      endLine: r.end_line as number,
      symbol: r.symbol as string,
      text: r.text as string,
      searchText: '',
      contentHash: r.content_hash as string,
      fileHash: r.file_hash as string,
      depth: r.depth as number,
      vectors,
    };
  }

  async close(): Promise<void> {
    await this.vectorIndexing;
    await this.flush();
    this.chunks.close();
    this.files.close();
    this.db.close();
  }
}
