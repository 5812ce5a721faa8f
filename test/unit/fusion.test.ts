import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reciprocalRankFusion } from '../../src/core/search/fusion';

test('an item both lists rank well beats an item only one list ranks first', () => {
  const dense = ['a', 'b', 'c'];
  const text = ['d', 'b', 'a'];
  const fused = reciprocalRankFusion([dense, text], (x) => x).map((f) => f.item);
  assert.deepEqual(fused.slice(0, 2).sort(), ['a', 'b']);
  assert.deepEqual(fused.slice(2).sort(), ['c', 'd']);
});

test('scores are the sum of 1/(k + rank)', () => {
  const fused = reciprocalRankFusion([['x'], ['y', 'x']], (v) => v, 60);
  const x = fused.find((f) => f.item === 'x')!;
  assert.ok(Math.abs(x.score - (1 / 61 + 1 / 62)) < 1e-12);
  assert.equal(fused[0].item, 'x');
});
