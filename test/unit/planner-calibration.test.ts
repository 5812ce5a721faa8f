import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { CachedCalibration, CalibrationError, CALIBRATION_VERSION, monotoneCosts, type Calibration } from '../../src/core/adapt/calibration';
import type { Encoder } from '../../src/core/model/encoder';
import type { ProviderName } from '../../src/core/model/providers';
import { fakeBundle } from '../helpers/fakeBundle';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-calibration-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Counts encoders opened and measurements taken; an encoder reports the provider it really got. */
function harness(loads: ProviderName[] = ['cpu', 'cuda']) {
  const log = { opened: 0, closed: 0, measured: [] as string[] };
  const open = async (provider: ProviderName) => {
    log.opened++;
    return { provider: loads.includes(provider) ? provider : 'cpu', close: async () => void log.closed++ } as unknown as Encoder;
  };
  const measure = async (encoder: Encoder, threads: number): Promise<Calibration> => {
    log.measured.push(`${encoder.provider}/${threads}`);
    return {
      version: CALIBRATION_VERSION,
      provider: encoder.provider,
      threads,
      model: 'set-below',
      machine: 'm',
      measuredAt: new Date().toISOString(),
      seconds: 1,
      layers: [{ layer: 1, chunksPerSecond: 10, queryMs: 1 }],
    };
  };
  return { log, open, measure };
}

test('calibration: measured once per machine, model, provider and threads, then read from disk', async () => {
  const dir = path.join(tmp, 'a');
  const h = harness();
  const bundle = fakeBundle('m', 'fp1');
  const make = (b = bundle, machine = 'box') =>
    new CachedCalibration({ bundle: b, dir, machine, open: h.open, measure: async (e, t) => ({ ...(await h.measure(e, t)), model: b.fingerprint }) });

  const first = await make().get('cpu', 2);
  assert.equal(first.provider, 'cpu');
  await make().get('cpu', 2);
  assert.deepEqual(h.log.measured, ['cpu/2'], 'a second process reads the cached file');
  assert.equal(h.log.opened, 1);
  assert.equal(h.log.closed, 1, 'the calibration encoder is closed');

  await make().get('cpu', 1);
  await make().get('cuda', 2);
  assert.deepEqual(h.log.measured, ['cpu/2', 'cpu/1', 'cuda/2'], 'other threads or provider: measured again');

  await make(fakeBundle('m', 'fp2')).get('cpu', 2);
  assert.equal(h.log.measured.length, 4, 'a new model fingerprint is measured again');
  await make(bundle, 'other-box').get('cpu', 2);
  assert.equal(h.log.measured.length, 5, 'another machine sharing the cache folder is measured again');

  await make().get('cpu', 2, { force: true });
  assert.equal(h.log.measured.length, 6, 'force re-measures');
  assert.equal(readdirSync(dir).filter((f) => f.endsWith('.tmp')).length, 0, 'no temporary files left');
  assert.equal(make().cached('coreml', 2), undefined);
});

test('calibration: concurrent requests share one measurement', async () => {
  const h = harness();
  const bundle = fakeBundle('m', 'fp1');
  const cache = new CachedCalibration({
    bundle,
    dir: path.join(tmp, 'b'),
    machine: 'box',
    open: h.open,
    measure: async (e, t) => ({ ...(await h.measure(e, t)), model: 'fp1' }),
  });
  await Promise.all([cache.get('cpu', 2), cache.get('cpu', 2), cache.get('cpu', 2)]);
  assert.equal(h.log.measured.length, 1);
});

test('calibration: a provider that falls back to cpu is refused, not measured under the wrong name', async () => {
  const h = harness(['cpu']);
  const cache = new CachedCalibration({ bundle: fakeBundle(), dir: path.join(tmp, 'c'), machine: 'box', open: h.open, measure: h.measure });
  await assert.rejects(cache.get('cuda', 2), (e: Error) => e instanceof CalibrationError && /cuda: it did not load/.test(e.message));
  assert.equal(h.log.measured.length, 0);
  assert.equal(h.log.closed, 1);
});

test('calibration: a noisy measurement is made monotone in depth with the least change', () => {
  assert.deepEqual(monotoneCosts([1, 2, 3]), [1, 2, 3]);
  // A busy moment made layer 3 look slower than layers 4 and 5.
  assert.deepEqual(monotoneCosts([14, 26, 41, 29, 26, 32]), [14, 26, 32, 32, 32, 32]);
  assert.deepEqual(monotoneCosts([5, 4]), [4.5, 4.5]);
  assert.deepEqual(monotoneCosts([]), []);
});
