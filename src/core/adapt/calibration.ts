import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { userCacheDir } from '../index/location';
import { silentLogger, type Logger } from '../log';
import type { Bundle } from '../model/bundle';
import { Encoder } from '../model/encoder';
import { storedLayers } from '../model/ladder';
import type { ProviderName } from '../model/providers';
import { CALIBRATION_DOCUMENTS, CALIBRATION_QUERIES } from './calibration-texts';
import type { Calibration, LayerSpeed } from './speed';

export type { Calibration, LayerSpeed } from './speed';

/** Bumped when the measurement or its inputs change, so older cached numbers are not trusted. */
export const CALIBRATION_VERSION = 2;

export interface CalibrateOptions {
  /**
   * Rounds over all layers; each layer keeps its fastest round. Rounds interleave the layers, so a
   * burst of some other process's work slows one round of every layer rather than every round of one.
   */
  rounds?: number;
  signal?: AbortSignal;
}

const seconds = (start: number) => (performance.now() - start) / 1000;

/** A description of this machine: what calibration numbers belong to. */
export function machineDescription(): string {
  const cpus = os.cpus();
  return `${process.platform}-${process.arch}, ${cpus[0]?.model?.trim() ?? 'unknown cpu'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.hostname()}`;
}

/**
 * Makes measured costs non-decreasing in depth (a deeper pass runs every shallower layer, so it cannot
 * be cheaper): adjacent violators are pooled into their mean, the least change that restores order.
 */
export function monotoneCosts(costs: readonly number[]): number[] {
  const blocks: { sum: number; n: number }[] = [];
  for (const c of costs) {
    blocks.push({ sum: c, n: 1 });
    while (blocks.length > 1 && blocks.at(-2)!.sum / blocks.at(-2)!.n > blocks.at(-1)!.sum / blocks.at(-1)!.n) {
      const last = blocks.pop()!;
      blocks.at(-1)!.sum += last.sum;
      blocks.at(-1)!.n += last.n;
    }
  }
  return blocks.flatMap((b) => new Array<number>(b.n).fill(b.sum / b.n));
}

/**
 * Times the encoder it is given at every ladder layer: a batch of fixed document chunks (chunks/s) and
 * single queries (ms). A few seconds on a small CPU; all segments are loaded before timing starts.
 */
export async function calibrate(encoder: Encoder, threads: number, options: CalibrateOptions = {}): Promise<Calibration> {
  const started = performance.now();
  const rounds = options.rounds ?? 3;
  const layers = storedLayers(encoder.bundle.manifest.ladder).map((l) => l.layer);
  await encoder.embed(CALIBRATION_DOCUMENTS.slice(0, 2), layers.at(-1)!, 'document', options.signal);
  const batch = layers.map(() => Infinity);
  const query = layers.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    for (const [i, layer] of layers.entries()) {
      let t = performance.now();
      await encoder.embed(CALIBRATION_DOCUMENTS, layer, 'document', options.signal);
      batch[i] = Math.min(batch[i], seconds(t));
      t = performance.now();
      await encoder.embed([CALIBRATION_QUERIES[r % CALIBRATION_QUERIES.length]], layer, 'query', options.signal);
      query[i] = Math.min(query[i], seconds(t) * 1000);
    }
  }
  const batchCost = monotoneCosts(batch);
  const queryCost = monotoneCosts(query);
  const out: LayerSpeed[] = layers.map((layer, i) => ({
    layer,
    chunksPerSecond: +(CALIBRATION_DOCUMENTS.length / batchCost[i]).toFixed(2),
    queryMs: +queryCost[i].toFixed(2),
  }));
  return {
    version: CALIBRATION_VERSION,
    provider: encoder.provider,
    threads,
    model: encoder.bundle.fingerprint,
    machine: machineDescription(),
    measuredAt: new Date().toISOString(),
    seconds: +seconds(started).toFixed(2),
    layers: out,
  };
}

/** Where calibrations are kept, found and looked up: one small JSON file per machine, model, provider and thread count. */
export function calibrationFile(dir: string, machine: string, model: string, provider: ProviderName, threads: number): string {
  const key = createHash('sha256')
    .update(JSON.stringify([CALIBRATION_VERSION, machine, model, provider, threads]))
    .digest('hex')
    .slice(0, 16);
  return path.join(dir, `${provider}-${threads}t-${key}.json`);
}

/** Gives the calibration for a provider and thread count, measuring it only when none is cached. */
export interface CalibrationSource {
  get(provider: ProviderName, threads: number): Promise<Calibration>;
}

export interface CachedCalibrationOptions {
  bundle: Bundle;
  /** Defaults to <user cache>/calibration. */
  dir?: string;
  /** Opens an encoder for a provider; it must not fall back to another one. */
  open?: (provider: ProviderName, threads: number) => Promise<Encoder>;
  measure?: (encoder: Encoder, threads: number) => Promise<Calibration>;
  machine?: string;
  logger?: Logger;
}

export class CalibrationError extends Error {
  override name = 'CalibrationError';
}

/**
 * Calibrations cached on disk. The file name hashes machine, model fingerprint, provider and threads,
 * so a new model, another provider or another machine sharing a home folder measures afresh.
 */
export class CachedCalibration implements CalibrationSource {
  readonly dir: string;
  private readonly inFlight = new Map<string, Promise<Calibration>>();
  private readonly machine: string;
  private readonly logger: Logger;

  constructor(private readonly options: CachedCalibrationOptions) {
    this.dir = options.dir ?? path.join(userCacheDir(), 'calibration');
    this.machine = options.machine ?? machineDescription();
    this.logger = options.logger ?? silentLogger;
  }

  private file(provider: ProviderName, threads: number): string {
    return calibrationFile(this.dir, this.machine, this.options.bundle.fingerprint, provider, threads);
  }

  /** The cached calibration, or undefined when there is none (or it belongs to something else). */
  cached(provider: ProviderName, threads: number): Calibration | undefined {
    try {
      const c = JSON.parse(readFileSync(this.file(provider, threads), 'utf8')) as Calibration;
      const fits = c.version === CALIBRATION_VERSION && c.model === this.options.bundle.fingerprint && c.provider === provider && c.threads === threads;
      return fits && Array.isArray(c.layers) && c.layers.length > 0 ? c : undefined;
    } catch {
      return undefined;
    }
  }

  get(provider: ProviderName, threads: number, options: { force?: boolean } = {}): Promise<Calibration> {
    const hit = options.force ? undefined : this.cached(provider, threads);
    if (hit) return Promise.resolve(hit);
    const file = this.file(provider, threads);
    let pending = this.inFlight.get(file);
    if (!pending) {
      pending = this.measure(provider, threads, file).finally(() => this.inFlight.delete(file));
      this.inFlight.set(file, pending);
    }
    return pending;
  }

  private async measure(provider: ProviderName, threads: number, file: string): Promise<Calibration> {
    const open = this.options.open ?? ((p: ProviderName, t: number) => Encoder.open(this.options.bundle, { providers: [p], threads: t, logger: this.logger }));
    const encoder = await open(provider, threads);
    try {
      if (encoder.provider !== provider)
        throw new CalibrationError(`cannot calibrate ${provider}: it did not load (the encoder fell back to ${encoder.provider})`);
      this.logger.info(`calibrating ${provider} with ${threads} threads`);
      const calibration = await (this.options.measure ?? calibrate)(encoder, threads);
      mkdirSync(this.dir, { recursive: true });
      // Written whole then renamed: a reader never sees half a file.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(calibration, null, 2));
      renameSync(tmp, file);
      return calibration;
    } finally {
      await encoder.close();
    }
  }
}
