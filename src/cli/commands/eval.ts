import { openEngine } from '../../core/engine';
import { evaluate, type EvalRun } from '../../core/eval/evaluate';
import { loadSuite } from '../../core/eval/suite';
import { indexFolder } from '../../core/index/indexer';
import { stderrLogger } from '../../core/log';
import { deepest, parseSize, type Size } from '../../core/model/ladder';
import type { SearchMode } from '../../core/search/searcher';
import { intOption, parse, UsageError } from '../args';

export const usage = 'barista eval <suite-dir> [--sizes all|NAME,...] [--mode dense|text|hybrid|all] [--db D] [--per-query] [--json]';

const MODES: SearchMode[] = ['dense', 'text', 'hybrid'];

export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, {
    sizes: { type: 'string', default: 'all' },
    mode: { type: 'string', default: 'hybrid' },
    'per-query': { type: 'boolean', default: false },
  });
  if (!positionals[0]) throw new UsageError(usage);
  const suite = loadSuite(positionals[0]);
  const modes = values.mode === 'all' ? MODES : values.mode.split(',').map((m) => m.trim() as SearchMode);
  for (const m of modes) if (!MODES.includes(m)) throw new UsageError(`--mode must be dense, text, hybrid or all, got "${m}"`);
  const logger = stderrLogger(values.verbose);
  const engine = await openEngine({ root: suite.corpus, db: values.db, model: values.model, threads: intOption(values.threads, 'threads', 2), logger });
  try {
    const ladder = engine.bundle.manifest.ladder;
    const sizes: Size[] = values.sizes === 'all' ? [...ladder] : values.sizes.split(',').map((s) => parseSize(s.trim(), ladder));
    const depth = Math.max(...sizes.map((s) => s.layer), deepest(ladder).layer);
    const summary = await indexFolder({ root: suite.corpus, store: engine.store, encoder: engine.encoder, depth, logger });
    logger.info(`indexed ${summary.filesTotal} files: ${summary.chunksEmbedded} chunks embedded in ${summary.seconds.toFixed(1)} s`);
    const stats = await engine.store.stats();
    const runs: EvalRun[] = [];
    let textRun: EvalRun | undefined;
    for (const size of sizes) {
      for (const mode of modes) {
        // Text search does not depend on the size: score it once, report it under each size.
        if (mode === 'text' && textRun) {
          runs.push({ ...textRun, size: size.name, layer: size.layer, dim: size.dim });
          continue;
        }
        const result = await evaluate(suite, engine.searcher, size, mode, logger);
        if (mode === 'text') textRun = result;
        runs.push(result);
      }
    }
    const shown = runs.map(({ perQuery, ...r }) => (values['per-query'] ? { ...r, perQuery } : r));
    if (values.json) {
      console.log(JSON.stringify({ suite: suite.name, files: stats.files, chunks: stats.chunks, model: engine.bundle.manifest.name, runs: shown }));
    } else {
      console.log(`suite ${suite.name}: ${suite.queries.length} queries, ${stats.files} files, ${stats.chunks} chunks, model ${engine.bundle.manifest.name}`);
      console.log('size      layer  dim  mode     nDCG@10  MRR@10  R@10   R@50   code nDCG  docs nDCG');
      for (const r of runs) {
        const f = (x: number | undefined) => (x === undefined ? '   -  ' : x.toFixed(3).padStart(6));
        console.log(
          `${r.size.padEnd(9)} ${String(r.layer).padStart(5)} ${String(r.dim).padStart(4)}  ${r.mode.padEnd(7)} ${f(r.ndcg10)}   ${f(r.mrr10)}  ${f(r.recall10)} ${f(r.recall50)}  ${f(r.code?.ndcg10)}     ${f(r.docs?.ndcg10)}`,
        );
      }
    }
  } finally {
    await engine.close();
  }
}
