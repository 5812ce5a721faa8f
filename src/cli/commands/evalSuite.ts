import { indexFolder } from '../../core/index/indexer';
import { openEngine, type Engine } from '../../core/engine';
import { metricOf, retrieveSuite, runOf, scoreSuite, searcherArrangement, type EvalRun, type EvalSearch } from '../../core/eval/evaluate';
import type { Suite } from '../../core/eval/suite';
import type { Logger } from '../../core/log';
import { parseSize, type Size } from '../../core/model/ladder';
import type { SearchMode } from '../../core/search/searcher';
import type { Progress } from '../progress';
import { indexUpdate } from './index';

/** One suite's scores, as eval prints them and --json writes them. */
export interface SuiteReport {
  suite: string;
  metric: string;
  queries: number;
  files: number;
  chunks: number;
  model: string;
  runs: EvalRun[];
}

export interface Settings {
  sizes: string;
  modes: SearchMode[];
  db?: string;
  model?: string;
  threads: number;
  search: EvalSearch;
  logger: Logger;
  /** Where indexing a suite's corpus shows its progress. */
  progress?: Progress;
}

export /** Opens the engine on a suite's corpus, brings its index up to date at the depth the sizes need, and runs `work`. */
async function withIndexedSuite<T>(suite: Suite, settings: Settings, work: (engine: Engine, sizes: Size[]) => Promise<T>): Promise<T> {
  const { logger } = settings;
  const engine = await openEngine({ root: suite.corpus, db: settings.db, model: settings.model, threads: settings.threads, logger, what: 'barista eval' });
  try {
    const ladder = engine.bundle.manifest.ladder;
    const sizes: Size[] = settings.sizes === 'all' ? [...ladder] : settings.sizes.split(',').map((s) => parseSize(s.trim(), ladder));
    // Only as deep as the sizes asked for: scoring rung 0 alone must not embed the whole network.
    const depth = Math.max(...sizes.map((s) => s.layer));
    let summary;
    try {
      summary = await indexFolder({
        root: suite.corpus,
        store: engine.store,
        encoder: engine.encoder,
        depth,
        logger,
        onProgress: (p) => settings.progress?.update({ ...indexUpdate(p), label: `${suite.name}: ${indexUpdate(p).label}` }),
      });
    } finally {
      settings.progress?.done();
    }
    logger.info(`${suite.name}: indexed ${summary.filesTotal} files: ${summary.chunksEmbedded} chunks embedded in ${summary.seconds.toFixed(1)} s`);
    return await work(engine, sizes);
  } finally {
    await engine.close();
  }
}

/** Every (size, mode) of a suite scored over its up-to-date index. */
export async function evalSuite(suite: Suite, settings: Settings): Promise<SuiteReport> {
  return withIndexedSuite(suite, settings, async (engine, sizes) => {
    const stats = await engine.store.stats();
    const runs: EvalRun[] = [];
    let textRun: EvalRun | undefined;
    for (const size of sizes) {
      // Each query is retrieved once per size and arranged in every mode asked.
      const retrievals = await retrieveSuite(suite, engine.searcher, size, settings.logger);
      for (const mode of settings.modes) {
        // Text search does not depend on the size: score it once, report it under each size.
        if (mode === 'text' && textRun) {
          runs.push({ ...textRun, size: size.name, layer: size.layer, dim: size.dim });
          continue;
        }
        const result = runOf(suite, size, mode, scoreSuite(suite, retrievals, searcherArrangement(engine.searcher, size, mode, settings.search)));
        if (mode === 'text') textRun = result;
        runs.push(result);
      }
    }
    return {
      suite: suite.name,
      metric: metricOf(suite),
      queries: suite.queries.length,
      files: stats.files,
      chunks: stats.chunks,
      model: engine.bundle.manifest.name,
      runs,
    };
  });
}
