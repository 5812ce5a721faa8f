/**
 * AdaptiveIndexer: keeps one folder's index as deep as the machine affords right now, and follows
 * the machine as it changes. This is the object an editor (or the command line) drives:
 *
 *   const indexer = new AdaptiveIndexer({ root, store, bundle, probe: new Prober({ segmentFile }) });
 *   indexer.on('plan', (plan) => …);         // a new plan: show plan.reason in the status bar
 *   indexer.on('progress', (status) => …);   // after every batch and every change of state
 *   indexer.on('error', (error) => …);       // a pass failed on the CPU too; retried on the next trigger
 *   indexer.start();                         // probe, calibrate, plan, index shallow, then deepen
 *   indexer.searchSize();                    // the Size to query at now (undefined while nothing is searchable)
 *   indexer.setSettings({ quality: 'tall' }); // re-plans at once; nothing indexed is lost
 *   indexer.setIdle(false);                  // the user is busy: deepening waits (default: idle)
 *   indexer.requestIndex();                  // files changed: run an incremental pass
 *   await indexer.refresh();                 // re-probe now (it also re-probes every pollMs)
 *   await indexer.whenSettled();             // nothing left to do under the current plan
 *   await indexer.stop();                    // stops between batches; every finished batch is kept
 *
 * How it works: a first pass embeds every chunk to plan.indexDepth (shallow enough to be searchable
 * within the budget), then deepening raises stored chunks in place to plan.deepenTo while the plan
 * allows it (mains power, the editor idle). A new plan (power, battery, low-power mode, settings, a
 * provider failing) takes effect between two batches: the batch in flight is finished and stored,
 * so no chunk is embedded twice at the same depth. A GPU provider that fails at run time is marked
 * failed in the probe and the work goes on on the CPU, with the reason logged. Search should use
 * searchSize(): the plan's size once every chunk has its layer, a shallower one until then.
 */
import { EventEmitter } from 'node:events';
import { silentLogger, type Logger } from '../log';
import type { Bundle } from '../model/bundle';
import { CancelledError, Encoder } from '../model/encoder';
import { NOT_SEARCHABLE, searchSizeAt, type Size } from '../model/ladder';
import type { CrawlOptions } from '../index/crawler';
import { crawl } from '../index/crawler';
import { deepenIndex } from '../index/deepen';
import { indexFolder } from '../index/indexer';
import type { Store } from '../index/store';
import type { CalibrationSource } from './calibration';
import { EncoderFailure, EncoderSlot, type OpenEncoder } from './encoderSlot';
import { PlanKeeper } from './planKeeper';
import type { Budget, Plan } from './planner';
import type { ProbeSource } from './probe';
import type { Settings } from './settings';

export type AdaptiveState =
  | 'starting'
  /** A pass over the files: new and changed files are embedded to the pass depth. */
  | 'indexing'
  /** Stored chunks are being raised to plan.deepenTo. */
  | 'deepening'
  /** Work remains but the plan or the editor holds it back (see waitingFor). */
  | 'waiting'
  /** Nothing to do under the current plan. */
  | 'idle'
  | 'error'
  | 'stopped';

export interface AdaptiveStatus {
  state: AdaptiveState;
  plan?: Plan;
  /** The deepest layer every chunk has: what search can use (0 while the index is empty). */
  searchableDepth: number;
  chunks: number;
  /** What held-back work waits for, e.g. "mains power". */
  waitingFor?: string;
  /** The current pass or deepening run. */
  work?: { kind: 'index' | 'deepen'; depth: number; done: number; total: number; embedded: number };
  /** Why the last pass failed, until a later pass succeeds. */
  error?: string;
}

export interface AdaptiveIndexerOptions {
  root: string;
  store: Store;
  bundle: Bundle;
  probe: ProbeSource;
  settings?: Partial<Settings>;
  /** Defaults to calibrations cached in the user cache folder (measured on first use). */
  calibration?: CalibrationSource;
  /** Opens an encoder on exactly this provider (falling back is noticed and handled). Defaults to Encoder.open. */
  openEncoder?: OpenEncoder;
  crawl?: Omit<CrawlOptions, 'logger'>;
  budget?: Partial<Budget>;
  /** How often to re-probe the machine; 0 turns polling off. Default one minute. */
  pollMs?: number;
  logger?: Logger;
}

/** Bytes of source per chunk, to guess a workload before the first pass has counted it. */
const BYTES_PER_CHUNK = 550;

interface Job {
  kind: 'index' | 'deepen';
  depth: number;
  provider: Plan['provider'];
  threads: number;
  controller: AbortController;
  stopRequested: boolean;
}

export class AdaptiveIndexer {
  private readonly events = new EventEmitter();
  private readonly logger: Logger;
  private readonly plans: PlanKeeper;
  private readonly encoder: EncoderSlot;
  private job?: Job;
  private indexPending = true;
  /** The depth of a first pass that was interrupted: it is resumed at the same depth, never deeper. */
  private passDepth?: number;
  /** Chunks guessed from the crawl before the first pass counted them. */
  private estimate?: number;
  private idle = true;
  private stopped = false;
  private running?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private wakeUp?: () => void;
  private restWake?: () => void;
  private settled = false;
  private settledWaiters: ((s: AdaptiveStatus) => void)[] = [];
  private state: AdaptiveStatus = { state: 'starting', searchableDepth: NOT_SEARCHABLE, chunks: 0 };

  constructor(private readonly options: AdaptiveIndexerOptions) {
    this.logger = options.logger ?? silentLogger;
    this.plans = new PlanKeeper({ ...options, logger: this.logger, workload: () => this.workload() });
    this.encoder = new EncoderSlot(
      options.openEncoder ?? ((provider, threads) => Encoder.open(options.bundle, { providers: [provider], threads, logger: this.logger })),
    );
  }

  private get currentPlan(): Plan | undefined {
    return this.plans.plan;
  }

  on(event: 'plan', listener: (plan: Plan, previous: Plan | undefined) => void): () => void;
  on(event: 'progress', listener: (status: AdaptiveStatus) => void): () => void;
  on(event: 'error', listener: (error: Error) => void): () => void;
  on(event: string, listener: (...args: never[]) => void): () => void {
    const l = listener as unknown as (...args: unknown[]) => void;
    this.events.on(event, l);
    return () => this.events.off(event, l);
  }

  get plan(): Plan | undefined {
    return this.currentPlan;
  }

  status(): AdaptiveStatus {
    return { ...this.state, plan: this.currentPlan };
  }

  /** The size to query at now: the plan's size once every chunk has its layer, else the widest size of the deepest layer every chunk has. */
  searchSize(): Size | undefined {
    const plan = this.currentPlan;
    const depth = this.state.searchableDepth;
    if (plan && depth >= plan.querySize.layer) return plan.querySize;
    return searchSizeAt(this.options.bundle.manifest.ladder, depth);
  }

  start(): void {
    if (this.running) return;
    this.stopped = false;
    if (this.options.pollMs !== 0) {
      this.timer = setInterval(
        () => void this.refresh().catch((e) => this.logger.warn(`re-probe failed: ${(e as Error).message}`)),
        this.options.pollMs ?? 60_000,
      );
      this.timer.unref();
    }
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.softStop();
    this.wake();
    await this.running;
    this.running = undefined;
    await this.encoder.close();
    this.setState({ state: 'stopped', work: undefined, waitingFor: undefined });
    // Nothing more will happen: whoever waits for the loop to settle must not wait forever.
    this.releaseWaiters();
  }

  /** Re-reads the machine and re-plans; resolves once the new plan is in force. */
  async refresh(): Promise<void> {
    await this.replan(true);
    this.wake();
  }

  async setSettings(partial: Partial<Settings>): Promise<void> {
    this.plans.updateSettings(partial);
    await this.replan(false);
    this.wake();
  }

  setIdle(idle: boolean): void {
    if (this.idle === idle) return;
    this.idle = idle;
    if (!idle && this.job?.kind === 'deepen') this.softStop();
    this.wake();
  }

  requestIndex(): void {
    this.indexPending = true;
    this.wake();
  }

  /**
   * Reads what the index holds and makes the plan, without indexing: a folder opened paused (the
   * extension's engine restarted while the user had paused it) is searchable at its size and shows
   * its plan, though its loop does not run until start().
   */
  async prepare(): Promise<void> {
    await this.refreshCounts();
    if (!this.currentPlan) await this.replan(true);
  }

  /** Resolves when nothing is left to do under the current plan (done, or waiting for power or idleness). */
  whenSettled(): Promise<AdaptiveStatus> {
    if (this.settled || this.stopped) return Promise.resolve(this.status());
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  // ---- the loop ----

  private async loop(): Promise<void> {
    while (!this.stopped) {
      try {
        if (!this.currentPlan) {
          await this.refreshCounts();
          await this.replan(true);
        }
        const plan = this.currentPlan!;
        await this.ensureEncoder(plan);
        if (this.stopped) break;
        if (this.indexPending) {
          await this.indexPass(plan);
          continue;
        }
        const target = plan.deepenTo;
        if (target !== undefined && (await this.options.store.countBelow(target)) > 0) {
          if (!this.idle) {
            await this.settle('waiting', 'the editor to be idle');
            continue;
          }
          await this.deepenPass(target, plan);
          continue;
        }
        const behind = target === undefined && (await this.options.store.countBelow(plan.targetDepth)) > 0;
        await this.settle(behind ? 'waiting' : 'idle', behind ? (plan.power === 'low-power-mode' ? 'low-power mode to end' : 'mains power') : undefined);
      } catch (e) {
        this.job = undefined;
        if (e instanceof CancelledError) continue;
        await this.failed(e as Error);
      }
    }
  }

  /** Marks the loop settled, tells whoever waits, and sleeps until something changes. */
  private async settle(state: 'waiting' | 'idle' | 'error', waitingFor?: string): Promise<void> {
    const sleep = new Promise<void>((resolve) => (this.wakeUp = resolve));
    this.setState({ state, waitingFor, work: undefined });
    this.settled = true;
    this.releaseWaiters();
    await sleep;
  }

  private releaseWaiters(): void {
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    for (const w of waiters) w(this.status());
  }

  /** Ends an idle wait (settle), so the loop looks at its work again; a throttle rest runs to its end. */
  private wake(): void {
    this.settled = false;
    const w = this.wakeUp;
    this.wakeUp = undefined;
    w?.();
  }

  private async indexPass(plan: Plan): Promise<void> {
    const { store } = this.options;
    const searchable = await store.searchableDepth();
    // A first build goes as shallow as the plan says; a later pass keeps the layer search is at, so
    // one changed file does not pull search back to a shallow layer.
    let depth = searchable !== NOT_SEARCHABLE ? Math.max(plan.indexDepth, Math.min(searchable, plan.targetDepth)) : plan.indexDepth;
    if (this.passDepth !== undefined) depth = Math.min(depth, this.passDepth);
    this.passDepth = depth;
    const job = this.beginJob('index', depth, plan);
    this.setState({ state: 'indexing', waitingFor: undefined, work: { kind: 'index', depth, done: 0, total: 0, embedded: 0 } });
    this.logger.info(`indexing ${this.options.root} to layer ${depth} (${plan.reason})`);
    const summary = await indexFolder({
      root: this.options.root,
      store,
      encoder: this.encoder.documents(),
      depth,
      crawl: this.options.crawl,
      embedBatch: plan.batchSize,
      logger: this.logger,
      signal: job.controller.signal,
      afterEmbed: (seconds) => this.afterBatch(job, seconds),
      onProgress: (p) => this.setState({ work: { kind: 'index', depth, done: p.filesDone, total: p.filesTotal, embedded: p.chunksEmbedded } }),
    });
    this.job = undefined;
    this.indexPending = false;
    this.passDepth = undefined;
    this.setState({ error: undefined });
    await this.refreshCounts();
    this.logger.info(`indexed ${summary.filesTotal} files to layer ${depth}: ${summary.chunksEmbedded} chunks embedded, ${summary.chunksReused} reused`);
    // The workload is known now; the plan may change with it.
    await this.replan(false);
  }

  private async deepenPass(target: number, plan: Plan): Promise<void> {
    const job = this.beginJob('deepen', target, plan);
    this.setState({ state: 'deepening', waitingFor: undefined });
    await deepenIndex({
      store: this.options.store,
      encoder: this.encoder.documents(),
      depth: target,
      batchSize: plan.batchSize,
      signal: job.controller.signal,
      logger: this.logger,
      afterEmbed: (seconds) => this.afterBatch(job, seconds),
      onProgress: async (p) => {
        this.setState({ work: { kind: 'deepen', depth: target, done: p.done, total: p.done + p.remaining, embedded: p.embedded } });
      },
    });
    this.job = undefined;
    this.setState({ error: undefined });
    await this.refreshCounts();
  }

  private beginJob(kind: Job['kind'], depth: number, plan: Plan): Job {
    this.job = { kind, depth, provider: plan.provider, threads: plan.threads, controller: new AbortController(), stopRequested: false };
    return this.job;
  }

  /** Between two batches: rest for the throttle, refresh what search can use, and stop here if asked. */
  private async afterBatch(job: Job, seconds: number): Promise<void> {
    const throttle = this.currentPlan?.throttle ?? 1;
    if (throttle < 1 && !job.stopRequested) {
      const ms = (seconds * 1000 * (1 - throttle)) / throttle;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, ms);
        this.restWake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.restWake = undefined;
    }
    await this.refreshCounts();
    if (job.stopRequested) job.controller.abort();
  }

  /** Asks the running job to stop after the batch in flight is stored. */
  private softStop(): void {
    if (this.job) this.job.stopRequested = true;
    this.restWake?.();
  }

  private async refreshCounts(): Promise<void> {
    const { store } = this.options;
    const searchableDepth = await store.searchableDepth();
    const { chunks } = await store.stats();
    this.setState({ searchableDepth, chunks });
  }

  private setState(patch: Partial<AdaptiveStatus>): void {
    this.state = { ...this.state, ...patch };
    this.events.emit('progress', this.status());
  }

  // ---- plans and the encoder ----

  /** Re-plans; stops the running job between batches if the new plan wants other work. */
  private async replan(reprobe: boolean): Promise<void> {
    const { plan: next, previous, changed } = await this.plans.replan(reprobe);
    if (!changed) return;
    this.events.emit('plan', next, previous);
    const job = this.job;
    if (!job) return;
    const encoderChanged = job.provider !== next.provider || job.threads !== next.threads;
    const conflicts = encoderChanged || (job.kind === 'index' && next.indexDepth < job.depth) || (job.kind === 'deepen' && next.deepenTo !== job.depth);
    if (conflicts) this.softStop();
  }

  private async workload(): Promise<number> {
    const { chunks } = await this.options.store.stats();
    if (chunks === 0 && this.estimate === undefined) {
      // Before the first pass has counted them: a guess from the bytes the crawl would read (once).
      let bytes = 0;
      const max = this.options.crawl?.maxFileBytes ?? 1024 * 1024;
      for await (const f of crawl(this.options.root, { ...this.options.crawl, logger: this.logger })) if (f.size <= max) bytes += f.size;
      this.estimate = Math.ceil(bytes / BYTES_PER_CHUNK);
    }
    const firstPass = this.indexPending || this.passDepth !== undefined;
    return firstPass ? Math.max(chunks, this.estimate ?? 0) : chunks;
  }

  private async ensureEncoder(plan: Plan): Promise<void> {
    if (await this.encoder.ensure(plan.provider, plan.threads)) return;
    // Encoder.open fell back: the provider loaded once in the probe but not now.
    this.plans.providerFailed(plan.provider, `${plan.provider} did not load when the encoder opened`);
    await this.replan(false);
    throw new CancelledError('provider changed');
  }

  private async failed(error: Error): Promise<void> {
    const provider = this.encoder?.provider;
    if (error instanceof EncoderFailure && provider && provider !== 'cpu') {
      // Nothing finished is lost: every stored batch stays; the pass resumes on the next provider.
      this.plans.providerFailed(provider, error.message);
      await this.encoder.close();
      await this.replan(false);
      return;
    }
    this.logger.error(`indexing ${this.options.root} failed: ${error.message}`);
    if (this.events.listenerCount('error') > 0) this.events.emit('error', error);
    this.state = { ...this.state, error: error.message };
    await this.settle('error');
  }
}
