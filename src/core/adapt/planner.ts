import { storedLayers, widestSize, type Ladder, type Size } from '../model/ladder';
import type { ProviderName } from '../model/providers';
import { isGpuProvider, type Probe } from './probe';
import type { Settings } from './settings';
import type { Calibration, LayerSpeed } from './speed';

/**
 * The planner: a pure function from what the machine offers (probe), how fast it really is
 * (calibration), what the user asked for (settings) and how much there is to index (workload) to
 * a plan. Nothing here reads the clock, the disk or the OS, so a table of cases pins it down.
 */

export interface Workload {
  /** Chunks in the folder (known from the index, or estimated before the first pass). */
  chunks: number;
}

export interface Budget {
  /** The first usable index of the whole workload should be searchable within this (mains, unthrottled). */
  firstIndexSeconds: number;
  /** A query (encode plus dense search) should answer within this. */
  queryMs: number;
  /** 'auto' deepens only as far as the whole workload can be deepened within this much background time. */
  deepenSeconds: number;
}

export const DEFAULT_BUDGET: Budget = { firstIndexSeconds: 120, queryMs: 50, deepenSeconds: 3600 };

export type PowerMode = 'mains' | 'battery' | 'low-battery' | 'low-power-mode';

export interface Plan {
  provider: ProviderName;
  /** Layer the next indexing pass embeds new and changed chunks to. */
  indexDepth: number;
  /**
   * Layer to raise stored chunks to in the background now (on mains: the target, so chunks an earlier,
   * shallower plan left behind catch up too); absent while deepening should wait (battery, low power).
   */
  deepenTo?: number;
  /** Where the index is headed when the machine allows: the layer of querySize. */
  targetDepth: number;
  /** Size to query at once the index has that layer (search uses the deepest layer every chunk has until then). */
  querySize: Size;
  /** Dims of querySize's layer to rerank the dense candidates with (querySize.dim when no rerank is needed). */
  rerankDims: number;
  /** Intra-op threads for the encoder. */
  threads: number;
  /** Chunks per encoder call while indexing. */
  batchSize: number;
  /** Share of the time the indexer may compute, 0..1: after a batch that took t, it rests t*(1-throttle)/throttle. */
  throttle: number;
  power: PowerMode;
  /** True when the speeds are a prior guess, not a calibration of this machine. */
  estimated: boolean;
  /** Expected seconds for the first pass over the workload, and ms for a query at querySize. */
  expect: { firstIndexSeconds: number; queryMs: number };
  /** One line a person can read: what and why. */
  reason: string;
}

export interface PlanInput {
  probe: Probe;
  /** Calibrations of this machine and model, any providers; the chosen provider's is used. */
  calibrations: readonly Calibration[];
  settings: Settings;
  workload: Workload;
  ladder: Ladder;
  /** How well each size ranks (the bundle's quality.hybridNdcg10), to leave out sizes not worth their cost. */
  quality?: Readonly<Record<string, number>>;
  budget?: Partial<Budget>;
}

/** What a deeper layer must rank above every cheaper one it replaces to be worth its cost (nDCG@10). */
export const QUALITY_STEP = 0.005;

/**
 * The stored layers worth running: a layer (its best-ranking size) that ranks no more than
 * QUALITY_STEP above a shallower layer kept before it costs more and gives nothing, so the planner
 * never stops there. Layers with no stated quality are always kept. Example, the shipped model
 * (models/default/MODEL_CARD.md): rung 0 (the static table) ranks as well as layers 1 and 2 (demi,
 * short) at 24-39 times their speed, so a first pass that cannot reach layer 3 in time stays at rung
 * 0, and deepening goes from there to layer 3 or deeper in one pass.
 */
export function layersWorthRunning<L extends { layer: number }>(layers: readonly L[], ladder: Ladder, quality?: Readonly<Record<string, number>>): L[] {
  if (!quality) return [...layers];
  let best = -Infinity;
  return layers.filter((l) => {
    const stated = ladder.filter((s) => s.layer === l.layer && quality[s.name] !== undefined).map((s) => quality[s.name]);
    if (stated.length === 0) return true;
    const q = Math.max(...stated);
    if (q <= best + QUALITY_STEP) return false;
    best = q;
    return true;
  });
}

/** At or below this charge the battery counts as low. */
export const LOW_BATTERY_PERCENT = 20;

const THROTTLE: Record<PowerMode, number> = { mains: 1, battery: 0.5, 'low-battery': 0.25, 'low-power-mode': 0.25 };

/** Brute-force dense search cost: about 12 ms for 20k x 384 floats on one core, plus a fixed cost. */
export function searchMs(chunks: number, dim: number): number {
  return 1 + chunks * dim * 1.5e-6;
}

export function powerMode(probe: Probe, settings: Settings): PowerMode {
  const p = probe.power;
  if (settings.battery === 'ignore') return 'mains';
  if (p.lowPowerMode) return 'low-power-mode';
  if (!p.hasBattery || p.onMains) return 'mains';
  if (p.percent !== undefined && p.percent <= LOW_BATTERY_PERCENT) return 'low-battery';
  return 'battery';
}

/**
 * The provider to run: the user's choice if it loads, else the first GPU provider that loads,
 * else CPU. A GPU provider calibrated slower than CPU (it happens with small int8 models) loses to CPU.
 */
export function chooseProvider(probe: Probe, settings: Settings, calibrations: readonly Calibration[]): { provider: ProviderName; note?: string } {
  const loads = (name: ProviderName) => probe.providers.some((p) => p.name === name && p.loads);
  const why = (name: ProviderName) => probe.providers.find((p) => p.name === name)?.error ?? 'not available';
  if (settings.provider !== 'auto') {
    if (loads(settings.provider)) return { provider: settings.provider };
    const fallback = chooseProvider(probe, { ...settings, provider: 'auto' }, calibrations);
    return { provider: fallback.provider, note: `${settings.provider} did not load (${why(settings.provider)}), using ${fallback.provider}` };
  }
  const gpu = probe.providers.find((p) => isGpuProvider(p.name) && p.loads)?.name;
  if (gpu) {
    const deepestRate = (name: ProviderName) => {
      const c = calibrations.find((x) => x.provider === name);
      return c ? Math.max(0, ...c.layers.map((l) => l.chunksPerSecond / l.layer)) : undefined;
    };
    const g = deepestRate(gpu);
    const c = deepestRate('cpu');
    if (g !== undefined && c !== undefined && c > g) return { provider: 'cpu', note: `${gpu} measured slower than cpu` };
    return { provider: gpu };
  }
  // Worth saying only when there is a GPU the user might expect to be used.
  const failedGpu = probe.providers.find((p) => isGpuProvider(p.name) && !p.loads && (probe.gpus.length > 0 || /run time/.test(p.error ?? '')));
  return { provider: 'cpu', note: failedGpu ? `${failedGpu.name} did not load (${failedGpu.error}), using cpu` : undefined };
}

/** Encoder threads on mains power: physical cores, leaving one for the editor on bigger machines. */
export function mainsThreads(probe: Probe, provider: ProviderName): number {
  const physical = Math.max(1, probe.cpu.physicalCores || probe.cpu.cores);
  if (isGpuProvider(provider)) return Math.min(2, physical);
  return physical >= 4 ? Math.min(physical - 1, 8) : physical;
}

function threadsFor(mode: PowerMode, mains: number): number {
  if (mode === 'mains') return mains;
  if (mode === 'battery') return Math.max(1, Math.floor(mains / 2));
  return 1;
}

/** A prior for an uncalibrated provider: shaped like a small 384-wide model on two CPU threads. */
function priorSpeed(layer: number, threads: number, gpu: boolean): LayerSpeed {
  // Rung 0 runs no network: a table lookup per token, about what tokenizing costs.
  if (layer === 0) return { layer, chunksPerSecond: 3000, queryMs: 0.5 };
  const perChunk = (0.01 + 0.012 * layer) / (gpu ? 8 : threads / 2);
  return { layer, chunksPerSecond: 1 / perChunk, queryMs: gpu ? 2 + 0.5 * layer : 1 + (2 * layer * 2) / threads };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** How a layer reads in a reason: rung 0 is the static table, not zero layers. */
const depthText = (layer: number) => (layer === 0 ? 'static table' : plural(layer, 'layer'));

export function plan(input: PlanInput): Plan {
  const { probe, settings, workload, ladder } = input;
  const budget = { ...DEFAULT_BUDGET, ...input.budget };
  const stored = storedLayers(ladder);
  if (stored.length === 0) throw new Error('the model has an empty ladder');
  const forced = settings.quality === 'auto' ? undefined : ladder.find((s) => s.name === settings.quality);
  // The sizes the planner may choose; a size the user set stays one of them.
  const worth = layersWorthRunning(stored, ladder, input.quality);
  const layers = stored.filter((l) => worth.includes(l) || l.layer === forced?.layer);
  const { provider, note } = chooseProvider(probe, settings, input.calibrations);
  const mode = powerMode(probe, settings);
  const mains = mainsThreads(probe, provider);
  const threads = threadsFor(mode, mains);
  const throttle = THROTTLE[mode];
  const gpu = isGpuProvider(provider);
  const calibration = input.calibrations.find((c) => c.provider === provider);

  /** Speed of a layer at `t` threads: calibrated where measured, scaled linearly in threads. */
  const speed = (layer: number, t: number): LayerSpeed => {
    const measured = calibration?.layers.find((l) => l.layer === layer);
    if (!measured) return priorSpeed(layer, t, gpu);
    const scale = gpu ? 1 : t / calibration!.threads;
    return { layer, chunksPerSecond: measured.chunksPerSecond * scale, queryMs: measured.queryMs };
  };
  const chunks = Math.max(0, workload.chunks);
  const passSeconds = (layer: number, t: number, share: number) => chunks / (speed(layer, t).chunksPerSecond * share);
  const queryCost = (layer: number, dim: number) => speed(layer, mains).queryMs + searchMs(chunks, dim);

  // Where the index should end up.
  let target: number;
  let limitedBy: string | undefined;
  if (forced) {
    target = forced.layer;
  } else {
    const fitsQuery = layers.filter((l) => queryCost(l.layer, Math.min(l.dim, 16)) <= budget.queryMs);
    const fitsDeepen = fitsQuery.filter((l) => passSeconds(l.layer, mains, 1) <= budget.deepenSeconds);
    target = (fitsDeepen.at(-1) ?? fitsQuery[0] ?? layers[0]).layer;
    if (target < layers.at(-1)!.layer) {
      limitedBy = fitsQuery.at(-1)?.layer === target ? 'query budget' : 'large workspace';
    }
  }

  // The first pass: as deep as the budget allows, no deeper than the target or the power state allows.
  // The cap is a share of the whole network's cost, whichever sizes are worth running below it.
  const powerCap = mode === 'mains' ? Infinity : mode === 'battery' ? stored[Math.floor((stored.length - 1) / 2)].layer : stored[0].layer;
  const candidates = layers.filter((l) => l.layer <= Math.min(target, powerCap));
  const fitting = candidates.filter((l) => passSeconds(l.layer, threads, throttle) <= budget.firstIndexSeconds);
  const indexDepth = (fitting.at(-1) ?? candidates[0] ?? layers[0]).layer;
  const deepenTo = mode === 'mains' ? target : undefined;

  // The query: the target layer, its widest stored dim; a shorter first-pass prefix only when a full
  // scan would not fit the budget, with the candidates reranked on the full prefix.
  const targetLayer = layers.find((l) => l.layer === target)!;
  const targetSize = forced ?? widestSize(ladder, target) ?? { name: `${target}:${targetLayer.dim}`, layer: target, dim: targetLayer.dim };
  let querySize: Size = targetSize;
  const rerankDims = targetSize.dim;
  if (!forced) {
    let dim = targetSize.dim;
    while (dim > 16 && queryCost(target, dim) > budget.queryMs) dim = Math.floor(dim / 2);
    if (dim !== targetSize.dim) {
      querySize = ladder.find((s) => s.layer === target && s.dim === dim) ?? { name: `${target}:${dim}`, layer: target, dim };
    }
  }

  const batchSize = gpu ? 64 : mode === 'mains' ? 32 : mode === 'battery' ? 16 : 8;
  const sizeAt = (layer: number) => widestSize(ladder, layer)?.name ?? `layer ${layer}`;

  const parts: string[] = [];
  let head = `${sizeAt(indexDepth)}: ${depthText(indexDepth)}`;
  if (deepenTo && deepenTo > indexDepth) head += ` first, then ${sizeAt(deepenTo)} (${depthText(deepenTo)}) when idle`;
  if (forced) head += `, ${forced.name} set by the user`;
  parts.push(head);
  if (mode === 'mains') parts.push(probe.power.hasBattery ? 'on mains' : 'no battery');
  else if (mode === 'battery')
    parts.push(`on battery${probe.power.percent !== undefined ? ` (${probe.power.percent}%)` : ''}, throttled to ${throttle * 100}%`);
  else if (mode === 'low-battery') parts.push(`battery low (${probe.power.percent}%), throttled to ${throttle * 100}%`);
  else parts.push(`low-power mode, throttled to ${throttle * 100}%`);
  if (target > indexDepth && !deepenTo) parts.push(`deepening to ${sizeAt(target)} waits for mains`);
  parts.push(`${provider}, ${plural(threads, 'thread')}`);
  if (note) parts.push(note);
  if (limitedBy && !forced) parts.push(`${sizeAt(target)} is as deep as the ${limitedBy} allows`);
  if (!calibration) parts.push('speeds estimated, not calibrated');

  return {
    provider,
    indexDepth,
    deepenTo,
    targetDepth: target,
    querySize,
    rerankDims,
    threads,
    batchSize,
    throttle,
    power: mode,
    estimated: !calibration,
    expect: { firstIndexSeconds: +passSeconds(indexDepth, threads, throttle).toFixed(1), queryMs: +queryCost(target, querySize.dim).toFixed(1) },
    reason: parts.join('; '),
  };
}

/** True when two plans would have the indexer do different work (as opposed to only a different reason). */
export function sameWork(a: Plan | undefined, b: Plan): boolean {
  return (
    a !== undefined &&
    a.provider === b.provider &&
    a.indexDepth === b.indexDepth &&
    a.deepenTo === b.deepenTo &&
    a.threads === b.threads &&
    a.batchSize === b.batchSize &&
    a.throttle === b.throttle &&
    a.querySize.layer === b.querySize.layer &&
    a.querySize.dim === b.querySize.dim
  );
}
