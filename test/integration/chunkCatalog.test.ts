import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, mock, test } from 'node:test';
import * as lancedb from '@lancedb/lancedb';
import { ChunkCatalog } from '../../src/core/index/chunkCatalog';
import { normalize } from '../../src/core/model/pooling';
import { Store, type ChunkRow, type FoundChunk } from '../../src/core/index/store';
import { fakeBundle } from '../helpers/fakeBundle';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-names-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function chunk(p: string, start: number, symbol: string, extra: Partial<ChunkRow> = {}): ChunkRow {
  const v = normalize(new Float32Array(8).fill(0.1));
  return {
    id: `${p}#${start}`,
    path: p,
    language: 'python',
    kind: 'code',
    startLine: start,
    endLine: start + 1,
    symbol,
    text: `def ${symbol || 'anon'}():\n    pass\n`,
    contentHash: `c-${p}-${start}-${symbol}`,
    fileHash: `f-${p}`,
    depth: 4,
    vectors: new Map([
      [2, v.slice(0, 4)],
      [4, v],
    ]),
    ...extra,
  };
}

async function put(store: Store, p: string, chunks: ChunkRow[]): Promise<void> {
  await store.putFile({ path: p, fileHash: `f-${p}`, size: 1, chunks: chunks.length, depth: 4 }, chunks);
  await store.flush();
}

const ids = (rows: readonly FoundChunk[]) => rows.map((r) => r.id).sort();

test('name lookups find chunks by a word in their path or symbol, squashed, and keep to the filter', async () => {
  const store = await Store.open(path.join(tmp, 'find'), fakeBundle());
  await put(store, 'src/str_cat.h', [chunk('src/str_cat.h', 1, 'StrCat'), chunk('src/str_cat.h', 9, 'Helper')]);
  await put(store, 'src/util.py', [chunk('src/util.py', 1, 'parse_args'), chunk('src/util.py', 5, 'Session.send', { kind: 'docs' })]);
  await put(store, 'lib/other.go', [chunk('lib/other.go', 1, 'SendAll', { language: 'go' })]);

  assert.deepEqual(ids(await store.chunksMentioning(['StrCat'], 10)), ['src/str_cat.h#1', 'src/str_cat.h#9'], 'both chunks of str_cat.h, by its path');
  assert.deepEqual(ids(await store.chunksMentioning(['parseArgs'], 10)), ['src/util.py#1']);
  assert.deepEqual(ids(await store.chunksMentioning(['send'], 10)), ['lib/other.go#1', 'src/util.py#5'], 'inside a symbol, case ignored');
  assert.deepEqual(ids(await store.chunksMentioning(['send'], 10, undefined, 'name')), ['src/util.py#5'], 'as a name: Session.send, not SendAll');
  assert.deepEqual(ids(await store.chunksMentioning(['strcat'], 10, undefined, 'name')), ['src/str_cat.h#1', 'src/str_cat.h#9'], 'a path still counts');
  assert.deepEqual(ids(await store.chunksMentioning(['send'], 10, { language: 'go' })), ['lib/other.go#1']);
  assert.deepEqual(ids(await store.chunksMentioning(['send'], 10, { kind: 'docs' })), ['src/util.py#5']);
  assert.deepEqual(ids(await store.chunksMentioning(['send'], 10, { under: 'lib' })), ['lib/other.go#1']);
  assert.deepEqual(ids(await store.chunksMentioning(['send'], 10, { language: 'rust' })), []);
  assert.equal((await store.chunksMentioning(['send'], 1)).length, 1, 'the limit holds');
  assert.deepEqual(await store.chunksMentioning(['x', '__'], 10), [], 'one-letter words and bare separators are no names');
  const [found] = await store.chunksMentioning(['parse_args'], 10);
  assert.equal(found.text, 'def parse_args():\n    pass\n', 'the row comes back whole');
  await store.close();
});

test('a reader sees renamed symbols and deleted files: its catalog follows the table version', async () => {
  const dir = path.join(tmp, 'follow');
  const writer = await Store.open(dir, fakeBundle());
  await put(writer, 'a.py', [chunk('a.py', 1, 'old_name')]);
  await put(writer, 'b.py', [chunk('b.py', 1, 'Keeper')]);
  const reader = await Store.open(dir, fakeBundle(), undefined, { access: 'read' });
  assert.deepEqual(ids(await reader.chunksMentioning(['oldName'], 10)), ['a.py#1']);
  const before = (await reader.chunkCatalog()).version;

  // A file is added.
  await put(writer, 'c.py', [chunk('c.py', 1, 'fresh_thing')]);
  assert.deepEqual(ids(await reader.chunksMentioning(['freshThing'], 10)), ['c.py#1'], 'a new file is found');

  // A file changes: its symbol is renamed.
  await put(writer, 'a.py', [chunk('a.py', 1, 'new_name')]);
  assert.deepEqual(ids(await reader.chunksMentioning(['oldName'], 10)), [], 'the old name is gone');
  assert.deepEqual(ids(await reader.chunksMentioning(['newName'], 10)), ['a.py#1']);
  assert.ok((await reader.chunkCatalog()).version > before);

  // The file is deleted.
  await writer.removeFiles(['a.py']);
  assert.deepEqual(ids(await reader.chunksMentioning(['newName'], 10)), []);
  assert.deepEqual(ids(await reader.chunksMentioning(['keeper'], 10)), ['b.py#1']);
  await reader.close();
  await writer.close();
});

test('after compaction (rows move) and with nothing changed (no reread), lookups stay right', async () => {
  const store = await Store.open(path.join(tmp, 'compact'), fakeBundle());
  for (let i = 0; i < 6; i++) await put(store, `f${i}.py`, [chunk(`f${i}.py`, 1, `name_${i}`), chunk(`f${i}.py`, 7, 'shared_helper')]);
  await store.removeFiles(['f2.py']);
  assert.equal((await store.chunksMentioning(['sharedHelper'], 100)).length, 5);
  const catalog = await store.chunkCatalog();
  assert.equal(await store.chunkCatalog(), catalog, 'an unchanged table keeps its catalog');
  await store.optimize();
  assert.notEqual(await store.chunkCatalog(), catalog, 'compaction makes a new version');
  assert.deepEqual(ids(await store.chunksMentioning(['name4'], 10)), ['f4.py#1']);
  assert.deepEqual(ids(await store.chunksMentioning(['name2'], 10)), []);
  assert.equal((await store.chunksMentioning(['sharedHelper'], 100)).length, 5);
  assert.ok((await store.chunkCatalog()).bytes() > 0);
  await store.close();
});

test('when the table moves between the lookup and the take, the rows still come back right', async () => {
  const store = await Store.open(path.join(tmp, 'moved'), fakeBundle());
  for (let i = 0; i < 4; i++) await put(store, `m${i}.py`, [chunk(`m${i}.py`, 1, `moved_${i}`)]);
  const stale = await store.chunkCatalog();
  await store.removeFiles(['m0.py']);
  await store.optimize();
  // The lookup is answered from the catalog read before compaction once: its row ids are out of date.
  const reads = { stale: 0 };
  const read = store.chunkCatalog.bind(store);
  store.chunkCatalog = () => (reads.stale++ === 0 ? Promise.resolve(stale) : read());
  assert.deepEqual(ids(await store.chunksMentioning(['moved'], 10)), ['m1.py#1', 'm2.py#1', 'm3.py#1']);
  assert.ok(reads.stale >= 2, 'the catalog was read again');
  await store.close();
});

test('after appends, renames and deletes the catalog is updated in place and holds what a full read holds', async () => {
  const dir = path.join(tmp, 'update');
  const store = await Store.open(dir, fakeBundle());
  for (let i = 0; i < 5; i++) await put(store, `u${i}.py`, [chunk(`u${i}.py`, 1, `first_${i}`), chunk(`u${i}.py`, 9, `second_${i}`)]);
  await store.chunkCatalog();
  const table = await (await lancedb.connect(dir, { readConsistencyInterval: 0 })).openTable('chunks');
  const fullReads = mock.method(ChunkCatalog, 'load');
  try {
    await put(store, 'new.py', [chunk('new.py', 1, 'brand_new')]);
    await put(store, 'u1.py', [chunk('u1.py', 1, 'renamed_one')]);
    await store.removeFiles(['u3.py']);
    const updated = await store.chunkCatalog();
    assert.equal(fullReads.mock.callCount(), 0, 'no full read after a few changed files');
    const full = await ChunkCatalog.load(table);
    assert.deepEqual(updated.entries(), full.entries());
    assert.ok(updated.bytes() <= full.bytes(), 'no value of a row gone is kept');
    assert.deepEqual(ids(await store.chunksMentioning(['brandNew', 'renamedOne', 'first3', 'second1'], 10)), ['new.py#1', 'u1.py#1']);

    // Compaction gives every row a new row id: a table this small is still updated (by taking them all).
    await store.optimize();
    fullReads.mock.resetCalls();
    const compacted = await store.chunkCatalog();
    assert.deepEqual(compacted.entries(), (await ChunkCatalog.load(table)).entries());
    assert.deepEqual(ids(await store.chunksMentioning(['second'], 10)), ['u0.py#9', 'u2.py#9', 'u4.py#9']);
  } finally {
    fullReads.mock.restore();
  }
  await store.close();
});

/** The store's hook for the catalog a search list is described by. */
type CatalogHolder = { currentCatalog: () => Promise<ChunkCatalog | undefined> };

/** A found chunk's fields, from a hit of either path (a whole row read has more). */
const shown = (hits: readonly { row: FoundChunk; score: number }[]) =>
  hits.map(({ row, score }) => ({
    id: row.id,
    path: row.path,
    language: row.language,
    kind: row.kind,
    startLine: row.startLine,
    endLine: row.endLine,
    symbol: row.symbol,
    text: row.text,
    score,
  }));

test('with a current catalog the search lists read ids and text and the catalog tells the rest: the same hits as reading every column', async () => {
  const store = await Store.open(path.join(tmp, 'lean'), fakeBundle());
  await put(store, 'src/a.py', [chunk('src/a.py', 1, 'retry_upload'), chunk('src/a.py', 20, 'Uploader.send, Uploader', { kind: 'docs', endLine: 42 })]);
  await put(store, 'lib/b.go', [chunk('lib/b.go', 3, 'RetryAll', { language: 'go', text: 'func RetryAll() {\n  retry upload\n}\n' })]);
  const vector = normalize(new Float32Array(8).fill(0.1));
  const described = mock.method(ChunkCatalog.prototype, 'describe');
  try {
    // Without a current catalog every column is read.
    const withCatalog = store as unknown as CatalogHolder;
    const current = withCatalog.currentCatalog;
    withCatalog.currentCatalog = () => Promise.resolve(undefined);
    const wholeDense = await store.searchDense(vector, 4, 10);
    const wholeText = await store.searchText('retry upload', 10);
    assert.equal(described.mock.callCount(), 0);
    withCatalog.currentCatalog = current;
    await store.chunkCatalog();
    const leanDense = await store.searchDense(vector, 4, 10);
    const leanText = await store.searchText('retry upload', 10);
    assert.equal(described.mock.callCount(), 2, 'both lists were described by the catalog');
    assert.equal(leanDense.length, 3);
    assert.deepEqual(shown(leanDense), shown(wholeDense));
    assert.ok(leanText.length >= 2);
    assert.deepEqual(shown(leanText), shown(wholeText));
    assert.deepEqual(
      shown(await store.searchText('retry', 10, { language: 'go' })).map((h) => h.id),
      ['lib/b.go#3'],
      'filters still hold',
    );
  } finally {
    described.mock.restore();
  }
  await store.close();
});

test('a row written after the catalog looked is taken from the table; a deleted one does not come back', async () => {
  const dir = path.join(tmp, 'lean-race');
  const writer = await Store.open(dir, fakeBundle());
  const reader = await Store.open(dir, fakeBundle(), undefined, { access: 'read' });
  await put(writer, 'old.py', [chunk('old.py', 1, 'retry_old')]);
  await put(writer, 'gone.py', [chunk('gone.py', 1, 'retry_gone')]);
  const stale = await reader.chunkCatalog();
  await put(writer, 'new.py', [chunk('new.py', 5, 'retry_new', { endLine: 9 })]);
  await writer.removeFiles(['gone.py']);
  // The list runs on the table as it is now, but is described by the catalog read before.
  (reader as unknown as CatalogHolder).currentCatalog = () => Promise.resolve(stale);
  const hits = await reader.searchText('retry', 10);
  assert.deepEqual(hits.map((h) => h.row.id).sort(), ['new.py#5', 'old.py#1']);
  const fresh = hits.find((h) => h.row.id === 'new.py#5')!.row;
  assert.deepEqual([fresh.path, fresh.symbol, fresh.startLine, fresh.endLine, fresh.text], ['new.py', 'retry_new', 5, 9, 'def retry_new():\n    pass\n']);
  await reader.close();
  await writer.close();
});
