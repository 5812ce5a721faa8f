import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { CALIBRATION_DOCUMENTS } from '../../src/core/adapt/calibration-texts';
import type { CalibrationSource } from '../../src/core/adapt/calibration';
import type { Plan } from '../../src/core/adapt/planner';
import type { Probe, ProbeSource } from '../../src/core/adapt/probe';
import { AdaptiveIndexer, type AdaptiveStatus } from '../../src/core/adapt/adaptiveIndexer';
import type { Calibration } from '../../src/core/adapt/speed';
import { Store } from '../../src/core/index/store';
import { silentLogger, type Logger } from '../../src/core/log';
import { defaultBundleDir, loadBundle, type Bundle } from '../../src/core/model/bundle';
import { Encoder } from '../../src/core/model/encoder';
import { storedLayers } from '../../src/core/model/ladder';
import type { ProviderName } from '../../src/core/model/providers';
import { Searcher } from '../../src/core/search/searcher';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-progressive-'));
const root = path.join(tmp, 'work');
let bundle: Bundle;
let queryEncoder: Encoder;

before(async () => {
  // The mini fixture plus realistic chunks of other languages: a corpus of a few dozen chunks.
  cpSync(path.join(__dirname, '..', 'fixtures', 'mini'), root, { recursive: true });
  mkdirSync(path.join(root, 'more'));
  for (const doc of CALIBRATION_DOCUMENTS) {
    const [head, ...body] = doc.split('\n');
    writeFileSync(path.join(root, 'more', head.split(' ')[0]), body.join('\n') + '\n');
  }
  // And a few of this repository's own sources, so deepening takes more than one batch.
  const src = path.join(__dirname, '..', '..', 'src', 'core');
  for (const file of [
    'model/ladder.ts',
    'model/batching.ts',
    'search/fusion.ts',
    'search/snippet.ts',
    'index/crawler.ts',
    'index/store.ts',
    'adapt/planner.ts',
  ]) {
    cpSync(path.join(src, file), path.join(root, 'repo', file));
  }
  bundle = await loadBundle(defaultBundleDir());
  queryEncoder = await Encoder.open(bundle, { providers: ['cpu'], threads: 1 });
});
after(async () => {
  await queryEncoder.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** A machine whose power the test moves: a 2-core laptop, CPU only unless told otherwise. */
function fakeProbe(power: Probe['power'], providers: ProviderName[] = ['cpu']): ProbeSource & { power: Probe['power']; failed: string[] } {
  const failed: string[] = [];
  const source = {
    power,
    failed,
    probe: async (): Promise<Probe> => ({
      providers: providers.map((name) => ({ name, loads: !failed.includes(name), error: failed.includes(name) ? 'failed at run time: test' : undefined })),
      gpus: providers.includes('cuda') ? [{ vendor: 'NVIDIA', model: 'Test GPU', memoryMiB: 8192 }] : [],
      cpu: { model: 'Test CPU', cores: 2, physicalCores: 2 },
      memoryGiB: 8,
      power: { ...source.power },
      takenAt: new Date().toISOString(),
    }),
    markFailed: (provider: ProviderName) => void failed.push(provider),
  };
  return source;
}

/** Fixed speeds (the shape measured here) so the plans do not depend on how busy the machine is. */
const fixedCalibration: CalibrationSource = {
  get: async (provider: ProviderName, threads: number): Promise<Calibration> => ({
    version: 1,
    provider,
    threads,
    model: bundle.fingerprint,
    machine: 'test',
    measuredAt: new Date().toISOString(),
    seconds: 0,
    layers: [50, 33, 24, 20, 15, 12.5].map((r, i) => ({ layer: i + 1, chunksPerSecond: r * (provider === 'cpu' ? 1 : 10), queryMs: 2 + 2 * i })),
  }),
};

/** Opens real CPU encoders and records every document text embedded, per depth. */
function countingEncoders(options: { failAfter?: { provider: ProviderName; calls: number } } = {}) {
  const embedded = new Map<number, string[]>();
  const opened: string[] = [];
  const open = async (provider: ProviderName, threads: number) => {
    opened.push(`${provider}/${threads}`);
    const encoder = await Encoder.open(bundle, { providers: ['cpu'], threads });
    // A stand-in for a GPU provider: the CPU under its name, failing after some calls like a GPU out of memory.
    if (provider !== 'cpu') {
      // Load every segment first: the encoder opens later segments with the provider it reports.
      await encoder.embed(['warm up'], encoder.maxDepth, 'query');
      Object.defineProperty(encoder, 'provider', { value: provider });
    }
    const embed = encoder.embed.bind(encoder);
    let calls = 0;
    encoder.embed = async (texts, depth, role, signal) => {
      if (options.failAfter?.provider === provider && ++calls > options.failAfter.calls) throw new Error('CUDA error: out of memory');
      const out = await embed(texts, depth, role, signal);
      if (role === 'document') embedded.set(depth, [...(embedded.get(depth) ?? []), ...texts]);
      return out;
    };
    return encoder;
  };
  return { embedded, opened, open };
}

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(m), warn: (m) => lines.push(`warn: ${m}`), error: (m) => lines.push(`error: ${m}`) };
}

const duplicates = (texts: string[]) => texts.filter((t, i) => texts.indexOf(t) !== i);

test('battery to mains mid-indexing: searchable shallow first, deepened in place, search moves to the deep layer, nothing embedded twice', async () => {
  const store = await Store.open(path.join(tmp, 'db-power'), bundle);
  const probe = fakeProbe({ hasBattery: true, onMains: false, charging: false, percent: 80, source: 'fake' });
  const encoders = countingEncoders();
  const logger = recordingLogger();
  const indexer = new AdaptiveIndexer({ root, store, bundle, probe, calibration: fixedCalibration, openEncoder: encoders.open, pollMs: 0, logger });
  const plans: Plan[] = [];
  indexer.on('plan', (p) => plans.push(p));
  let flippedAt: AdaptiveStatus['work'];
  const deepening: { done: number; total: number; searchable: number; sizeLayer?: number }[] = [];
  indexer.on('progress', (s) => {
    if (!flippedAt && s.work?.kind === 'index' && s.work.embedded > 0) {
      // The first batch is stored: the laptop is plugged in.
      flippedAt = { ...s.work };
      probe.power = { hasBattery: true, onMains: true, charging: true, percent: 80, source: 'fake' };
      void indexer.refresh();
    }
    if (s.work?.kind === 'deepen')
      deepening.push({ done: s.work.done, total: s.work.total, searchable: s.searchableDepth, sizeLayer: indexer.searchSize()?.layer });
  });
  // The user is typing: deepening must wait even on mains.
  indexer.setIdle(false);
  indexer.start();

  const first = await indexer.whenSettled();
  assert.equal(plans[0].power, 'battery');
  assert.equal(plans[0].indexDepth, 3, 'on battery the first pass stops at tall');
  assert.equal(plans[0].deepenTo, undefined);
  assert.ok(flippedAt, 'power changed while the first pass was running');
  assert.ok(flippedAt!.done < flippedAt!.total, `mid-pass: ${flippedAt!.done}/${flippedAt!.total} files`);
  const mains = plans.at(-1)!;
  assert.equal(mains.power, 'mains');
  assert.equal(mains.deepenTo, 6);
  assert.deepEqual(encoders.opened, ['cpu/1', 'cpu/2'], 'the encoder was reopened with the mains thread count');

  assert.equal(first.state, 'waiting');
  assert.equal(first.waitingFor, 'the editor to be idle');
  assert.equal(first.searchableDepth, 3, 'the whole first pass finished at the shallow depth');
  assert.equal(await store.countBelow(3), 0);
  assert.deepEqual([...encoders.embedded.keys()], [3]);
  const shallowSize = indexer.searchSize()!;
  assert.equal(shallowSize.layer, 3);
  const searcher = new Searcher(store, queryEncoder);
  const query = 'try an upload again after it fails, waiting longer each time';
  const shallowHits = await searcher.search(query, { size: shallowSize, mode: 'dense', k: 3 });
  assert.ok(shallowHits.length > 0, 'searchable at the shallow layer before any deepening');
  const idsBefore = (await store.chunksBelow(99, 10_000)).map((c) => c.id).sort();

  indexer.setIdle(true);
  const done = await indexer.whenSettled();
  assert.equal(done.state, 'idle');
  assert.equal(done.searchableDepth, 6);
  assert.equal(await store.countBelow(6), 0);
  const deepSize = indexer.searchSize()!;
  assert.equal(deepSize.name, 'trenta');
  const deepHits = await searcher.search(query, { size: deepSize, mode: 'dense', k: 3 });
  assert.ok(
    deepHits.some((h) => h.path === 'src/uploads.py'),
    deepHits.map((h) => h.path).join(', '),
  );

  // While deepening, search stayed on the layer every chunk had; it moved only once all were deep.
  const partial = deepening.filter((d) => d.done < d.total);
  assert.ok(partial.length > 0, 'deepening was observed part way');
  for (const d of partial) {
    assert.equal(d.searchable, 3);
    assert.equal(d.sizeLayer, 3);
  }

  // Deepening rewrote rows in place: the same chunks, now deeper.
  const idsAfter = (await store.chunksBelow(99, 10_000)).map((c) => c.id).sort();
  assert.deepEqual(idsAfter, idsBefore);
  const chunks = (await store.stats()).chunks;
  for (const depth of [3, 6]) {
    const texts = encoders.embedded.get(depth) ?? [];
    assert.deepEqual(duplicates(texts), [], `no chunk embedded twice at layer ${depth}`);
    assert.equal(new Set(texts).size, chunks, `every chunk embedded once at layer ${depth}`);
  }
  assert.deepEqual([...encoders.embedded.keys()].sort(), [3, 6]);

  // Back on battery: nothing to undo, nothing redone; the index stays at trenta.
  probe.power = { hasBattery: true, onMains: false, charging: false, percent: 15, source: 'fake' };
  await indexer.refresh();
  const low = await indexer.whenSettled();
  assert.equal(low.plan!.power, 'low-battery');
  assert.equal(low.searchableDepth, 6);
  assert.equal(indexer.searchSize()!.name, 'trenta');
  await indexer.stop();
  await store.close();
});

test('deepening pauses on battery and resumes on mains, keeping what it did', async () => {
  const store = await Store.open(path.join(tmp, 'db-pause'), bundle);
  const probe = fakeProbe({ hasBattery: true, onMains: true, charging: true, percent: 90, source: 'fake' });
  const encoders = countingEncoders();
  // A workload too big for anything but the first rung within the first-pass budget, so deepening has work to do.
  const indexer = new AdaptiveIndexer({
    root,
    store,
    bundle,
    probe,
    calibration: fixedCalibration,
    openEncoder: encoders.open,
    pollMs: 0,
    budget: { firstIndexSeconds: 0.01 },
  });
  indexer.setIdle(false);
  indexer.start();
  const first = await indexer.whenSettled();
  assert.ok(first.chunks > first.plan!.batchSize, `more chunks (${first.chunks}) than one deepening batch`);
  const firstRung = storedLayers(bundle.manifest.ladder)[0].layer;
  assert.equal(first.plan!.indexDepth, firstRung);
  assert.equal(first.searchableDepth, firstRung);
  const total = first.chunks;

  let unplugged = false;
  indexer.on('progress', (s) => {
    if (!unplugged && s.work?.kind === 'deepen' && s.work.done > 0 && s.work.done < s.work.total) {
      unplugged = true;
      probe.power = { hasBattery: true, onMains: false, charging: false, percent: 70, source: 'fake' };
      void indexer.refresh();
    }
  });
  indexer.setIdle(true);
  const paused = await indexer.whenSettled();
  assert.ok(unplugged, 'unplugged while deepening');
  assert.equal(paused.state, 'waiting');
  assert.equal(paused.waitingFor, 'mains power');
  const kept = total - (await store.countBelow(6));
  assert.ok(kept > 0 && kept < total, `part of the index was deepened and kept (${kept}/${total})`);
  assert.equal(paused.searchableDepth, firstRung, 'search stays on the layer every chunk has');

  probe.power = { hasBattery: true, onMains: true, charging: true, percent: 71, source: 'fake' };
  await indexer.refresh();
  const resumed = await indexer.whenSettled();
  assert.equal(resumed.state, 'idle');
  assert.equal(resumed.searchableDepth, 6);
  const deep = encoders.embedded.get(6)!;
  assert.deepEqual(duplicates(deep), [], 'the resumed run did not redo the chunks deepened before the pause');
  assert.equal(deep.length, total);
  await indexer.stop();
  await store.close();
});

test('a GPU provider failing at run time falls back to the CPU with a logged reason, keeping its work; a setting change re-plans without a reload', async () => {
  const store = await Store.open(path.join(tmp, 'db-gpu'), bundle);
  const probe = fakeProbe({ hasBattery: false, onMains: true, source: 'fake' }, ['cuda', 'cpu']);
  const encoders = countingEncoders({ failAfter: { provider: 'cuda', calls: 1 } });
  const logger = recordingLogger();
  const indexer = new AdaptiveIndexer({
    root,
    store,
    bundle,
    probe,
    calibration: fixedCalibration,
    openEncoder: encoders.open,
    pollMs: 0,
    logger,
    settings: { quality: 'grande' },
  });
  const plans: Plan[] = [];
  indexer.on('plan', (p) => plans.push(p));
  indexer.start();
  const done = await indexer.whenSettled();
  assert.equal(plans[0].provider, 'cuda');
  assert.equal(done.plan!.provider, 'cpu');
  assert.match(done.plan!.reason, /cuda did not load \(failed at run time/);
  assert.ok(
    logger.lines.some((l) => /^warn: cuda failed \(CUDA error: out of memory\)/.test(l)),
    logger.lines.join('\n'),
  );
  assert.deepEqual(probe.failed, ['cuda'], 'the probe was told');
  assert.deepEqual(encoders.opened, ['cuda/2', 'cpu/2']);
  assert.equal(done.state, 'idle');
  assert.equal(done.searchableDepth, 4, 'grande, as set');
  const atFour = encoders.embedded.get(4)!;
  assert.deepEqual(duplicates(atFour), [], 'what cuda embedded before failing was kept, not redone');
  assert.equal(atFour.length, done.chunks);

  // The user moves the setting to trenta: deepening follows, no reload, no re-embedding at layer 4.
  await indexer.setSettings({ quality: 'trenta' });
  const deeper = await indexer.whenSettled();
  assert.equal(deeper.searchableDepth, 6);
  assert.equal(indexer.searchSize()!.name, 'trenta');
  assert.equal(encoders.embedded.get(4)!.length, atFour.length);
  assert.equal(encoders.embedded.get(6)!.length, done.chunks);
  // And back to tall: nothing to do, search uses tall (its layer is there).
  await indexer.setSettings({ quality: 'tall' });
  const shallower = await indexer.whenSettled();
  assert.equal(shallower.state, 'idle');
  assert.equal(indexer.searchSize()!.name, 'tall');
  await indexer.stop();
  await store.close();
});

test('requestIndex after an edit keeps search on its deep layer', async () => {
  const store = await Store.open(path.join(tmp, 'db-edit'), bundle);
  const probe = fakeProbe({ hasBattery: false, onMains: true, source: 'fake' });
  const encoders = countingEncoders();
  const indexer = new AdaptiveIndexer({
    root,
    store,
    bundle,
    probe,
    calibration: fixedCalibration,
    openEncoder: encoders.open,
    pollMs: 0,
    logger: silentLogger,
  });
  indexer.start();
  assert.equal((await indexer.whenSettled()).searchableDepth, 6);
  writeFileSync(path.join(root, 'more', 'extra.py'), 'def added_later():\n    """A function added after the first index."""\n    return 42\n');
  try {
    indexer.requestIndex();
    const after = await indexer.whenSettled();
    assert.equal(after.searchableDepth, 6);
    assert.ok((encoders.embedded.get(6) ?? []).some((t) => t.includes('added_later')));
  } finally {
    rmSync(path.join(root, 'more', 'extra.py'));
    await indexer.stop();
    await store.close();
  }
});

/** Real CPU encoders; `wrap` may change what embed does (the test's stand-in for a slow or failing provider). */
function encodersWrapped(wrap?: (embed: Encoder['embed']) => Encoder['embed']) {
  const opened: { encoder: Encoder; embed: Encoder['embed'] }[] = [];
  const open = async (_provider: ProviderName, threads: number) => {
    const encoder = await Encoder.open(bundle, { providers: ['cpu'], threads });
    if (wrap) encoder.embed = wrap(encoder.embed.bind(encoder));
    opened.push({ encoder, embed: encoder.embed });
    return encoder;
  };
  return { opened, open };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a change while resting for the throttle does not cut the rest short', async () => {
  const store = await Store.open(path.join(tmp, 'db-rest'), bundle);
  // On battery the plan is throttled to half speed: after a batch that took s seconds, a rest of s.
  const probe = fakeProbe({ hasBattery: true, onMains: false, charging: false, percent: 80, source: 'fake' });
  const starts: number[] = [];
  const encoders = encodersWrapped((embed) => async (texts, depth, role, signal) => {
    if (role === 'document') starts.push(performance.now());
    const out = await embed(texts, depth, role, signal);
    // A slow provider: every batch takes at least 400 ms, so every rest does too.
    if (role === 'document') await sleep(400);
    return out;
  });
  const indexer = new AdaptiveIndexer({ root, store, bundle, probe, calibration: fixedCalibration, openEncoder: encoders.open, pollMs: 0 });
  let wokeAt: number | undefined;
  indexer.on('progress', (s) => {
    if (wokeAt === undefined && s.work?.kind === 'index' && s.work.embedded > 0) {
      wokeAt = 0;
      // The first batch is stored and its rest begins: a file changes.
      setTimeout(() => {
        wokeAt = performance.now();
        indexer.requestIndex();
      }, 20);
    }
  });
  try {
    indexer.start();
    const secondBatch = (async () => {
      while (starts.length < 2) await sleep(10);
    })();
    await Promise.race([secondBatch, indexer.whenSettled()]);
    assert.equal(indexer.plan?.throttle, 0.5);
    assert.ok(starts.length >= 2 && wokeAt, 'a second batch followed the change');
    const waited = starts[1] - wokeAt!;
    assert.ok(waited >= 300, `the next batch started ${waited.toFixed(0)} ms after the change, before the rest was over`);
  } finally {
    await indexer.stop();
    await store.close();
  }
});

test('an error is cleared once a later pass succeeds', async () => {
  const store = await Store.open(path.join(tmp, 'db-recover'), bundle);
  const probe = fakeProbe({ hasBattery: false, onMains: true, source: 'fake' });
  let failures = 1;
  const encoders = encodersWrapped((embed) => async (texts, depth, role, signal) => {
    if (role === 'document' && failures-- > 0) throw new Error('the disk hiccuped');
    return embed(texts, depth, role, signal);
  });
  const indexer = new AdaptiveIndexer({
    root,
    store,
    bundle,
    probe,
    calibration: fixedCalibration,
    openEncoder: encoders.open,
    pollMs: 0,
    settings: { quality: 'demi' },
  });
  indexer.on('error', () => undefined);
  try {
    indexer.start();
    const failed = await indexer.whenSettled();
    assert.equal(failed.state, 'error');
    assert.match(failed.error ?? '', /the disk hiccuped/);
    indexer.requestIndex();
    const recovered = await indexer.whenSettled();
    assert.equal(recovered.state, 'idle');
    assert.ok(recovered.chunks > 0);
    assert.equal(recovered.error, undefined, 'the error of the failed pass is gone');
  } finally {
    await indexer.stop();
    await store.close();
  }
});

test('the encoders it is given are used as they are, not altered', async () => {
  const store = await Store.open(path.join(tmp, 'db-unaltered'), bundle);
  const probe = fakeProbe({ hasBattery: false, onMains: true, source: 'fake' });
  const encoders = encodersWrapped();
  const indexer = new AdaptiveIndexer({
    root,
    store,
    bundle,
    probe,
    calibration: fixedCalibration,
    openEncoder: encoders.open,
    pollMs: 0,
    settings: { quality: 'demi' },
  });
  try {
    indexer.start();
    assert.equal((await indexer.whenSettled()).state, 'idle');
    assert.ok(encoders.opened.length > 0);
    for (const { encoder, embed } of encoders.opened) assert.equal(encoder.embed, embed, 'embed is the encoder’s own');
  } finally {
    await indexer.stop();
    await store.close();
  }
});
