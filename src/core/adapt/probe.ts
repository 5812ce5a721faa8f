import * as os from 'node:os';
import * as ort from 'onnxruntime-node';
import * as si from 'systeminformation';
import { silentLogger, type Logger } from '../log';
import { PROVIDER_NAMES, type ProviderName } from '../model/providerNames';
import { osPowerReader, type OsPowerReader, type PowerState } from './power';

export type { PowerState } from './power';

export interface ProviderStatus {
  name: ProviderName;
  loads: boolean;
  /** Why it does not load (or why it was not tried). */
  error?: string;
}

export interface GpuInfo {
  vendor: string;
  model: string;
  /** Dedicated memory in MiB, where the OS says. */
  memoryMiB?: number;
}

export interface CpuInfo {
  model: string;
  /** Logical processors. */
  cores: number;
  physicalCores: number;
}

/** What the machine offers right now: everything the planner needs to know about it. */
export interface Probe {
  providers: ProviderStatus[];
  gpus: GpuInfo[];
  cpu: CpuInfo;
  memoryGiB: number;
  power: PowerState;
  takenAt: string;
}

/** Anything that can say what the machine offers; the adaptive indexer re-reads it as it runs. */
export interface ProbeSource {
  probe(): Promise<Probe>;
  /** A provider that loaded but then failed at run time: report it as not loading from now on. */
  markFailed?(provider: ProviderName, reason: string): void;
}

/** The parts of systeminformation the probe reads (injectable: tests pass fakes). */
export interface SystemInfo {
  battery(): Promise<Pick<si.Systeminformation.BatteryData, 'hasBattery' | 'isCharging' | 'percent' | 'acConnected'>>;
  graphics(): Promise<{ controllers: Pick<si.Systeminformation.GraphicsControllerData, 'vendor' | 'model' | 'vram' | 'vramDynamic'>[] }>;
  cpu(): Promise<Pick<si.Systeminformation.CpuData, 'manufacturer' | 'brand' | 'cores' | 'physicalCores'>>;
}

export interface ProberOptions {
  /** The model's first segment: each provider is tried by opening it (small, and what indexing opens first). */
  segmentFile: string;
  /** Providers to try, in preference order; CPU is always added. */
  providers?: ProviderName[];
  /** Opens the segment with exactly one provider and releases it; throws if it does not load. */
  tryProvider?: (provider: ProviderName, file: string) => Promise<void>;
  system?: SystemInfo;
  osPower?: OsPowerReader;
  /** GPU listings can take a second on some systems and rarely change: re-read at most this often. */
  gpuTtlMs?: number;
  logger?: Logger;
  now?: () => number;
}

// ONNX Runtime reads this when it first starts: a missing provider library is an expected answer here,
// not something to print (set in model/providers.ts too; whichever loads first counts).
ort.env.logLevel = 'fatal';

const GPU_PROVIDERS: ProviderName[] = PROVIDER_NAMES.filter((p) => p !== 'cpu');

/** Execution providers that can exist on a platform; the others are reported without being tried. */
export function platformProviders(platform: NodeJS.Platform = process.platform): ProviderName[] {
  if (platform === 'win32') return ['cuda', 'dml', 'webgpu', 'cpu'];
  if (platform === 'darwin') return ['coreml', 'webgpu', 'cpu'];
  return ['cuda', 'webgpu', 'cpu'];
}

export const isGpuProvider = (p: ProviderName): boolean => GPU_PROVIDERS.includes(p);

async function openAndRelease(provider: ProviderName, file: string): Promise<void> {
  // Severity 4 (fatal only): a provider that is absent is an expected answer, not something to print.
  const session = await ort.InferenceSession.create(file, { executionProviders: [provider], intraOpNumThreads: 1, logSeverityLevel: 4 });
  await session.release();
}

const firstLine = (s: string): string => s.split('\n')[0].slice(0, 160);

/**
 * Reads the machine. Which providers load is checked once (it does not change while the process
 * runs) unless a provider fails later; GPUs are re-read every few minutes; power on every call, so
 * calling probe() every minute costs a few file reads.
 */
export class Prober implements ProbeSource {
  private providerCheck?: Promise<ProviderStatus[]>;
  private readonly failed = new Map<ProviderName, string>();
  private gpuCache?: { at: number; gpus: Promise<GpuInfo[]> };
  private cpuCache?: Promise<CpuInfo>;
  private readonly system: SystemInfo;
  private readonly osPower: OsPowerReader;
  private readonly logger: Logger;
  private readonly now: () => number;

  constructor(private readonly options: ProberOptions) {
    this.system = options.system ?? si;
    this.osPower = options.osPower ?? osPowerReader();
    this.logger = options.logger ?? silentLogger;
    this.now = options.now ?? Date.now;
  }

  async probe(): Promise<Probe> {
    const gpus = await this.gpus();
    const [providers, cpu, power] = await Promise.all([this.providers(gpus), this.cpu(), this.power()]);
    return {
      providers: providers.map((p) => (this.failed.has(p.name) ? { name: p.name, loads: false, error: this.failed.get(p.name) } : p)),
      gpus,
      cpu,
      memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
      power,
      takenAt: new Date(this.now()).toISOString(),
    };
  }

  markFailed(provider: ProviderName, reason: string): void {
    if (provider === 'cpu') return;
    this.failed.set(provider, `failed at run time: ${firstLine(reason)}`);
  }

  private providers(gpus: GpuInfo[]): Promise<ProviderStatus[]> {
    this.providerCheck ??= this.checkProviders(gpus);
    return this.providerCheck;
  }

  private async checkProviders(gpus: GpuInfo[]): Promise<ProviderStatus[]> {
    const wanted = this.options.providers ?? platformProviders();
    const order = wanted.includes('cpu') ? wanted : [...wanted, 'cpu' as const];
    const tryProvider = this.options.tryProvider ?? openAndRelease;
    const out: ProviderStatus[] = [];
    // One at a time: ONNX Runtime throws instead of falling back when a listed provider is missing.
    for (const name of order) {
      if (name === 'webgpu' && gpus.length === 0) {
        // Dawn prints its own warnings to stderr when it finds no adapter; without a GPU it cannot load anyway.
        out.push({ name, loads: false, error: 'not tried: the OS reports no GPU' });
        continue;
      }
      try {
        await tryProvider(name, this.options.segmentFile);
        out.push({ name, loads: true });
      } catch (e) {
        out.push({ name, loads: false, error: firstLine((e as Error).message) });
      }
    }
    this.logger.info(`execution providers: ${out.map((p) => `${p.name} ${p.loads ? 'loads' : 'no'}`).join(', ')}`);
    return out;
  }

  private gpus(): Promise<GpuInfo[]> {
    const at = this.now();
    if (!this.gpuCache || at - this.gpuCache.at > (this.options.gpuTtlMs ?? 10 * 60_000)) {
      this.gpuCache = {
        at,
        gpus: this.system.graphics().then(
          (g) =>
            g.controllers
              .filter((c) => c.model || c.vendor)
              .map((c) => ({
                vendor: c.vendor ?? '',
                model: c.model ?? '',
                // Integrated GPUs share system memory ("dynamic"): their vram figure is not theirs to plan with.
                memoryMiB: c.vram && !c.vramDynamic ? c.vram : undefined,
              })),
          (e) => {
            this.logger.info(`GPU listing failed: ${firstLine((e as Error).message)}`);
            return [];
          },
        ),
      };
    }
    return this.gpuCache.gpus;
  }

  private cpu(): Promise<CpuInfo> {
    this.cpuCache ??= (async () => {
      const logical = os.cpus();
      const fallback = { model: logical[0]?.model?.trim() ?? 'unknown', cores: logical.length || 1, physicalCores: logical.length || 1 };
      try {
        const c = await this.system.cpu();
        return {
          model: fallback.model !== 'unknown' ? fallback.model : `${c.manufacturer} ${c.brand}`.trim(),
          cores: c.cores || fallback.cores,
          physicalCores: c.physicalCores || c.cores || fallback.physicalCores,
        };
      } catch {
        return fallback;
      }
    })();
    return this.cpuCache;
  }

  private async power(): Promise<PowerState> {
    const [fromSi, fromOs, lowPowerMode] = await Promise.all([
      this.system.battery().catch((e: Error) => {
        this.logger.info(`systeminformation battery() failed: ${firstLine(e.message)}`);
        return undefined;
      }),
      this.osPower.battery().catch(() => undefined),
      this.osPower.lowPowerMode().catch(() => undefined),
    ]);
    // systeminformation first; the OS's own reading when it failed or missed a battery the OS sees.
    if (fromSi && (fromSi.hasBattery || !fromOs?.hasBattery)) {
      const onMains = !fromSi.hasBattery || fromSi.acConnected || fromSi.isCharging;
      return {
        hasBattery: fromSi.hasBattery,
        onMains,
        charging: fromSi.hasBattery ? fromSi.isCharging : undefined,
        percent: fromSi.hasBattery ? fromSi.percent : undefined,
        lowPowerMode,
        source: 'systeminformation',
      };
    }
    if (fromOs) return { ...fromOs, lowPowerMode };
    return { hasBattery: false, onMains: true, lowPowerMode, source: 'none (assuming mains)' };
  }
}
