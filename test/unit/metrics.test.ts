import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distinctFiles, meanScores, scoreQuery } from '../../src/core/eval/metrics';

test('chunks become files ranked by their best chunk (the README example)', () => {
  assert.deepEqual(distinctFiles(['a.py', 'a.py', 'b.md', './a.py', 'c.py', 'dir\\d.py']), ['a.py', 'b.md', 'c.py', 'dir/d.py']);
});

test('nDCG, MRR and recall with binary gains', () => {
  const s = scoreQuery(['x', 'a', 'y', 'b'], ['a', 'b']);
  const dcg = 1 / Math.log2(3) + 1 / Math.log2(5);
  const idcg = 1 + 1 / Math.log2(3);
  assert.ok(Math.abs(s.ndcg10 - dcg / idcg) < 1e-12);
  assert.equal(s.mrr10, 0.5);
  assert.equal(s.recall10, 1);
  assert.equal(s.recall50, 1);
});

test('a relevant file past rank 10 counts only for recall@50', () => {
  const ranked = Array.from({ length: 20 }, (_, i) => `f${i}`);
  const s = scoreQuery(ranked, ['f12']);
  assert.deepEqual(s, { ndcg10: 0, mrr10: 0, recall10: 0, recall50: 1 });
});

test('no results score zero and still count in the mean', () => {
  const zero = scoreQuery([], ['a']);
  assert.deepEqual(zero, { ndcg10: 0, mrr10: 0, recall10: 0, recall50: 0 });
  const perfect = scoreQuery(['a'], ['a']);
  assert.equal(meanScores([zero, perfect]).ndcg10, 0.5);
});
