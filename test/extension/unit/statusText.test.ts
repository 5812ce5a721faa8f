import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FolderState } from '../../../src/extension/indexing';
import type { Activity, PlanView } from '../../../src/extension/protocol';
import { sizeLine, statusText } from '../../../src/extension/statusText';

const short = { name: 'short', layer: 2, dim: 32 };
const trenta = { name: 'trenta', layer: 6, dim: 384 };
const plan: PlanView = {
  indexDepth: 2,
  targetDepth: 6,
  size: trenta,
  reason: 'short: 2 layers first, then trenta (6 layers) when idle; no battery; cpu, 2 threads',
  provider: 'cpu',
};

function folder(name: string, activity: Partial<Activity>, files = 10, onPlan: PlanView | null = plan): FolderState {
  return {
    folder: { name } as FolderState['folder'],
    key: `file:///${name}`,
    spec: { key: `file:///${name}`, name, root: `/${name}`, db: `/db/${name}` },
    activity: { state: 'idle', searchableDepth: 6, chunks: 40, sizeInUse: trenta, ...activity },
    plan: onPlan ?? undefined,
    status: { files } as FolderState['status'],
  };
}

test('status bar: one row per situation', () => {
  const cases: { what: string; states: FolderState[]; paused?: boolean; text: RegExp; label: RegExp; tooltip?: RegExp }[] = [
    { what: 'no folder', states: [], text: /^\$\(coffee\) Barista$/, label: /no folder/ },
    {
      what: 'first pass',
      states: [
        folder('a', { state: 'indexing', searchableDepth: 0, sizeInUse: undefined, work: { kind: 'index', depth: 2, done: 3, total: 11, embedded: 9 } }, 0),
      ],
      text: /sync~spin.*3\/11 files · …/,
      label: /^Barista: indexing, 3\/11 files/,
      tooltip: /to layer 2[\s\S]*Plan: short: 2 layers first/,
    },
    {
      what: 'planning: no provider chosen yet',
      states: [folder('a', { state: 'starting', searchableDepth: 0, sizeInUse: undefined }, 0, null)],
      text: /planning · …$/,
      label: /^Barista: indexing, planning, searching at …$/,
    },
    {
      what: 'a GPU provider runs',
      states: [folder('a', {}, 10, { ...plan, provider: 'dml' })],
      text: /10 files · trenta · DirectML$/,
      label: /, on DirectML$/,
      tooltip: /The model runs on DirectML \(ONNX Runtime\)/,
    },
    {
      what: 'folders on different providers (one replanned after its GPU failed)',
      states: [folder('a', {}, 10, { ...plan, provider: 'webgpu' }), folder('b', {}, 5)],
      text: /· WebGPU, CPU$/,
      label: /on WebGPU, CPU$/,
    },
    {
      what: 'deepening after a shallow pass',
      states: [
        folder('a', { state: 'deepening', searchableDepth: 2, sizeInUse: short, work: { kind: 'deepen', depth: 6, done: 10, total: 40, embedded: 10 } }),
      ],
      text: /10 files · short → trenta 25% · CPU$/,
      label: /^Barista: index ready, 10 files, searching at short, deepening 25%, on CPU$/,
      tooltip: /short: 2 layers, 32 dims, until the index reaches trenta/,
    },
    {
      what: 'waiting for mains power',
      states: [folder('a', { state: 'waiting', searchableDepth: 2, sizeInUse: short, waitingFor: 'mains power' })],
      text: /coffee.*10 files · short/,
      label: /index ready/,
      tooltip: /deepening waits for mains power/,
    },
    {
      what: 'ready',
      states: [folder('a', {}), folder('b', {}, 5)],
      text: /15 files · trenta · CPU$/,
      label: /^Barista: index ready, 15 files, searching at trenta, on CPU$/,
      tooltip: /2 folders/,
    },
    {
      what: 'the shallowest folder counts',
      states: [folder('a', {}), folder('b', { sizeInUse: short, searchableDepth: 2, state: 'waiting', waitingFor: 'mains power' })],
      text: /· short/,
      label: /searching at short/,
    },
    { what: 'paused', states: [folder('a', { state: 'paused' })], text: /debug-pause/, label: /paused/ },
    { what: 'paused by the user everywhere', states: [folder('a', {})], paused: true, text: /debug-pause/, label: /paused/ },
    {
      what: 'failed',
      states: [folder('a', { state: 'error', error: 'no model bundle at /x' })],
      text: /warning/,
      label: /failed for a/,
      tooltip: /no model bundle/,
    },
  ];
  for (const c of cases) {
    const t = statusText(c.states, c.paused ?? false);
    assert.match(t.text, c.text, `${c.what}: text ${t.text}`);
    assert.match(t.label, c.label, `${c.what}: label ${t.label}`);
    if (c.tooltip) assert.match(t.tooltip, c.tooltip, `${c.what}: tooltip ${t.tooltip}`);
  }
});

test('size line says why a folder searches shallower than planned', () => {
  assert.equal(sizeLine(trenta, plan), 'trenta: 6 layers, 384 dims');
  assert.equal(sizeLine(short, plan), 'short: 2 layers, 32 dims, until the index reaches trenta');
  assert.equal(sizeLine(undefined, plan), 'nothing yet; the plan is trenta: 6 layers, 384 dims');
  assert.equal(sizeLine({ name: 'demi', layer: 1, dim: 16 }, undefined), 'demi: 1 layer, 16 dims');
});
