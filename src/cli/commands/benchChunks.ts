import * as path from 'node:path';
import { chunkFile } from '../../core/index/chunkers';
import { crawl, readSource } from '../../core/index/crawler';
import { chunkBudget } from '../../core/index/indexer';
import { cliLogger } from '../output';
import { defaultBundleDir, loadBundle } from '../../core/model/bundle';
import { TextTokenizer } from '../../core/model/tokenizer';

interface Tally {
  files: number;
  lines: number[];
  tokens: number[];
}

const percentile = (sorted: number[], p: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);

function summary(t: Tally) {
  const lines = [...t.lines].sort((a, b) => a - b);
  const tokens = [...t.tokens].sort((a, b) => a - b);
  return {
    files: t.files,
    chunks: lines.length,
    chunksPerFile: lines.length / (t.files || 1),
    lines: { p10: percentile(lines, 10), p50: percentile(lines, 50), p90: percentile(lines, 90), max: lines.at(-1) ?? 0 },
    tokens: { p10: percentile(tokens, 10), p50: percentile(tokens, 50), p90: percentile(tokens, 90) },
    oneLineShare: lines.filter((n) => n === 1).length / (lines.length || 1),
  };
}

/**
 * How a corpus is chunked, per language and overall: chunks per file, the distribution of chunk
 * lengths in lines and tokens, and the share of one-line chunks. No model run, only the tokenizer.
 */
export async function benchChunks(values: { corpus?: string; model?: string; json: boolean; verbose: boolean }, corpusDefault: string): Promise<void> {
  const corpus = path.resolve(values.corpus ?? corpusDefault);
  const logger = cliLogger(values);
  const bundle = await loadBundle(values.model ?? defaultBundleDir());
  const tokenizer = new TextTokenizer(bundle);
  const maxTokens = chunkBudget(bundle.manifest);
  const tallies = new Map<string, Tally>();
  const tally = (key: string) => tallies.get(key) ?? (tallies.set(key, { files: 0, lines: [], tokens: [] }).get(key) as Tally);
  for await (const file of crawl(corpus, { logger })) {
    const source = await readSource(file, { logger });
    if ('skipped' in source) continue;
    const chunks = await chunkFile(file.path, source.text, { maxTokens, countTokens: (t) => tokenizer.count(t), logger });
    if (!chunks.length) continue;
    for (const t of [tally('all'), tally(chunks[0].language)]) {
      t.files++;
      for (const c of chunks) {
        t.lines.push(c.endLine - c.startLine + 1);
        t.tokens.push(tokenizer.count(c.text));
      }
    }
  }
  const rows = [...tallies].map(([language, t]) => ({ language, ...summary(t) })).sort((a, b) => b.chunks - a.chunks);
  if (values.json) {
    console.log(JSON.stringify({ corpus, maxTokens, languages: rows }));
    return;
  }
  console.log(`${corpus}: chunks of at most ${maxTokens} tokens`);
  console.log('language       files  chunks  per file  lines p10/p50/p90   tokens p10/p50/p90  one-line');
  for (const r of rows) {
    console.log(
      `${r.language.padEnd(13)} ${String(r.files).padStart(6)} ${String(r.chunks).padStart(7)} ${r.chunksPerFile.toFixed(1).padStart(9)}  ${`${r.lines.p10}/${r.lines.p50}/${r.lines.p90}`.padStart(17)}  ${`${r.tokens.p10}/${r.tokens.p50}/${r.tokens.p90}`.padStart(18)}  ${(100 * r.oneLineShare).toFixed(1).padStart(7)}%`,
    );
  }
}
