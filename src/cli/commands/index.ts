import * as path from 'node:path';
import { openEngine } from '../../core/engine';
import { indexFolder, type IndexProgress } from '../../core/index/indexer';
import { stderrLogger } from '../../core/log';
import { deepest, describeSize, parseSize } from '../../core/model/ladder';
import { intOption, parse, UsageError } from '../args';

export const usage = 'barista index <dir> [--db D] [--size NAME|LAYER:DIM (depth to embed to)] [--model BUNDLE] [--json]';

export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, {});
  const dir = positionals[0];
  if (!dir) throw new UsageError(usage);
  const logger = stderrLogger(values.verbose);
  const root = path.resolve(dir);
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
    const out = { root, db: engine.store.dir, depth: size.layer, ...summary, chunksInIndex: stats.chunks };
    if (values.json) console.log(JSON.stringify(out));
    else {
      console.log(
        `indexed ${summary.filesTotal} files (${summary.filesUnchanged} unchanged, ${summary.filesSkipped} skipped, ${summary.filesRemoved} removed): ` +
          `${summary.chunksEmbedded} chunks embedded, ${summary.chunksReused} reused, ${stats.chunks} in the index, ${summary.seconds.toFixed(1)} s`,
      );
      console.log(`index: ${engine.store.dir}`);
    }
  } finally {
    await engine.close();
  }
}

function showProgress(p: IndexProgress): void {
  if (!process.stderr.isTTY) return;
  process.stderr.write(`\r${p.phase}: ${p.filesDone}/${p.filesTotal} files, ${p.chunksEmbedded} chunks embedded, ${p.chunksReused} reused   `);
}
