import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { evaluate } from '../../core/eval/evaluate';
import type { Suite } from '../../core/eval/suite';
import { withIndexedSuite, type Settings } from './evalSuite';

/**
 * The weight to state for one size: the smallest of the grid whose mean score, to three decimals,
 * is within TOLERANCE of the best. Differences that small are noise on ~160 queries, and the
 * smaller weight leans on text search, the floor hybrid must never fall below.
 */
export function pickWeight(means: readonly number[]): number {
  const rounded = means.map(toThousandths);
  const best = Math.max(...rounded);
  return rounded.findIndex((m) => m >= best - TOLERANCE - 1e-9);
}

const TOLERANCE = 0.002;

const toThousandths = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Hybrid nDCG@10 per size and dense weight, averaged over the suites; the weight pickWeight chooses
 * per size is what the bundle's manifest should state (fusion.denseWeight), and the score there how
 * well the size ranks (quality.hybridNdcg10).
 */
export async function calibrateFusion(suites: Suite[], settings: (s: Suite) => Settings, writeTo: string | undefined, json: boolean): Promise<void> {
  const sums = new Map<string, number[]>();
  let bundleDir = '';
  for (const suite of suites) {
    await withIndexedSuite(suite, settings(suite), async (engine, sizes) => {
      bundleDir = engine.bundle.dir;
      for (const size of sizes) {
        const row = sums.get(size.name) ?? new Array<number>(FUSION_GRID.length).fill(0);
        for (const [i, denseWeight] of FUSION_GRID.entries()) {
          row[i] +=
            (await evaluate(suite, engine.searcher, size, 'hybrid', settings(suite).logger, { ...settings(suite).search, denseWeight })).ndcg10 / suites.length;
        }
        sums.set(size.name, row);
      }
    });
  }
  const best: Record<string, number> = {};
  // How well each size ranks at its weight: the planner leaves out sizes no better than a cheaper one.
  const quality: Record<string, number> = {};
  for (const [size, row] of sums) {
    const at = pickWeight(row);
    best[size] = FUSION_GRID[at];
    quality[size] = toThousandths(row[at]);
  }
  if (json) console.log(JSON.stringify({ grid: FUSION_GRID, meanNdcg10: Object.fromEntries(sums), denseWeight: best, hybridNdcg10: quality }));
  else {
    console.log(`hybrid nDCG@10, mean over ${suites.length} suites, by dense weight (text counts 1)`);
    console.log(`size      ${FUSION_GRID.map((w) => String(w).padStart(7)).join('')}   best`);
    for (const [size, row] of sums) console.log(`${size.padEnd(9)} ${row.map((x) => x.toFixed(3).padStart(7)).join('')}   ${best[size]}`);
  }
  if (writeTo !== undefined) {
    const file = path.join(writeTo || bundleDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    // Sizes not calibrated in this run (--sizes) keep the weights they had.
    manifest.fusion = { ...manifest.fusion, denseWeight: { ...manifest.fusion?.denseWeight, ...best } };
    manifest.quality = { ...manifest.quality, hybridNdcg10: { ...manifest.quality?.hybridNdcg10, ...quality } };
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    console.error(`wrote fusion.denseWeight and quality.hybridNdcg10 to ${file}`);
  }
}

/** Dense weights tried by --calibrate-fusion: coarse on purpose, to fit the size, not the queries. */
const FUSION_GRID = [0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1, 1.5, 2, 3, 5, 8];
