/**
 * Reciprocal-rank fusion: each list votes 1/(k + rank) for its items. Ranks, not scores, are fused,
 * so cosine similarities and BM25 scores need no common scale. k = 60 as in Cormack et al. (2009).
 */
export function reciprocalRankFusion<T>(lists: readonly (readonly T[])[], key: (item: T) => string, k = 60): { item: T; score: number }[] {
  const fused = new Map<string, { item: T; score: number }>();
  for (const list of lists) {
    list.forEach((item, rank) => {
      const id = key(item);
      const entry = fused.get(id) ?? { item, score: 0 };
      entry.score += 1 / (k + rank + 1);
      fused.set(id, entry);
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score);
}
