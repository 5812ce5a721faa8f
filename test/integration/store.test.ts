import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { normalize } from '../../src/core/model/pooling';
import { Store, TIDY_AFTER_ROWS, TIDY_AFTER_VERSIONS, TIDY_MIN_INTERVAL_MS, type ChunkRow } from '../../src/core/index/store';
import { silentLogger, type Logger } from '../../src/core/log';
import { fakeBundle } from '../helpers/fakeBundle';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-store-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function vec(dim: number, hot: number): Float32Array {
  const v = new Float32Array(dim).fill(0.01);
  v[hot % dim] = 1;
  return normalize(v);
}

function row(p: string, start: number, text: string, depth: number, hot: number): ChunkRow {
  const vectors = new Map<number, Float32Array>([[2, vec(4, hot)]]);
  if (depth >= 4) vectors.set(4, vec(8, hot));
  return {
    id: `${p}#${start}`,
    path: p,
    language: 'python',
    kind: 'code',
    startLine: start,
    endLine: start + 1,
    symbol: '',
    text,
    contentHash: `h-${p}-${start}`,
    fileHash: `fh-${p}`,
    depth,
    vectors,
  };
}

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { ...silentLogger, warnings, warn: (m: string) => warnings.push(m) };
}

test('chunks round-trip; dense search uses the layer column and skips chunks not that deep', async () => {
  const store = await Store.open(path.join(tmp, 'a'), fakeBundle());
  await store.putFile({ path: 'a.py', fileHash: 'fh-a.py', size: 1, chunks: 2, depth: 4 }, [
    row('a.py', 1, 'retry_upload', 4, 0),
    row('a.py', 5, 'other', 4, 1),
  ]);
  await store.putFile({ path: 'b.py', fileHash: 'fh-b.py', size: 1, chunks: 1, depth: 2 }, [row('b.py', 1, 'parse config', 2, 0)]);
  await store.flush();
  assert.equal(await store.searchableDepth(), 2);

  const shallow = await store.searchDense(vec(4, 0), 2, 10);
  assert.deepEqual(
    shallow
      .slice(0, 2)
      .map((h) => h.row.id)
      .sort(),
    ['a.py#1', 'b.py#1'],
  );
  assert.ok(shallow[0].score > 0.99);

  const deep = await store.searchDense(vec(8, 0), 4, 10);
  assert.deepEqual(
    deep.map((h) => h.row.id),
    ['a.py#1', 'a.py#5'],
    'b.py has no layer-4 vector and must not appear',
  );

  await store.ensureTextIndex();
  const text = await store.searchText('retry upload', 10);
  assert.equal(text[0].row.id, 'a.py#1');
  await store.close();
});

test('re-putting a file replaces its chunks; removing it removes them', async () => {
  const store = await Store.open(path.join(tmp, 'b'), fakeBundle());
  await store.putFile({ path: 'a.py', fileHash: '1', size: 1, chunks: 2, depth: 4 }, [row('a.py', 1, 'x', 4, 0), row('a.py', 5, 'y', 4, 1)]);
  await store.flush();
  await store.putFile({ path: 'a.py', fileHash: '2', size: 1, chunks: 1, depth: 4 }, [row('a.py', 1, 'z', 4, 0)]);
  await store.flush();
  assert.equal((await store.stats()).chunks, 1);
  assert.equal((await store.fileCatalog()).get('a.py')?.fileHash, '2');
  const reused = await store.reusable(['h-a.py-1', 'nope'], 4);
  assert.deepEqual([...reused.keys()], ['h-a.py-1']);
  assert.equal(reused.get('h-a.py-1')!.get(4)!.length, 8);
  assert.equal((await store.reusable(['h-a.py-1'], 6)).size, 0, 'a chunk is reusable only if embedded deep enough');
  await store.removeFiles(['a.py']);
  assert.equal((await store.stats()).chunks, 0);
  assert.equal((await store.fileCatalog()).size, 0);
  await store.close();
});

test('an index made by another model is rebuilt with a message, not mixed', async () => {
  const dir = path.join(tmp, 'c');
  const first = await Store.open(dir, fakeBundle('one', 'f1'));
  await first.putFile({ path: 'a.py', fileHash: '1', size: 1, chunks: 1, depth: 4 }, [row('a.py', 1, 'x', 4, 0)]);
  await first.close();
  const logger = recordingLogger();
  const second = await Store.open(dir, fakeBundle('two', 'f2'), logger);
  assert.equal((await second.stats()).chunks, 0);
  assert.match(logger.warnings.join('\n'), /built with model one .*rebuilding/);
  await second.close();
});

test('a corrupt index is rebuilt with a message', async () => {
  const dir = path.join(tmp, 'd');
  const first = await Store.open(dir, fakeBundle());
  await first.putFile({ path: 'a.py', fileHash: '1', size: 1, chunks: 1, depth: 4 }, [row('a.py', 1, 'x', 4, 0)]);
  await first.close();
  // Damage every data and manifest file of the chunk table.
  const damage = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) damage(p);
      else writeFileSync(p, 'garbage');
    }
  };
  damage(path.join(dir, 'chunks.lance'));
  const logger = recordingLogger();
  const store = await Store.open(dir, fakeBundle(), logger);
  assert.equal((await store.stats()).chunks, 0);
  assert.match(logger.warnings.join('\n'), /is damaged: chunks\.lance\/.* not a Lance file.*rebuilding/);
  await store.close();
});

test('a chunk reads back with its exact text and float16 vectors within half-precision of what was written', async () => {
  const store = await Store.open(path.join(tmp, 'f16'), fakeBundle());
  const text = 'def retry_upload(job):\n    """Tries again."""\n\n    return queue.put(job)\n';
  const written = { ...row('pkg/up load.py', 3, text, 4, 2), symbol: 'retry_upload' };
  // Values a half cannot hold (below 2^-25) and ones near its smallest normal (2^-14) included:
  // apache-arrow's own conversion made -Infinity of them, which LanceDB refused as NaN.
  written.vectors.set(4, Float32Array.from([0.5, -0.5, 1e-9, -2e-8, 6.1e-5, 6.102e-5, 0.49999, 0.5]));
  await store.putFile({ path: written.path, fileHash: 'f', size: 1, chunks: 1, depth: 4 }, [written]);
  await store.flush();
  const [back] = await store.chunksOf(written.path, [2, 4]);
  assert.equal(back.text, text);
  assert.equal(back.symbol, 'retry_upload');
  for (const layer of [2, 4]) {
    const a = written.vectors.get(layer)!;
    const b = back.vectors.get(layer)!;
    assert.equal(b.length, a.length);
    a.forEach((x, i) => assert.ok(Math.abs(x - b[i]) < 1e-3, `layer ${layer}[${i}]: ${b[i]} vs ${x}`));
  }
  const [shallow] = await store.chunksBelow(6, 10);
  assert.equal(shallow.text, text);
  await store.close();
});

test('optimize deletes the versions it supersedes, and their data files', async () => {
  const dir = path.join(tmp, 'versions');
  const store = await Store.open(dir, fakeBundle());
  for (let i = 0; i < 5; i++) {
    await store.putFile({ path: `f${i}.py`, fileHash: 'h', size: 1, chunks: 1, depth: 4 }, [row(`f${i}.py`, 1, `text ${i}`, 4, i)]);
    await store.flush();
  }
  assert.ok((await store.chunkVersions()) > 5);
  await store.optimize();
  await store.ensureTextIndex();
  assert.equal(await store.chunkVersions(), 1);
  assert.equal(readdirSync(path.join(dir, 'chunks.lance', 'data')).length, 1, 'one compacted data file is left');
  assert.equal((await store.stats()).chunks, 5);
  assert.equal((await store.searchText('text', 10)).length, 5);
  await store.close();
});

test('tidy compacts after a big write, and after small ones only once versions gather and not soon after the last compaction', async () => {
  const store = await Store.open(path.join(tmp, 'tidy'), fakeBundle());
  const write = async (i: number) => {
    await store.putFile({ path: `t${i}.py`, fileHash: 'h', size: 1, chunks: 1, depth: 4 }, [row(`t${i}.py`, 1, `text ${i}`, 4, i)]);
    await store.flush();
  };
  for (let i = 0; i < 3; i++) await write(i);
  assert.equal(await store.tidy(1), false, 'a few small writes: nothing to do');
  // Each write adds one version of the chunk table (a file's chunks are replaced in one merge); the
  // tidy that the 20th write runs finds fewer versions than TIDY_AFTER_VERSIONS then.
  for (let i = 3; i < 3 + TIDY_AFTER_VERSIONS; i++) await write(i);
  assert.ok((await store.chunkVersions()) >= TIDY_AFTER_VERSIONS, `${await store.chunkVersions()} versions`);
  assert.equal(await store.tidy(1), true, 'versions gathered and no compaction yet');
  assert.ok((await store.chunkVersions()) <= 2, `${await store.chunkVersions()} versions after compacting`);
  for (let i = 100; i < 100 + TIDY_AFTER_VERSIONS; i++) await write(i);
  assert.ok((await store.chunkVersions()) >= TIDY_AFTER_VERSIONS, `${await store.chunkVersions()} versions`);
  assert.equal(await store.tidy(1), false, `small writes ${TIDY_MIN_INTERVAL_MS / 60_000} min after a compaction wait`);
  assert.equal(await store.tidy(TIDY_AFTER_ROWS), true, 'a big write compacts at once');
  await store.close();
});

test('textBytes counts the chunk text kept inside search_text, in UTF-8 bytes', async () => {
  const store = await Store.open(path.join(tmp, 'text-bytes'), fakeBundle());
  await store.putFile({ path: 'a.py', fileHash: 'h', size: 1, chunks: 2, depth: 4 }, [
    { ...row('a.py', 1, 'déjà vu', 4, 0), symbol: 'vu' },
    row('a.py', 5, 'plain', 4, 1),
  ]);
  await store.flush();
  assert.equal(await store.textBytes(), Buffer.byteLength('déjà vu') + 'plain'.length);
  await store.close();
});

test('dense search leaves out chunks written shallower after every chunk reached the layer', async () => {
  const dir = path.join(tmp, 'reaches');
  const writer = await Store.open(dir, fakeBundle());
  await writer.putFile({ path: 'a.py', fileHash: 'h', size: 1, chunks: 1, depth: 4 }, [row('a.py', 1, 'deep', 4, 0)]);
  await writer.flush();
  const reader = await Store.open(dir, fakeBundle(), undefined, { access: 'read' });
  assert.deepEqual(
    (await reader.searchDense(vec(8, 0), 4, 10)).map((h) => h.row.id),
    ['a.py#1'],
  );
  // Depth decides, not the column: this chunk even carries a layer-4 vector (LanceDB skips null vectors by itself).
  const shallow = row('b.py', 1, 'shallow', 2, 0);
  shallow.vectors.set(4, vec(8, 0));
  await writer.putFile({ path: 'b.py', fileHash: 'h', size: 1, chunks: 1, depth: 2 }, [shallow]);
  await writer.flush();
  assert.deepEqual(
    (await reader.searchDense(vec(8, 0), 4, 10)).map((h) => h.row.id),
    ['a.py#1'],
    'b.py is not embedded to layer 4',
  );
  assert.equal((await reader.searchDense(vec(4, 0), 2, 10)).length, 2);
  await reader.close();
  await writer.close();
});
