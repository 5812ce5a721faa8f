import * as path from 'node:path';
import { Prober } from '../../core/adapt/probe';
import { AdaptiveIndexer, type AdaptiveStatus } from '../../core/adapt/adaptiveIndexer';
import { resolveSettings } from '../../core/adapt/settings';
import { openEngine } from '../../core/engine';
import { indexFolder, type IndexProgress } from '../../core/index/indexer';
import { describeStages, peakRssMB } from '../../core/index/stages';
import { stderrLogger, type Logger } from '../../core/log';
import { deepest, describeSize, parseSize } from '../../core/model/ladder';
import { intOption, parse, UsageError } from '../args';

export const usage =
  'barista index <dir> [--db D] [--size NAME|LAYER:DIM (depth to embed to) | --plan auto|NAME (adaptive: shallow first, then deeper)] [--model BUNDLE] [--json]';

export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, { plan: { type: 'string' } });
  const dir = positionals[0];
  if (!dir) throw new UsageError(usage);
  if (values.plan !== undefined && values.size !== undefined) throw new UsageError('--size and --plan are alternatives: give one');
  const logger = stderrLogger(values.verbose);
  const root = path.resolve(dir);
  if (values.plan !== undefined) return runPlanned({ root, quality: values.plan, db: values.db, model: values.model, json: values.json, verbose: values.verbose, logger });
  const engine = await openEngine({ root, db: values.db, model: values.model, threads: intOption(values.threads, 'threads', 2), logger });
  const controller = new AbortController();
  process.once('SIGINT', () => {
    process.stderr.write('\ncancelling: finished files are kept\n');
    controller.abort();
  });
  try {
    const ladder = engine.bundle.manifest.ladder;
    const size = values.size ? parseSize(values.size, ladder) : deepest(ladder);
    logger.info(`indexing ${root} to ${describeSize(size)} into ${engine.store.dir}`);
    const summary = await indexFolder({
      root,
      store: engine.store,
      encoder: engine.encoder,
      depth: size.layer,
      logger,
      signal: controller.signal,
      onProgress: values.json ? undefined : showProgress,
    });
    if (!values.json) process.stderr.write('\n');
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
  } finally {
    await engine.close();
  }
}

function showProgress(p: IndexProgress): void {
  if (!process.stderr.isTTY) return;
  process.stderr.write(`\r${p.phase}: ${p.filesDone}/${p.filesTotal} files, ${p.chunksEmbedded} chunks embedded, ${p.chunksReused} reused   `);
}

/**
 * `--plan`: the adaptive indexer, as the editor runs it, until it settles: a first pass at the depth
 * the machine affords, then deepening while on mains power. On battery it stops where the plan says
 * deepening waits, and says so; a later run on mains picks up from there.
 */
async function runPlanned(o: { root: string; quality: string; db?: string; model?: string; json: boolean; verbose: boolean; logger: Logger }): Promise<void> {
  const engine = await openEngine({ root: o.root, db: o.db, model: o.model, providers: ['cpu'], threads: 1, logger: o.logger });
  let settings;
  try {
    settings = resolveSettings({ quality: o.quality }, engine.bundle.manifest.ladder);
  } catch (e) {
    await engine.close();
    throw new UsageError((e as Error).message);
  }
  const started = Date.now();
  const probe = new Prober({ segmentFile: path.join(engine.bundle.dir, engine.bundle.manifest.segments[0].file), logger: o.logger });
  const indexer = new AdaptiveIndexer({ root: o.root, store: engine.store, bundle: engine.bundle, probe, settings, logger: o.logger, pollMs: 30_000 });
  // With --verbose the indexer's log already says it.
  if (!o.verbose) indexer.on('plan', (plan) => process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}plan: ${plan.reason}\n`));
  if (!o.json) indexer.on('progress', showAdaptiveProgress);
  process.once('SIGINT', () => {
    process.stderr.write('\nstopping after the batch in flight: finished work is kept\n');
    void indexer.stop();
  });
  let status: AdaptiveStatus;
  try {
    indexer.start();
    status = await indexer.whenSettled();
  } finally {
    await indexer.stop();
    await engine.close();
  }
  if (status.state === 'error') throw new Error(status.error ?? 'indexing failed');
  const out = { root: o.root, db: engine.store.dir, state: status.state, waitingFor: status.waitingFor, searchableDepth: status.searchableDepth, chunks: status.chunks, plan: status.plan, seconds: (Date.now() - started) / 1000 };
  if (o.json) console.log(JSON.stringify(out));
  else {
    if (process.stderr.isTTY) process.stderr.write('\n');
    const searchSize = indexer.searchSize();
    console.log(`${status.chunks} chunks, every one to layer ${status.searchableDepth}${searchSize ? ` (search uses ${describeSize(searchSize)})` : ''}, ${out.seconds.toFixed(1)} s`);
    if (status.waitingFor) console.log(`deepening to layer ${status.plan?.targetDepth} waits for ${status.waitingFor}; run again later to continue`);
    console.log(`index: ${engine.store.dir}`);
  }
}

function showAdaptiveProgress(s: AdaptiveStatus): void {
  if (!process.stderr.isTTY || !s.work) return;
  const what = s.work.kind === 'index' ? `indexing to layer ${s.work.depth}: ${s.work.done}/${s.work.total} files` : `deepening to layer ${s.work.depth}: ${s.work.done}/${s.work.total} chunks`;
  process.stderr.write(`\r${what}, searchable at layer ${s.searchableDepth}   `);
}
