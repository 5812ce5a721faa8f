/** Small statistics the benchmarks report. */

/** The p-quantile (0..1) of `xs` by the nearest-rank method: a value that occurred. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) throw new Error('percentile of no values');
  if (!(p >= 0 && p <= 1)) throw new Error(`percentile ${p} is not between 0 and 1`);
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/**
 * Recall@k of an approximate result list against the exact one: the share of the exact top k
 * (or of all of it, when it holds fewer) that the approximate top k also holds. 1 when both are empty.
 */
export function recallAtK(approximate: readonly string[], exact: readonly string[], k: number): number {
  const truth = exact.slice(0, k);
  if (truth.length === 0) return 1;
  const found = new Set(approximate.slice(0, k));
  return truth.filter((id) => found.has(id)).length / truth.length;
}

/** The mean of `xs` (NaN for none). */
export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
