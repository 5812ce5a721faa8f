import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { ageOf, bootId, IndexLock, IndexLockedError, LOCK_FILE, processStart, unlockIndex } from '../../src/core/index/lock';

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
  assert.deepEqual(
    Object.keys(owner).sort(),
    ['boot', 'host', 'pid', 'since', 'started', 'token', 'what'].filter((k) => (k === 'boot' ? bootId() : k === 'started' ? processStart(process.pid) : true)),
  );
  assert.equal(owner.pid, process.pid);
  assert.equal(owner.started, processStart(process.pid));
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
  assert.throws(() => IndexLock.acquire(dir, 'y'), /being written by process 1 \(barista index\) on host elsewhere, taken .* ago \(2026-01-01T00:00:00.000Z\)/);
  assert.equal(IndexLock.holder(dir)?.host, 'elsewhere');
});

/** A live process other than this one (the one that started this test), and when it started. */
const other = { pid: process.ppid, started: processStart(process.ppid) };
const lockOf = (fields: object) => JSON.stringify({ host: os.hostname(), since: new Date().toISOString(), what: 'barista index', token: 'theirs', ...fields });

test(
  'a live pid that started at another time is another process: its lock is taken over; the same start time is respected',
  { skip: !other.started && 'this system does not tell process start times' },
  () => {
    const dir = path.join(tmp, 'reused');
    IndexLock.acquire(dir, 'x').release();
    writeFileSync(path.join(dir, LOCK_FILE), lockOf({ pid: other.pid, boot: bootId(), started: `${other.started}0` }));
    assert.equal(IndexLock.holder(dir), undefined, 'the lock of a reused pid has no holder');
    IndexLock.acquire(dir, 'taker').release();
    writeFileSync(path.join(dir, LOCK_FILE), lockOf({ pid: other.pid, boot: bootId(), started: other.started }));
    assert.equal(IndexLock.holder(dir)?.pid, other.pid);
    assert.throws(() => IndexLock.acquire(dir, 'y'), new RegExp(`being written by process ${other.pid} \\(barista index\\) since`));
  },
);

test('a lock taken before the machine restarted is left over, whatever its pid is now', { skip: !bootId() && 'this system has no boot id' }, () => {
  const dir = path.join(tmp, 'rebooted');
  IndexLock.acquire(dir, 'x').release();
  writeFileSync(path.join(dir, LOCK_FILE), lockOf({ pid: other.pid, boot: `${bootId()}-before`, started: other.started }));
  assert.equal(IndexLock.holder(dir), undefined);
  IndexLock.acquire(dir, 'taker').release();
});

test('a lock in the format before start times (pid, host, since, what) of a live process is still respected', () => {
  const dir = path.join(tmp, 'old-format');
  IndexLock.acquire(dir, 'x').release();
  writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: other.pid, host: os.hostname(), since: '2026-01-01T00:00:00.000Z', what: 'barista index' }));
  assert.throws(() => IndexLock.acquire(dir, 'y'), IndexLockedError);
});

test("another host's lock: the message names the host, how long ago it was taken and the command that clears it", () => {
  const dir = path.join(tmp, 'foreign');
  IndexLock.acquire(dir, 'x').release();
  const since = new Date(Date.now() - 3 * 3600_000 - 60_000).toISOString();
  writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 4242, host: 'build-7', since, what: 'barista index', token: 't', boot: 'b', started: '1' }));
  assert.throws(
    () => IndexLock.acquire(dir, 'y'),
    (e: unknown) => {
      assert.ok(e instanceof IndexLockedError);
      assert.equal(e.owner?.host, 'build-7');
      assert.match(e.message, /process 4242 \(barista index\) on host build-7, taken 3 h ago/);
      assert.match(e.message, new RegExp(`if nothing on build-7 writes this index any more, clear it with: barista unlock --db ${dir}$`));
      return true;
    },
  );
  const unlocked = unlockIndex(dir);
  assert.equal(unlocked?.owner?.host, 'build-7');
  assert.match(unlocked!.why, /taken on another host \(build-7\)/);
  assert.ok(!existsSync(path.join(dir, LOCK_FILE)));
});

test('ages read as a person says them', () => {
  const now = Date.parse('2026-05-01T12:00:00Z');
  assert.equal(ageOf('2026-05-01T11:59:30Z', now), '30 s');
  assert.equal(ageOf('2026-05-01T11:15:00Z', now), '45 min');
  assert.equal(ageOf('2026-05-01T09:00:00Z', now), '3 h');
  assert.equal(ageOf('2026-04-28T12:00:00Z', now), '3 days');
  assert.equal(ageOf('2026-05-01T12:00:05Z', now), '0 s', 'a clock ahead of ours');
  assert.equal(ageOf('yesterday', now), undefined);
});

test('unlock removes a left-over lock and says why; refuses a holder alive on this host and leaves its lock', () => {
  const dir = path.join(tmp, 'unlock');
  assert.equal(unlockIndex(dir), undefined, 'no folder, no lock');
  const lock = IndexLock.acquire(dir, 'barista index');
  const mine = readFileSync(path.join(dir, LOCK_FILE), 'utf8');
  assert.throws(() => unlockIndex(dir), /being written by process \d+ \(barista index\) since .*; that process is alive on this host, so its lock stays/);
  assert.equal(readFileSync(path.join(dir, LOCK_FILE), 'utf8'), mine, 'the live lock is untouched');
  lock.release();
  assert.equal(unlockIndex(dir), undefined);
  const dead = deadPid();
  writeFileSync(path.join(dir, LOCK_FILE), lockOf({ pid: dead }));
  const removed = unlockIndex(dir);
  assert.equal(removed?.owner?.pid, dead);
  assert.equal(removed?.why, `its process (${dead}) has ended`);
  writeFileSync(path.join(dir, LOCK_FILE), 'garbage');
  assert.deepEqual(unlockIndex(dir), { owner: undefined, why: 'its file cannot be read' });
  assert.deepEqual(readdirSync(dir), []);
});

test('a takeover left half done by a killed taker does not block the next; one a live process is doing is waited for, not joined', () => {
  const dir = path.join(tmp, 'marker');
  IndexLock.acquire(dir, 'x').release();
  const stale = lockOf({ pid: deadPid() });
  const marker = path.join(dir, `${LOCK_FILE}.${createHash('sha256').update(stale).digest('hex').slice(0, 16)}.takeover1`);
  writeFileSync(path.join(dir, LOCK_FILE), stale);
  writeFileSync(marker, lockOf({ pid: deadPid(), what: 'a killed taker' }));
  IndexLock.acquire(dir, 'taker').release();
  assert.deepEqual(readdirSync(dir), [], "the dead taker's marker is cleared with the lock");

  writeFileSync(path.join(dir, LOCK_FILE), stale);
  writeFileSync(marker, lockOf({ pid: other.pid, started: other.started, what: 'a live taker' }));
  assert.throws(() => IndexLock.acquire(dir, 'y'), /being written by process \d+ \(a live taker\)/);
  assert.equal(readFileSync(path.join(dir, LOCK_FILE), 'utf8'), stale, 'the lock is left to the live taker');
});

test('barista unlock: exit 1 and the lock untouched while its holder lives here; exit 0 and what it removed once the holder is gone', () => {
  const dir = path.join(tmp, 'unlock-cli');
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', '..', 'src', 'cli', 'main.ts'), 'unlock', ...args], { encoding: 'utf8' });
  const lock = IndexLock.acquire(dir, 'barista index');
  const refused = cli('--db', dir);
  assert.equal(refused.status, 1, refused.stderr);
  assert.match(refused.stderr, new RegExp(`process ${process.pid} \\(barista index\\) since .*; that process is alive on this host, so its lock stays`));
  assert.equal(IndexLock.holder(dir)?.pid, process.pid);
  lock.release();
  const dead = deadPid();
  writeFileSync(path.join(dir, LOCK_FILE), lockOf({ pid: dead, since: '2026-01-01T00:00:00.000Z' }));
  const removed = cli('--db', dir);
  assert.equal(removed.status, 0, removed.stderr);
  assert.match(
    removed.stdout,
    new RegExp(
      `^removed the lock of process ${dead} \\(barista index\\) on host .*, taken .* ago \\(2026-01-01T00:00:00.000Z\\) from index .*: its process \\(${dead}\\) has ended\\n$`,
    ),
  );
  assert.ok(!existsSync(path.join(dir, LOCK_FILE)));
});
