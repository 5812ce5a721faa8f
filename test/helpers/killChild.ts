/**
 * A process for the kill test to kill: `node --import tsx killChild.ts MODE ROOT DB`, MODE one of
 * index (a first index at `demi`), deepen (every chunk raised to `short`, in small batches) or
 * optimize (compaction and the full-text index). It prints "working" and the time once the index
 * is open, and "done", the time and how many texts it embedded at the end.
 */
import { openEngine } from '../../src/core/engine';
import { deepenIndex } from '../../src/core/index/deepen';
import { indexFolder } from '../../src/core/index/indexer';
import { parseSize } from '../../src/core/model/ladder';

async function main(): Promise<void> {
  const [mode, root, db] = process.argv.slice(2);
  const engine = await openEngine({ root, db, providers: ['cpu'], threads: 1 });
  const layer = (name: string) => parseSize(name, engine.bundle.manifest.ladder).layer;
  // Counts what reaches the network, so the test can tell whether a restart redid stored work.
  let embedded = 0;
  const embed = engine.encoder.embed.bind(engine.encoder);
  engine.encoder.embed = (texts, ...rest) => {
    embedded += texts.length;
    return embed(texts, ...rest);
  };
  process.stdout.write(`working ${Date.now()}\n`);
  try {
    if (mode === 'index') await indexFolder({ root, store: engine.store, encoder: engine.encoder, depth: layer('demi'), embedBatch: 8 });
    else if (mode === 'deepen') await deepenIndex({ store: engine.store, encoder: engine.encoder, depth: layer('short'), batchSize: 8 });
    else if (mode === 'optimize') {
      await engine.store.optimize();
      await engine.store.ensureTextIndex();
    } else throw new Error(`unknown mode ${mode}`);
  } finally {
    await engine.close();
  }
  process.stdout.write(`done ${Date.now()} embedded ${embedded}\n`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
