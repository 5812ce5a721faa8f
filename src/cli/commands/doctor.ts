import * as os from 'node:os';
import * as path from 'node:path';
import { defaultIndexDir } from '../../core/index/location';
import { Store } from '../../core/index/store';
import { cliLogger } from '../output';
import { defaultBundleDir, loadBundle } from '../../core/model/bundle';
import { CachedCalibration } from '../../core/adapt/calibration';
import { chooseProvider, mainsThreads, plan as makePlan } from '../../core/adapt/planner';
import { Prober } from '../../core/adapt/probe';
import { resolveSettings } from '../../core/adapt/settings';
import { parse, UsageError } from '../args';

export const usage = 'barista doctor [--dir D] [--db D] [--model BUNDLE] [--plan auto|NAME] [--recalibrate] [--json]';

/** The workload the plan is shown for when no index is named: the budget's reference folder. */
const REFERENCE_CHUNKS = 5000;

/** Checks each piece on its own and says what is wrong with it, rather than stopping at the first. */
export async function run(argv: string[]): Promise<void> {
  const { values } = parse(argv, { plan: { type: 'string' }, recalibrate: { type: 'boolean', default: false } });
  const logger = cliLogger(values);
  const report: Record<string, unknown> = {
    machine: {
      platform: `${process.platform}-${process.arch}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
      node: process.version,
    },
  };
  const modelDir = values.model ?? defaultBundleDir();
  try {
    const bundle = await loadBundle(modelDir);
    const m = bundle.manifest;
    report.model = {
      ok: true,
      dir: modelDir,
      name: m.name,
      base: m.baseModel,
      precision: m.precision,
      layers: m.numLayers,
      hidden: m.hiddenSize,
      ladder: m.ladder,
      fingerprint: bundle.fingerprint,
    };
    const first = path.join(bundle.dir, m.segments[0].file);
    const probe = await new Prober({ segmentFile: first, logger }).probe();
    report.providers = Object.fromEntries(probe.providers.map((p) => [p.name, p.loads ? 'loads' : `unavailable: ${p.error}`]));
    report.probe = { cpu: probe.cpu, gpus: probe.gpus, memoryGiB: probe.memoryGiB, power: probe.power };
    let workload = { chunks: REFERENCE_CHUNKS, from: 'reference folder (no index named)' };
    if (values.dir || values.db) {
      const db = values.db ?? defaultIndexDir(path.resolve(values.dir!));
      try {
        const store = await Store.open(db, bundle, logger, { access: 'read' });
        report.index = { ok: true, dir: db, ...(await store.stats()), searchableDepth: await store.searchableDepth() };
        const chunks = (await store.stats()).chunks;
        if (chunks > 0) workload = { chunks, from: 'the index' };
        await store.close();
      } catch (e) {
        report.index = { ok: false, dir: db, error: (e as Error).message };
      }
    }
    // Calibrate the provider the planner would choose, at the threads it would use on mains.
    let settings;
    try {
      settings = resolveSettings({ quality: values.plan }, m.ladder);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const { provider } = chooseProvider(probe, settings, []);
    const threads = mainsThreads(probe, provider);
    const calibrations = new CachedCalibration({ bundle, logger });
    const cached = !values.recalibrate && calibrations.cached(provider, threads) !== undefined;
    try {
      const c = await calibrations.get(provider, threads, { force: values.recalibrate });
      const sizeOf = (layer: number) =>
        m.ladder
          .filter((s) => s.layer === layer)
          .map((s) => s.name)
          .join('/');
      report.calibration = {
        provider: c.provider,
        threads: c.threads,
        cached,
        measuredAt: c.measuredAt,
        seconds: c.seconds,
        layers: c.layers.map((l) => ({ size: sizeOf(l.layer), ...l })),
        file: calibrations.dir,
      };
      report.plan = { settings, workload, ...makePlan({ probe, calibrations: [c], settings, workload, ladder: m.ladder }) };
    } catch (e) {
      report.calibration = { ok: false, provider, threads, error: (e as Error).message };
      report.plan = { settings, workload, ...makePlan({ probe, calibrations: [], settings, workload, ladder: m.ladder }) };
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    report.model = { ok: false, dir: modelDir, error: (e as Error).message };
  }
  if (values.json) console.log(JSON.stringify(report));
  else console.log(JSON.stringify(report, null, 2));
  if (!(report.model as { ok: boolean }).ok) process.exitCode = 1;
}
