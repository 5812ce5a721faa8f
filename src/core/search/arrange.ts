/**
 * The second half of a search, apart from the store: the lists retrieval brought back are fused and
 * ranked into the order results are shown in. It is a pure function of what was retrieved, so an
 * evaluation can retrieve each query once and arrange it under many settings (see core/eval).
 */
import type { FoundChunk, FoundHit } from '../index/store';
import { reciprocalRankFusion } from './fusion';
import type { QueryAnalysis, QueryIntent } from './query';
import { rank, type Ranked, type RankingOptions } from './ranker';
import type { RoleProfile } from './roles';

export type SearchMode = 'dense' | 'text' | 'hybrid';

/** What one query brought back from the store, before fusion and ranking. */
export interface Retrieval {
  analysis: QueryAnalysis;
  /** Nearest chunks by vector, best first; empty in text mode. */
  dense: FoundHit[];
  /** Full-text hits, best first; empty in dense mode. */
  text: FoundHit[];
  /** Chunks that define a name the query mentions (or whose file is named after it). */
  named: FoundChunk[];
  /** How many chunks of the index each part holds: the ranker's measure of a role's usual share. */
  profile?: RoleProfile;
}

export interface ArrangeOptions {
  mode: SearchMode;
  /** How much the dense list counts against the text list in hybrid mode, or how to read it off the query's intent. */
  denseWeight: number | ((intent: QueryIntent) => number);
  ranking: RankingOptions | false;
  groupByFile?: boolean;
}

// The fused order per retrieval and weight: calibration arranges one retrieval under many ranking
// settings at one weight (read-only once made; a search's retrieval is dropped with it).
const fusedOrders = new WeakMap<Retrieval, Map<string, readonly Ranked<FoundChunk>[]>>();

/** The mode's own order: the two lists fused by rank (hybrid), or the one list asked for. */
function retrievedOrder(r: Retrieval, mode: SearchMode, weight: number): readonly Ranked<FoundChunk>[] {
  let byKey = fusedOrders.get(r);
  if (!byKey) fusedOrders.set(r, (byKey = new Map()));
  const key = mode === 'hybrid' ? `hybrid ${weight}` : mode;
  let rows = byKey.get(key);
  if (!rows) {
    rows =
      mode === 'hybrid'
        ? reciprocalRankFusion([r.dense, r.text], (h) => h.row.id, 60, [weight, 1]).map(({ item, score }) => ({ row: item.row, score }))
        : (mode === 'dense' ? r.dense : r.text).map((h) => ({ row: h.row, score: h.score }));
    byKey.set(key, rows);
  }
  return rows;
}

/** Fuses (hybrid) or takes the one list the mode asks for, ranks, and keeps a file's best chunk when grouping. */
export function arrange(r: Retrieval, options: ArrangeOptions): Ranked<FoundChunk>[] {
  const { mode, ranking } = options;
  const weight = typeof options.denseWeight === 'number' ? options.denseWeight : options.denseWeight(r.analysis.intent);
  const retrieved = retrievedOrder(r, mode, weight);
  let rows: Ranked<FoundChunk>[] = [...retrieved];
  if (ranking) {
    const seen = new Set(retrieved.map((x) => x.row.id));
    const candidates = r.named.filter((row) => !seen.has(row.id)).map((row) => ({ row, score: 0 }));
    // The order retrieval gave is the evidence of which roles the query is after (see ranker.ts).
    rows = rank([...retrieved, ...candidates], r.analysis, ranking, { first: retrieved, profile: r.profile });
  }
  if (options.groupByFile) {
    const seen = new Set<string>();
    rows = rows.filter(({ row }) => !seen.has(row.path) && seen.add(row.path));
  }
  return rows;
}
