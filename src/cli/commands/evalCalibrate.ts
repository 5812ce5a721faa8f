import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { calibrate, kindOf, weightKey, type Calibration, type CalibrationSuite } from '../../core/eval/calibrate';
import { meanOverSuites, metricOf, retrieveSuite, type EvalRun, type SuiteRetrievals } from '../../core/eval/evaluate';
import { pickFirstNearBest, type Setting } from '../../core/eval/loo';
import type { Suite } from '../../core/eval/suite';
import type { Size } from '../../core/model/ladder';
import { DEFAULT_CONSTANTS, DEFAULT_RANKING } from '../../core/search/ranker';
import { FUSION_GRID, RANKING_GRID } from '../../core/search/tuning';
import { denseWeight } from '../../core/search/weights';
import { withIndexedSuite, type Settings, type SuiteReport } from './evalSuite';

/**
 * The weight to state for one size: the smallest of the grid whose mean score, to three decimals,
 * is within 0.002 of the best. Differences that small are noise on ~160 queries, and the smaller
 * weight leans on text search, the floor hybrid must never fall below.
 */
export const pickWeight = pickFirstNearBest;

/** A run with its leave-one-out figures beside it (--json keeps both). */
type RunWithLoo = EvalRun & { loo: Omit<EvalRun, 'size' | 'layer' | 'dim' | 'mode' | 'perQuery'> & { perQuery?: Record<string, number> } };

const f3 = (x: number | undefined): string => (x === undefined ? '    -' : x.toFixed(3).slice(1).padStart(5));

/** The figures of a run without what names it (size, mode) or lists it query by query. */
function figures(run: EvalRun): RunWithLoo['loo'] {
  const { ndcg10, mrr10, recall10, recall50, code, docs, categories } = run;
  return { ndcg10, mrr10, recall10, recall50, ...(code && { code }), ...(docs && { docs }), ...(categories && { categories }) };
}

function withLoo(inSample: EvalRun[], heldOut: EvalRun[], perQuery: boolean): RunWithLoo[] {
  return inSample.map((run, i) => {
    const { perQuery: own, ...rest } = run;
    const loo = { ...figures(heldOut[i]), ...(perQuery && { perQuery: heldOut[i].perQuery }) };
    return { ...rest, ...(perQuery && { perQuery: own }), loo } as RunWithLoo;
  });
}

/**
 * Chooses the dense weight per size and (with the ranking stage on) the stage's constants on the
 * suites given, in-sample and leaving each repository out in turn (core/eval/loo.ts). Prints, per
 * suite and mode, each size's nDCG@10 in-sample beside leave-one-out; --json writes one line per
 * suite (runs as `barista eval` writes them, each with a `loo` field) and a last line of means
 * with the values chosen.
 */
export async function calibrateFusion(
  suites: Suite[],
  settings: (s: Suite) => Settings,
  writeTo: string | undefined,
  options: { json: boolean; perQuery: boolean; label: string },
): Promise<void> {
  const ready: CalibrationSuite[] = [];
  const reports = new Map<string, Omit<SuiteReport, 'runs'>>();
  let bundleDir = '';
  let start: Setting = {};
  let sizes: Size[] = [];
  for (const suite of suites) {
    await withIndexedSuite(suite, settings(suite), async (engine, suiteSizes) => {
      bundleDir = engine.bundle.dir;
      sizes = suiteSizes;
      const retrievals = new Map<string, SuiteRetrievals>();
      let previous: SuiteRetrievals | undefined;
      for (const size of suiteSizes) {
        previous = await retrieveSuite(suite, engine.searcher, size, settings(suite).logger, previous);
        retrievals.set(size.name, previous);
        start[weightKey(size)] = denseWeight(engine.bundle.manifest, size);
      }
      ready.push({ suite, kind: kindOf(suite), retrievals });
      const stats = await engine.store.stats();
      reports.set(suite.name, {
        suite: suite.name,
        metric: metricOf(suite),
        queries: suite.queries.length,
        files: stats.files,
        chunks: stats.chunks,
        model: engine.bundle.manifest.name,
      });
    });
  }
  const first = settings(suites[0]);
  const ranking = first.search.ranking === undefined ? DEFAULT_RANKING : first.search.ranking;
  start = { ...start, ...(ranking ? DEFAULT_CONSTANTS : {}) };
  const result = calibrate(ready, { sizes, modes: first.modes, ranking, start });
  print(
    result,
    reports,
    options,
    sizes.map((s) => s.name),
  );
  if (writeTo !== undefined && Object.keys(result.weightCurve).length) {
    const file = path.join(writeTo || bundleDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    const chosen = Object.fromEntries(sizes.map((s) => [s.name, result.inSample[weightKey(s)] as number]));
    const quality = Object.fromEntries(sizes.map((s) => [s.name, Math.round(result.weightCurve[s.name][FUSION_GRID.indexOf(chosen[s.name])] * 1000) / 1000]));
    // Sizes not calibrated in this run (--sizes) keep the weights they had.
    manifest.fusion = { ...manifest.fusion, denseWeight: { ...manifest.fusion?.denseWeight, ...chosen } };
    manifest.quality = { ...manifest.quality, hybridNdcg10: { ...manifest.quality?.hybridNdcg10, ...quality } };
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    console.error(`wrote fusion.denseWeight and quality.hybridNdcg10 to ${file}`);
  }
}

function print(
  result: Calibration,
  reports: Map<string, Omit<SuiteReport, 'runs'>>,
  options: { json: boolean; perQuery: boolean; label: string },
  sizeNames: string[],
): void {
  const kinds = [...new Set(result.suites.map((s) => s.kind))];
  const meanOf = (list: typeof result.suites) => ({
    inSample: meanOverSuites(list.map((s) => s.inSample)),
    heldOut: meanOverSuites(list.map((s) => s.heldOut)),
  });
  const overall = meanOf(result.suites);
  const byKind = Object.fromEntries(kinds.map((k) => [k, meanOf(result.suites.filter((s) => s.kind === k))]));
  const constants = Object.fromEntries(
    Object.keys(RANKING_GRID)
      .filter((k) => k in result.inSample)
      .map((k) => [k, result.inSample[k]]),
  );
  const weights = Object.fromEntries(sizeNames.filter((n) => `denseWeight.${n}` in result.inSample).map((n) => [n, result.inSample[`denseWeight.${n}`]]));
  const shippedDiffers = Object.entries(constants).filter(([k, v]) => DEFAULT_CONSTANTS[k as keyof typeof DEFAULT_CONSTANTS] !== v);

  if (options.json) {
    for (const s of result.suites) {
      console.log(
        JSON.stringify({ ...reports.get(s.suite), kind: s.kind, runs: withLoo(s.inSample, s.heldOut, options.perQuery), looSetting: s.heldOutSetting }),
      );
    }
    const first = reports.get(result.suites[0].suite)!;
    const sum = (key: 'queries' | 'files' | 'chunks') => [...reports.values()].reduce((a, r) => a + r[key], 0);
    const kindRuns = (k: string) => withLoo(byKind[k].inSample, byKind[k].heldOut, false);
    console.log(
      JSON.stringify({
        suite: `${options.label} (mean)`,
        metric: first.metric,
        queries: sum('queries'),
        files: sum('files'),
        chunks: sum('chunks'),
        model: first.model,
        runs: withLoo(overall.inSample, overall.heldOut, false),
        kinds: Object.fromEntries(kinds.map((k) => [k, { suites: result.suites.filter((s) => s.kind === k).length, runs: kindRuns(k) }])),
        chosen: { denseWeight: weights, constants },
        weightCurve: { grid: FUSION_GRID, objective: result.weightCurve },
      }),
    );
    return;
  }
  console.log(
    `leave-one-repository-out over ${result.suites.length} suites (${kinds.map((k) => `${k} ${byKind[k] ? result.suites.filter((s) => s.kind === k).length : 0}`).join(', ')})`,
  );
  console.log(
    `chosen on all suites: dense weight ${Object.entries(weights)
      .map(([n, w]) => `${n} ${w}`)
      .join(', ')}`,
  );
  if (Object.keys(constants).length)
    console.log(
      `  ranking ${Object.entries(constants)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  if (shippedDiffers.length)
    console.log(
      `  (the shipped constants differ: ${shippedDiffers.map(([k]) => `${k} ${DEFAULT_CONSTANTS[k as keyof typeof DEFAULT_CONSTANTS]}`).join(', ')})`,
    );
  const modes = [...new Set(result.suites[0].inSample.map((r) => r.mode))];
  for (const mode of modes) {
    console.log(`\n${mode} nDCG@10, in-sample / leave-one-out`);
    console.log(`${'suite'.padEnd(22)}${sizeNames.map((n) => n.padStart(12)).join('')}`);
    const row = (name: string, inSample: EvalRun[], heldOut: EvalRun[]) => {
      const cell = (n: string) => {
        const a = inSample.find((r) => r.size === n && r.mode === mode)?.ndcg10;
        const b = heldOut.find((r) => r.size === n && r.mode === mode)?.ndcg10;
        return `${f3(a).trim()}/${f3(b).trim()}`.padStart(12);
      };
      console.log(`${name.slice(0, 21).padEnd(22)}${sizeNames.map(cell).join('')}`);
    };
    for (const s of result.suites) row(s.suite, s.inSample, s.heldOut);
    for (const k of kinds) row(`mean (${k})`, byKind[k].inSample, byKind[k].heldOut);
    row('mean', overall.inSample, overall.heldOut);
  }
  if (Object.keys(result.weightCurve).length) {
    console.log(`\nhybrid nDCG@10 by dense weight (text counts 1), the mean of the kinds' means, other values as chosen`);
    console.log(`size      ${FUSION_GRID.map((w) => String(w).padStart(7)).join('')}   best`);
    for (const [size, curve] of Object.entries(result.weightCurve)) {
      console.log(`${size.padEnd(9)} ${curve.map((x) => x.toFixed(3).padStart(7)).join('')}   ${weights[size]}`);
    }
  }
}
