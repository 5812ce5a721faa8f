/**
 * Damaged indexes, a damaged model bundle and a full disk: each is said with the file at fault and
 * what happens next; an index is rebuilt by a writer (never by a reader); nothing crashes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { normalize } from '../../src/core/model/pooling';
import { DiskFullError, Store, UnreadableIndexError, type ChunkRow } from '../../src/core/index/store';
import { silentLogger, type Logger } from '../../src/core/log';
import { BundleError, defaultBundleDir, loadBundle } from '../../src/core/model/bundle';
import type { EngineSettings } from '../../src/extension/protocol';
import { Engines } from '../../src/extension/worker/engines';
import { fakeBundle } from '../helpers/fakeBundle';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-corruption-'));
process.env.BARISTA_CACHE_DIR = path.join(tmp, 'cache');
after(() => rmSync(tmp, { recursive: true, force: true }));

function recordingLogger(): Logger & { warnings: string[]; errors: string[] } {
  const warnings: string[] = [];
  const errors: string[] = [];
  return { ...silentLogger, warnings, errors, warn: (m: string) => warnings.push(m), error: (m: string) => errors.push(m) };
}

function vec(dim: number, hot: number): Float32Array {
  const v = new Float32Array(dim).fill(0.01);
  v[hot % dim] = 1;
  return normalize(v);
}

function rows(file: string, n: number, text = 'x'): ChunkRow[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${file}#${i}`,
    path: file,
    language: 'python',
    kind: 'code' as const,
    startLine: i + 1,
    endLine: i + 1,
    symbol: '',
    text,
    searchText: text,
    contentHash: `${file}-${i}`,
    fileHash: `fh-${file}`,
    depth: 4,
    vectors: new Map([
      [2, vec(4, i)],
      [4, vec(8, i)],
    ]),
  }));
}

/** An index of two files, closed. */
async function smallIndex(dir: string): Promise<void> {
  const store = await Store.open(dir, fakeBundle());
  await store.putFile({ path: 'a.py', fileHash: 'fh-a.py', size: 1, chunks: 2, depth: 4 }, rows('a.py', 2));
  await store.putFile({ path: 'b.py', fileHash: 'fh-b.py', size: 1, chunks: 1, depth: 4 }, rows('b.py', 1));
  await store.close();
}

const filesOf = (dir: string) => readdirSync(dir).filter((n) => !n.startsWith('_'));

test('a deleted data file: a reader names it and leaves the index alone; a writer names it and rebuilds', async () => {
  const dir = path.join(tmp, 'deleted');
  await smallIndex(dir);
  const data = path.join(dir, 'chunks.lance', 'data');
  const gone = filesOf(data)[0];
  unlinkSync(path.join(data, gone));

  await assert.rejects(Store.open(dir, fakeBundle(), silentLogger, { access: 'read' }), (e: Error) => {
    assert.ok(e instanceof UnreadableIndexError, e.message);
    assert.match(e.message, new RegExp(`^index at ${dir} is damaged: .*chunks\\.lance/data/${gone} is missing.*; the next indexing run .* rebuilds it$`));
    assert.doesNotMatch(e.message, /cargo|\.rs:\d/, 'no Rust source locations');
    return true;
  });
  assert.ok(existsSync(path.join(dir, 'chunks.lance')), 'a reader deletes nothing');

  const logger = recordingLogger();
  const store = await Store.open(dir, fakeBundle(), logger);
  try {
    assert.match(
      logger.warnings.join('\n'),
      new RegExp(
        `chunks\\.lance/data/${gone} is missing.*rebuilding it: deleting its tables \\(chunks\\.lance, files\\.lance, meta\\.lance\\) and nothing else of the folder; every file is indexed again`,
      ),
    );
    assert.equal((await store.stats()).chunks, 0);
  } finally {
    await store.close();
  }
});

test("a garbage table manifest (the index's metadata) is named, and the index rebuilt", async () => {
  for (const table of ['meta', 'files', 'chunks']) {
    const dir = path.join(tmp, `garbage-${table}`);
    await smallIndex(dir);
    const versions = path.join(dir, `${table}.lance`, '_versions');
    const manifests = readdirSync(versions).filter((n) => n.endsWith('.manifest'));
    for (const m of manifests) writeFileSync(path.join(versions, m), '{"not": "a lance manifest"}');
    const logger = recordingLogger();
    const store = await Store.open(dir, fakeBundle(), logger);
    try {
      const said = logger.warnings.join('\n');
      assert.match(said, new RegExp(`${table}\\.lance/_versions/${manifests[0]}.* cut short or not a Lance file.*rebuilding it`), said);
      assert.equal((await store.stats()).chunks, 0);
      await store.putFile({ path: 'a.py', fileHash: 'fh-a.py', size: 1, chunks: 1, depth: 4 }, rows('a.py', 1));
      await store.flush();
      assert.equal((await store.stats()).chunks, 1, 'the rebuilt index takes writes');
    } finally {
      await store.close();
    }
  }
});

test('a garbage model manifest.json and a tampered segment name the file and what to do', async () => {
  const copy = path.join(tmp, 'bundle');
  cpSync(defaultBundleDir(), copy, { recursive: true });
  const bundle = await loadBundle(copy);
  const segment = bundle.manifest.segments[0].file;
  writeFileSync(path.join(copy, segment), Buffer.from('ONNX? no'));
  await assert.rejects(
    loadBundle(copy),
    (e: Error) => e instanceof BundleError && e.message.includes(`altered: ${segment}`) && /re-export or reinstall/.test(e.message),
  );
  cpSync(path.join(defaultBundleDir(), segment), path.join(copy, segment));
  for (const garbage of ['\u0000\u0001garbage', '[1, 2, 3]', '{"formatVersion": 1}']) {
    writeFileSync(path.join(copy, 'manifest.json'), garbage);
    await assert.rejects(loadBundle(copy), (e: Error) => e instanceof BundleError || e.name === 'ManifestError');
    await assert.rejects(loadBundle(copy), new RegExp(path.join(copy, 'manifest.json').replace(/[.]/g, '\\.')));
  }
});

test('the worker with a tampered model: every open fails with the file named, the worker stays up, and no retry runs on its own', async () => {
  const copy = path.join(tmp, 'bundle-tampered');
  cpSync(defaultBundleDir(), copy, { recursive: true });
  const segment = (await loadBundle(copy)).manifest.segments[1].file;
  writeFileSync(path.join(copy, segment), 'tampered');
  const logger = recordingLogger();
  const engines = new Engines(logger, () => undefined);
  const settings: EngineSettings = { quality: 'auto', battery: 'save', provider: 'cpu', modelPath: copy };
  const root = path.join(tmp, 'ws-tampered');
  cpSync(path.join(__dirname, '..', 'fixtures', 'mini'), root, { recursive: true });
  const spec = { key: `file://${root}`, name: 'ws', root, db: path.join(tmp, 'db-tampered') };
  try {
    await engines.configure(settings);
    for (let i = 0; i < 2; i++) await assert.rejects(engines.open(spec), new RegExp(`model bundle file altered: ${segment}`));
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(logger.errors.length, 0, 'nothing runs again by itself');
    assert.ok(!existsSync(path.join(spec.db, 'write.lock')), 'no lock left behind');
  } finally {
    await engines.shutdown();
  }
});

/** A tmpfs of `kib` KiB, or undefined where one cannot be mounted (not root, no privilege). */
function tinyDisk(kib: number): string | undefined {
  if (process.platform !== 'linux') return undefined;
  const dir = path.join(tmp, 'tiny');
  mkdirSync(dir, { recursive: true });
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  after(() => {
    spawnSync('umount', [dir]);
  });
  return dir;
}

test('a full disk: the write that fails is said so with what happens next; what was written stays, and indexing goes on once there is room', async (t) => {
  const disk = tinyDisk(256);
  if (!disk) return t.skip('no tmpfs can be mounted here (needs root on Linux)');
  const dir = path.join(disk, 'db');
  const store = await Store.open(dir, fakeBundle());
  await store.putFile({ path: 'small.py', fileHash: 'fh-small.py', size: 1, chunks: 1, depth: 4 }, rows('small.py', 1));
  await store.flush();
  let error: Error | undefined;
  const big = 'x'.repeat(4000);
  for (let i = 0; i < 200 && !error; i++) {
    try {
      await store.putFile({ path: `big${i}.py`, fileHash: `fh-big${i}.py`, size: 1, chunks: 20, depth: 4 }, rows(`big${i}.py`, 20, `${big}${i}`));
      await store.flush();
    } catch (e) {
      error = e as Error;
    }
  }
  assert.ok(error, 'the disk filled up');
  assert.ok(error instanceof DiskFullError, error.message);
  assert.match(
    error.message,
    new RegExp(
      `^no space left on the disk of index ${dir} \\(.+\\): the index keeps what was written before, without this write; free some space, or keep the index on another disk`,
    ),
  );
  await store.close().catch(() => undefined);

  // Room again: the index opens (nothing to rebuild), keeps what was written, and takes writes.
  spawnSync('mount', ['-o', 'remount,size=8m', disk]);
  const logger = recordingLogger();
  const again = await Store.open(dir, fakeBundle(), logger);
  try {
    assert.deepEqual(logger.warnings, []);
    assert.ok((await again.fileCatalog()).has('small.py'));
    await again.putFile({ path: 'later.py', fileHash: 'fh-later.py', size: 1, chunks: 1, depth: 4 }, rows('later.py', 1));
    await again.flush();
    await again.optimize();
    assert.ok((await again.fileCatalog()).has('later.py'));
  } finally {
    await again.close();
  }
});
