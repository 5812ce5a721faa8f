import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { meanOverSuites, type EvalRun } from '../../src/core/eval/evaluate';
import { readPeerFigures } from '../../src/core/eval/peers';
import { covers, scoreSpans } from '../../src/core/eval/spans';
import { loadSuite, suitesIn } from '../../src/core/eval/suite';

const chunk = (p: string, startLine: number, endLine: number) => ({ path: p, startLine, endLine });
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} != ${b}`);

test('a chunk covers a whole-file target anywhere in the file, a span target only where the lines meet', () => {
  assert.ok(covers(chunk('a.rb', 100, 120), { path: 'a.rb' }));
  assert.ok(!covers(chunk('b/a.rb', 1, 5), { path: 'a.rb' }), 'paths match exactly, not by suffix');
  assert.ok(covers(chunk('a.rb', 60, 70), { path: 'a.rb', startLine: 23, endLine: 62 }));
  assert.ok(covers(chunk('a.rb', 10, 23), { path: 'a.rb', startLine: 23, endLine: 62 }));
  assert.ok(!covers(chunk('a.rb', 63, 70), { path: 'a.rb', startLine: 23, endLine: 62 }));
});

test('each target counts once, at the rank of the first chunk covering it', () => {
  const s = scoreSpans([chunk('x', 1, 2), chunk('a', 1, 9), chunk('a', 10, 20), chunk('b', 1, 1)], [{ path: 'a' }, { path: 'b' }]);
  const dcg = 1 / Math.log2(3) + 1 / Math.log2(5);
  close(s.ndcg10, dcg / (1 + 1 / Math.log2(3)));
  assert.equal(s.mrr10, 0.5);
  assert.equal(s.recall10, 1);
});

test('two targets first covered by one chunk fill one rank, so the query cannot reach 1', () => {
  const targets = [
    { path: 'a', startLine: 1, endLine: 3 },
    { path: 'a', startLine: 5, endLine: 8 },
  ];
  const s = scoreSpans([chunk('a', 1, 10)], targets);
  close(s.ndcg10, 1 / (1 + 1 / Math.log2(3)));
  assert.equal(s.recall10, 1);
});

test('a target past the tenth chunk counts only for recall@50; no targets or no chunks score zero', () => {
  const chunks = Array.from({ length: 20 }, (_, i) => chunk(`f${i}`, 1, 1));
  assert.deepEqual(scoreSpans(chunks, [{ path: 'f12' }]), { ndcg10: 0, mrr10: 0, recall10: 0, recall50: 1 });
  assert.deepEqual(scoreSpans([], [{ path: 'a' }]), { ndcg10: 0, mrr10: 0, recall10: 0, recall50: 0 });
  assert.deepEqual(scoreSpans(chunks, []), { ndcg10: 0, mrr10: 0, recall10: 0, recall50: 0 });
});

function suiteDir(root: string, name: string, lines: object[]): string {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, 'corpus'), { recursive: true });
  writeFileSync(path.join(dir, 'queries.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
  return dir;
}

test('a span suite reads targets (relevant then secondary) and categories; a file suite keeps its kinds', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'barista-suite-'));
  const span = suiteDir(root, 'rack', [
    { id: 'q1', query: 'Rack::Response', relevant: [{ path: 'response.rb', start_line: 23, end_line: 62 }], secondary: [{ path: 'x.rb' }], category: 'symbol' },
  ]);
  const file = suiteDir(root, 'req', [{ id: 'q1', query: 'redirect', relevant: ['a.py'], kind: 'docs' }]);
  const s = loadSuite(span);
  assert.equal(s.level, 'span');
  assert.deepEqual(s.queries[0], {
    level: 'span',
    id: 'q1',
    query: 'Rack::Response',
    category: 'symbol',
    targets: [{ path: 'response.rb', startLine: 23, endLine: 62 }, { path: 'x.rb' }],
  });
  assert.equal(loadSuite(file).level, 'file');
  assert.deepEqual(
    suitesIn(root).map((d) => path.basename(d)),
    ['rack', 'req'],
  );
  const linked = mkdtempSync(path.join(tmpdir(), 'barista-linked-'));
  symlinkSync(span, path.join(linked, 'rack'));
  assert.deepEqual(
    suitesIn(linked).map((d) => path.basename(d)),
    ['rack'],
    'a linked suite counts',
  );
  const broken = suiteDir(root, 'broken', [{ id: 'q1', query: 'x', relevant: [{ path: 'a', start_line: 3 }] }]);
  assert.throws(() => loadSuite(broken), /both start_line and end_line/);
});

const run = (size: string, mode: 'dense' | 'hybrid', ndcg10: number, categories?: Record<string, number>): EvalRun => ({
  size,
  layer: 1,
  dim: 16,
  mode,
  ndcg10,
  mrr10: ndcg10,
  recall10: 1,
  recall50: 1,
  perQuery: {},
  categories: categories && Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, { ndcg10: v, mrr10: v }])),
});

test('the mean over suites counts each suite once, and a category over the suites that have it', () => {
  const [dense, hybrid] = meanOverSuites([
    [run('demi', 'dense', 0.2, { symbol: 0.1 }), run('demi', 'hybrid', 0.4, { symbol: 0.3, semantic: 0.5 })],
    [run('demi', 'dense', 0.6, { symbol: 0.5 }), run('demi', 'hybrid', 0.8, { symbol: 0.7 })],
  ]);
  close(dense.ndcg10, 0.4);
  close(hybrid.ndcg10, 0.6);
  close(hybrid.categories!.symbol.ndcg10, 0.5);
  close(hybrid.categories!.semantic.ndcg10, 0.5);
  assert.equal(dense.code, undefined, 'span-level suites have no code/docs split: the mean gets none either');
  assert.equal(dense.docs, undefined);
});

test('published figures are read from the README table, leaving out columns that are not scores', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'barista-peers-'));
  writeFileSync(
    path.join(root, 'README.md'),
    '# x\n\n## Published figures (authors)\n\nintro\n\n| suite | tool A | tool B | chunks |\n| --- | ---: | ---: | ---: |\n| rack | 0.893 | — | 249 |\n| mean of 1 | 0.893 | 0.5 | |\n\nSources\n',
  );
  const peers = readPeerFigures(root)!;
  assert.deepEqual(peers.tools, ['tool A', 'tool B']);
  assert.deepEqual(peers.bySuite.get('rack'), [0.893, undefined]);
  assert.equal(readPeerFigures(path.join(root, 'none')), undefined);
});
