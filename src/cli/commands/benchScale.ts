import { existsSync, promises as fs, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openEngine } from '../../core/engine';
import { indexFolder } from '../../core/index/indexer';
import { chunkBudget } from '../../core/index/indexer';
import { VECTOR_INDEX_MIN_ROWS } from '../../core/index/store';
import { stderrLogger } from '../../core/log';
import { defaultBundleDir, loadBundle } from '../../core/model/bundle';
import { Encoder } from '../../core/model/encoder';
import { parseSize } from '../../core/model/ladder';
import { finish } from '../../core/model/pooling';
import { CORPUS_CRAWL, linkCorpus, listPackages, planCorpus, takeChunks, type PackageSource } from '../../core/scale/corpus';
import { peakRssMB } from '../../core/index/stages';
import { mean, percentile, recallAtK } from '../../core/scale/measure';
import { intOption, UsageError } from '../args';
import { benchChild } from './benchChild';
import { hybridLatencies, QUERIES } from './benchQuery';

export interface ScalePoint {
  chunks: number;
  files: number;
  size: string;
  indexSeconds: number;
  chunksPerSecond: number;
  peakRssMB: number;
  bytesPerChunkBeyondText: number;
  vectorIndex: boolean;
  vectorIndexSeconds: number;
  p50Ms: number;
  p95Ms: number;
  recallAt10: number;
  /** The chunk catalog (see ChunkCatalog): its size in memory, and the time to read it from the index once. */
  catalogMB: number;
  catalogReadMs: number;
  /** After a save (one file's chunks written again), the time to bring the catalog up to date. */
  catalogUpdateMs: number;
  /** The machine's load average (1, 5, 15 minutes) when the queries were done: a shared machine's latencies depend on it. */
  loadAverage: number[];
  /** Dense search alone (store side, top 10): as searched, and by brute force. */
  denseP50Ms: number;
  bruteForceDenseP50Ms: number;
}

const DEFAULT_POINTS = [10_000, 30_000, 100_000];
/** At most this many chunks of one package, so the corpus spans many. */
const PER_PACKAGE = 4000;
interface ScaleValues {
  corpus?: string;
  roots?: string;
  points?: string;
  work?: string;
  db?: string;
  model?: string;
  size?: string;
  threads?: string;
  json?: boolean;
  verbose?: boolean;
  'scale-point'?: boolean;
  'vector-index-min-rows'?: string;
}

/**
 * The package folders of the default corpus: this project's node_modules, and the site-packages
 * of its Python environment (.venv) when there is one.
 */
function defaultRoots(): PackageSource[] {
  const project = path.resolve(__dirname, '..');
  const roots: PackageSource[] = [{ label: 'npm', dir: path.join(project, 'node_modules') }];
  const lib = path.join(project, '.venv', 'lib');
  const python = existsSync(lib)
    ? readdirSync(lib)
        .filter((n) => n.startsWith('python'))
        .sort()
    : [];
  if (python.length) roots.push({ label: 'py', dir: path.join(lib, python[0], 'site-packages') });
  return roots;
}

/** `--roots npm=DIR,py=DIR`: folders of installed packages, each with its label. */
export function parseRoots(text: string): PackageSource[] {
  return text.split(',').map((part) => {
    const [label, dir] = part.includes('=') ? [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)] : [path.basename(part), part];
    if (!label || !dir) throw new UsageError(`--roots: "${part}" is not LABEL=DIR`);
    return { label, dir: path.resolve(dir) };
  });
}

export function parsePoints(text: string): number[] {
  const points = text.split(',').map((p) => Number(p.trim().replace(/k$/i, '000')));
  if (points.some((p) => !Number.isInteger(p) || p < 1)) throw new UsageError(`--points must be chunk counts like 10000,30000,100000 (or 10k), got "${text}"`);
  return [...points].sort((a, b) => a - b);
}

/**
 * `bench --scale`: a corpus of installed packages at growing sizes, each point indexed afresh in its
 * own process: index time, chunks/s, peak RSS, disk per chunk beyond the text, query latency
 * (hybrid, end to end) and recall@10 of dense search against brute force.
 */
export async function benchScale(values: ScaleValues): Promise<void> {
  if (values['scale-point']) return scalePoint(values);
  const logger = stderrLogger(values.verbose);
  const roots = values.roots ? parseRoots(values.roots) : defaultRoots();
  const points = parsePoints(values.points ?? DEFAULT_POINTS.join(','));
  const work = path.resolve(values.work ?? path.join(os.tmpdir(), 'barista-bench-scale'));
  const bundle = await loadBundle(values.model ?? defaultBundleDir());
  const size = parseSize(values.size ?? 'shot', bundle.manifest.ladder);
  const encoder = await Encoder.open(bundle, { threads: 1, logger });
  let files;
  try {
    const packages = await listPackages(roots);
    logger.info(`choosing ${points.at(-1)} chunks from ${packages.length} packages of ${roots.map((r) => r.dir).join(', ')}`);
    files = await planCorpus(packages, {
      chunks: points.at(-1)!,
      perPackage: PER_PACKAGE,
      maxTokens: chunkBudget(bundle.manifest),
      countTokens: (t) => encoder.tokenizer.count(t),
      logger,
    });
  } finally {
    await encoder.close();
  }
  const planned = files.reduce((a, f) => a + f.chunks, 0);
  if (planned < points.at(-1)!) logger.warn(`the packages hold only ${planned} chunks; the largest point is smaller than asked`);
  const results: ScalePoint[] = [];
  for (const target of points) {
    const chosen = takeChunks(files, target);
    const corpus = path.join(work, `corpus-${target}`);
    const db = path.join(work, `index-${target}`);
    await linkCorpus(chosen, corpus);
    await fs.rm(db, { recursive: true, force: true });
    const args = ['--scale', '--scale-point', '--corpus', corpus, '--db', db, '--size', size.name, '--threads', values.threads ?? '2', '--json'];
    if (values.model) args.push('--model', values.model);
    if (values['vector-index-min-rows']) args.push('--vector-index-min-rows', values['vector-index-min-rows']);
    if (values.verbose) args.push('--verbose');
    const point = await benchChild<ScalePoint>(args);
    results.push(point);
    if (!values.json) printPoint(point);
    await fs.rm(db, { recursive: true, force: true });
  }
  const packages = [
    ...new Set(
      files.map((f) =>
        f.path
          .split('/')
          .slice(0, f.path.startsWith('npm/@') ? 3 : 2)
          .join('/'),
      ),
    ),
  ];
  const out = {
    corpus: { roots: roots.map((r) => r.label), packages: packages.length, files: files.length },
    threads: Number(values.threads ?? 2),
    cpus: os.cpus().length,
    vectorIndexMinRows: Number(values['vector-index-min-rows'] ?? VECTOR_INDEX_MIN_ROWS),
    points: results,
  };
  if (values.json) console.log(JSON.stringify(out));
}

function printPoint(p: ScalePoint): void {
  console.log(
    `${String(p.chunks).padStart(7)} chunks at ${p.size}: indexed in ${p.indexSeconds.toFixed(1)} s (${p.chunksPerSecond.toFixed(0)} chunks/s), peak RSS ${p.peakRssMB.toFixed(0)} MB, ` +
      `${p.bytesPerChunkBeyondText.toFixed(0)} B/chunk beyond text; ${p.vectorIndex ? `vector index in ${p.vectorIndexSeconds.toFixed(1)} s` : 'brute force'}; ` +
      `query p50 ${p.p50Ms.toFixed(1)} ms, p95 ${p.p95Ms.toFixed(1)} ms, recall@10 ${p.recallAt10.toFixed(3)} (dense alone ${p.denseP50Ms.toFixed(1)} ms, brute force ${p.bruteForceDenseP50Ms.toFixed(1)} ms); ` +
      `chunk catalog ${p.catalogMB.toFixed(1)} MB, read in ${p.catalogReadMs.toFixed(0)} ms, updated after a save in ${p.catalogUpdateMs.toFixed(0)} ms; load ${p.loadAverage.join(' ')}`,
  );
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** One point, in its own process: index the corpus folder afresh, then query it. */
async function scalePoint(values: ScaleValues): Promise<void> {
  if (!values.corpus || !values.db) throw new UsageError('--scale-point needs --corpus and --db');
  const logger = stderrLogger(values.verbose);
  const minRows = intOption(values['vector-index-min-rows'], 'vector-index-min-rows', VECTOR_INDEX_MIN_ROWS);
  const root = path.resolve(values.corpus);
  const engine = await openEngine({
    root,
    db: values.db,
    model: values.model,
    threads: intOption(values.threads, 'threads', 2),
    logger,
    what: 'barista bench',
  });
  try {
    const size = parseSize(values.size ?? 'shot', engine.bundle.manifest.ladder);
    const started = performance.now();
    // The vector index is built below, timed on its own.
    const summary = await indexFolder({
      root,
      store: engine.store,
      encoder: engine.encoder,
      depth: size.layer,
      logger,
      vectorIndexMinRows: Infinity,
      crawl: CORPUS_CRAWL,
    });
    const indexSeconds = (performance.now() - started) / 1000;
    const rss = peakRssMB();
    const built = performance.now();
    const indexed = await engine.store.ensureVectorIndexes(minRows);
    const vectorIndexSeconds = (performance.now() - built) / 1000;
    const stats = await engine.store.stats();
    const textBytes = await engine.store.textBytes();
    const bytesPerChunkBeyondText = ((await folderBytes(engine.store.dir)) - textBytes) / stats.chunks;

    const similarity = engine.bundle.manifest.similarity;
    // Read once per table version, on the first name query after a change: timed on its own.
    const catalogStarted = performance.now();
    const catalog = await engine.store.chunkCatalog();
    const catalogReadMs = performance.now() - catalogStarted;
    await engine.searcher.search('warm up the caches', { size, k: 10 });
    const latencies = await hybridLatencies(engine.store, engine.encoder, size);
    // A save in the editor: one file's chunks written again, then the first name lookup after it.
    const [savedPath, savedRecord] = [...(await engine.store.fileCatalog()).entries()][0];
    await engine.store.putFile(savedRecord, await engine.store.chunksOf(savedPath, [size.layer]));
    await engine.store.flush();
    const updateStarted = performance.now();
    await engine.store.chunkCatalog();
    const catalogUpdateMs = performance.now() - updateStarted;
    const recalls: number[] = [];
    const dense: number[] = [];
    const exactDense: number[] = [];
    for (const q of QUERIES) {
      const vector = finish((await engine.searcher.queryVectors(q, size.layer)).get(size.layer)!.slice(0, size.dim), similarity);
      const t0 = performance.now();
      const approximate = await engine.store.searchDense(vector, size.layer, 10);
      const t1 = performance.now();
      const exact = await engine.store.searchDense(vector, size.layer, 10, undefined, true);
      dense.push(t1 - t0);
      exactDense.push(performance.now() - t1);
      recalls.push(
        recallAtK(
          approximate.map((h) => h.row.id),
          exact.map((h) => h.row.id),
          10,
        ),
      );
    }
    const point: ScalePoint = {
      chunks: stats.chunks,
      files: stats.files,
      size: size.name,
      indexSeconds,
      chunksPerSecond: summary.chunksEmbedded / indexSeconds,
      peakRssMB: rss,
      bytesPerChunkBeyondText,
      vectorIndex: indexed.includes(size.layer),
      vectorIndexSeconds,
      p50Ms: percentile(latencies, 0.5),
      p95Ms: percentile(latencies, 0.95),
      recallAt10: mean(recalls),
      catalogMB: catalog.bytes() / 1e6,
      catalogReadMs,
      catalogUpdateMs,
      loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
      denseP50Ms: percentile(dense, 0.5),
      bruteForceDenseP50Ms: percentile(exactDense, 0.5),
    };
    console.log(JSON.stringify(point));
  } finally {
    await engine.close();
  }
}
