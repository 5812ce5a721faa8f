import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { IndexLock, IndexLockedError, LOCK_FILE } from '../../src/core/index/lock';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-lock-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** The pid of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

test('one writer at a time, in one process too; released, the lock can be taken again', () => {
  const dir = path.join(tmp, 'a');
  const lock = IndexLock.acquire(dir, 'barista index');
  const owner = JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'));
  assert.deepEqual(Object.keys(owner).sort(), ['host', 'pid', 'since', 'what']);
  assert.equal(owner.pid, process.pid);
  assert.throws(
    () => IndexLock.acquire(dir, 'the Barista extension'),
    (e: unknown) => {
      assert.ok(e instanceof IndexLockedError);
      assert.match(e.message, new RegExp(`^index ${dir} is being written by process ${process.pid} \\(barista index\\) since ${owner.since}; wait`));
      return true;
    },
  );
  assert.equal(IndexLock.holder(dir)?.pid, process.pid);
  lock.release();
  assert.ok(!existsSync(path.join(dir, LOCK_FILE)));
  assert.equal(IndexLock.holder(dir), undefined);
  IndexLock.acquire(dir, 'again').release();
});

test('a lock left by a process that is gone, or one that cannot be read, is taken over', () => {
  for (const [name, content] of [
    ['dead', JSON.stringify({ pid: deadPid(), host: os.hostname(), since: new Date().toISOString(), what: 'barista index' })],
    ['garbage', '{"pid": 12'],
    ['empty', ''],
  ]) {
    const dir = path.join(tmp, name);
    IndexLock.acquire(dir, 'x').release();
    writeFileSync(path.join(dir, LOCK_FILE), content);
    const lock = IndexLock.acquire(dir, 'taker');
    assert.equal(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).what, 'taker', name);
    lock.release();
  }
});

test('a lock of a live process on another host is respected', () => {
  const dir = path.join(tmp, 'remote');
  IndexLock.acquire(dir, 'x').release();
  writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'elsewhere', since: '2026-01-01T00:00:00.000Z', what: 'barista index' }));
  assert.throws(() => IndexLock.acquire(dir, 'y'), /being written by process 1 \(barista index on elsewhere\) since 2026-01-01/);
});
