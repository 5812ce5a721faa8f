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
import { chunkRole, indexShare, type Role, type RoleProfile } from './roles';

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

/**
 * The stage's numbers. Each is chosen by leave-one-repository-out over the dev suites
 * (`barista eval --calibrate-fusion`, see tuning.ts): the value a repository is scored with is the
 * one the other repositories chose.
 */
export interface RankingConstants {
  /** Factor on a chunk of a role (test, example, vendored, generated) the question gives no sign of wanting. */
  roleFactor: number;
  /** Factor on documentation for a question about code, and on code for one asking for documentation. */
  otherKindFactor: number;
  /** Factor on documentation for a query naming a feature in a few words, unless it shows it wants prose. */
  docsFactor: number;
  /**
   * A role is wanted when its share of the first dense hits is at least this many times its share
   * of the index (0: never from the hits).
   */
  roleLift: number;
  /** Bonus for a chunk defining a name a question mentions, in units of the best fused score. */
  mentionBonus: number;
  /** Weight of the path-word bonus (the share of a question's words in the file's name). */
  pathWeight: number;
  /** Each further chunk of a ranked file counts this much of the one before it. */
  fileDecay: number;
}

export const DEFAULT_CONSTANTS: RankingConstants = {
  roleFactor: 0.3,
  otherKindFactor: 0.5,
  docsFactor: 1,
  roleLift: 0,
  mentionBonus: 1.5,
  pathWeight: 1,
  fileDecay: 0.5,
};

export interface RankingOptions {
  /** Roles ranked lower; a role set to false ranks like source code. */
  demote: Record<DemotedRole, boolean>;
  /** Further chunks of a file already ranked count less. */
  diversity: boolean;
  /** Whether a role is ranked lower only where the question gives no sign of wanting it (default on). */
  listen?: boolean;
  /** The stage's numbers; DEFAULT_CONSTANTS where absent. */
  constants?: Partial<RankingConstants>;
}

export const DEFAULT_RANKING: RankingOptions = {
  demote: { test: true, example: true, vendored: true, generated: true },
  diversity: true,
  listen: true,
};

/** Names of what `rankingWithout` can turn off: a demoted role, diversity, listening to the question, or `all` (no ranking stage). */
export const RANKING_PARTS = ['test', 'example', 'vendored', 'generated', 'diversity', 'listen', 'all'] as const;

export class RankingOptionError extends Error {
  override name = 'RankingOptionError';
}

/** The default ranking with some parts off (`test,diversity`); `all` turns the whole stage off. */
export function rankingWithout(parts: readonly string[], base: RankingOptions = DEFAULT_RANKING): RankingOptions | false {
  for (const p of parts) {
    if (!(RANKING_PARTS as readonly string[]).includes(p)) throw new RankingOptionError(`unknown ranking part "${p}": expected ${RANKING_PARTS.join(', ')}`);
  }
  if (parts.includes('all')) return false;
  const demote = { ...base.demote };
  for (const role of Object.keys(demote) as DemotedRole[]) if (parts.includes(role)) demote[role] = false;
  return { ...base, demote, diversity: base.diversity && !parts.includes('diversity'), listen: (base.listen ?? true) && !parts.includes('listen') };
}

/** Bonus, in units of the best fused score, for a chunk defining a name that is the whole query. */
export const DEFINITION_BONUS = 3;
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
/** Hits read for a role's share of the first results: the ten a person sees first. */
export const EVIDENCE_HITS = 10;

/**
 * How well a chunk matches the names the query mentions: 1 for a definition (NAMED_FILE_FACTOR when
 * its file is named after the name too), NAMED_FILE_ONLY for a file named after it; the best over
 * the names. The bonus is this times the strength for the query's intent.
 */
export function nameMatch(chunk: RankableChunk, query: QueryAnalysis): number {
  let best = 0;
  for (const name of query.symbols) {
    const named = stemMatches(chunk.path, lastPart(name));
    best = Math.max(best, definesName(chunk, name) ? (named ? NAMED_FILE_FACTOR : 1) : named ? NAMED_FILE_ONLY : 0);
  }
  return best;
}

/**
 * A question that names a role ("is there a test that Base64 ...", "example of Session") is after
 * a chunk of that role that uses the name, not the name's definition: the name counts only for
 * chunks of a role it asks for.
 */
function namesFor(chunk: RankableChunk, query: QueryAnalysis): number {
  if (query.asks.length > 0 && !query.asks.includes(chunkRole(chunk.path, chunk.kind) as Role)) return 0;
  return nameMatch(chunk, query);
}

/** The bonus for names, in units of the best score: the best over the names the query mentions. */
export function nameBonus(chunk: RankableChunk, query: QueryAnalysis, c: RankingConstants = DEFAULT_CONSTANTS): number {
  return (query.intent === 'symbol' ? DEFINITION_BONUS : c.mentionBonus) * nameMatch(chunk, query);
}

export function pathBonus(chunk: RankableChunk, query: QueryAnalysis): number {
  if (query.intent !== 'question') return 0;
  const share = pathKeywordShare(chunk.path, query.keywords);
  return share >= MIN_PATH_SHARE ? share : 0;
}

/** What retrieval saw, beside the candidates: the order before this stage and the index's make-up. */
export interface RankingEvidence {
  /** The mode's own order (fused in hybrid mode), best first. */
  first: readonly { row: { path: string; kind: ChunkKind } }[];
  profile?: RoleProfile;
}

/**
 * The roles a query shows it wants: those its words name (query.ts: "example of", "is there a
 * test"), examples and guides for a how-to question, and any role retrieval itself puts at the top
 * far beyond its share of the index: when four of the first ten hits are examples while examples
 * are a tenth of the index, the question is about what an example shows. The lift that counts is
 * calibrated (roleLift); twice among ten is the least, so one stray hit decides nothing.
 */
export function wantedRoles(query: QueryAnalysis, evidence: RankingEvidence | undefined, c: RankingConstants): Set<Role> {
  const wanted = new Set<Role>(query.asks);
  if (query.howTo) for (const r of ['example', 'docs'] as const) wanted.add(r);
  const hits = evidence?.first.slice(0, EVIDENCE_HITS) ?? [];
  if (c.roleLift > 0 && hits.length > 0) {
    const count = new Map<Role, number>();
    for (const { row } of hits) {
      const role = chunkRole(row.path, row.kind);
      if (role !== 'source') count.set(role, (count.get(role) ?? 0) + 1);
    }
    for (const [role, n] of count) {
      // Without the index's make-up a role is taken as rare.
      const usual = evidence?.profile ? indexShare(evidence.profile, role) : RARE;
      if (n >= 2 && n / hits.length >= c.roleLift * usual) wanted.add(role);
    }
  }
  return wanted;
}

/** The share of the index a role is taken to have when the make-up is not known. */
const RARE = 0.05;

/** The factor a path's role earns: roleFactor for a role the stage demotes and the question does not want, else 1. */
export function roleFactor(path: string, options: RankingOptions, wanted: ReadonlySet<Role> = new Set(), c: RankingConstants = DEFAULT_CONSTANTS): number {
  const role = pathRole(path);
  if (role === 'source' || !options.demote[role] || wanted.has(role)) return 1;
  // Generated code is often the declaration a question is after (a .d.ts): it counts less low.
  return role === 'generated' ? Math.sqrt(c.roleFactor) : c.roleFactor;
}

/**
 * Code and docs: a query that asks for one kind ranks the other lower (unless it shows it wants
 * documentation); a query naming a feature in a few words ranks documentation by docsFactor, so
 * the code that implements the feature comes first and the page about it near; any other question
 * ranks both alike, since a guide answers it as often as the code.
 */
export function kindFactor(kind: ChunkKind, query: QueryAnalysis, wanted: ReadonlySet<Role> = new Set(), c: RankingConstants = DEFAULT_CONSTANTS): number {
  if (query.target === kind) return 1;
  if (kind === 'docs' && wanted.has('docs')) return 1;
  if (query.target === 'either') return kind === 'docs' && query.feature ? c.docsFactor : 1;
  return c.otherKindFactor;
}

/** Greedy pick in score order, each further chunk of a file decayed; the result re-sorted. */
export function diversify<T extends RankableChunk>(ranked: readonly Ranked<T>[], decay = DEFAULT_CONSTANTS.fileDecay): Ranked<T>[] {
  const sorted = [...ranked].sort((a, b) => b.score - a.score);
  const seen = new Map<string, number>();
  const out = sorted.map(({ row, score }) => {
    const n = seen.get(row.path) ?? 0;
    seen.set(row.path, n + 1);
    return { row, score: score * decay ** n };
  });
  return out.sort((a, b) => b.score - a.score);
}

/** What a query earns from a chunk's name and path: fixed by the query, whatever the constants. */
interface QueryFeatures {
  paths: Map<string, { bonus: number }>;
  names: Map<string, number>;
}

// Kept per analysis: an evaluation arranges one retrieval under many settings (core/eval/calibrate.ts),
// and a search's analysis is dropped with it.
const features = new WeakMap<QueryAnalysis, QueryFeatures>();

function featuresOf(query: QueryAnalysis): QueryFeatures {
  let f = features.get(query);
  if (!f) features.set(query, (f = { paths: new Map(), names: new Map() }));
  return f;
}

export function rank<T extends RankableChunk>(
  candidates: readonly Ranked<T>[],
  query: QueryAnalysis,
  options: RankingOptions = DEFAULT_RANKING,
  evidence?: RankingEvidence,
): Ranked<T>[] {
  if (candidates.length === 0) return [];
  const c: RankingConstants = { ...DEFAULT_CONSTANTS, ...options.constants };
  const wanted = options.listen === false ? new Set<Role>() : wantedRoles(query, evidence, c);
  const top = Math.max(...candidates.map((x) => x.score)) || 1;
  const known = featuresOf(query);
  // What a path earns, once per file: a pool of 200 chunks comes from far fewer files.
  const factors = new Map<string, number>();
  const scored = candidates.map(({ row, score }) => {
    let path = known.paths.get(row.path);
    if (!path) known.paths.set(row.path, (path = { bonus: pathBonus(row, query) }));
    let factor = factors.get(row.path);
    if (factor === undefined) factors.set(row.path, (factor = roleFactor(row.path, options, wanted, c)));
    let name = known.names.get(row.id);
    if (name === undefined) known.names.set(row.id, (name = namesFor(row, query)));
    const strength = query.intent === 'symbol' ? DEFINITION_BONUS : c.mentionBonus;
    const boosted = score + top * (strength * name + c.pathWeight * path.bonus);
    return { row, score: boosted * factor * kindFactor(row.kind, query, wanted, c) };
  });
  return options.diversity ? diversify(scored, c.fileDecay) : scored.sort((a, b) => b.score - a.score);
}
