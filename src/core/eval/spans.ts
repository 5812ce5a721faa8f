/**
 * Chunk-level scoring of span suites (../shared/eval/semble-dev), as the semble benchmark scores
 * them: the top ten chunks, not files; a chunk covers a target when it is in the target's file and,
 * for a target with lines, shares at least one line with it; each target counts once, at the rank of
 * the first chunk that covers it; two targets first covered by the same chunk fill one rank.
 */
import { normalizePath, type QueryScores } from './metrics';

export interface Target {
  path: string;
  /** 1-based, inclusive; both absent for a whole-file target. */
  startLine?: number;
  endLine?: number;
}

export interface RankedChunk {
  path: string;
  startLine: number;
  endLine: number;
}

export function covers(chunk: RankedChunk, target: Target): boolean {
  if (normalizePath(chunk.path) !== normalizePath(target.path)) return false;
  if (target.startLine === undefined || target.endLine === undefined) return true;
  return chunk.endLine >= target.startLine && chunk.startLine <= target.endLine;
}

/** 1-based rank of the first chunk covering each target, or 0 when none of the first `depth` does. */
function firstRanks(chunks: readonly RankedChunk[], targets: readonly Target[], depth: number): number[] {
  const top = chunks.slice(0, depth);
  return targets.map((t) => top.findIndex((c) => covers(c, t)) + 1);
}

/**
 * nDCG@10 with set gains (semble's rule), MRR@10 of the first covered target, and the share of
 * targets covered by the top 10 and top 50 chunks. `targets` is relevant followed by secondary.
 */
export function scoreSpans(chunks: readonly RankedChunk[], targets: readonly Target[]): QueryScores {
  const n = targets.length;
  if (n === 0) return { ndcg10: 0, mrr10: 0, recall10: 0, recall50: 0 };
  const ranks10 = firstRanks(chunks, targets, 10);
  const gains = new Array<number>(10).fill(0);
  for (const r of ranks10) if (r > 0) gains[r - 1] = 1;
  const dcg = gains.reduce((sum, g, i) => sum + g / Math.log2(i + 2), 0);
  let idcg = 0;
  for (let i = 1; i <= Math.min(10, n); i++) idcg += 1 / Math.log2(i + 1);
  const hit = ranks10.filter((r) => r > 0);
  const first = hit.length ? Math.min(...hit) : 0;
  return {
    ndcg10: dcg / idcg,
    mrr10: first ? 1 / first : 0,
    recall10: hit.length / n,
    recall50: firstRanks(chunks, targets, 50).filter((r) => r > 0).length / n,
  };
}
