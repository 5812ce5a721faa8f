import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, mock, test } from 'node:test';
import { Store } from '../../src/core/index/store';
import { silentLogger } from '../../src/core/log';
import { defaultBundleDir, loadBundle } from '../../src/core/model/bundle';
import { Encoder } from '../../src/core/model/encoder';
import { Searcher } from '../../src/core/search/searcher';
import type { EngineSettings, FolderSpec } from '../../src/extension/protocol';
import { Engines } from '../../src/extension/worker/engines';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-engines-'));
// Calibrations measured here stay here.
process.env.BARISTA_CACHE_DIR = path.join(tmp, 'cache');
after(() => rmSync(tmp, { recursive: true, force: true }));

const settings: EngineSettings = { quality: 'auto', battery: 'save', provider: 'cpu', modelPath: '' };

function folder(name: string): FolderSpec {
  const root = path.join(tmp, name);
  cpSync(path.join(__dirname, '..', 'fixtures', 'mini'), root, { recursive: true });
  return { key: `file://${root}`, name, root, db: path.join(tmp, 'db', name) };
}

test('a folder whose indexer cannot be made after its store opened leaves the store closed, and opens once the setting is fixed', async () => {
  const engines = new Engines(silentLogger, () => undefined);
  const opened = mock.method(Store, 'open');
  try {
    // A quality the model has no size for (a setting from another bundle's ladder).
    await engines.configure({ ...settings, quality: 'huge' });
    const spec = folder('bad-quality');
    await assert.rejects(engines.open(spec, true), /unknown quality "huge"/);
    assert.equal(opened.mock.callCount(), 1);
    const store = await opened.mock.calls[0].result!;
    await assert.rejects(store.stats(), /closed/i, 'the store was closed');

    await engines.configure(settings);
    assert.equal((await engines.open(spec, true)).db, spec.db);
    assert.equal((await engines.status(spec.key)).key, spec.key, 'the folder is open in the worker');
  } finally {
    opened.mock.restore();
    await engines.shutdown();
  }
});

/**
 * The shipped model with one more size on its deepest layer: `narrow`, layer 6 at 128 of its 384
 * dims. A ladder with several dims on a layer, as a fine-tuned bundle may have.
 */
const narrowBundle = path.join(tmp, 'narrow-bundle');
before(() => {
  mkdirSync(narrowBundle);
  for (const file of readdirSync(defaultBundleDir())) {
    if (file !== 'manifest.json') symlinkSync(path.join(defaultBundleDir(), file), path.join(narrowBundle, file));
  }
  const manifest = JSON.parse(readFileSync(path.join(defaultBundleDir(), 'manifest.json'), 'utf8'));
  manifest.ladder.splice(-1, 0, { name: 'narrow', layer: 6, dim: 128 });
  writeFileSync(path.join(narrowBundle, 'manifest.json'), JSON.stringify(manifest));
});

const cosine = (a: Float32Array, b: Float32Array) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return dot / Math.sqrt(na * nb);
};

describe('two folders searched at a size that is a prefix of its layer', () => {
  const engines = new Engines(silentLogger, () => undefined);
  const a = folder('app');
  const b = folder('lib');
  before(async () => {
    await engines.configure({ ...settings, modelPath: narrowBundle, quality: 'narrow' });
    await engines.open(a);
    await engines.open(b);
    await engines.settle([]);
    assert.equal((await engines.status(a.key)).sizeInUse?.name, 'narrow');
    assert.equal((await engines.status(b.key)).sizeInUse?.name, 'narrow');
  });
  after(() => engines.shutdown());

  test('a search encodes the query once, whatever the number of folders', async () => {
    const embed = mock.method(Encoder.prototype, 'embed');
    try {
      const answer = await engines.search({ query: 'retry a failed upload, waiting longer each time', folders: [], k: 10 });
      assert.deepEqual(new Set(answer.hits.map((h) => h.folder)), new Set([a.key, b.key]), 'hits from both folders');
      const queries = embed.mock.calls.filter((c) => c.arguments[2] === 'query');
      assert.equal(queries.length, 1, `the query was encoded ${queries.length} times`);
    } finally {
      embed.mock.restore();
    }
  });

  test("find similar scores on the size's prefix, as the command line does", async () => {
    const similar = await engines.similar(a.key, 'src/uploads.py', 16, 5);
    assert.equal(similar.size.name, 'narrow');
    assert.ok(similar.hits.length > 0);
    const bundle = await loadBundle(narrowBundle);
    const stores = new Map([
      [a.key, await Store.open(a.db, bundle, undefined, { access: 'read' })],
      [b.key, await Store.open(b.db, bundle, undefined, { access: 'read' })],
    ]);
    const encoder = await Encoder.open(bundle, { providers: ['cpu'], threads: 1 });
    try {
      const vectorAt = async (key: string, file: string, line: number) =>
        (await stores.get(key)!.chunksOf(file, [6]))
          .find((c) => c.startLine === line)!
          .vectors.get(6)!
          .slice(0, 128);
      const source = await vectorAt(a.key, similar.source.path, similar.source.startLine);
      for (const hit of similar.hits) {
        const expected = cosine(source, await vectorAt(hit.folder, hit.path, hit.startLine));
        assert.ok(Math.abs(hit.score - expected) < 1e-4, `${hit.path}:${hit.startLine} scored ${hit.score}, its 128-dim cosine is ${expected}`);
      }
      // The command line's answer over folder a is the extension's, restricted to folder a.
      const cli = await new Searcher(stores.get(a.key)!, encoder).similar('src/uploads.py', 16, { size: similar.size, k: 5 });
      const fromA = similar.hits.filter((h) => h.folder === a.key).map((h) => `${h.path}:${h.startLine} ${h.score.toFixed(4)}`);
      assert.deepEqual(
        fromA,
        cli.results.slice(0, fromA.length).map((r) => `${r.path}:${r.startLine} ${r.score.toFixed(4)}`),
      );
    } finally {
      await encoder.close();
      for (const store of stores.values()) await store.close();
    }
  });
});
