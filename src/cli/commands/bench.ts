import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { defaultBundleDir, loadBundle } from '../../core/model/bundle';
import { Encoder } from '../../core/model/encoder';
import { storedLayers } from '../../core/model/ladder';
import { crawl, readSource } from '../../core/index/crawler';
import { chunkFile } from '../../core/index/chunkers';
import { embeddingInput } from '../../core/index/indexer';
import { peakRssMB } from '../../core/index/stages';
import type { Logger } from '../../core/log';
import { cliLogger } from '../output';
import { intOption, parse, UsageError } from '../args';
import { benchChunks } from './benchChunks';
import { benchQuery } from './benchQuery';
import { benchPeer } from './benchPeer';
import { benchScale } from './benchScale';

export const usage =
  'barista bench [--encode] [--corpus DIR] [--limit N] [--repeat N] [--threads N] [--json] | bench --query --dir D [--mode dense|hybrid] [--json] | bench --chunks [--corpus DIR] [--json] | bench --scale [--roots LABEL=DIR,...] [--points 10k,30k,100k] [--size shot] [--work DIR] [--vector-index-min-rows N] [--json] | bench --peer [--corpus DIR] [--limit N] [--repeat N] [--peer-model DIR] [--json]';

/**
 * The corpus when none is given: Barista's own source (src/ of the package, beside dist/ and, in
 * tests, three levels above this file): real code that every clone has.
 */
export function defaultCorpus(): string {
  const candidates = [path.resolve(__dirname, '..', 'src'), path.resolve(__dirname, '..', '..', '..', 'src')];
  const found = candidates.find((c) => existsSync(path.join(c, 'core')));
  if (!found) throw new UsageError("no default corpus (Barista's src/ folder is not beside this build): give --corpus DIR");
  return found;
}

/** The embedding inputs of a corpus's first `limit` chunks, in crawl order: the texts every encode benchmark runs on. */
export async function corpusTexts(corpus: string, encoder: Encoder, limit: number, logger: Logger): Promise<string[]> {
  const texts: string[] = [];
  for await (const file of crawl(corpus, { logger })) {
    const source = await readSource(file, { logger });
    if ('skipped' in source) continue;
    const chunks = await chunkFile(file.path, source.text, { maxTokens: 256, countTokens: (t) => encoder.tokenizer.count(t) });
    texts.push(...chunks.map(embeddingInput));
    if (texts.length >= limit) break;
  }
  return texts.slice(0, limit);
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parse(argv, {
    encode: { type: 'boolean', default: false },
    query: { type: 'boolean', default: false },
    chunks: { type: 'boolean', default: false },
    corpus: { type: 'string' },
    limit: { type: 'string' },
    repeat: { type: 'string' },
    mode: { type: 'string' },
    scale: { type: 'boolean', default: false },
    peer: { type: 'boolean', default: false },
    phase: { type: 'string' },
    texts: { type: 'string' },
    'peer-model': { type: 'string' },
    'scale-point': { type: 'boolean', default: false },
    roots: { type: 'string' },
    points: { type: 'string' },
    work: { type: 'string' },
    'vector-index-min-rows': { type: 'string' },
  });
  if (values.scale) return benchScale(values);
  if (values.peer) return benchPeer(values);
  if (values.query) return benchQuery(values);
  const corpus = path.resolve(values.corpus ?? defaultCorpus());
  if (!existsSync(corpus)) throw new UsageError(`--corpus ${values.corpus}: no such folder`);
  if (values.chunks) return benchChunks(values, corpus);
  // --encode is what bench measures when nothing else is asked.
  const limit = intOption(values.limit, 'limit', 256);
  const repeat = intOption(values.repeat, 'repeat', 3);
  const threads = intOption(values.threads, 'threads', 2);
  const logger = cliLogger(values);
  const bundle = await loadBundle(values.model ?? defaultBundleDir());
  const encoder = await Encoder.open(bundle, { threads, logger });
  try {
    const texts = await corpusTexts(corpus, encoder, limit, logger);
    const tokens = texts.reduce((a, t) => a + encoder.tokenizer.encode(t, 'document').length, 0);
    await encoder.embed(texts.slice(0, 8), storedLayers(bundle.manifest.ladder).at(-1)!.layer, 'document');
    const rows = [];
    for (const size of bundle.manifest.ladder) {
      // The fastest of a few runs: on a shared machine the slower ones measure the neighbours.
      let seconds = Infinity;
      for (let r = 0; r < repeat; r++) {
        const started = performance.now();
        await encoder.embed(texts, size.layer, 'document');
        seconds = Math.min(seconds, (performance.now() - started) / 1000);
      }
      rows.push({ size: size.name, layer: size.layer, dim: size.dim, seconds, chunksPerSecond: texts.length / seconds, tokensPerSecond: tokens / seconds });
    }
    // The whole run's peak: the deepest size, run last, sets it.
    const result = {
      corpus,
      chunks: texts.length,
      tokens,
      threads,
      repeat,
      provider: encoder.provider,
      model: bundle.manifest.name,
      sizes: rows,
      peakRssMB: peakRssMB(),
    };
    if (values.json) console.log(JSON.stringify(result));
    else {
      console.log(`${texts.length} chunks (${tokens} tokens) from ${corpus}, ${threads} threads, ${encoder.provider}`);
      console.log('size      layer  dim   seconds  chunks/s  tokens/s');
      for (const r of rows) {
        console.log(
          `${r.size.padEnd(9)} ${String(r.layer).padStart(5)} ${String(r.dim).padStart(4)} ${r.seconds.toFixed(2).padStart(9)} ${r.chunksPerSecond.toFixed(1).padStart(9)} ${r.tokensPerSecond.toFixed(0).padStart(9)}`,
        );
      }
      const first = rows[0];
      const last = rows[rows.length - 1];
      console.log(`shallowest/deepest throughput: ${(first.chunksPerSecond / last.chunksPerSecond).toFixed(2)}x`);
      console.log(`peak RSS: ${result.peakRssMB} MB`);
    }
  } finally {
    await encoder.close();
  }
}
