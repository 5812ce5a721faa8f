import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { openEngine, type Engine } from '../../src/core/engine';
import { indexFolder } from '../../src/core/index/indexer';
import { finish } from '../../src/core/model/pooling';
import { mean, recallAtK } from '../../src/core/scale/measure';

// Barista's own source at rung 0 (the static table: seconds for a few hundred chunks), with a vector
// index threshold low enough that this small corpus gets one.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-vector-index-'));
const root = path.join(__dirname, '..', '..', 'src');
let engine: Engine;

before(async () => {
  engine = await openEngine({ root, db: path.join(tmp, 'db'), providers: ['cpu'] });
});
after(async () => {
  await engine.close();
  rmSync(tmp, { recursive: true, force: true });
});

const shot = () => engine.bundle.manifest.ladder[0];
const QUERIES = [
  'split a file into chunks by syntax',
  'open the index and rebuild it when damaged',
  'reciprocal rank fusion of two lists',
  'which execution provider loads',
  'tokenize a word into word pieces',
  'percentile of latencies',
];

async function denseIds(query: string, exact: boolean): Promise<string[]> {
  const size = shot();
  const vector = finish((await engine.searcher.queryVectors(query, size.layer)).get(size.layer)!.slice(0, size.dim), engine.bundle.manifest.similarity);
  return (await engine.store.searchDense(vector, size.layer, 10, undefined, exact)).map((h) => h.row.id);
}

test('below the threshold no vector index is built', async () => {
  await indexFolder({ root, store: engine.store, encoder: engine.encoder, depth: shot().layer, vectorIndexMinRows: 1_000_000 });
  assert.deepEqual(await engine.store.vectorIndexesSettled(), []);
  assert.deepEqual(await engine.store.vectorIndexedLayers(), []);
});

test('above the threshold the layer column gets a vector index in the background, and dense search through it agrees with brute force', async () => {
  const chunks = (await engine.store.stats()).chunks;
  assert.ok(chunks > 200, `${chunks} chunks`);
  // Nothing changed since the first pass: a pass that changes nothing builds nothing.
  await engine.store.ensureVectorIndexes(1_000_000);
  engine.store.scheduleVectorIndexes(100);
  assert.deepEqual(await engine.store.vectorIndexesSettled(), [shot().layer]);
  assert.deepEqual(await engine.store.vectorIndexedLayers(), [shot().layer]);
  const recalls = [];
  for (const q of QUERIES) recalls.push(recallAtK(await denseIds(q, false), await denseIds(q, true), 10));
  assert.ok(mean(recalls) >= 0.98, `recall@10 ${mean(recalls)} (${recalls.join(', ')})`);
  // Hybrid search runs over the indexed column.
  const hits = await engine.searcher.search('reciprocal rank fusion', { size: shot(), k: 5 });
  assert.ok(
    hits.some((h) => h.path === 'core/search/fusion.ts'),
    hits.map((h) => h.path).join(', '),
  );
});
