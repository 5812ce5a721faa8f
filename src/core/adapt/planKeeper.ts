/**
 * PlanKeeper: what the machine offers (the probe), how fast the encoder really runs on it (the
 * calibrations), the user's settings and the workload, turned into the plan in force. It re-plans
 * one call at a time, so two triggers never race, and remembers a provider that failed at run time.
 * It does not run anything: the AdaptiveIndexer asks it for plans and follows them.
 */
import type { Logger } from '../log';
import type { Size } from '../model/ladder';
import type { ProviderName } from '../model/providers';
import { CachedCalibration, CalibrationError, type CalibrationSource } from './calibration';
import { chooseProvider, mainsThreads, plan as makePlan, sameWork, type Budget, type Plan } from './planner';
import type { Probe, ProbeSource } from './probe';
import { resolveSettings, type Settings } from './settings';
import type { Calibration } from './speed';
import type { Bundle } from '../model/bundle';

export interface PlanKeeperOptions {
  bundle: Bundle;
  probe: ProbeSource;
  settings?: Partial<Settings>;
  /** Defaults to calibrations cached in the user cache folder (measured on first use). */
  calibration?: CalibrationSource;
  budget?: Partial<Budget>;
  /** The chunks to plan for: counted in the index, or guessed before a first pass has counted them. */
  workload: () => Promise<number>;
  logger: Logger;
}

/** A re-plan's outcome: the plan in force, the one before it, and whether anything a user would notice changed. */
export interface Replanned {
  plan: Plan;
  previous?: Plan;
  changed: boolean;
}

export class PlanKeeper {
  private settings: Settings;
  private readonly calibrationSource: CalibrationSource;
  private readonly calibrations = new Map<string, Calibration>();
  private lastProbe?: Probe;
  private current?: Plan;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: PlanKeeperOptions) {
    this.settings = resolveSettings(options.settings ?? {}, this.ladder);
    this.calibrationSource = options.calibration ?? new CachedCalibration({ bundle: options.bundle, logger: options.logger });
  }

  get plan(): Plan | undefined {
    return this.current;
  }

  private get ladder(): readonly Size[] {
    return this.options.bundle.manifest.ladder;
  }

  /** Takes new settings (validated against the ladder); call replan() to put them in force. */
  updateSettings(partial: Partial<Settings>): void {
    this.settings = resolveSettings({ ...this.settings, ...partial }, this.ladder);
  }

  /** Makes the plan again, one call at a time; `reprobe` reads the machine afresh first. */
  replan(reprobe: boolean): Promise<Replanned> {
    const next = this.queue.then(() => this.replanNow(reprobe));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** A provider that failed at run time: the probe marks it, and later plans avoid it. */
  providerFailed(provider: ProviderName, reason: string): void {
    this.options.logger.warn(`${provider} failed (${reason}); falling back to ${provider === 'cpu' ? 'nothing' : 'the next provider'}`);
    this.options.probe.markFailed?.(provider, reason);
    if (this.lastProbe) {
      this.lastProbe = {
        ...this.lastProbe,
        providers: this.lastProbe.providers.map((p) => (p.name === provider ? { ...p, loads: false, error: `failed at run time: ${reason}` } : p)),
      };
    }
  }

  private async replanNow(reprobe: boolean): Promise<Replanned> {
    if (reprobe || !this.lastProbe) this.lastProbe = await this.options.probe.probe();
    const calibrations = await this.calibrationsFor(this.lastProbe);
    const plan = makePlan({
      probe: this.lastProbe,
      calibrations,
      settings: this.settings,
      workload: { chunks: await this.options.workload() },
      ladder: this.ladder,
      quality: this.options.bundle.manifest.quality?.hybridNdcg10,
      budget: this.options.budget,
    });
    const previous = this.current;
    this.current = plan;
    const changed = !previous || !sameWork(previous, plan) || previous.reason !== plan.reason;
    if (!previous || previous.reason !== plan.reason) this.options.logger.info(`plan: ${plan.reason}`);
    return { plan, previous, changed };
  }

  /** The calibration of the provider the planner will pick; a provider that cannot be calibrated is marked failed. */
  private async calibrationsFor(probe: Probe): Promise<Calibration[]> {
    for (;;) {
      const { provider } = chooseProvider(probe, this.settings, [...this.calibrations.values()]);
      const threads = mainsThreads(probe, provider);
      const key = `${provider}/${threads}`;
      if (this.calibrations.has(key)) break;
      try {
        this.calibrations.set(key, await this.calibrationSource.get(provider, threads));
        break;
      } catch (e) {
        if (e instanceof CalibrationError && provider !== 'cpu' && this.options.probe.markFailed) {
          this.options.probe.markFailed(provider, e.message);
          this.lastProbe = await this.options.probe.probe();
          probe = this.lastProbe;
          continue;
        }
        this.options.logger.warn(`calibration of ${provider} failed (${(e as Error).message}); planning with estimated speeds`);
        break;
      }
    }
    return [...this.calibrations.values()];
  }
}
