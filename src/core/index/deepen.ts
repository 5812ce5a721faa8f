import { silentLogger, type Logger } from '../log';
import { CancelledError } from '../model/encoder';
import { storedLayers } from '../model/ladder';
import { embeddingInput, type DocumentEncoder } from './indexer';
import { StoreError, type DeepenedChunk, type Store } from './store';

export interface DeepenProgress {
  /** The layer chunks are being raised to. */
  depth: number;
  /** Chunks raised in this run (embedded or reused). */
  done: number;
  /** Chunks still below the depth, as of the last batch. */
  remaining: number;
  embedded: number;
  reused: number;
}

export interface DeepenOptions {
  store: Store;
  encoder: DocumentEncoder;
  /** Ladder layer to raise every chunk to. */
  depth: number;
  /** Chunks per encoder call. */
  batchSize?: number;
  signal?: AbortSignal;
  /** Awaited after each batch is stored, with the seconds its encoder call took: where a caller rests (throttle) or stops. */
  afterEmbed?: (seconds: number) => Promise<void> | void;
  onProgress?: (p: DeepenProgress) => void;
  logger?: Logger;
}

/**
 * Raises stored chunks to a deeper layer without re-crawling or re-chunking: it reads chunks that
 * are shallower than `depth`, embeds each distinct content once (or reuses vectors another chunk
 * with the same content already has at that depth) and updates the rows in place. Every batch is
 * committed before the next starts, so stopping (battery, a new plan) keeps all finished work, and
 * the index stays searchable at its shallow layer throughout.
 */
export async function deepenIndex(options: DeepenOptions): Promise<DeepenProgress> {
  const { store, encoder, depth } = options;
  const logger = options.logger ?? silentLogger;
  const batchSize = options.batchSize ?? 32;
  if (!storedLayers(encoder.bundle.manifest.ladder).some((l) => l.layer === depth)) throw new Error(`depth ${depth} is not a ladder layer`);
  const progress: DeepenProgress = { depth, done: 0, remaining: await store.countBelow(depth), embedded: 0, reused: 0 };
  const seen = new Set<string>();
  options.onProgress?.({ ...progress });
  while (progress.remaining > 0) {
    if (options.signal?.aborted) throw new CancelledError('deepening cancelled');
    const batch = await store.chunksBelow(depth, batchSize);
    if (batch.length === 0) break;
    for (const c of batch) {
      // A chunk seen twice was not updated: stop rather than embed it again at the same depth.
      if (seen.has(c.id)) throw new StoreError(`deepening made no progress on ${c.id}; run \`barista index\` to repair the index`);
      seen.add(c.id);
    }
    const hashes = [...new Set(batch.map((c) => c.contentHash))];
    const vectors = await store.reusable(hashes, depth);
    const reusedHashes = new Set(vectors.keys());
    const toEmbed = hashes.filter((h) => !vectors.has(h));
    let seconds = 0;
    if (toEmbed.length) {
      const inputs = toEmbed.map((h) => {
        const c = batch.find((x) => x.contentHash === h)!;
        return embeddingInput(c);
      });
      const started = performance.now();
      const layers = await encoder.embed(inputs, depth, 'document', options.signal);
      seconds = (performance.now() - started) / 1000;
      toEmbed.forEach((h, i) => vectors.set(h, new Map([...layers].map(([layer, vs]) => [layer, vs[i]]))));
    }
    const updates: DeepenedChunk[] = batch.map((c) => ({ id: c.id, depth, vectors: vectors.get(c.contentHash)! }));
    await store.deepen(updates);
    progress.done += batch.length;
    progress.embedded += toEmbed.length;
    progress.reused += batch.filter((c) => reusedHashes.has(c.contentHash)).length;
    progress.remaining = await store.countBelow(depth);
    options.onProgress?.({ ...progress });
    if (toEmbed.length) await options.afterEmbed?.(seconds);
  }
  // Files a killed run raised but did not record (see settleFileDepths).
  await store.settleFileDepths(depth);
  if (progress.done > 0) {
    // Rewritten rows are read unindexed by text search until a compaction folds them into the text index.
    await store.tidy(progress.done);
    await store.ensureTextIndex();
    // A deeper column may now hold enough rows for a vector index.
    store.scheduleVectorIndexes();
    logger.info(`deepened ${progress.done} chunks to layer ${depth} (${progress.embedded} embedded, ${progress.reused} reused)`);
  }
  return progress;
}
