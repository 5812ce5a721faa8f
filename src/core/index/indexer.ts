import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { silentLogger, type Logger } from '../log';
import { CancelledError, type Encoder } from '../model/encoder';
import { storedLayers } from '../model/ladder';
import type { Chunk } from './chunk';
import { chunkFile } from './chunkers';
import { crawl, readSource, type CrawlOptions, type SourceFile } from './crawler';
import { StageClock, type Stage } from './stages';
import type { ChunkRow, FileRecord, Store } from './store';

export interface IndexProgress {
  phase: 'scanning' | 'embedding' | 'finishing' | 'done';
  filesTotal: number;
  filesDone: number;
  chunksEmbedded: number;
  chunksReused: number;
}

/** What indexing needs of an encoder: its bundle, its tokenizer (for chunk budgets) and embedding. */
export type DocumentEncoder = Pick<Encoder, 'bundle' | 'tokenizer' | 'embed'>;

export interface IndexOptions {
  root: string;
  store: Store;
  encoder: DocumentEncoder;
  /** Ladder layer to embed every chunk to. */
  depth: number;
  crawl?: Omit<CrawlOptions, 'logger'>;
  /** Token budget per chunk (capped by the model's window). */
  chunkTokens?: number;
  /** Chunks embedded per encoder call; bigger amortises better, smaller reports and cancels sooner. */
  embedBatch?: number;
  logger?: Logger;
  signal?: AbortSignal;
  onProgress?: (p: IndexProgress) => void;
  /**
   * Awaited after each encoder call and the files it finished are queued, with the seconds the call
   * took: where a caller throttles (rests) or aborts `signal` to stop between batches without losing one.
   */
  afterEmbed?: (seconds: number) => Promise<void> | void;
  /** Rows a layer column needs to get a vector index, built in the background after the pass (see Store.scheduleVectorIndexes). */
  vectorIndexMinRows?: number;
}

export interface IndexSummary extends IndexProgress {
  filesUnchanged: number;
  filesRemoved: number;
  filesSkipped: number;
  seconds: number;
  /** Seconds spent in each stage (they overlap: see StageClock). */
  stages: Record<Stage, number>;
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/**
 * What the encoder reads for a chunk. It names the file but not its folder, so a file moved to
 * another folder keeps the same content hashes and its vectors are reused rather than recomputed.
 */
export function embeddingInput(chunk: Pick<Chunk, 'path' | 'symbol' | 'text'>): string {
  const head = [path.posix.basename(chunk.path), chunk.symbol].filter(Boolean).join(' ');
  return `${head}\n${chunk.text}`;
}

/** Tokens a chunk may hold: the asked budget (256 by default) within the model's window, less room for the head line. */
export function chunkBudget(manifest: { maxTokens: number }, chunkTokens = 256): number {
  return Math.min(chunkTokens, manifest.maxTokens - 16);
}

interface PendingFile {
  record: FileRecord;
  rows: ChunkRow[];
}

/**
 * Brings the index of a folder up to date: unchanged files cost a hash, removed files leave, and a
 * chunk whose content is already stored (a moved file, an interrupted run) reuses its vectors.
 * Work is committed file by file, so a cancelled or crashed run keeps what it finished.
 */
export async function indexFolder(options: IndexOptions): Promise<IndexSummary> {
  const started = Date.now();
  const { store, encoder, depth, root } = options;
  const logger = options.logger ?? silentLogger;
  const manifest = encoder.bundle.manifest;
  const maxTokens = chunkBudget(manifest, options.chunkTokens);
  const embedBatch = options.embedBatch ?? 64;
  const countTokens = (t: string) => encoder.tokenizer.count(t);
  if (!storedLayers(manifest.ladder).some((l) => l.layer === depth)) throw new Error(`depth ${depth} is not a ladder layer`);

  const progress: IndexProgress = { phase: 'scanning', filesTotal: 0, filesDone: 0, chunksEmbedded: 0, chunksReused: 0 };
  const report = () => options.onProgress?.({ ...progress });
  const checkCancelled = () => {
    if (options.signal?.aborted) throw new CancelledError('indexing cancelled');
  };

  const clock = new StageClock();
  const files: SourceFile[] = [];
  await clock.time('crawl', async () => {
    for await (const f of crawl(root, { ...options.crawl, logger })) files.push(f);
  });
  progress.filesTotal = files.length;
  report();

  const catalog = await store.fileCatalog();
  const seen = new Set(files.map((f) => f.path));
  let filesUnchanged = 0;
  let filesSkipped = 0;
  let queue: PendingFile[] = [];
  let queuedChunks = 0;

  /** Embeds what a batch of files lacks (unless stored already) and writes the files. */
  const embedAndWrite = async (batch: PendingFile[]) => {
    let embedSeconds: number | undefined;
    const missing = batch.flatMap((p) => p.rows.filter((r) => !r.vectors.size));
    if (missing.length) {
      const reusable = await clock.time('reuse', () => store.reusable([...new Set(missing.map((r) => r.contentHash))], depth));
      const toEmbed: ChunkRow[] = [];
      for (const row of missing) {
        const found = reusable.get(row.contentHash);
        if (found) {
          row.vectors = found;
          progress.chunksReused++;
        } else toEmbed.push(row);
      }
      if (toEmbed.length) {
        progress.phase = 'embedding';
        const started = performance.now();
        const vectors = await clock.time('encode', () => encoder.embed(toEmbed.map(embeddingInput), depth, 'document', options.signal));
        toEmbed.forEach((row, i) => (row.vectors = new Map([...vectors].map(([layer, vs]) => [layer, vs[i]]))));
        progress.chunksEmbedded += toEmbed.length;
        embedSeconds = (performance.now() - started) / 1000;
      }
    }
    await clock.time('write', async () => {
      for (const p of batch) {
        await store.putFile(p.record, p.rows);
        progress.filesDone++;
      }
    });
    report();
    if (embedSeconds !== undefined) await options.afterEmbed?.(embedSeconds);
  };

  // One batch is embedded and written while the next files are read and chunked: the encoder's
  // native threads and LanceDB's writes run beside the chunkers on the main thread. Batches still
  // finish in order, one at a time.
  let inFlight: Promise<void> = Promise.resolve();
  const drain = async () => {
    const batch = queue;
    queue = [];
    queuedChunks = 0;
    await clock.time('wait', () => inFlight);
    inFlight = embedAndWrite(batch);
    // Awaited at the next drain; until then a failure must not count as unhandled.
    inFlight.catch(() => undefined);
  };

  try {
    for (const file of files) {
      checkCancelled();
      const source = await clock.time('read', () => readSource(file, { ...options.crawl, logger }));
      if ('skipped' in source) {
        filesSkipped++;
        progress.filesDone++;
        seen.delete(file.path);
        continue;
      }
      const fileHash = sha256(source.text);
      const known = catalog.get(file.path);
      if (known && known.fileHash === fileHash && known.depth >= depth) {
        filesUnchanged++;
        progress.filesDone++;
        continue;
      }
      let chunks: Chunk[];
      try {
        chunks = await clock.time('chunk', () => chunkFile(file.path, source.text, { maxTokens, countTokens }));
      } catch (e) {
        logger.warn(`${file.path}: could not be chunked (${(e as Error).message}); skipped`);
        filesSkipped++;
        progress.filesDone++;
        continue;
      }
      const rows: ChunkRow[] = chunks.map((c) => ({
        id: `${c.path}#${c.startLine}-${c.endLine}`,
        ...c,
        contentHash: sha256(embeddingInput(c)),
        fileHash,
        depth,
        vectors: new Map(),
      }));
      queue.push({ record: { path: file.path, fileHash, size: file.size, chunks: rows.length, depth }, rows });
      queuedChunks += rows.length;
      if (queuedChunks >= embedBatch) await drain();
    }
    await drain();
    await inFlight;
  } finally {
    // Whatever finished is kept, cancelled or not: the batch in flight ends (or fails) first.
    await inFlight.catch(() => undefined);
    await clock.time('write', () => store.flush());
  }

  progress.phase = 'finishing';
  report();
  const gone = [...new Set([...catalog.keys(), ...(await store.chunkPaths())])].filter((p) => !seen.has(p));
  if (gone.length) await store.removeFiles(gone);
  // A pass that changed nothing leaves the tables as they are; one that did compacts them when it
  // wrote much or versions have gathered (Store.tidy), which also folds its rows into the text
  // index (built once, on the first pass with rows).
  const written = progress.chunksEmbedded + progress.chunksReused;
  const changed = written > 0 || gone.length > 0 || filesSkipped + filesUnchanged < files.length;
  if (changed) await clock.time('optimize', () => store.tidy(written));
  await clock.time('textIndex', () => store.ensureTextIndex());
  if (changed) store.scheduleVectorIndexes(options.vectorIndexMinRows);
  progress.phase = 'done';
  report();
  return {
    ...progress,
    filesUnchanged,
    filesRemoved: gone.length,
    filesSkipped,
    seconds: (Date.now() - started) / 1000,
    stages: clock.seconds,
  };
}
