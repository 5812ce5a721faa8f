import assert from 'node:assert/strict';
import { test } from 'node:test';
import { choose, leaveOneOut, objective, pickFirstNearBest, type Scored, type Setting } from '../../src/core/eval/loo';

// Three suites of one kind that like a factor of 0.5 and one of another kind that likes 1.
const liking: Record<string, number> = { a: 0.5, b: 0.5, c: 0.5, d: 1 };
const scored: Scored = {
  suites: [
    { name: 'a', kind: 'file' },
    { name: 'b', kind: 'file' },
    { name: 'c', kind: 'file' },
    { name: 'd', kind: 'span' },
  ],
  score: (name, s: Setting) => 0.8 - Math.abs(Number(s.factor) - liking[name]) * (name === 'd' ? 0.05 : 0.2),
};
const tunables = [{ name: 'factor', values: [1, 0.7, 0.5, 0.3] }];

test('the first value within 0.002 of the best wins, compared to three decimals', () => {
  assert.equal(pickFirstNearBest([0.822, 0.8271, 0.8269, 0.826]), 1);
  assert.equal(pickFirstNearBest([0.9, 0.8, 0.7]), 0);
});

test('each kind of suite counts once, however many suites it has', () => {
  const s = { factor: 1 };
  // file: 0.8 - 0.5*0.2 = 0.7 for each of three; span: 0.8.
  assert.ok(Math.abs(objective(scored, ['a', 'b', 'c', 'd'], s) - 0.75) < 1e-9);
});

test('leave one out: a suite is scored with the value the others chose, not its own', () => {
  const tilted: Scored = { ...scored, score: (name, s) => (name === 'a' ? 0.8 - 0.3 * Math.abs(Number(s.factor) - 0.3) : scored.score(name, s)) };
  const loo = leaveOneOut(tilted, tunables, { factor: 1 });
  assert.equal(loo.inSample.factor, 0.5);
  // Without d, only the file kind speaks, and it likes 0.5; without a, b and c still like 0.5.
  assert.equal(loo.heldOut.get('d')!.factor, 0.5);
  assert.equal(loo.heldOut.get('a')!.factor, 0.5);
  // a alone would have chosen 0.3: what it gets is what the others chose.
  assert.equal(choose(tilted, ['a'], tunables, { factor: 1 }).factor, 0.3);
});

test('a gain smaller than the tolerance does not move a value off the cautious first one', () => {
  const flat: Scored = { suites: scored.suites, score: (_, s) => 0.8 + (s.factor === 0.3 ? 0.0015 : 0) };
  assert.equal(choose(flat, ['a', 'b', 'c', 'd'], tunables, { factor: 1 }).factor, 1);
});

test('a tunable of one part (a size) is judged on that part: a gain there is not diluted by the parts it leaves alone', () => {
  // Seven parts; the weight moves part "a" only, by 0.01: a seventh of that on the mean is under the tolerance.
  const parts = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  const partScore = (p: string, s: Setting) => (p === 'a' && s.w === 2 ? 0.81 : 0.8);
  const bySize: Scored = {
    suites: [{ name: 's', kind: 'file' }],
    score: (_, s, scope) => (scope ? partScore(scope, s) : parts.reduce((a, p) => a + partScore(p, s), 0) / parts.length),
  };
  assert.equal(choose(bySize, ['s'], [{ name: 'w', values: [1, 2], scope: 'a' }], { w: 1 }).w, 2);
  assert.equal(choose(bySize, ['s'], [{ name: 'w', values: [1, 2] }], { w: 1 }).w, 1);
});
