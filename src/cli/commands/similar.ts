import * as path from 'node:path';
import { cliLogger } from '../output';
import { intOption, parse, UsageError } from '../args';
import { openIndexed } from '../indexed';
import { printResults, querySize } from './search';

export const usage = 'barista similar <path>:<line> [--dir D] [--db D] [--size NAME|LAYER:DIM] [--k N] [--group] [--json]';

export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, { k: { type: 'string' }, group: { type: 'boolean', default: false } });
  const m = /^(.+):(\d+)$/.exec(positionals[0] ?? '');
  if (!m) throw new UsageError(usage);
  const k = intOption(values.k, 'k', 10);
  const root = path.resolve(values.dir ?? '.');
  // The path may be given relative to the shell or to the indexed folder.
  const abs = path.resolve(m[1]);
  const rel = (abs.startsWith(root + path.sep) ? path.relative(root, abs) : m[1]).split(path.sep).join('/');
  const engine = await openIndexed({ root, db: values.db, model: values.model, logger: cliLogger(values), access: 'read' });
  try {
    const size = await querySize(engine, values.size);
    const { source, results } = await engine.searcher.similar(rel, Number(m[2]), { size, k, groupByFile: values.group });
    if (values.json) console.log(JSON.stringify({ source, size, results: results.map(({ text: _text, ...r }) => r) }));
    else {
      console.log(`similar to ${source.path}:${source.startLine}-${source.endLine}${source.symbol ? ` (${source.symbol})` : ''}`);
      printResults(results, `${results.length} results at ${size.name}`);
    }
  } finally {
    await engine.close();
  }
}
