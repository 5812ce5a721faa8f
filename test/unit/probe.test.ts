import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLinuxProfile, parsePmsetBatt, parsePmsetLowPower, parsePowercfgScheme, parseSysfsSupplies, type OsPowerReader } from '../../src/core/adapt/power';
import { Prober, type SystemInfo } from '../../src/core/adapt/probe';
import type { ProviderName } from '../../src/core/model/providers';

type Battery = Awaited<ReturnType<SystemInfo['battery']>>;

function fakeSystem(over: { battery?: () => Promise<Battery>; controllers?: Awaited<ReturnType<SystemInfo['graphics']>>['controllers'] } = {}) {
  const calls = { battery: 0, graphics: 0, cpu: 0 };
  const system: SystemInfo = {
    battery: async () => {
      calls.battery++;
      return over.battery ? over.battery() : { hasBattery: false, isCharging: false, percent: 0, acConnected: true };
    },
    graphics: async () => {
      calls.graphics++;
      return { controllers: over.controllers ?? [] };
    },
    cpu: async () => {
      calls.cpu++;
      return { manufacturer: 'AMD', brand: 'EPYC', cores: 2, physicalCores: 2 };
    },
  };
  return { system, calls };
}

const noOs: OsPowerReader = { battery: async () => undefined, lowPowerMode: async () => undefined };

function fakeProviders(loading: ProviderName[]) {
  const tried: ProviderName[] = [];
  return {
    tried,
    tryProvider: async (p: ProviderName, file: string) => {
      assert.equal(file, 'seg0.onnx', 'providers are tried on the first segment');
      tried.push(p);
      if (!loading.includes(p)) throw new Error(`${p}: Failed to load shared library\nmore detail`);
    },
  };
}

test('probe: providers are tried one at a time, once, and cpu is always among them', async () => {
  const { system } = fakeSystem({ controllers: [{ vendor: 'NVIDIA', model: 'RTX 4070', vram: 12282, vramDynamic: false }] });
  const providers = fakeProviders(['cuda', 'cpu']);
  const prober = new Prober({ segmentFile: 'seg0.onnx', providers: ['cuda', 'webgpu'], tryProvider: providers.tryProvider, system, osPower: noOs });
  const first = await prober.probe();
  await prober.probe();
  await prober.probe();
  assert.deepEqual(providers.tried, ['cuda', 'webgpu', 'cpu'], 'each provider tried once over three probes');
  assert.deepEqual(
    first.providers.map((p) => [p.name, p.loads]),
    [
      ['cuda', true],
      ['webgpu', false],
      ['cpu', true],
    ],
  );
  assert.equal(first.providers[1].error, 'webgpu: Failed to load shared library', 'first line of the error only');
  assert.deepEqual(first.gpus, [{ vendor: 'NVIDIA', model: 'RTX 4070', memoryMiB: 12282 }]);
});

test('probe: webgpu is not tried when the OS reports no GPU; integrated GPU memory is not counted', async () => {
  const providers = fakeProviders(['cpu', 'webgpu']);
  const none = new Prober({ segmentFile: 'seg0.onnx', providers: ['webgpu'], tryProvider: providers.tryProvider, system: fakeSystem().system, osPower: noOs });
  const p = await none.probe();
  assert.deepEqual(providers.tried, ['cpu']);
  assert.match(p.providers[0].error!, /no GPU/);

  const { system } = fakeSystem({ controllers: [{ vendor: 'Intel', model: 'Iris Xe', vram: 128, vramDynamic: true }] });
  const integrated = await new Prober({ segmentFile: 'seg0.onnx', providers: [], tryProvider: providers.tryProvider, system, osPower: noOs }).probe();
  assert.deepEqual(integrated.gpus, [{ vendor: 'Intel', model: 'Iris Xe', memoryMiB: undefined }]);
});

test('probe: a provider that fails at run time is reported as not loading from then on (cpu never is)', async () => {
  const providers = fakeProviders(['cuda', 'cpu']);
  const prober = new Prober({ segmentFile: 'seg0.onnx', providers: ['cuda'], tryProvider: providers.tryProvider, system: fakeSystem().system, osPower: noOs });
  assert.equal((await prober.probe()).providers[0].loads, true);
  prober.markFailed('cuda', 'CUDA error: out of memory\nstack');
  prober.markFailed('cpu', 'whatever');
  const after = await prober.probe();
  assert.deepEqual(after.providers[0], { name: 'cuda', loads: false, error: 'failed at run time: CUDA error: out of memory' });
  assert.equal(after.providers[1].loads, true);
});

test('probe: power is read on every call; GPUs only after their time to live', async () => {
  let now = 0;
  let state: Battery = { hasBattery: true, isCharging: false, percent: 80, acConnected: false };
  const { system, calls } = fakeSystem({ battery: async () => state });
  const prober = new Prober({
    segmentFile: 'seg0.onnx',
    providers: [],
    tryProvider: fakeProviders(['cpu']).tryProvider,
    system,
    osPower: noOs,
    gpuTtlMs: 1000,
    now: () => now,
  });
  const a = await prober.probe();
  assert.deepEqual(a.power, { hasBattery: true, onMains: false, charging: false, percent: 80, lowPowerMode: undefined, source: 'systeminformation' });
  state = { hasBattery: true, isCharging: true, percent: 81, acConnected: true };
  now = 500;
  const b = await prober.probe();
  assert.equal(b.power.onMains, true);
  assert.equal(b.power.percent, 81);
  assert.equal(calls.graphics, 1);
  now = 1600;
  await prober.probe();
  assert.equal(calls.graphics, 2);
  assert.equal(calls.battery, 3);
  assert.equal(calls.cpu, 1, 'the CPU does not change');
});

test('probe: the OS reading stands in when systeminformation fails or misses the battery; low-power mode comes from the OS', async () => {
  const os: OsPowerReader = {
    battery: async () => ({ hasBattery: true, onMains: false, charging: false, percent: 42, source: 'sysfs' }),
    lowPowerMode: async () => true,
  };
  const failing = fakeSystem({ battery: async () => Promise.reject(new Error('boom')) }).system;
  const a = await new Prober({
    segmentFile: 'seg0.onnx',
    providers: [],
    tryProvider: fakeProviders(['cpu']).tryProvider,
    system: failing,
    osPower: os,
  }).probe();
  assert.deepEqual(a.power, { hasBattery: true, onMains: false, charging: false, percent: 42, source: 'sysfs', lowPowerMode: true });

  const blind = fakeSystem().system; // says no battery
  const b = await new Prober({ segmentFile: 'seg0.onnx', providers: [], tryProvider: fakeProviders(['cpu']).tryProvider, system: blind, osPower: os }).probe();
  assert.equal(b.power.source, 'sysfs');
  assert.equal(b.power.percent, 42);

  const nothing = await new Prober({
    segmentFile: 'seg0.onnx',
    providers: [],
    tryProvider: fakeProviders(['cpu']).tryProvider,
    system: failing,
    osPower: noOs,
  }).probe();
  assert.equal(nothing.power.onMains, true);
  assert.equal(nothing.power.hasBattery, false);
});

test('power: Linux sysfs supplies', () => {
  const bat = (status: string, capacity: string) => ({ name: 'BAT0', attributes: { type: 'Battery\n', status: `${status}\n`, capacity: `${capacity}\n` } });
  const ac = (online: string) => ({ name: 'AC', attributes: { type: 'Mains', online } });
  assert.deepEqual(parseSysfsSupplies([bat('Discharging', '77'), ac('0')]), {
    hasBattery: true,
    onMains: false,
    charging: false,
    percent: 77,
    source: 'sysfs',
  });
  assert.equal(parseSysfsSupplies([bat('Charging', '50'), ac('1')])!.onMains, true);
  assert.equal(parseSysfsSupplies([bat('Not charging', '80')])!.onMains, true, 'plugged in at a charge limit');
  assert.equal(parseSysfsSupplies([bat('Full', '100')])!.onMains, true);
  // A wireless mouse's battery is a "Device" battery, not the machine's.
  assert.deepEqual(
    parseSysfsSupplies([{ name: 'hidpp_battery_0', attributes: { type: 'Battery', scope: 'Device', status: 'Discharging', capacity: '5' } }, ac('1')]),
    { hasBattery: false, onMains: true, source: 'sysfs' },
  );
  assert.equal(parseSysfsSupplies([]), undefined);
  assert.equal(parseLinuxProfile('low-power\n'), true);
  assert.equal(parseLinuxProfile('power-saver\n'), true);
  assert.equal(parseLinuxProfile('balanced\n'), false);
  assert.equal(parseLinuxProfile(''), undefined);
});

test('power: macOS pmset and Windows powercfg', () => {
  const onBattery = "Now drawing from 'Battery Power'\n -InternalBattery-0 (id=1234567)\t64%; discharging; 4:01 remaining present: true\n";
  assert.deepEqual(parsePmsetBatt(onBattery), { hasBattery: true, onMains: false, charging: false, percent: 64, source: 'pmset' });
  const charging = "Now drawing from 'AC Power'\n -InternalBattery-0 (id=1234567)\t91%; charging; 0:20 remaining present: true\n";
  assert.deepEqual(parsePmsetBatt(charging), { hasBattery: true, onMains: true, charging: true, percent: 91, source: 'pmset' });
  assert.deepEqual(parsePmsetBatt("Now drawing from 'AC Power'\n"), {
    hasBattery: false,
    onMains: true,
    charging: undefined,
    percent: undefined,
    source: 'pmset',
  });
  assert.equal(parsePmsetBatt('garbage'), undefined);
  assert.equal(parsePmsetLowPower('System-wide power settings:\nCurrently in use:\n standby              1\n lowpowermode         1\n'), true);
  assert.equal(parsePmsetLowPower(' powermode            0\n'), false);
  assert.equal(parsePmsetLowPower(' standby 1\n'), undefined);
  assert.equal(parsePowercfgScheme('Power Scheme GUID: a1841308-3541-4fab-bc81-f71556f20b4a  (Power saver)'), true);
  assert.equal(parsePowercfgScheme('Power Scheme GUID: 381b4222-f694-41f0-9685-ff5bb260df2e  (Balanced)'), false);
});
