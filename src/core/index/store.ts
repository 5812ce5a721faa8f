import type * as lancedb from '@lancedb/lancedb';
import type { Bundle } from '../model/bundle';
import { NOT_SEARCHABLE, storedLayers } from '../model/ladder';
import { silentLogger, type Logger } from '../log';
import { chunkText } from '../text/identifiers';
import type { Chunk } from './chunk';
import { idHash, infoOf, lookupWords, ChunkCatalog, type ChunkInfo, type NamedChunk, type SymbolMatch } from './chunkCatalog';
import { inList, sql, whereOf, type SearchFilter } from './filter';
import type { IndexLock } from './lock';
import { openIndex, type OpenOptions } from './opening';
import { vectorColumn } from './schema';
import { DEFAULT_VECTOR_SEARCH, TableUpkeep, type VectorSearchTuning } from './upkeep';
import { IndexWrites } from './writes';

export { DamagedIndexError, DiskFullError, IndexOpenError, StoreError, UnreadableIndexError } from './damage';
export { NotAnIndexError } from './ownership';
export { whereOf, type SearchFilter } from './filter';
export { DEFAULT_VECTOR_SEARCH, TIDY_AFTER_ROWS, TIDY_AFTER_VERSIONS, TIDY_MIN_INTERVAL_MS, VECTOR_INDEX_MIN_ROWS, type VectorSearchTuning } from './upkeep';

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

export type StoreOptions = OpenOptions;

/**
 * The on-disk index of one folder: a LanceDB database with chunk, file and meta tables, in a folder
 * marked as Barista's. It belongs to one model and one schema version; opening it with another
 * rebuilds it from scratch, never mixing vectors from two models. Opening is `opening.ts`, writes are
 * `writes.ts`, compaction and indexes `upkeep.ts`; the store reads and searches.
 */
export class Store {
  private readonly writes: IndexWrites;
  private readonly upkeep: TableUpkeep;
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
    /** The write lock, held from open to close by a writer. */
    private readonly lock: IndexLock | undefined,
  ) {
    this.upkeep = new TableUpkeep(chunks, files, bundle, logger, () => this.writes);
    this.writes = new IndexWrites(dir, chunks, files, bundle, lock, (rows) => this.upkeep.wrote(rows));
  }

  /**
   * Opens the index in `dir`, creating it in a new or empty folder (see openIndex: a folder that is
   * not Barista's is refused and left untouched; only recognised damage is rebuilt over). A writer
   * (the default) holds the folder's write lock until `close`, and first forgets the catalog rows of
   * files a killed write left unfinished, so this pass indexes them again. A reader (`access:
   * 'read'`: search) takes no lock and sees what writers have committed.
   */
  static async open(dir: string, bundle: Bundle, logger: Logger = silentLogger, options: StoreOptions = {}): Promise<Store> {
    const { db, chunks, files, lock } = await openIndex(dir, bundle, logger, options);
    const store = new Store(dir, db, chunks, files, bundle, logger, lock);
    if (lock) {
      try {
        const unfinished = await store.writes.forgetUnfinished();
        if (unfinished.length)
          logger.warn(
            `index at ${dir}: ${unfinished.length} files of a write that was cut short are indexed again (${unfinished.slice(0, 3).join(', ')}${unfinished.length > 3 ? ', ...' : ''})`,
          );
      } catch (e) {
        await store.close();
        throw e;
      }
    }
    return store;
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
  putFile(record: FileRecord, rows: ChunkRow[]): Promise<void> {
    return this.writes.putFile(record, rows);
  }

  flush(): Promise<void> {
    return this.writes.flush();
  }

  removeFiles(paths: readonly string[]): Promise<void> {
    return this.writes.removeFiles(paths);
  }

  deepen(updates: readonly DeepenedChunk[]): Promise<void> {
    return this.writes.deepen(updates);
  }

  settleFileDepths(depth: number): Promise<void> {
    return this.writes.settleFileDepths(depth);
  }

  optimize(): Promise<void> {
    return this.upkeep.optimize();
  }

  tidy(rowsWritten: number): Promise<boolean> {
    return this.upkeep.tidy(rowsWritten);
  }

  chunkVersions(): Promise<number> {
    return this.upkeep.chunkVersions();
  }

  hasTextIndex(): Promise<boolean> {
    return this.upkeep.hasTextIndex();
  }

  ensureTextIndex(): Promise<void> {
    return this.upkeep.ensureTextIndex();
  }

  vectorIndexedLayers(): Promise<number[]> {
    return this.upkeep.vectorIndexedLayers();
  }

  ensureVectorIndexes(minRows?: number): Promise<number[]> {
    return this.upkeep.ensureVectorIndexes(minRows);
  }

  scheduleVectorIndexes(minRows?: number): void {
    this.upkeep.scheduleVectorIndexes(minRows);
  }

  vectorIndexesSettled(): Promise<number[]> {
    return this.upkeep.vectorIndexesSettled();
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
      await this.upkeep.vectorIndexesSettled();
      await this.writes.flush();
    } finally {
      this.chunks.close();
      this.files.close();
      this.db.close();
      this.lock?.release();
    }
  }
}
