/**
 * Groups inputs of similar token length so that padding stays small: sorts by length and fills each
 * batch up to `maxBatch` items and `tokenBudget` padded tokens (items x longest item).
 */
export function planBatches(lengths: readonly number[], maxBatch: number, tokenBudget: number): number[][] {
  const order = lengths.map((_, i) => i).sort((a, b) => lengths[b] - lengths[a]);
  const batches: number[][] = [];
  let current: number[] = [];
  let longest = 0;
  for (const i of order) {
    const nextLongest = Math.max(longest, lengths[i]);
    if (current.length > 0 && (current.length >= maxBatch || (current.length + 1) * nextLongest > tokenBudget)) {
      batches.push(current);
      current = [];
    }
    longest = current.length === 0 ? lengths[i] : Math.max(longest, lengths[i]);
    current.push(i);
  }
  if (current.length) batches.push(current);
  return batches;
}
