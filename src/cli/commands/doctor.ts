import * as os from 'node:os';
import * as path from 'node:path';
import { defaultIndexDir } from '../../core/index/location';
import { Store } from '../../core/index/store';
import { stderrLogger } from '../../core/log';
import { defaultBundleDir, loadBundle } from '../../core/model/bundle';
import { openWith, type ProviderName } from '../../core/model/providers';
import { parse } from '../args';

export const usage = 'barista doctor [--dir D] [--db D] [--model BUNDLE] [--json]';

const ALL_PROVIDERS: ProviderName[] = ['cuda', 'dml', 'coreml', 'webgpu', 'cpu'];

/** Checks each piece on its own and says what is wrong with it, rather than stopping at the first. */
export async function run(argv: string[]): Promise<void> {
  const { values } = parse(argv, {});
  const logger = stderrLogger(values.verbose);
  const report: Record<string, unknown> = {
    machine: { platform: `${process.platform}-${process.arch}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1), node: process.version },
  };
  const modelDir = values.model ?? defaultBundleDir();
  try {
    const bundle = await loadBundle(modelDir);
    const m = bundle.manifest;
    report.model = { ok: true, dir: modelDir, name: m.name, base: m.baseModel, precision: m.precision, layers: m.numLayers, hidden: m.hiddenSize, ladder: m.ladder, fingerprint: bundle.fingerprint };
    const first = path.join(bundle.dir, m.segments[0].file);
    const providers: Record<string, string> = {};
    for (const p of ALL_PROVIDERS) {
      try {
        await (await openWith(first, p, { threads: 1 })).release();
        providers[p] = 'loads';
      } catch (e) {
        providers[p] = `unavailable: ${(e as Error).message.split('\n')[0].slice(0, 120)}`;
      }
    }
    report.providers = providers;
    if (values.dir || values.db) {
      const db = values.db ?? defaultIndexDir(path.resolve(values.dir!));
      try {
        const store = await Store.open(db, bundle, logger);
        report.index = { ok: true, dir: db, ...(await store.stats()), searchableDepth: await store.searchableDepth() };
        await store.close();
      } catch (e) {
        report.index = { ok: false, dir: db, error: (e as Error).message };
      }
    }
  } catch (e) {
    report.model = { ok: false, dir: modelDir, error: (e as Error).message };
  }
  if (values.json) console.log(JSON.stringify(report));
  else console.log(JSON.stringify(report, null, 2));
  if (!(report.model as { ok: boolean }).ok) process.exitCode = 1;
}
