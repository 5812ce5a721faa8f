/**
 * The ranking stage between retrieval and results: fused candidates in, the order a person wants
 * out. Each signal is a small pure function (query.ts, paths.ts, definitions.ts); this file decides
 * how much each counts. Bonuses are relative to the best fused score, so they mean the same for
 * rank-fused, cosine and BM25 scores.
 *
 * 1. Names: a chunk that defines a name the query mentions goes up (a lot for a query that is a
 *    name, half as much for a name inside a question), more when its file is named after it too;
 *    a chunk of a file named after it, a little.
 * 2. Path words: a question's words in the file or folder name lift the file's chunks.
 * 3. Roles: tests, examples, vendored and generated code count less (each can be turned off).
 * 4. Code and docs: a query about code (one that is a name, or says "function", "class") puts
 *    documentation below code, one that asks for documentation ("docs", "guide") puts code below
 *    prose; any other query ranks both alike, since prose questions are as often answered by a
 *    guide as by the code. Documentation stays in the index either way.
 * 5. Diversity: each further chunk of a file already ranked counts half as much as the one before,
 *    so the first ten results cover several places rather than one file's neighbouring chunks.
 */
import type { ChunkKind } from '../index/chunk';
import { definesName } from './definitions';
import { pathKeywordShare, pathRole, stemMatches, type PathRole } from './paths';
import { lastPart, type QueryAnalysis } from './query';

export interface RankableChunk {
  id: string;
  path: string;
  kind: ChunkKind;
  symbol: string;
  text: string;
}

export interface Ranked<T extends RankableChunk> {
  row: T;
  score: number;
}

export type DemotedRole = Exclude<PathRole, 'source'>;

export interface RankingOptions {
  /** Roles ranked lower; a role set to false ranks like source code. */
  demote: Record<DemotedRole, boolean>;
  /** Further chunks of a file already ranked count less. */
  diversity: boolean;
}

export const DEFAULT_RANKING: RankingOptions = {
  demote: { test: true, example: true, vendored: true, generated: true },
  diversity: true,
};

/** Names of what `rankingWithout` can turn off: a demoted role, diversity, or `all` (no ranking stage). */
export const RANKING_PARTS = ['test', 'example', 'vendored', 'generated', 'diversity', 'all'] as const;

export class RankingOptionError extends Error {
  override name = 'RankingOptionError';
}

/** The default ranking with some parts off (`test,diversity`); `all` turns the whole stage off. */
export function rankingWithout(parts: readonly string[]): RankingOptions | false {
  for (const p of parts) {
    if (!(RANKING_PARTS as readonly string[]).includes(p)) throw new RankingOptionError(`unknown ranking part "${p}": expected ${RANKING_PARTS.join(', ')}`);
  }
  if (parts.includes('all')) return false;
  const demote = { ...DEFAULT_RANKING.demote };
  for (const role of Object.keys(demote) as DemotedRole[]) if (parts.includes(role)) demote[role] = false;
  return { demote, diversity: !parts.includes('diversity') };
}

/** Score multipliers per role: below every real match of source code, above nothing at all. */
export const ROLE_FACTOR: Record<DemotedRole, number> = { test: 0.3, example: 0.3, vendored: 0.3, generated: 0.5 };
/** Bonus, in units of the best fused score, for a chunk defining a name that is the whole query. */
export const DEFINITION_BONUS = 3;
/** The same inside a question: half, so a question's other words still count. */
export const MENTION_BONUS = 1.5;
/** Extra factor when the defining chunk's file is also named after the name (`Job` in `Job.kt`). */
export const NAMED_FILE_FACTOR = 1.5;
/** Bonus share for a chunk of a file named after the name that does not itself define it. */
export const NAMED_FILE_ONLY = 0.25;
/**
 * A question's path-word share below this is chance: one common word of a long question. One word
 * of up to ten counts ("panic recovery middleware" -> recovery.go; "how absl hash tables implement
 * open addressing and SIMD probing" -> raw_hash_set.h). 0.2 scored lower on semble-dev and requests.
 */
export const MIN_PATH_SHARE = 0.1;
/** How much the other kind (code vs docs) counts when the query asks for one kind. */
export const OTHER_KIND_FACTOR = 0.5;
/** Each further chunk of a ranked file counts this much of the one before it. */
export const FILE_DECAY = 0.5;

/** The bonus for names, in units of the best score: the best over the names the query mentions. */
export function nameBonus(chunk: RankableChunk, query: QueryAnalysis): number {
  const strength = query.intent === 'symbol' ? DEFINITION_BONUS : MENTION_BONUS;
  let best = 0;
  for (const name of query.symbols) {
    const named = stemMatches(chunk.path, lastPart(name));
    const bonus = definesName(chunk, name) ? strength * (named ? NAMED_FILE_FACTOR : 1) : named ? strength * NAMED_FILE_ONLY : 0;
    best = Math.max(best, bonus);
  }
  return best;
}

export function pathBonus(chunk: RankableChunk, query: QueryAnalysis): number {
  if (query.intent !== 'question') return 0;
  const share = pathKeywordShare(chunk.path, query.keywords);
  return share >= MIN_PATH_SHARE ? share : 0;
}

export function roleFactor(path: string, options: RankingOptions): number {
  const role = pathRole(path);
  return role !== 'source' && options.demote[role] ? ROLE_FACTOR[role] : 1;
}

export function kindFactor(kind: ChunkKind, query: QueryAnalysis): number {
  if (query.target === 'either' || query.target === kind) return 1;
  return OTHER_KIND_FACTOR;
}

/** Greedy pick in score order, each further chunk of a file decayed; the result re-sorted. */
export function diversify<T extends RankableChunk>(ranked: readonly Ranked<T>[], decay = FILE_DECAY): Ranked<T>[] {
  const sorted = [...ranked].sort((a, b) => b.score - a.score);
  const seen = new Map<string, number>();
  const out = sorted.map(({ row, score }) => {
    const n = seen.get(row.path) ?? 0;
    seen.set(row.path, n + 1);
    return { row, score: score * decay ** n };
  });
  return out.sort((a, b) => b.score - a.score);
}

export function rank<T extends RankableChunk>(candidates: readonly Ranked<T>[], query: QueryAnalysis, options: RankingOptions = DEFAULT_RANKING): Ranked<T>[] {
  if (candidates.length === 0) return [];
  const top = Math.max(...candidates.map((c) => c.score)) || 1;
  // What a path earns, once per file: a pool of 200 chunks comes from far fewer files.
  const byPath = new Map<string, { bonus: number; factor: number }>();
  const pathScore = (row: T) => {
    let s = byPath.get(row.path);
    if (!s) byPath.set(row.path, (s = { bonus: pathBonus(row, query), factor: roleFactor(row.path, options) }));
    return s;
  };
  const scored = candidates.map(({ row, score }) => {
    const path = pathScore(row);
    const boosted = score + top * (nameBonus(row, query) + path.bonus);
    return { row, score: boosted * path.factor * kindFactor(row.kind, query) };
  });
  return options.diversity ? diversify(scored) : scored.sort((a, b) => b.score - a.score);
}
