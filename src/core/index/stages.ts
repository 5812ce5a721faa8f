/**
 * The stages of an indexing run, in the order a chunk goes through them. `wait` is the time the
 * reading and chunking loop waited for the batch in flight (encode and write) to finish: when it is
 * most of the run, the encoder sets the pace. Read and chunk also absorb the encoder's tokenising,
 * which runs on the same JavaScript thread.
 */
export const STAGES = ['crawl', 'read', 'chunk', 'wait', 'reuse', 'encode', 'write', 'optimize', 'textIndex'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Seconds spent in each stage of an indexing run. Encoding and writing overlap reading and chunking
 * the next files, so the stages can add up to more than the run's wall time.
 */
export class StageClock {
  readonly seconds: Record<Stage, number> = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;

  async time<T>(stage: Stage, work: () => Promise<T> | T): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.seconds[stage] += (performance.now() - started) / 1000;
    }
  }
}

/** One line, e.g. `crawl 0.1 s, read 0.3 s, ...`, stages that took no time left out. */
export function describeStages(seconds: Record<Stage, number>): string {
  return STAGES.filter((s) => seconds[s] >= 0.05)
    .map((s) => `${s} ${seconds[s].toFixed(1)} s`)
    .join(', ');
}

/** The highest resident set size of this process so far, in MB (what `time -v` calls maximum resident set size). */
export function peakRssMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
