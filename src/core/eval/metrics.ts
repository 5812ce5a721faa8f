/**
 * File-level retrieval metrics, as ../shared/eval/README.md defines them: chunks become a ranked list
 * of distinct files (a file ranks where its best chunk ranks), then binary-gain nDCG@10, MRR@10,
 * Recall@10 and Recall@50 per query, macro-averaged.
 */
export interface QueryScores {
  ndcg10: number;
  mrr10: number;
  recall10: number;
  recall50: number;
}

export function normalizePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

export function distinctFiles(chunkPaths: readonly string[]): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  for (const p of chunkPaths) {
    const f = normalizePath(p);
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  }
  return files;
}

export function scoreQuery(rankedFiles: readonly string[], relevant: readonly string[]): QueryScores {
  const rel = new Set(relevant.map(normalizePath));
  let dcg = 0;
  let mrr = 0;
  let hits10 = 0;
  let hits50 = 0;
  rankedFiles.slice(0, 50).forEach((f, i) => {
    if (!rel.has(f)) return;
    const rank = i + 1;
    if (rank <= 10) {
      dcg += 1 / Math.log2(rank + 1);
      hits10++;
      if (mrr === 0) mrr = 1 / rank;
    }
    hits50++;
  });
  let idcg = 0;
  for (let i = 1; i <= Math.min(rel.size, 10); i++) idcg += 1 / Math.log2(i + 1);
  return {
    ndcg10: idcg > 0 ? dcg / idcg : 0,
    mrr10: mrr,
    recall10: rel.size ? hits10 / rel.size : 0,
    recall50: rel.size ? hits50 / rel.size : 0,
  };
}

export function meanScores(scores: readonly QueryScores[]): QueryScores {
  const n = scores.length || 1;
  const sum = (key: keyof QueryScores) => scores.reduce((a, s) => a + s[key], 0) / n;
  return { ndcg10: sum('ndcg10'), mrr10: sum('mrr10'), recall10: sum('recall10'), recall50: sum('recall50') };
}
