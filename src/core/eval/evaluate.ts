import { silentLogger, type Logger } from '../log';
import type { Size } from '../model/ladder';
import type { SearchMode, Searcher } from '../search/searcher';
import { distinctFiles, meanScores, scoreQuery, type QueryScores } from './metrics';
import type { Suite } from './suite';

export interface EvalRun extends QueryScores {
  size: string;
  layer: number;
  dim: number;
  mode: SearchMode;
  code?: { ndcg10: number; mrr10: number };
  docs?: { ndcg10: number; mrr10: number };
  /** Reciprocal rank per query id, to list the queries that moved between two runs. */
  perQuery: Record<string, number>;
}

/** Chunks asked per query: enough to fill 50 distinct files on the suites here. */
export const EVAL_CHUNKS = 300;

/** Scores one (size, mode) over a suite whose corpus the searcher's store already holds. */
export async function evaluate(suite: Suite, searcher: Searcher, size: Size, mode: SearchMode, logger: Logger = silentLogger): Promise<EvalRun> {
  const scored: { kind: string; id: string; scores: QueryScores }[] = [];
  for (const q of suite.queries) {
    let files: string[] = [];
    try {
      const results = await searcher.search(q.query, { size, mode, k: EVAL_CHUNKS });
      files = distinctFiles(results.map((r) => r.path));
    } catch (e) {
      // A failed query scores 0 and stays in the average, as the suite rules say.
      logger.warn(`query ${q.id} failed at ${size.name}/${mode}: ${(e as Error).message}`);
    }
    scored.push({ kind: q.kind, id: q.id, scores: scoreQuery(files, q.relevant) });
  }
  const byKind = (kind: string) => {
    const s = scored.filter((x) => x.kind === kind).map((x) => x.scores);
    if (!s.length) return undefined;
    const m = meanScores(s);
    return { ndcg10: m.ndcg10, mrr10: m.mrr10 };
  };
  return {
    size: size.name,
    layer: size.layer,
    dim: size.dim,
    mode,
    ...meanScores(scored.map((x) => x.scores)),
    code: byKind('code'),
    docs: byKind('docs'),
    perQuery: Object.fromEntries(scored.map((x) => [x.id, x.scores.mrr10])),
  };
}
