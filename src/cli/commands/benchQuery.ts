import * as path from 'node:path';
import { peakRssMB } from '../../core/index/stages';
import { cliLogger } from '../output';
import { NOT_SEARCHABLE } from '../../core/model/ladder';
import { percentile } from '../../core/scale/measure';
import { intOption, UsageError } from '../args';
import { NoIndexError } from '../exit';
import { openIndexed } from '../indexed';
import type { Store } from '../../core/index/store';
import type { Encoder } from '../../core/model/encoder';
import type { Size } from '../../core/model/ladder';
import { Searcher } from '../../core/search/searcher';

/** Fixed queries of the kind people type; the same every run, so timings compare across versions. */
export const QUERIES = [
  'where do we retry failed uploads',
  'parse the configuration file',
  'check that the session cookie is signed',
  'how are redirects followed',
  'read proxy settings from the environment',
  'close the connection pool',
  'encode form data in the request body',
  'timeout when the server does not answer',
  'compare two version strings',
  'log a warning when a deprecated option is used',
  'stream a large response to disk in chunks',
  'validate the certificate of the host',
  'merge default headers with the ones given',
  'what happens when authentication fails',
  'turn a dictionary into query parameters',
  'detect the character encoding of a text',
  // Names, which also scan the index for definitions and files named after them.
  'Mutex',
  'parse_args',
  'HttpClient.send',
  'RetryPolicy and backoff',
];

/** Rounds of the end-to-end loop (see hybridLatencies). */
const ROUNDS = 3;

/**
 * Each query's hybrid search end to end, top 10, as a user waits for it: encoding included (every
 * round has a fresh searcher, so no cached query vectors), and full-text search and name lookup
 * running beside the encoding as they do. Per query the fastest of `rounds`, since on a shared
 * machine the slower ones measure the neighbours.
 */
export async function hybridLatencies(store: Store, encoder: Encoder, size: Size, rounds = ROUNDS): Promise<number[]> {
  const latencies = QUERIES.map(() => Infinity);
  for (let round = 0; round < rounds; round++) {
    const searcher = new Searcher(store, encoder);
    for (const [i, q] of QUERIES.entries()) {
      const t0 = performance.now();
      await searcher.search(q, { size, mode: 'hybrid', k: 10 });
      latencies[i] = Math.min(latencies[i], performance.now() - t0);
    }
  }
  return latencies;
}

/** Time to answer a query at each size over an existing index: encode, then search, their sum, and hybrid search end to end (hybridLatencies). */
export async function benchQuery(values: {
  dir?: string;
  db?: string;
  model?: string;
  threads?: string;
  json?: boolean;
  verbose?: boolean;
  mode?: string;
}): Promise<void> {
  if (!values.dir && !values.db) throw new UsageError('bench --query needs --dir (an indexed folder) or --db');
  const root = path.resolve(values.dir ?? '.');
  const engine = await openIndexed({
    root,
    db: values.db,
    model: values.model,
    threads: intOption(values.threads, 'threads', 2),
    logger: cliLogger(values),
    access: 'read',
  });
  try {
    const depth = await engine.store.searchableDepth();
    if (depth === NOT_SEARCHABLE) throw new NoIndexError(`the index at ${engine.store.dir} is empty: index the folder first`);
    const stats = await engine.store.stats();
    // Read before the first query, as an open index has it after its first search (see Store.chunkCatalog).
    const catalogStarted = performance.now();
    await engine.store.chunkCatalog();
    const catalogReadMs = performance.now() - catalogStarted;
    const rows = [];
    for (const size of engine.bundle.manifest.ladder.filter((s) => s.layer <= depth)) {
      await engine.encoder.embed(['warm up'], size.layer, 'query');
      const encode: number[] = [];
      const search: number[] = [];
      for (const q of QUERIES) {
        const t0 = performance.now();
        await engine.encoder.embed([q], size.layer, 'query');
        const t1 = performance.now();
        // The searcher caches the query's vectors, so this measures the store side alone.
        await engine.searcher.queryVectors(q, size.layer);
        const t2 = performance.now();
        await engine.searcher.search(q, { size, mode: values.mode === 'dense' ? 'dense' : 'hybrid', k: 20 });
        const t3 = performance.now();
        encode.push(t1 - t0);
        search.push(t3 - t2);
      }
      const total = encode.map((e, i) => e + search[i]);
      const endToEnd = values.mode === 'dense' ? undefined : await hybridLatencies(engine.store, engine.encoder, size);
      rows.push({
        size: size.name,
        layer: size.layer,
        dim: size.dim,
        encodeMedianMs: percentile(encode, 0.5),
        searchMedianMs: percentile(search, 0.5),
        totalMedianMs: percentile(total, 0.5),
        totalP95Ms: percentile(total, 0.95),
        ...(endToEnd && { endToEndP50Ms: percentile(endToEnd, 0.5), endToEndP95Ms: percentile(endToEnd, 0.95) }),
      });
    }
    const result = {
      db: engine.store.dir,
      chunks: stats.chunks,
      queries: QUERIES.length,
      provider: engine.encoder.provider,
      catalogReadMs,
      sizes: rows,
      peakRssMB: peakRssMB(),
    };
    if (values.json) console.log(JSON.stringify(result));
    else {
      console.log(
        `${QUERIES.length} queries over ${stats.chunks} chunks (${engine.store.dir}), ${engine.encoder.provider}; chunk catalog read in ${catalogReadMs.toFixed(0)} ms`,
      );
      console.log('size      layer  dim  encode ms  search ms  total ms  p95 ms  end to end p50 / p95 ms');
      for (const r of rows) {
        const f = (x: number) => x.toFixed(1).padStart(9);
        console.log(
          `${r.size.padEnd(9)} ${String(r.layer).padStart(5)} ${String(r.dim).padStart(4)} ${f(r.encodeMedianMs)}  ${f(r.searchMedianMs)} ${f(r.totalMedianMs)} ${f(r.totalP95Ms)}` +
            (r.endToEndP50Ms === undefined ? '' : `  ${r.endToEndP50Ms.toFixed(1)} / ${r.endToEndP95Ms!.toFixed(1)}`),
        );
      }
      console.log(`peak RSS: ${result.peakRssMB} MB`);
    }
  } finally {
    await engine.close();
  }
}
