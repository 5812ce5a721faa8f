#!/usr/bin/env node
// Renders `barista eval --json` output (one JSON object per line, one per suite) as Markdown tables:
// nDCG@10 per suite for each (size, mode), and with a second file, "before -> after" in each cell.
//   node scripts/eval-table.mjs after.jsonl [before.jsonl] [--mode hybrid] [--sizes trenta,demi]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const modes = (option('mode') ?? 'dense,text,hybrid').split(',');
const sizesWanted = option('sizes')?.split(',');
const [afterFile, beforeFile] = args;
if (!afterFile) {
  console.error('usage: eval-table.mjs after.jsonl [before.jsonl] [--mode M,...] [--sizes S,...]');
  process.exit(2);
}
const read = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l));
const after = read(afterFile);
const before = beforeFile ? read(beforeFile) : [];
const score = (reports, suite, size, mode) => reports.find((r) => r.suite === suite)?.runs.find((r) => r.size === size && r.mode === mode)?.ndcg10;
const f = (x) => (x === undefined ? '-' : x.toFixed(3));
const sizes = sizesWanted ?? [...new Set(after[0].runs.map((r) => r.size))];
for (const mode of modes) {
  console.log(`\n**${mode}** (${after[0].metric ?? 'nDCG@10'})\n`);
  console.log(`| suite | ${sizes.join(' | ')} |`);
  console.log(`|---|${sizes.map(() => '---').join('|')}|`);
  for (const report of after) {
    const cells = sizes.map((size) => {
      const a = score(after, report.suite, size, mode);
      const b = score(before, report.suite, size, mode);
      return before.length ? `${f(b)} → ${f(a)}` : f(a);
    });
    console.log(`| ${report.suite} | ${cells.join(' | ')} |`);
  }
}
