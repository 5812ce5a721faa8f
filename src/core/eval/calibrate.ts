/**
 * Calibration of the dense weight per size and of the ranking stage's constants over dev suites,
 * in-sample and leave-one-repository-out (see loo.ts). Every query is retrieved once per size
 * (retrieveSuite); each setting tried only arranges what was retrieved, and a query's scores under
 * one setting are computed once and reused by every fold that tries it.
 */
import type { QueryScores } from './metrics';
import type { Size } from '../model/ladder';
import type { ArrangeOptions, SearchMode } from '../search/arrange';
import type { QueryIntent } from '../search/query';
import type { RankingOptions } from '../search/ranker';
import { constantsOf, FUSION_GRID, RANKING_GRID } from '../search/tuning';
import { NAME_QUERY_FACTOR } from '../search/weights';
import { runOf, scoreSuite, type EvalRun, type SuiteRetrievals } from './evaluate';
import { leaveOneOut, objective, type Scored, type Setting, type Tunable } from './loo';
import type { Suite } from './suite';

/** A suite ready to calibrate on: its queries retrieved at every size. */
export interface CalibrationSuite {
  suite: Suite;
  /** Suites of one kind are averaged before kinds are (span-level benchmark, file-level questions). */
  kind: string;
  retrievals: Map<string, SuiteRetrievals>;
}

export interface CalibrationOptions {
  sizes: Size[];
  modes: SearchMode[];
  /** The ranking stage to calibrate; false: no stage, the dense weights only. */
  ranking: RankingOptions | false;
  /** Where the ascent starts: the weights the bundle states now, the shipped constants. */
  start: Setting;
}

export interface SuiteCalibration {
  suite: string;
  kind: string;
  /** Scored with the values chosen on every suite. */
  inSample: EvalRun[];
  /** Scored with the values chosen on the other suites (leave-one-out). */
  heldOut: EvalRun[];
  heldOutSetting: Setting;
}

export interface Calibration {
  inSample: Setting;
  suites: SuiteCalibration[];
  /** Per size, the objective at each weight of FUSION_GRID, the other values as chosen in-sample. */
  weightCurve: Record<string, number[]>;
}

export const weightKey = (size: Size): string => `denseWeight.${size.name}`;

/** The suite kind: span-level suites are the benchmark's, file-level ones natural questions. */
export const kindOf = (suite: Suite): string => suite.level;

export function tunablesFor(options: CalibrationOptions): Tunable[] {
  const weights = options.modes.includes('hybrid') ? options.sizes.map((size) => ({ name: weightKey(size), values: FUSION_GRID, scope: size.name })) : [];
  const ranking = options.ranking ? Object.entries(RANKING_GRID).map(([name, values]) => ({ name, values })) : [];
  return [...weights, ...ranking];
}

const constantsKey = (setting: Setting): string =>
  Object.keys(RANKING_GRID)
    .map((k) => String(setting[k]))
    .join('|');

export function calibrate(suites: readonly CalibrationSuite[], options: CalibrationOptions): Calibration {
  const byName = new Map(suites.map((s) => [s.suite.name, s]));
  const memo = new Map<string, QueryScores[]>();

  const arrangement = (size: Size, mode: SearchMode, setting: Setting): ArrangeOptions => {
    const weight = Number(setting[weightKey(size)]);
    return {
      mode,
      // The weight is the size's; a query that is a name leans on text as in search (weights.ts).
      denseWeight: (intent: QueryIntent) => weight * (intent === 'symbol' ? NAME_QUERY_FACTOR : 1),
      ranking: options.ranking && { ...options.ranking, constants: constantsOf(setting) },
    };
  };
  const queryScores = (name: string, size: Size, mode: SearchMode, setting: Setting): QueryScores[] => {
    const key = [name, size.name, mode, mode === 'hybrid' ? setting[weightKey(size)] : '', options.ranking ? constantsKey(setting) : ''].join('\u0000');
    let scores = memo.get(key);
    if (!scores) {
      const s = byName.get(name)!;
      memo.set(key, (scores = scoreSuite(s.suite, s.retrievals.get(size.name)!, arrangement(size, mode, setting))));
    }
    return scores;
  };
  const mean = (xs: readonly QueryScores[]) => xs.reduce((a, x) => a + x.ndcg10, 0) / (xs.length || 1);
  // What is chosen for: hybrid where it is asked (the default mode), else the first mode, as the mean over sizes.
  const mode: SearchMode = options.modes.includes('hybrid') ? 'hybrid' : options.modes[0];
  const scored: Scored = {
    suites: suites.map((s) => ({ name: s.suite.name, kind: s.kind })),
    score: (name, setting, scope) => {
      const sizes = scope ? options.sizes.filter((s) => s.name === scope) : options.sizes;
      return sizes.reduce((a, size) => a + mean(queryScores(name, size, mode, setting)), 0) / sizes.length;
    },
  };

  const tunables = tunablesFor(options);
  const loo = leaveOneOut(scored, tunables, options.start);
  const runs = (s: CalibrationSuite, setting: Setting): EvalRun[] =>
    options.sizes.flatMap((size) => options.modes.map((m) => runOf(s.suite, size, m, queryScores(s.suite.name, size, m, setting))));

  const all = suites.map((s) => s.suite.name);
  const weightCurve: Record<string, number[]> = {};
  if (mode === 'hybrid') {
    for (const size of options.sizes) {
      weightCurve[size.name] = FUSION_GRID.map((w) => objective(scored, all, { ...loo.inSample, [weightKey(size)]: w }, size.name));
    }
  }
  return {
    inSample: loo.inSample,
    suites: suites.map((s) => ({
      suite: s.suite.name,
      kind: s.kind,
      inSample: runs(s, loo.inSample),
      heldOut: runs(s, loo.heldOut.get(s.suite.name)!),
      heldOutSetting: loo.heldOut.get(s.suite.name)!,
    })),
    weightCurve,
  };
}
