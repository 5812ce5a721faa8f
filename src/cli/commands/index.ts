import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Prober } from '../../core/adapt/probe';
import { AdaptiveIndexer, type AdaptiveStatus } from '../../core/adapt/adaptiveIndexer';
import { resolveSettings } from '../../core/adapt/settings';
import { openEngine } from '../../core/engine';
import type { CrawlOptions } from '../../core/index/crawler';
import { resolveCrawlRules } from '../../core/index/crawlRules';
import { indexFolder, type IndexProgress } from '../../core/index/indexer';
import { describeStages, peakRssMB } from '../../core/index/stages';
import type { Logger } from '../../core/log';
import { CancelledError } from '../../core/model/encoder';
import { deepest, describeSize, parseSize } from '../../core/model/ladder';
import { intOption, parse, UsageError } from '../args';
import { cliLogger, cliProgress, note, type OutputOptions } from '../output';
import type { Progress, ProgressUpdate } from '../progress';

export const usage =
  'barista index <dir> [--db D] [--size NAME|LAYER:DIM (depth to embed to) | --plan auto|NAME (adaptive: shallow first, then deeper)] [--model BUNDLE] [--follow-links (index what symbolic links out of <dir> point to)] [--quiet] [--json] (what is indexed: the .gitignore and .baristaignore files of <dir> and the barista.* crawl keys of its .vscode/settings.json, as in the editor)';

export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, { plan: { type: 'string' }, 'follow-links': { type: 'boolean', default: false } });
  const dir = positionals[0];
  if (!dir) throw new UsageError(usage);
  if (values.plan !== undefined && values.size !== undefined) throw new UsageError('--size and --plan are alternatives: give one');
  const root = path.resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`${dir} is not a folder`);
  const progress = cliProgress(values);
  const logger = cliLogger(values, progress);
  // The folder's own rules (.vscode/settings.json's barista.* crawl keys; the ignore files are read
  // as it is walked), as the editor reads them: both keep the same index. Links out of the folder
  // are skipped unless the folder's settings or --follow-links ask for them.
  const { crawl, problems } = resolveCrawlRules(root, { followExternalLinks: values['follow-links'] });
  for (const p of problems) logger.warn(p);
  if (values.plan !== undefined) return runPlanned({ root, quality: values.plan, db: values.db, model: values.model, crawl, out: values, logger, progress });
  const engine = await openEngine({
    root,
    db: values.db,
    model: values.model,
    threads: intOption(values.threads, 'threads', 2),
    logger,
    what: 'barista index',
    whenNotOurs: 'Give --db a new or empty folder.',
  });
  const controller = new AbortController();
  process.once('SIGINT', () => {
    progress.clear();
    note(values, 'cancelling: finished files are kept');
    controller.abort();
  });
  try {
    const ladder = engine.bundle.manifest.ladder;
    const size = values.size ? parseSize(values.size, ladder) : deepest(ladder);
    note(values, `indexing ${root} to ${describeSize(size)} into ${engine.store.dir}`);
    let summary;
    try {
      summary = await indexFolder({
        root,
        store: engine.store,
        encoder: engine.encoder,
        depth: size.layer,
        crawl,
        logger,
        signal: controller.signal,
        onProgress: (p) => progress.update(indexUpdate(p)),
      });
    } finally {
      progress.done();
    }
    const stats = await engine.store.stats();
    const out = { root, db: engine.store.dir, depth: size.layer, ...summary, chunksInIndex: stats.chunks, peakRssMB: peakRssMB() };
    if (values.json) console.log(JSON.stringify(out));
    else {
      console.log(
        `indexed ${summary.filesTotal} files (${summary.filesUnchanged} unchanged, ${summary.filesSkipped} skipped, ${summary.filesRemoved} removed): ` +
          `${summary.chunksEmbedded} chunks embedded, ${summary.chunksReused} reused, ${stats.chunks} in the index, ${summary.seconds.toFixed(1)} s`,
      );
      console.log(`index: ${engine.store.dir}`);
      logger.info(`time by stage: ${describeStages(summary.stages)}`);
      logger.info(`${(summary.chunksEmbedded / summary.seconds).toFixed(1)} chunks embedded per second; peak RSS ${out.peakRssMB} MB`);
    }
  } catch (e) {
    if (e instanceof CancelledError) throw new CancelledError('indexing stopped; the files finished so far are kept, and the next run goes on from there');
    throw e;
  } finally {
    await engine.close();
  }
}

/** The indexer's progress as the bar shows it: files counted, chunks embedded per second. */
export function indexUpdate(p: IndexProgress): ProgressUpdate {
  const label = p.phase === 'embedding' ? 'embedding' : p.phase === 'scanning' ? 'reading' : 'finishing';
  return {
    label,
    done: p.filesDone,
    total: p.phase === 'finishing' || p.phase === 'done' ? 0 : p.filesTotal,
    unit: 'files',
    rate: { count: p.chunksEmbedded, unit: 'chunks' },
  };
}

/**
 * `--plan`: the adaptive indexer, as the editor runs it, until it settles: a first pass at the depth
 * the machine affords, then deepening while on mains power. On battery it stops where the plan says
 * deepening waits, and says so; a later run on mains picks up from there.
 */
async function runPlanned(o: {
  root: string;
  quality: string;
  db?: string;
  model?: string;
  crawl: CrawlOptions;
  out: OutputOptions;
  logger: Logger;
  progress: Progress;
}): Promise<void> {
  const engine = await openEngine({
    root: o.root,
    db: o.db,
    model: o.model,
    providers: ['cpu'],
    threads: 1,
    logger: o.logger,
    what: 'barista index',
    whenNotOurs: 'Give --db a new or empty folder.',
  });
  let settings;
  try {
    settings = resolveSettings({ quality: o.quality }, engine.bundle.manifest.ladder);
  } catch (e) {
    await engine.close();
    throw new UsageError((e as Error).message);
  }
  const started = Date.now();
  const probe = new Prober({ segmentFile: path.join(engine.bundle.dir, engine.bundle.manifest.segments[0].file), logger: o.logger });
  const indexer = new AdaptiveIndexer({
    root: o.root,
    store: engine.store,
    bundle: engine.bundle,
    probe,
    settings,
    crawl: o.crawl,
    logger: o.logger,
    pollMs: 30_000,
  });
  // With --verbose the indexer's log already says it.
  if (!o.out.verbose) indexer.on('plan', (plan) => note(o.out, `plan: ${plan.reason}`, o.progress));
  indexer.on('progress', (s: AdaptiveStatus) => {
    if (s.work) o.progress.update(adaptiveUpdate(s.work));
  });
  let cancelled = false;
  process.once('SIGINT', () => {
    cancelled = true;
    o.progress.clear();
    note(o.out, 'stopping after the batch in flight: finished work is kept');
    void indexer.stop();
  });
  let status: AdaptiveStatus;
  try {
    indexer.start();
    status = await indexer.whenSettled();
  } finally {
    o.progress.done();
    await indexer.stop();
    await engine.close();
  }
  if (cancelled) throw new CancelledError(`indexing stopped with every chunk at layer ${status.searchableDepth} or deeper; the next run goes on from there`);
  if (status.state === 'error') throw new Error(status.error ?? 'indexing failed');
  const out = {
    root: o.root,
    db: engine.store.dir,
    state: status.state,
    waitingFor: status.waitingFor,
    searchableDepth: status.searchableDepth,
    chunks: status.chunks,
    plan: status.plan,
    seconds: (Date.now() - started) / 1000,
  };
  if (o.out.json) console.log(JSON.stringify(out));
  else {
    const searchSize = indexer.searchSize();
    console.log(
      `${status.chunks} chunks, every one to layer ${status.searchableDepth}${searchSize ? ` (search uses ${describeSize(searchSize)})` : ''}, ${out.seconds.toFixed(1)} s`,
    );
    if (status.waitingFor) console.log(`deepening to layer ${status.plan?.targetDepth} waits for ${status.waitingFor}; run again later to continue`);
    console.log(`index: ${engine.store.dir}`);
  }
}

export function adaptiveUpdate(work: NonNullable<AdaptiveStatus['work']>): ProgressUpdate {
  return work.kind === 'index'
    ? { label: `indexing to layer ${work.depth}`, done: work.done, total: work.total, unit: 'files', rate: { count: work.embedded, unit: 'chunks' } }
    : { label: `deepening to layer ${work.depth}`, done: work.done, total: work.total, unit: 'chunks' };
}
