import { silentLogger, type Logger } from '../log';
import type { Size } from '../model/ladder';
import { arrange, type ArrangeOptions, type Retrieval } from '../search/arrange';
import type { FoundChunk } from '../index/store';
import type { SearchMode, SearchOptions, Searcher } from '../search/searcher';
import { DEFAULT_RANKING } from '../search/ranker';
import { distinctFiles, meanScores, scoreQuery, type QueryScores } from './metrics';
import { scoreSpans } from './spans';
import type { Suite, SuiteQuery } from './suite';

export interface GroupScores {
  ndcg10: number;
  mrr10: number;
}

export interface EvalRun extends QueryScores {
  size: string;
  layer: number;
  dim: number;
  mode: SearchMode;
  /** File suites: the means over code and docs queries. */
  code?: GroupScores;
  docs?: GroupScores;
  /** Span suites: the mean per category (architecture, semantic, symbol). */
  categories?: Record<string, GroupScores>;
  /** nDCG@10 per query id, to list the queries that moved between two runs. */
  perQuery: Record<string, number>;
}

/** Chunks asked per query of a file suite: enough to fill 50 distinct files on the suites here. */
export const EVAL_CHUNKS = 300;
/** Span suites score the top 10 chunks; 50 more give recall@50. */
const SPAN_CHUNKS = 50;

/** What the run's scores are: the name printed and kept in --json. */
export function metricOf(suite: Suite): string {
  return suite.level === 'span' ? 'chunk-level nDCG@10 (semble)' : 'file-level nDCG@10';
}

/** Search settings an evaluation may vary besides size and mode. */
export type EvalSearch = Pick<SearchOptions, 'ranking' | 'denseWeight'>;

const chunksAsked = (q: SuiteQuery): number => (q.level === 'span' ? SPAN_CHUNKS : EVAL_CHUNKS);

/** A suite's queries retrieved once at one size, to be arranged in every mode and setting; an Error where retrieval failed. */
export type SuiteRetrievals = Map<string, Retrieval | Error>;

/**
 * Retrieves every query of a suite at a size, in hybrid mode with the ranking's lookups, so that
 * each mode and each setting of fusion and ranking can be scored without searching again. A chunk
 * found by several queries (or at several sizes) is kept once. Text search does not depend on the
 * size: given the retrievals of another size, their text lists are taken over.
 */
export async function retrieveSuite(
  suite: Suite,
  searcher: Searcher,
  size: Size,
  logger: Logger = silentLogger,
  previous?: SuiteRetrievals,
): Promise<SuiteRetrievals> {
  const rows = new Map<string, FoundChunk>();
  for (const r of previous?.values() ?? []) if (!(r instanceof Error)) for (const h of [...r.dense, ...r.text]) rows.set(h.row.id, h.row);
  const one = (row: FoundChunk): FoundChunk => rows.get(row.id) ?? (rows.set(row.id, row), row);
  const out: SuiteRetrievals = new Map();
  for (const q of suite.queries) {
    try {
      const before = previous?.get(q.id);
      const known = before && !(before instanceof Error) ? before.text : undefined;
      const r = await searcher.retrieve(q.query, { size, mode: known ? 'dense' : 'hybrid', k: chunksAsked(q), ranking: DEFAULT_RANKING });
      out.set(q.id, {
        ...r,
        dense: r.dense.map((h) => ({ row: one(h.row), score: h.score })),
        text: known ?? r.text.map((h) => ({ row: one(h.row), score: h.score })),
        named: r.named.map(one),
      });
    } catch (e) {
      // A failed query scores 0 and stays in the average, as the suite rules say.
      logger.warn(`query ${q.id} failed at ${size.name}: ${(e as Error).message}`);
      out.set(q.id, e as Error);
    }
  }
  return out;
}

const ZERO: QueryScores = { ndcg10: 0, mrr10: 0, recall10: 0, recall50: 0 };

/** One query's scores from its retrieval arranged under the options. */
export function scoreRetrieval(q: SuiteQuery, r: Retrieval | Error | undefined, options: ArrangeOptions): QueryScores {
  if (!r || r instanceof Error) return ZERO;
  const chunks = arrange(r, options)
    .slice(0, chunksAsked(q))
    .map((x) => x.row);
  if (q.level === 'span') return scoreSpans(chunks, q.targets);
  return scoreQuery(distinctFiles(chunks.map((c) => c.path)), q.relevant);
}

/** Every query's scores under one arrangement, in the suite's order. */
export function scoreSuite(suite: Suite, retrievals: SuiteRetrievals, options: ArrangeOptions): QueryScores[] {
  return suite.queries.map((q) => scoreRetrieval(q, retrievals.get(q.id), options));
}

function groupMeans(scored: { group: string; scores: QueryScores }[]): Record<string, GroupScores> {
  const groups: Record<string, GroupScores> = {};
  for (const group of [...new Set(scored.map((s) => s.group))].sort()) {
    const m = meanScores(scored.filter((s) => s.group === group).map((s) => s.scores));
    groups[group] = { ndcg10: m.ndcg10, mrr10: m.mrr10 };
  }
  return groups;
}

/** A run's figures from its queries' scores (in the suite's order): the means, by group, and per query. */
export function runOf(suite: Suite, size: Size, mode: SearchMode, scores: readonly QueryScores[]): EvalRun {
  const scored = suite.queries.map((q, i) => ({ id: q.id, group: q.level === 'span' ? q.category : q.kind, scores: scores[i] }));
  const groups = groupMeans(scored);
  const run: EvalRun = {
    size: size.name,
    layer: size.layer,
    dim: size.dim,
    mode,
    ...meanScores(scored.map((x) => x.scores)),
    perQuery: Object.fromEntries(scored.map((x) => [x.id, x.scores.ndcg10])),
  };
  if (suite.level === 'span') run.categories = groups;
  else Object.assign(run, { code: groups.code, docs: groups.docs });
  return run;
}

/** Scores one (size, mode) over a suite whose corpus the searcher's store already holds. */
export async function evaluate(
  suite: Suite,
  searcher: Searcher,
  size: Size,
  mode: SearchMode,
  logger: Logger = silentLogger,
  extra: EvalSearch = {},
): Promise<EvalRun> {
  const retrievals = await retrieveSuite(suite, searcher, size, logger);
  return runOf(suite, size, mode, scoreSuite(suite, retrievals, searcherArrangement(searcher, size, mode, extra)));
}

/** The arrangement a search with these settings makes: the searcher's dense weight for the size unless one is stated. */
export function searcherArrangement(searcher: Searcher, size: Size, mode: SearchMode, extra: EvalSearch = {}): ArrangeOptions {
  return {
    mode,
    denseWeight: extra.denseWeight ?? ((intent) => searcher.denseWeightFor(size, intent)),
    ranking: extra.ranking ?? DEFAULT_RANKING,
  };
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

/**
 * The mean over suites of each (size, mode) run, as semble averages its repositories: every suite
 * counts once whatever its number of queries; a group (category, kind) is averaged over the suites
 * that have it.
 */
export function meanOverSuites(perSuite: readonly EvalRun[][]): EvalRun[] {
  if (perSuite.length === 0) return [];
  return perSuite[0].map((first) => {
    const same = perSuite.map((runs) => runs.find((r) => r.size === first.size && r.mode === first.mode)).filter((r): r is EvalRun => !!r);
    const metric = (key: keyof QueryScores) => mean(same.map((r) => r[key]));
    const groupMean = (pick: (r: EvalRun) => Record<string, GroupScores | undefined> | undefined): Record<string, GroupScores> | undefined => {
      // Only groups some suite has (a span-level suite has no code/docs split: those keys are undefined).
      const names = new Set(
        same.flatMap((r) =>
          Object.entries(pick(r) ?? {})
            .filter(([, g]) => g !== undefined)
            .map(([name]) => name),
        ),
      );
      if (names.size === 0) return undefined;
      const out: Record<string, GroupScores> = {};
      for (const name of [...names].sort()) {
        const have = same.map((r) => pick(r)?.[name]).filter((g): g is GroupScores => !!g);
        out[name] = { ndcg10: mean(have.map((g) => g.ndcg10)), mrr10: mean(have.map((g) => g.mrr10)) };
      }
      return out;
    };
    const run: EvalRun = {
      size: first.size,
      layer: first.layer,
      dim: first.dim,
      mode: first.mode,
      ndcg10: metric('ndcg10'),
      mrr10: metric('mrr10'),
      recall10: metric('recall10'),
      recall50: metric('recall50'),
      perQuery: Object.assign({}, ...same.map((r) => r.perQuery)),
    };
    const categories = groupMean((r) => r.categories);
    if (categories) run.categories = categories;
    const kinds = groupMean((r) => ({ code: r.code, docs: r.docs }));
    if (kinds?.code) run.code = kinds.code;
    if (kinds?.docs) run.docs = kinds.docs;
    return run;
  });
}
