import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { openEngine, type Engine } from '../../core/engine';
import { evaluate, meanOverSuites, metricOf, type EvalRun, type EvalSearch } from '../../core/eval/evaluate';
import { readPeerFigures, type PeerFigures } from '../../core/eval/peers';
import { isSuite, loadSuite, suitesIn, type Suite } from '../../core/eval/suite';
import { indexFolder } from '../../core/index/indexer';
import { stderrLogger, type Logger } from '../../core/log';
import { deepest, parseSize, type Size } from '../../core/model/ladder';
import type { SearchMode } from '../../core/search/searcher';
import { floatOption, intOption, parse, rankingOption, RANKING_OFF_USAGE, UsageError } from '../args';

export const usage =
  `barista eval <suite-dir | folder of suites> [--sizes all|NAME,...] [--mode dense|text|hybrid|all] [--db D] ${RANKING_OFF_USAGE} [--dense-weight W] [--per-query] [--json] | --calibrate-fusion [--write-manifest]`;

const MODES: SearchMode[] = ['dense', 'text', 'hybrid'];

interface SuiteReport {
  suite: string;
  metric: string;
  queries: number;
  files: number;
  chunks: number;
  model: string;
  runs: EvalRun[];
}

interface Settings {
  sizes: string;
  modes: SearchMode[];
  db?: string;
  model?: string;
  threads: number;
  search: EvalSearch;
  logger: Logger;
}

/** Opens the engine on a suite's corpus, brings its index up to date at the depth the sizes need, and runs `work`. */
async function withIndexedSuite<T>(suite: Suite, settings: Settings, work: (engine: Engine, sizes: Size[]) => Promise<T>): Promise<T> {
  const { logger } = settings;
  const engine = await openEngine({ root: suite.corpus, db: settings.db, model: settings.model, threads: settings.threads, logger });
  try {
    const ladder = engine.bundle.manifest.ladder;
    const sizes: Size[] = settings.sizes === 'all' ? [...ladder] : settings.sizes.split(',').map((s) => parseSize(s.trim(), ladder));
    const depth = Math.max(...sizes.map((s) => s.layer), deepest(ladder).layer);
    const summary = await indexFolder({ root: suite.corpus, store: engine.store, encoder: engine.encoder, depth, logger });
    logger.info(`${suite.name}: indexed ${summary.filesTotal} files: ${summary.chunksEmbedded} chunks embedded in ${summary.seconds.toFixed(1)} s`);
    return await work(engine, sizes);
  } finally {
    await engine.close();
  }
}

async function evalSuite(suite: Suite, settings: Settings): Promise<SuiteReport> {
  return withIndexedSuite(suite, settings, async (engine, sizes) => {
    const stats = await engine.store.stats();
    const runs: EvalRun[] = [];
    let textRun: EvalRun | undefined;
    for (const size of sizes) {
      for (const mode of settings.modes) {
        // Text search does not depend on the size: score it once, report it under each size.
        if (mode === 'text' && textRun) {
          runs.push({ ...textRun, size: size.name, layer: size.layer, dim: size.dim });
          continue;
        }
        const result = await evaluate(suite, engine.searcher, size, mode, settings.logger, settings.search);
        if (mode === 'text') textRun = result;
        runs.push(result);
      }
    }
    return { suite: suite.name, metric: metricOf(suite), queries: suite.queries.length, files: stats.files, chunks: stats.chunks, model: engine.bundle.manifest.name, runs };
  });
}

/**
 * Hybrid nDCG@10 per size and dense weight, averaged over the suites; the best weight per size is
 * what the bundle's manifest should state (fusion.denseWeight). Ties go to the smaller weight.
 */
async function calibrateFusion(suites: Suite[], settings: (s: Suite) => Settings, writeTo: string | undefined, json: boolean): Promise<void> {
  const sums = new Map<string, number[]>();
  let bundleDir = '';
  for (const suite of suites) {
    await withIndexedSuite(suite, settings(suite), async (engine, sizes) => {
      bundleDir = engine.bundle.dir;
      for (const size of sizes) {
        const row = sums.get(size.name) ?? new Array<number>(FUSION_GRID.length).fill(0);
        for (const [i, denseWeight] of FUSION_GRID.entries()) {
          row[i] += (await evaluate(suite, engine.searcher, size, 'hybrid', settings(suite).logger, { ...settings(suite).search, denseWeight })).ndcg10 / suites.length;
        }
        sums.set(size.name, row);
      }
    });
  }
  const best: Record<string, number> = {};
  for (const [size, row] of sums) best[size] = FUSION_GRID[row.indexOf(Math.max(...row))];
  if (json) console.log(JSON.stringify({ grid: FUSION_GRID, meanNdcg10: Object.fromEntries(sums), denseWeight: best }));
  else {
    console.log(`hybrid nDCG@10, mean over ${suites.length} suites, by dense weight (text counts 1)`);
    console.log(`size      ${FUSION_GRID.map((w) => String(w).padStart(7)).join('')}   best`);
    for (const [size, row] of sums) console.log(`${size.padEnd(9)} ${row.map((x) => x.toFixed(3).padStart(7)).join('')}   ${best[size]}`);
  }
  if (writeTo !== undefined) {
    const file = path.join(writeTo || bundleDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    manifest.fusion = { ...manifest.fusion, denseWeight: best };
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    console.error(`wrote fusion.denseWeight to ${file}`);
  }
}

/** Dense weights tried by --calibrate-fusion: coarse on purpose, to fit the size, not the queries. */
const FUSION_GRID = [0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1, 1.5, 2, 3];

const f3 = (x: number | undefined): string => (x === undefined ? '     -' : x.toFixed(3).padStart(6));

function printReport(r: SuiteReport): void {
  console.log(`suite ${r.suite}: ${r.queries} queries, ${r.files} files, ${r.chunks} chunks, model ${r.model}; ${r.metric}`);
  const groups = [...new Set(r.runs.flatMap((run) => [...Object.keys(run.categories ?? {}), ...(run.code ? ['code'] : []), ...(run.docs ? ['docs'] : [])]))];
  console.log(`size      layer  dim  mode     nDCG@10  MRR@10  R@10   R@50  ${groups.map((g) => g.slice(0, 8).padStart(9)).join('')}`);
  for (const run of r.runs) {
    const group = (g: string) => (run.categories?.[g] ?? (g === 'code' ? run.code : g === 'docs' ? run.docs : undefined))?.ndcg10;
    console.log(
      `${run.size.padEnd(9)} ${String(run.layer).padStart(5)} ${String(run.dim).padStart(4)}  ${run.mode.padEnd(7)} ${f3(run.ndcg10)}   ${f3(run.mrr10)}  ${f3(run.recall10)} ${f3(run.recall50)} ${groups.map((g) => `   ${f3(group(g))}`).join('')}`,
    );
  }
}

/** Per suite: our score for each mode at the deepest size asked, beside the published figures. */
function printComparison(reports: SuiteReport[], mean: SuiteReport, peers: PeerFigures | undefined): void {
  const last = reports[0].runs[reports[0].runs.length - 1];
  const ours = reports[0].runs.filter((r) => r.size === last.size);
  const tools = peers?.tools ?? [];
  console.log(`\n${reports[0].metric} at ${last.size}, beside published figures${peers ? '' : ' (none found)'}`);
  const head = [...ours.map((r) => `barista ${r.mode}`), ...tools];
  console.log(`${'suite'.padEnd(26)}${head.map((h) => h.slice(0, 15).padStart(16)).join('')}`);
  for (const r of [...reports, mean]) {
    const mine = ours.map((o) => r.runs.find((x) => x.size === o.size && x.mode === o.mode)?.ndcg10);
    const theirs = peers?.bySuite.get(r === mean ? `mean of ${reports.length}` : r.suite) ?? [];
    console.log(`${r.suite.padEnd(26)}${[...mine, ...tools.map((_, i) => theirs[i])].map((x) => f3(x).padStart(16)).join('')}`);
  }
}

export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, {
    sizes: { type: 'string', default: 'all' },
    mode: { type: 'string', default: 'hybrid' },
    'per-query': { type: 'boolean', default: false },
    'ranking-off': { type: 'string' },
    'dense-weight': { type: 'string' },
    'calibrate-fusion': { type: 'boolean', default: false },
    'write-manifest': { type: 'boolean', default: false },
  });
  const target = positionals[0];
  if (!target) throw new UsageError(usage);
  const modes = values.mode === 'all' ? MODES : values.mode.split(',').map((m) => m.trim() as SearchMode);
  for (const m of modes) if (!MODES.includes(m)) throw new UsageError(`--mode must be dense, text, hybrid or all, got "${m}"`);
  const suiteDirs = isSuite(target) ? [target] : suitesIn(target);
  if (suiteDirs.length === 0) throw new UsageError(`${target} is neither a suite (corpus/ and queries.jsonl) nor a folder of suites`);
  const settings = (dir: string): Settings => ({
    sizes: values.sizes,
    modes,
    // A folder of suites keeps one index per suite under --db.
    db: values.db && suiteDirs.length > 1 ? path.join(values.db, path.basename(dir)) : values.db,
    model: values.model,
    threads: intOption(values.threads, 'threads', 2),
    search: { ranking: rankingOption(values['ranking-off']), denseWeight: floatOption(values['dense-weight'], 'dense-weight') },
    logger: stderrLogger(values.verbose),
  });
  if (values['calibrate-fusion']) {
    const suites = suiteDirs.map(loadSuite);
    const dirOf = new Map(suites.map((s, i) => [s, suiteDirs[i]]));
    return calibrateFusion(suites, (s) => settings(dirOf.get(s)!), values['write-manifest'] ? (values.model ?? '') : undefined, values.json);
  }
  const reports: SuiteReport[] = [];
  const show = (r: SuiteReport) => {
    const shown = { ...r, runs: r.runs.map(({ perQuery, ...rest }) => (values['per-query'] ? { ...rest, perQuery } : rest)) };
    if (values.json) console.log(JSON.stringify(shown));
    else printReport(r);
  };
  for (const dir of suiteDirs) {
    const report = await evalSuite(loadSuite(dir), settings(dir));
    reports.push(report);
    show(report);
  }
  if (reports.length > 1) {
    const sum = (key: 'queries' | 'files' | 'chunks') => reports.reduce((a, r) => a + r[key], 0);
    const mean: SuiteReport = {
      suite: `${path.basename(path.resolve(target))} (mean)`,
      metric: reports[0].metric,
      queries: sum('queries'),
      files: sum('files'),
      chunks: sum('chunks'),
      model: reports[0].model,
      runs: meanOverSuites(reports.map((r) => r.runs)),
    };
    show(mean);
    if (!values.json) printComparison(reports, mean, readPeerFigures(target));
  }
}
