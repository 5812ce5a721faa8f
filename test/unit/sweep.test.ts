import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { defaultIndexDir } from '../../src/core/index/location';
import { IndexLock, IndexLockedError } from '../../src/core/index/lock';
import { MARKER_FILE, NotAnIndexError, readMarker, recordUse, writeMarker } from '../../src/core/index/ownership';
import { deleteIndex, indexContents, staleIndexes } from '../../src/core/index/sweep';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'barista-sweep-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const DAY = 24 * 60 * 60 * 1000;

let count = 0;
/** A folder to index, and an index of it in `base` as Barista lays one out (tables as folders with a file each). */
function indexed(base: string, options: { folder?: boolean; marker?: 'with-folder' | 'old' | 'none' } = {}): { folder: string; dir: string } {
  const folder = path.join(scratch, `project${count++}`);
  if (options.folder !== false) mkdirSync(folder, { recursive: true });
  const dir = defaultIndexDir(folder, base);
  mkdirSync(dir, { recursive: true });
  for (const t of ['chunks', 'files', 'meta']) {
    mkdirSync(path.join(dir, `${t}.lance`, '_versions'), { recursive: true });
    writeFileSync(path.join(dir, `${t}.lance`, 'data.lance'), 'x'.repeat(100));
  }
  const marker = options.marker ?? 'with-folder';
  if (marker === 'old') writeMarker(dir);
  if (marker === 'with-folder') {
    writeMarker(dir);
    recordUse(dir, folder);
  }
  return { folder, dir };
}

test('opening records the folder and the time of use in the marker, at most once an hour, and never marks a folder that is not marked', () => {
  const base = path.join(scratch, 'rec');
  const { folder, dir } = indexed(base, { marker: 'old' });
  assert.equal(readMarker(dir)?.folder, undefined, 'an old marker has no folder');
  const t0 = Date.parse('2030-01-01T00:00:00Z');
  recordUse(dir, folder, t0);
  const created = readMarker(dir)!.created;
  assert.deepEqual({ folder: readMarker(dir)?.folder, used: readMarker(dir)?.used }, { folder, used: new Date(t0).toISOString() });
  recordUse(dir, folder, t0 + 10 * 60 * 1000);
  assert.equal(readMarker(dir)?.used, new Date(t0).toISOString(), 'not rewritten within the hour');
  recordUse(dir, folder, t0 + 2 * 60 * 60 * 1000);
  assert.equal(readMarker(dir)?.used, new Date(t0 + 2 * 60 * 60 * 1000).toISOString());
  assert.equal(readMarker(dir)?.created, created, 'the creation time stays');

  const unmarked = indexed(base, { marker: 'none' });
  recordUse(unmarked.dir, unmarked.folder);
  assert.equal(existsSync(path.join(unmarked.dir, MARKER_FILE)), false);
});

test('the sweep finds indexes whose folder is gone, and with days those unused that long; old markers only by days; unmarked never', () => {
  const base = path.join(scratch, 'sweep');
  const now = Date.now();
  const kept = indexed(base);
  const gone = indexed(base, { folder: false });
  const old = indexed(base, { marker: 'old' });
  const unmarked = indexed(base, { marker: 'none', folder: false });
  // The old marker's index was last changed 40 days ago.
  const past = (now - 40 * DAY) / 1000;
  for (const p of [old.dir, ...['chunks', 'files', 'meta'].map((t) => path.join(old.dir, `${t}.lance`, '_versions'))]) utimesSync(p, past, past);

  const byDefault = staleIndexes({ base, now });
  assert.deepEqual(
    byDefault.map((e) => [e.dir, e.reason]),
    [[gone.dir, { kind: 'gone', folder: gone.folder }]],
  );
  assert.deepEqual(byDefault[0].entries, ['chunks.lance', 'files.lance', 'meta.lance', MARKER_FILE]);
  assert.ok(byDefault[0].bytes >= 300);

  const in30 = staleIndexes({ base, now, days: 30 });
  assert.deepEqual(in30.map((e) => e.dir).sort(), [gone.dir, old.dir].sort());
  assert.deepEqual(in30.find((e) => e.dir === old.dir)?.reason, { kind: 'unused', days: 40, folder: undefined });

  const later = staleIndexes({ base, now: now + 31 * DAY, days: 30 });
  assert.deepEqual(later.map((e) => e.dir).sort(), [gone.dir, kept.dir, old.dir].sort(), 'the kept one, unused for 31 days');
  assert.ok(!later.some((e) => e.dir === unmarked.dir), 'an unmarked folder is never swept');
});

test('an index a live process writes is left out of the sweep and refused by deleteIndex', () => {
  const base = path.join(scratch, 'locked');
  const gone = indexed(base, { folder: false });
  const lock = IndexLock.acquire(gone.dir, 'a test writer');
  try {
    assert.deepEqual(staleIndexes({ base }), []);
    assert.throws(() => deleteIndex(gone.dir), IndexLockedError);
    assert.ok(existsSync(path.join(gone.dir, 'chunks.lance')));
  } finally {
    lock.release();
  }
  assert.deepEqual(
    staleIndexes({ base }).map((e) => e.dir),
    [gone.dir],
    'once released, it is swept',
  );
});

test("deleteIndex removes Barista's own entries and the emptied folder; anything else stays, and a folder that is not an index is refused untouched", () => {
  const base = path.join(scratch, 'delete');
  const { dir } = indexed(base);
  assert.deepEqual(indexContents(dir)?.entries, ['chunks.lance', 'files.lance', 'meta.lance', MARKER_FILE]);
  const deleted = deleteIndex(dir);
  assert.deepEqual(deleted?.entries, ['chunks.lance', 'files.lance', 'meta.lance', MARKER_FILE]);
  assert.equal(existsSync(dir), false);
  assert.equal(deleteIndex(dir), undefined, 'nothing there: nothing to do');

  // A marked index where someone put a file: Barista's entries go, the file and its folder stay.
  const mixed = indexed(base);
  writeFileSync(path.join(mixed.dir, 'notes.txt'), 'mine');
  deleteIndex(mixed.dir);
  assert.deepEqual(readdirSync(mixed.dir), ['notes.txt']);

  // Not an index (no marker, someone's files beside tables): refused, nothing touched.
  const foreign = indexed(base, { marker: 'none' });
  writeFileSync(path.join(foreign.dir, 'notes.txt'), 'mine');
  assert.throws(() => deleteIndex(foreign.dir), NotAnIndexError);
  assert.deepEqual(readdirSync(foreign.dir).sort(), ['chunks.lance', 'files.lance', 'meta.lance', 'notes.txt']);
});
