import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planBatches } from '../../src/core/model/batching';

test('every input lands in exactly one batch', () => {
  const lengths = [5, 300, 12, 12, 80, 7, 512, 3];
  const batches = planBatches(lengths, 3, 1000);
  assert.deepEqual(
    batches.flat().sort((a, b) => a - b),
    lengths.map((_, i) => i),
  );
});

test('batches respect the item cap and the padded-token budget', () => {
  const lengths = Array.from({ length: 50 }, (_, i) => 10 + ((i * 37) % 200));
  for (const batch of planBatches(lengths, 8, 600)) {
    assert.ok(batch.length <= 8);
    const longest = Math.max(...batch.map((i) => lengths[i]));
    assert.ok(batch.length === 1 || batch.length * longest <= 600, `batch of ${batch.length} x ${longest} over budget`);
  }
});

test('similar lengths are grouped together, so padding stays small', () => {
  const batches = planBatches([100, 5, 98, 6, 99, 4], 3, 10_000);
  assert.deepEqual(
    batches.map((b) => b.sort()),
    [
      [0, 2, 4],
      [1, 3, 5],
    ],
  );
});
