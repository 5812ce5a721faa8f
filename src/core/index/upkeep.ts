import * as lancedb from '@lancedb/lancedb';
import type { Bundle } from '../model/bundle';
import { storedLayers } from '../model/ladder';
import type { Logger } from '../log';
import { vectorColumn } from './schema';
import type { IndexWrites } from './writes';

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

/**
 * The upkeep of an index's chunk table: compaction of the versions that writes leave, the
 * full-text index and the vector indexes of the layer columns.
 */
export class TableUpkeep {
  private writesSinceOptimize = 0;
  private rowsSinceOptimize = 0;
  private lastOptimize = 0;
  private vectorIndexing: Promise<number[]> | undefined;

  constructor(
    private readonly chunks: lancedb.Table,
    private readonly files: lancedb.Table,
    private readonly bundle: Bundle,
    private readonly logger: Logger,
    /** Set once the writes exist (they report each write here): the guard every change goes through. */
    private readonly guard: () => IndexWrites,
  ) {}

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
    await this.guard().writing('compacting', async () => {
      await this.chunks.optimize({ cleanupOlderThan: new Date() });
      await this.files.optimize({ cleanupOlderThan: new Date() });
    });
  }

  /**
   * Compacts when it is worth it: after a write of at least TIDY_AFTER_ROWS rows, or when the chunk
   * table has gathered TIDY_AFTER_VERSIONS versions (a save that changes one file adds one) and this store has not compacted in the last TIDY_MIN_INTERVAL_MS. Not after every small
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

  /** Counts one write of `rows` rows; every 20th write, tidy decides whether to compact. */
  async wrote(rows: number): Promise<void> {
    this.writesSinceOptimize++;
    this.rowsSinceOptimize += rows;
    if (this.writesSinceOptimize < 20) return;
    this.writesSinceOptimize = 0;
    await this.tidy(this.rowsSinceOptimize);
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
    this.guard().mustWrite();
    if ((await this.chunks.countRows()) === 0 || (await this.hasTextIndex())) return;
    await this.guard().writing('building the full-text index', async () => {
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
}
