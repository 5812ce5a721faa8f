/**
 * The values `barista eval --calibrate-fusion` tries for each tuned constant, the cautious one first
 * (ties go to it: see core/eval/loo.ts). Coarse on purpose: to fit what a kind of question needs, not
 * the dev suites' queries.
 */
import { DEFAULT_CONSTANTS, type RankingConstants } from './ranker';

/** Dense weights tried per size (text counts 1). */
export const FUSION_GRID = [0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1, 1.5, 2, 3, 5, 8];

/** The ranking stage's constants and the values tried; the shipped value is in DEFAULT_CONSTANTS. */
export const RANKING_GRID: { [K in keyof RankingConstants]?: readonly RankingConstants[K][] } = {
  // 1 (no demotion) first: a role is ranked lower only if the suites show it pays.
  roleFactor: [1, 0.7, 0.5, 0.3],
  otherKindFactor: [1, 0.7, 0.5, 0.3],
  docsFactor: [1, 0.85, 0.7, 0.5],
  // 0: roles are never read off the dense hits.
  roleLift: [0, 4, 3, 2, 1.5],
  mentionBonus: [1.5, 0.75, 0.3, 3],
  pathWeight: [1, 0.5, 0.25, 0],
};

export type RankingSetting = { [K in keyof RankingConstants]: RankingConstants[K] };

/** The constants a setting names, the shipped ones for the rest. */
export function constantsOf(setting: Partial<Record<string, number | boolean>>): RankingConstants {
  const out: Record<string, number | boolean> = { ...DEFAULT_CONSTANTS };
  for (const key of Object.keys(RANKING_GRID)) if (setting[key] !== undefined) out[key] = setting[key]!;
  return out as unknown as RankingConstants;
}
