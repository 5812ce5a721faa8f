import * as path from 'node:path';
import { defaultSearchSize } from '../../core/index/status';
import { cliLogger } from '../output';
import { NOT_SEARCHABLE, parseSize, type Size } from '../../core/model/ladder';
import { parseInlineFilters } from '../../core/search/inlineFilters';
import type { SearchMode, SearchResult } from '../../core/search/searcher';
import type { Engine } from '../../core/engine';
import { intOption, parse, rankingOption, RANKING_OFF_USAGE, UsageError } from '../args';
import { colorEnabled, painter } from '../color';
import { NoIndexError } from '../exit';
import { openIndexed } from '../indexed';

export const usage = `barista search <query, with optional lang:L kind:code|docs in:FOLDER> [--dir D] [--db D] [--size NAME|LAYER:DIM] [--mode dense|text|hybrid] [--k N] [--group] [--kind code|docs] ${RANKING_OFF_USAGE} [--json]`;

export function parseMode(value: string | undefined): SearchMode {
  if (value === undefined) return 'hybrid';
  if (value === 'dense' || value === 'text' || value === 'hybrid') return value;
  throw new UsageError(`--mode must be dense, text or hybrid, got "${value}"`);
}

/** The size to query at: the one asked for, or the deepest that every indexed chunk has. */
export async function querySize(engine: Engine, asked: string | undefined): Promise<Size> {
  const ladder = engine.bundle.manifest.ladder;
  if (asked) return parseSize(asked, ladder);
  const depth = await engine.store.searchableDepth();
  if (depth === NOT_SEARCHABLE) throw new NoIndexError(`the index at ${engine.store.dir} is empty: run "barista index ${engine.root}" first`);
  return defaultSearchSize(ladder, depth)!;
}

export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, {
    mode: { type: 'string' },
    k: { type: 'string' },
    group: { type: 'boolean', default: false },
    kind: { type: 'string' },
    'ranking-off': { type: 'string' },
  });
  const { query, filter, problems } = parseInlineFilters(positionals.join(' '));
  if (problems.length) throw new UsageError(problems.join('; '));
  if (!query) throw new UsageError(usage);
  if (values.kind && values.kind !== 'code' && values.kind !== 'docs') throw new UsageError('--kind must be code or docs');
  if (values.kind) filter.kind = values.kind as 'code' | 'docs';
  // Arguments are checked before the model loads, so a typo costs no wait.
  const mode = parseMode(values.mode);
  const k = intOption(values.k, 'k', 10);
  const ranking = rankingOption(values['ranking-off']);
  const root = path.resolve(values.dir ?? '.');
  const engine = await openIndexed({ root, db: values.db, model: values.model, logger: cliLogger(values), access: 'read' });
  try {
    const size = await querySize(engine, values.size);
    const started = performance.now();
    const results = await engine.searcher.search(query, {
      size,
      mode,
      k,
      groupByFile: values.group,
      filter: Object.keys(filter).length ? filter : undefined,
      ranking,
    });
    const ms = performance.now() - started;
    if (values.json) console.log(JSON.stringify({ query, size, ms, results: results.map(({ text: _text, ...r }) => r) }));
    else printResults(results, `${results.length} results at ${size.name} in ${ms.toFixed(0)} ms`);
  } finally {
    await engine.close();
  }
}

export function printResults(results: SearchResult[], footer: string): void {
  const paint = painter(colorEnabled(process.stdout));
  results.forEach((r, i) => {
    const where = paint('cyan', `${r.path}:${r.startLine}-${r.endLine}`);
    console.log(`${String(i + 1).padStart(2)}. ${where}${r.symbol ? `  ${paint('bold', r.symbol)}` : ''}  ${paint('dim', `(${r.score.toFixed(4)})`)}`);
    if (r.snippet.text) console.log(`      ${paint('dim', `${r.snippet.line}:`)} ${r.snippet.text}`);
  });
  console.log(footer);
}
