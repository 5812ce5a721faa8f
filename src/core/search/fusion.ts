/**
 * Reciprocal-rank fusion: each list votes weight/(k + rank) for its items. Ranks, not scores, are
 * fused, so cosine similarities and BM25 scores need no common scale. k = 60 as in Cormack et al.
 * (2009). Weights let a list be trusted more or less (see denseWeight for the dense list).
 */
export function reciprocalRankFusion<T>(
  lists: readonly (readonly T[])[],
  key: (item: T) => string,
  k = 60,
  weights?: readonly number[],
): { item: T; score: number }[] {
  const fused = new Map<string, { item: T; score: number }>();
  lists.forEach((list, l) => {
    const weight = weights?.[l] ?? 1;
    list.forEach((item, rank) => {
      const id = key(item);
      const entry = fused.get(id) ?? { item, score: 0 };
      entry.score += weight / (k + rank + 1);
      fused.set(id, entry);
    });
  });
  return [...fused.values()].sort((a, b) => b.score - a.score);
}
