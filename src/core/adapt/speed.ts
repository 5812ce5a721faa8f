import type { ProviderName } from '../model/providers';

/** Measured speed of one ladder layer: embedding documents in batches, and encoding one query. */
export interface LayerSpeed {
  layer: number;
  chunksPerSecond: number;
  queryMs: number;
}

/** A timed run of the real encoder on this machine, for one model and one execution provider. */
export interface Calibration {
  version: number;
  provider: ProviderName;
  /** Intra-op threads the run used; the planner scales from here. */
  threads: number;
  /** Bundle fingerprint: a new model means a new calibration. */
  model: string;
  /** Describes the machine, for people; the cache key is a hash of it. */
  machine: string;
  measuredAt: string;
  /** How long the run took. */
  seconds: number;
  layers: LayerSpeed[];
}
