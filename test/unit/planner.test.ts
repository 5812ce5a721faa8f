import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layersWorthRunning, plan, sameWork, type Plan, type PlanInput } from '../../src/core/adapt/planner';
import type { Probe, ProviderStatus } from '../../src/core/adapt/probe';
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from '../../src/core/adapt/settings';
import type { Calibration } from '../../src/core/adapt/speed';
import { storedLayers, type Ladder } from '../../src/core/model/ladder';
import type { ProviderName } from '../../src/core/model/providers';

// The shipped model's shape: 6 layers, 384 wide.
const ladder: Ladder = [
  { name: 'demi', layer: 1, dim: 16 },
  { name: 'short', layer: 2, dim: 32 },
  { name: 'tall', layer: 3, dim: 64 },
  { name: 'grande', layer: 4, dim: 128 },
  { name: 'venti', layer: 5, dim: 256 },
  { name: 'trenta', layer: 6, dim: 384 },
];

function calibration(provider: ProviderName, threads: number, rates: number[], queryMs: number[]): Calibration {
  return {
    version: 1,
    provider,
    threads,
    model: 'm',
    machine: 'test',
    measuredAt: '2026-01-01T00:00:00Z',
    seconds: 5,
    layers: rates.map((r, i) => ({ layer: i + 1, chunksPerSecond: r, queryMs: queryMs[i] })),
  };
}

// Numbers of the shape measured on a 2-core cloud CPU and guessed for the others.
const twoCoreCpu = calibration('cpu', 2, [50, 33, 24, 20, 15, 12.5], [2, 5, 7, 9, 12, 15]);
const laptopCpu = calibration('cpu', 3, [110, 70, 50, 40, 32, 27], [1, 2, 3, 4, 5, 6]);
const desktopCuda = calibration('cuda', 2, [2000, 1400, 1000, 800, 650, 550], [1, 1.5, 2, 2.5, 3, 3.5]);

const providers = (loading: ProviderName[], failing: [ProviderName, string][] = []): ProviderStatus[] => [
  ...failing.map(([name, error]) => ({ name, loads: false, error })),
  ...loading.map((name) => ({ name, loads: true })),
];

function probe(over: Omit<Partial<Probe>, 'power'> & { power?: Partial<Probe['power']> } = {}): Probe {
  return {
    providers: over.providers ?? providers(['cpu']),
    gpus: over.gpus ?? [],
    cpu: over.cpu ?? { model: 'Test CPU', cores: 2, physicalCores: 2 },
    memoryGiB: 16,
    power: { hasBattery: false, onMains: true, source: 'fake', ...over.power },
    takenAt: '2026-01-01T00:00:00Z',
  };
}

const desktopGpu = probe({
  cpu: { model: 'Desktop 8-core', cores: 16, physicalCores: 8 },
  gpus: [{ vendor: 'NVIDIA', model: 'GeForce RTX 4070', memoryMiB: 12282 }],
  providers: providers(['cuda', 'cpu']),
});
const laptop = (power: Partial<Probe['power']>) =>
  probe({ cpu: { model: 'Laptop 4-core', cores: 8, physicalCores: 4 }, power: { hasBattery: true, ...power } });

interface Case {
  name: string;
  input: Omit<PlanInput, 'ladder' | 'settings'> & { settings?: Partial<Settings> };
  expect: Partial<Omit<Plan, 'querySize' | 'reason' | 'expect'>> & { querySize?: string; reason?: RegExp[] };
}

const cases: Case[] = [
  {
    name: 'desktop with a GPU: cuda, deep at once, no throttle',
    input: { probe: desktopGpu, calibrations: [desktopCuda, laptopCpu], workload: { chunks: 5000 } },
    expect: {
      provider: 'cuda',
      indexDepth: 6,
      deepenTo: 6,
      targetDepth: 6,
      querySize: 'trenta',
      threads: 2,
      batchSize: 64,
      throttle: 1,
      power: 'mains',
      reason: [/^trenta: 6 layers; no battery; cuda, 2 threads$/],
    },
  },
  {
    name: 'desktop with a GPU not calibrated yet: still cuda and deeper than a CPU would go',
    input: { probe: desktopGpu, calibrations: [], workload: { chunks: 5000 } },
    expect: { provider: 'cuda', indexDepth: 6, estimated: true, reason: [/speeds estimated, not calibrated/] },
  },
  {
    name: 'laptop on mains: as deep as 2 minutes allow, then deepen',
    input: { probe: laptop({ onMains: true, charging: true, percent: 60 }), calibrations: [laptopCpu], workload: { chunks: 5000 } },
    expect: {
      provider: 'cpu',
      indexDepth: 3,
      deepenTo: 6,
      targetDepth: 6,
      querySize: 'trenta',
      threads: 3,
      batchSize: 32,
      throttle: 1,
      power: 'mains',
      reason: [/^tall: 3 layers first, then trenta \(6 layers\) when idle; on mains; cpu, 3 threads$/],
    },
  },
  {
    name: 'laptop on battery at 80%: shallow, half the threads, throttled, deepening waits',
    input: { probe: laptop({ onMains: false, percent: 80 }), calibrations: [laptopCpu], workload: { chunks: 5000 } },
    expect: {
      indexDepth: 1,
      deepenTo: undefined,
      targetDepth: 6,
      threads: 1,
      batchSize: 16,
      throttle: 0.5,
      power: 'battery',
      reason: [/^demi: 1 layer; on battery \(80%\), throttled to 50%; deepening to trenta waits for mains/],
    },
  },
  {
    name: 'laptop on battery at 80%, small folder: capped at the middle of the ladder',
    input: { probe: laptop({ onMains: false, percent: 80 }), calibrations: [laptopCpu], workload: { chunks: 300 } },
    expect: { indexDepth: 3, deepenTo: undefined, throttle: 0.5, power: 'battery' },
  },
  {
    name: 'laptop on battery at 15%: shallowest, one thread, quarter throttle',
    input: { probe: laptop({ onMains: false, percent: 15 }), calibrations: [laptopCpu], workload: { chunks: 300 } },
    expect: {
      indexDepth: 1,
      deepenTo: undefined,
      threads: 1,
      batchSize: 8,
      throttle: 0.25,
      power: 'low-battery',
      reason: [/battery low \(15%\), throttled to 25%/, /deepening to trenta waits for mains/],
    },
  },
  {
    name: 'low-power mode, even on mains: shallowest and throttled',
    input: { probe: laptop({ onMains: true, percent: 95, lowPowerMode: true }), calibrations: [laptopCpu], workload: { chunks: 300 } },
    expect: { indexDepth: 1, deepenTo: undefined, threads: 1, throttle: 0.25, power: 'low-power-mode', reason: [/low-power mode/] },
  },
  {
    name: 'battery behaviour "ignore": battery at 15% plans like mains',
    input: { probe: laptop({ onMains: false, percent: 15 }), calibrations: [laptopCpu], workload: { chunks: 5000 }, settings: { battery: 'ignore' } },
    expect: { indexDepth: 3, deepenTo: 6, throttle: 1, threads: 3, power: 'mains' },
  },
  {
    name: 'a 2-core CPU alone: first pass at demi within 2 minutes, deepened later; query at trenta fits 50 ms',
    input: { probe: probe(), calibrations: [twoCoreCpu], workload: { chunks: 5000 } },
    expect: {
      provider: 'cpu',
      indexDepth: 1,
      deepenTo: 6,
      targetDepth: 6,
      querySize: 'trenta',
      rerankDims: 384,
      threads: 2,
      batchSize: 32,
      throttle: 1,
      power: 'mains',
    },
  },
  {
    name: 'a 2-core CPU, a small folder: straight to trenta',
    input: { probe: probe(), calibrations: [twoCoreCpu], workload: { chunks: 600 } },
    expect: { indexDepth: 6, deepenTo: 6, targetDepth: 6, reason: [/^trenta: 6 layers; no battery/] },
  },
  {
    name: 'a GPU whose provider fails to load: CPU, and the reason says so',
    input: {
      probe: probe({ ...desktopGpu, providers: providers(['cpu'], [['cuda', 'libcudart.so.12: cannot open shared object file']]) }),
      calibrations: [laptopCpu],
      workload: { chunks: 5000 },
    },
    expect: { provider: 'cpu', reason: [/cuda did not load \(libcudart\.so\.12: cannot open shared object file\), using cpu/] },
  },
  {
    name: 'the user asks for cuda on a machine where it does not load: CPU, with the reason',
    input: {
      probe: probe({ providers: providers(['cpu'], [['cuda', 'Failed to load shared library']]) }),
      calibrations: [twoCoreCpu],
      workload: { chunks: 5000 },
      settings: { provider: 'cuda' },
    },
    expect: { provider: 'cpu', reason: [/cuda did not load \(Failed to load shared library\), using cpu/] },
  },
  {
    name: 'a GPU provider measured slower than the CPU loses to it',
    input: {
      probe: probe({ ...desktopGpu, providers: providers(['coreml', 'cpu']) }),
      calibrations: [calibration('coreml', 2, [20, 15, 12, 10, 8, 6], [5, 6, 7, 8, 9, 10]), laptopCpu],
      workload: { chunks: 5000 },
    },
    expect: { provider: 'cpu', reason: [/coreml measured slower than cpu/] },
  },
  {
    name: 'a large workspace on 2 cores: deepening stops where an hour of background work ends',
    input: { probe: probe(), calibrations: [twoCoreCpu], workload: { chunks: 100_000 } },
    expect: { indexDepth: 1, deepenTo: 2, targetDepth: 2, querySize: 'short', reason: [/short is as deep as the large workspace allows/] },
  },
  {
    name: 'a workspace too large even for demi within the hour: demi, and no deepening',
    input: { probe: probe(), calibrations: [twoCoreCpu], workload: { chunks: 400_000 } },
    expect: { indexDepth: 1, deepenTo: 1, targetDepth: 1, querySize: 'demi', reason: [/^demi: 1 layer; no battery/] },
  },
];

for (const c of cases) {
  test(`planner: ${c.name}`, () => {
    const settings = resolveSettings(c.input.settings ?? {}, ladder);
    const p = plan({ ...c.input, settings, ladder });
    const { querySize, reason, ...fields } = c.expect;
    for (const [key, value] of Object.entries(fields)) {
      assert.deepEqual(p[key as keyof Plan], value, `${key}: ${JSON.stringify(p)}`);
    }
    if (querySize) assert.equal(p.querySize.name, querySize);
    for (const r of reason ?? []) assert.match(p.reason, r);
    assert.ok(!p.reason.includes('\n'), 'the reason is one line');
  });
}

test('planner: the user forcing each size sets the target and the query size, first pass still within budget', () => {
  for (const size of ladder) {
    const settings = resolveSettings({ quality: size.name }, ladder);
    const big = plan({ probe: probe(), calibrations: [twoCoreCpu], settings, workload: { chunks: 5000 }, ladder });
    assert.equal(big.querySize.name, size.name);
    assert.equal(big.targetDepth, size.layer);
    assert.equal(big.rerankDims, size.dim);
    assert.equal(big.indexDepth, 1, `${size.name}: 5,000 chunks fit 2 minutes only at demi`);
    assert.equal(big.deepenTo, size.layer);
    assert.match(big.reason, new RegExp(`${size.name} set by the user`));

    const small = plan({ probe: probe(), calibrations: [twoCoreCpu], settings, workload: { chunks: 300 }, ladder });
    assert.equal(small.indexDepth, size.layer, `${size.name}: a small folder goes straight to the size asked`);
    assert.equal(small.deepenTo, size.layer);

    const battery = plan({ probe: laptop({ onMains: false, percent: 80 }), calibrations: [laptopCpu], settings, workload: { chunks: 300 }, ladder });
    assert.equal(battery.indexDepth, Math.min(size.layer, 3), `${size.name} on battery: no deeper than tall first`);
    assert.equal(battery.deepenTo, undefined, 'deepening a forced size still waits for mains');
  }
});

test('planner: a forced size is never overridden by the huge-workspace or query limits', () => {
  const p = plan({
    probe: probe(),
    calibrations: [twoCoreCpu],
    settings: resolveSettings({ quality: 'trenta' }, ladder),
    workload: { chunks: 400_000 },
    ladder,
  });
  assert.equal(p.targetDepth, 6);
  assert.equal(p.deepenTo, 6);
  assert.equal(p.querySize.dim, 384);
});

test('planner: a huge index queries a shorter prefix and reranks on the full one, within the query budget', () => {
  const p = plan({ probe: desktopGpu, calibrations: [desktopCuda], settings: DEFAULT_SETTINGS, workload: { chunks: 1_000_000 }, ladder });
  assert.equal(p.targetDepth, 6);
  assert.deepEqual(p.querySize, { name: '6:24', layer: 6, dim: 24 });
  assert.equal(p.rerankDims, 384);
  assert.ok(p.expect.queryMs <= 50, `query ${p.expect.queryMs} ms`);
});

test('planner: moving power and battery only ever makes the plan shallower or more throttled', () => {
  const order = [laptop({ onMains: true, percent: 90 }), laptop({ onMains: false, percent: 80 }), laptop({ onMains: false, percent: 15 })].map((pr) =>
    plan({ probe: pr, calibrations: [laptopCpu], settings: DEFAULT_SETTINGS, workload: { chunks: 2000 }, ladder }),
  );
  for (let i = 1; i < order.length; i++) {
    assert.ok(order[i].indexDepth <= order[i - 1].indexDepth);
    assert.ok(order[i].throttle < order[i - 1].throttle);
    assert.ok(order[i].threads <= order[i - 1].threads);
  }
});

test('planner: sameWork tells a real change from a new reason only', () => {
  const input = { probe: probe(), calibrations: [twoCoreCpu], settings: DEFAULT_SETTINGS, workload: { chunks: 5000 }, ladder };
  const a = plan(input);
  assert.ok(sameWork(a, plan({ ...input, workload: { chunks: 5100 } })));
  assert.ok(!sameWork(a, plan({ ...input, probe: laptop({ onMains: false, percent: 50 }) })));
  assert.ok(!sameWork(undefined, a));
});

test('settings: unknown values are refused with what is allowed', () => {
  assert.throws(() => resolveSettings({ quality: 'huge' }, ladder), /use auto or one of demi, short, tall, grande, venti, trenta/);
  assert.throws(() => resolveSettings({ battery: 'sometimes' as never }, ladder), /save or ignore/);
  assert.throws(() => resolveSettings({ provider: 'tpu' as never }, ladder), /execution provider "tpu"/);
  assert.equal(resolveSettings({ quality: 'Tall' }, ladder).quality, 'tall');
});

test('rung 0, the static table: a large first index starts there in seconds and deepens; low battery stays there', () => {
  const withShot: Ladder = [{ name: 'shot', layer: 0, dim: 256 }, ...ladder];
  const measured = { ...twoCoreCpu, layers: [{ layer: 0, chunksPerSecond: 4000, queryMs: 0.3 }, ...twoCoreCpu.layers] };
  const settings = resolveSettings({}, withShot);
  const big = plan({ probe: probe(), calibrations: [measured], settings, workload: { chunks: 100_000 }, ladder: withShot });
  assert.equal(big.indexDepth, 0, '100k chunks: even demi would take half an hour at first');
  assert.ok(big.expect.firstIndexSeconds < 60);
  assert.ok(big.deepenTo !== undefined && big.deepenTo > 0);
  assert.match(big.reason, /^shot: static table first, then \w+ \(\d layers?\) when idle/);
  const small = plan({ probe: probe(), calibrations: [measured], settings, workload: { chunks: 300 }, ladder: withShot });
  assert.equal(small.indexDepth, 6, 'a small folder goes deep at once');
  const low = plan({ probe: laptop({ onMains: false, percent: 10 }), calibrations: [measured], settings, workload: { chunks: 300 }, ladder: withShot });
  assert.equal(low.indexDepth, 0);
  const uncalibrated = plan({ probe: probe(), calibrations: [], settings, workload: { chunks: 100_000 }, ladder: withShot });
  assert.equal(uncalibrated.indexDepth, 0, 'the prior knows the table is fast');
  const forced = plan({
    probe: probe(),
    calibrations: [measured],
    settings: resolveSettings({ quality: 'shot' }, withShot),
    workload: { chunks: 300 },
    ladder: withShot,
  });
  assert.equal(forced.targetDepth, 0);
  assert.equal(forced.querySize.name, 'shot');
});

// With rung 0, and how well each size ranks as the shipped model's card measured it (hybrid nDCG@10):
// the first three network layers rank no better than the static table.
const withShot: Ladder = [{ name: 'shot', layer: 0, dim: 256 }, ...ladder];
const shippedQuality = { shot: 0.83, demi: 0.819, short: 0.814, tall: 0.831, grande: 0.84, venti: 0.847 };

test('planner: a size that ranks no better than a cheaper one is left out of its choices, unless the user sets it', () => {
  const layersOf = (quality?: Record<string, number>) => layersWorthRunning(storedLayers(withShot), withShot, quality).map((l) => l.layer);
  assert.deepEqual(layersOf(shippedQuality), [0, 4, 5, 6], 'tall is 0.001 above shot: not worth 3 layers; trenta, unstated, stays');
  assert.deepEqual(layersOf(undefined), [0, 1, 2, 3, 4, 5, 6]);
  assert.deepEqual(layersOf({ shot: 0.5, demi: 0.6, short: 0.7 }), [0, 1, 2, 3, 4, 5, 6]);

  const input = (settings: Settings, quality?: Record<string, number>, chunks = 300) => ({
    probe: laptop({ onMains: false, percent: 80 }),
    calibrations: [laptopCpu],
    settings,
    workload: { chunks },
    ladder: withShot,
    quality,
  });
  assert.equal(plan(input(DEFAULT_SETTINGS)).indexDepth, 3, 'on battery, without qualities: the middle of the ladder');
  assert.equal(plan(input(DEFAULT_SETTINGS, shippedQuality)).indexDepth, 0, 'on battery: rung 0, which ranks as well as tall');

  const mains = plan({
    probe: probe(),
    calibrations: [twoCoreCpu],
    settings: DEFAULT_SETTINGS,
    workload: { chunks: 5000 },
    ladder: withShot,
    quality: shippedQuality,
  });
  assert.equal(mains.indexDepth, 0, 'a first pass that cannot reach grande in time stays at rung 0 rather than demi');
  assert.ok(mains.targetDepth >= 4 && mains.deepenTo === mains.targetDepth, 'and deepens straight to a size worth running');

  const forced = plan({ ...input(resolveSettings({ quality: 'short' }, withShot), shippedQuality), probe: probe(), calibrations: [twoCoreCpu] });
  assert.equal(forced.indexDepth, 2, 'a size the user sets is run');
  assert.equal(forced.querySize.name, 'short');
});
