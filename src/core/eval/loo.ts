/**
 * Choosing tuned values out of sample: leave one repository out. For each repository (one suite;
 * semble-dev is eight) the values are chosen on all the others and that repository is scored with
 * them; the mean of those scores is what the values are worth on a repository they were not chosen
 * on. The values chosen on every suite are what ships (in-sample).
 *
 * Choice: coordinate ascent from a start, each tunable in turn over its grid with the others held,
 * for a few passes. The objective gives every kind of suite (file-level questions, span-level
 * benchmark) the same say: the mean over kinds of the mean over that kind's suites, so a value that
 * helps one kind and hurts the other does not win on numbers. Scores are compared to three decimals,
 * and among values within TOLERANCE of the best the first of the grid is taken: grids list the
 * cautious value first (no demotion, the smaller dense weight), which then needs a real gain to move.
 */

export type TunedValue = number | boolean;
export type Setting = Record<string, TunedValue>;

/** A tuned constant: its name and the values tried, the cautious one first. */
export interface Tunable {
  name: string;
  values: readonly TunedValue[];
  /**
   * The part of the figure it moves (a size, for that size's dense weight), judged on that part
   * alone: a gain at one size of seven is not diluted below the tolerance by the six it leaves alone.
   */
  scope?: string;
}

/** Differences this small are noise on the dev suites' few hundred queries. */
export const TOLERANCE = 0.002;
const PASSES = 3;

const thousandths = (x: number): number => Math.round(x * 1000) / 1000;

/** The index of the first score within TOLERANCE of the best, compared to three decimals. */
export function pickFirstNearBest(scores: readonly number[]): number {
  const rounded = scores.map(thousandths);
  const best = Math.max(...rounded);
  return rounded.findIndex((m) => m >= best - TOLERANCE - 1e-9);
}

/**
 * A suite and its kind; `score` is the suite's figure under a setting (a mean over its queries),
 * or that of one part of it (a scope).
 */
export interface Scored {
  suites: readonly { name: string; kind: string }[];
  score: (suite: string, setting: Setting, scope?: string) => number;
}

/** The mean over kinds of the mean over each kind's suites, of the suites named. */
export function objective(scored: Scored, suites: readonly string[], setting: Setting, scope?: string): number {
  const byKind = new Map<string, number[]>();
  for (const s of scored.suites) {
    if (!suites.includes(s.name)) continue;
    const list = byKind.get(s.kind) ?? [];
    list.push(scored.score(s.name, setting, scope));
    byKind.set(s.kind, list);
  }
  const means = [...byKind.values()].map((xs) => xs.reduce((a, b) => a + b, 0) / xs.length);
  return means.reduce((a, b) => a + b, 0) / (means.length || 1);
}

/** The setting coordinate ascent reaches on these suites from `start`. */
export function choose(scored: Scored, suites: readonly string[], tunables: readonly Tunable[], start: Setting): Setting {
  const setting = { ...start };
  for (let pass = 0; pass < PASSES; pass++) {
    let moved = false;
    for (const t of tunables) {
      const scores = t.values.map((v) => objective(scored, suites, { ...setting, [t.name]: v }, t.scope));
      const value = t.values[pickFirstNearBest(scores)];
      if (value !== setting[t.name]) {
        setting[t.name] = value;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return setting;
}

export interface LeaveOneOut {
  /** Chosen on every suite: what ships. */
  inSample: Setting;
  /** Per suite, chosen on all the others. */
  heldOut: Map<string, Setting>;
}

export function leaveOneOut(scored: Scored, tunables: readonly Tunable[], start: Setting): LeaveOneOut {
  const all = scored.suites.map((s) => s.name);
  const heldOut = new Map<string, Setting>();
  for (const name of all) {
    heldOut.set(
      name,
      choose(
        scored,
        all.filter((n) => n !== name),
        tunables,
        start,
      ),
    );
  }
  return { inSample: choose(scored, all, tunables, start), heldOut };
}
