import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiskFullError, isDiskFull } from './damage';

/** The file in an index folder that says which process writes the index. */
export const LOCK_FILE = 'write.lock';

/** Who holds an index's write lock. */
export interface LockOwner {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  since: string;
  /** What the process is (`barista index`, `VS Code`...), for the message. */
  what: string;
  /** Random, one per taking: tells this lock from every other, one of the same pid too (absent in locks of older versions). */
  token?: string;
  /** The boot the lock was taken in (Linux's boot id): a lock of an earlier boot is left over whatever its pid. */
  boot?: string;
  /** When the holder process started, as the system tells it: a live pid that started otherwise is another process. */
  started?: string;
}

/** The command that clears the lock of index folder `dir` (named in messages). */
export function unlockCommand(dir: string): string {
  return `barista unlock --db ${/^[\w@%+=:,./\\-]+$/.test(dir) ? dir : `"${dir}"`}`;
}

/** How long ago an ISO time was, as a person says it ("3 h"). */
export function ageOf(since: string, now = Date.now()): string | undefined {
  const at = Date.parse(since);
  if (Number.isNaN(at)) return undefined;
  const s = Math.max(0, Math.round((now - at) / 1000));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  if (s < 48 * 3600) return `${Math.floor(s / 3600)} h`;
  return `${Math.floor(s / 86400)} days`;
}

/** Another live process writes this index. */
export class IndexLockedError extends Error {
  override name = 'IndexLockedError';
  constructor(
    readonly dir: string,
    readonly owner: LockOwner | undefined,
    next: string,
  ) {
    if (owner && owner.host !== os.hostname()) {
      // Nothing here can tell whether a process on another host still runs: only a person can.
      const age = ageOf(owner.since);
      super(
        `index ${dir} is being written by process ${owner.pid} (${owner.what}) on host ${owner.host}, taken ${age ? `${age} ago` : 'at an unknown time'} (${owner.since}); ${next}. ` +
          `A lock taken on another host is never cleared here on its own: if nothing on ${owner.host} writes this index any more, clear it with: ${unlockCommand(dir)}`,
      );
    } else {
      super(`index ${dir} is being written by ${owner ? `process ${owner.pid} (${owner.what}) since ${owner.since}` : 'another process'}; ${next}`);
    }
  }
}

/** Per index folder this process holds the lock of, that lock's token (a second writer in the same process is refused too). */
const held = new Map<string, string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let thisBoot: string | null | undefined = null;

/** The id of the machine's current boot, where the system has one (Linux); undefined elsewhere. */
export function bootId(): string | undefined {
  if (thisBoot === null) {
    try {
      thisBoot = process.platform === 'linux' ? readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined : undefined;
    } catch {
      thisBoot = undefined;
    }
  }
  return thisBoot;
}

/**
 * When process `pid` started, as an opaque string that differs between two processes that had the
 * same pid: on Linux the clock ticks after boot (field 22 of /proc/PID/stat, read after the
 * parenthesised name, which may hold spaces); on macOS and the BSDs `ps`'s start time to the second
 * (in UTC, so that it does not depend on the reader's time zone). Undefined when the process is gone
 * or the system does not tell (Windows): then the pid alone decides.
 */
export function processStart(pid: number): string | undefined {
  try {
    if (process.platform === 'linux') {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The fields after the name start at field 3.
      return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[22 - 3] || undefined;
    }
    if (process.platform === 'win32') return undefined;
    const r = spawnSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC', LC_ALL: 'C' }, timeout: 5000 });
    return (r.status === 0 && r.stdout.trim()) || undefined;
  } catch {
    return undefined;
  }
}

let thisStart: string | null | undefined = null;

function ownerNow(what: string): LockOwner & { token: string } {
  if (thisStart === null) thisStart = processStart(process.pid);
  return {
    pid: process.pid,
    host: os.hostname(),
    since: new Date().toISOString(),
    what,
    token: randomBytes(8).toString('hex'),
    boot: bootId(),
    started: thisStart,
  };
}

/** A lock file as read: its bytes (which tell one taking from another) and what they say. */
interface Seen {
  raw: Buffer;
  owner: LockOwner | undefined;
}

function parseOwner(raw: Buffer): LockOwner | undefined {
  try {
    const o = JSON.parse(raw.toString('utf8')) as LockOwner;
    return Number.isInteger(o.pid) && typeof o.host === 'string' ? o : undefined;
  } catch {
    return undefined;
  }
}

/** The lock file at `file`, or undefined when there is none. */
function readLock(file: string): Seen | undefined {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  return { raw, owner: parseOwner(raw) };
}

/**
 * Why the lock a file records is left over, or undefined while it is live. Unreadable: left over (a
 * lock is linked into place whole, so a live one is never half written). Taken on another host:
 * live, as nothing here can see that host's processes (`unlockIndex` lets a person say otherwise).
 * On this host: left over when the machine has restarted since, when it names this process without
 * this process holding it, when its process has ended, or when its pid now belongs to a process
 * that started at another time (the pid was reused).
 */
function leftOver(key: string, owner: LockOwner | undefined): string | undefined {
  if (!owner) return 'its file cannot be read';
  if (owner.host !== os.hostname()) return undefined;
  const boot = bootId();
  if (owner.boot && boot && owner.boot !== boot) return 'the machine has restarted since it was taken';
  if (owner.pid === process.pid)
    return owner.token !== undefined && held.get(key) === owner.token ? undefined : 'it names this process, which does not hold it';
  if (!alive(owner.pid)) return `its process (${owner.pid}) has ended`;
  if (owner.started !== undefined) {
    const started = processStart(owner.pid);
    if (started !== undefined && started !== owner.started) return `its process has ended, and pid ${owner.pid} now belongs to another process`;
  }
  return undefined;
}

/**
 * Makes `target` hold `content` unless it exists (false then): written whole beside it, then linked
 * into place, so the link is the exclusive create and a reader never sees the file half written.
 */
function placeWhole(target: string, content: string, token: string, dir: string): boolean {
  const draft = `${target}.${token}.draft`;
  try {
    writeFileSync(draft, content);
  } catch (e) {
    if (isDiskFull(e))
      throw new DiskFullError(
        `no space left on the disk of index ${dir}: its lock file ${LOCK_FILE} cannot be written; nothing was changed; free some space, or put the index on another disk (--db, or the barista.indexLocation setting)`,
      );
    throw e;
  }
  try {
    linkSync(draft, target);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    unlinkSync(draft);
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Gone already.
  }
}

/**
 * Removes the left-over lock `seen` from `file`, so that no live lock is ever removed in its place.
 *
 * Judging a lock left over and removing it are two steps; a lock taken by someone else between them
 * must survive. So the right to remove one left-over lock (named by a hash of its bytes, which no
 * later lock repeats: each holds a random token, and before tokens its pid and time to the
 * millisecond) is itself taken with an exclusive create: the takeover marker
 * `write.lock.<hash>.takeover1`. Its holder reads the lock again and removes it only if it still
 * has the same bytes; nothing can have replaced it in between, as only a marker's holder removes a
 * left-over lock (and a holder its own live one). A marker whose process has ended (killed in those
 * few microseconds) is passed over for the next number, and markers are deleted only by a holder
 * once it is done: each number is won once, and whoever wins one has seen every earlier holder dead,
 * so at most one live process acts on one left-over lock. The lock is renamed aside and its bytes
 * compared once more before it is deleted, and put back if they differ (a copy of Barista from
 * before these markers, which removes without them, might have taken it meanwhile).
 *
 * Returns undefined when the lock is gone (removed here, or by another taker), or the owner of the
 * marker when another live process is taking it over right now.
 */
function removeLeftOver(file: string, seen: Seen, me: LockOwner & { token: string }, dir: string, foreignGone: boolean): LockOwner | undefined {
  const id = createHash('sha256').update(seen.raw).digest('hex').slice(0, 16);
  const content = JSON.stringify(me);
  const marker = (k: number) => `${file}.${id}.takeover${k}`;
  let k = 1;
  for (; !placeWhole(marker(k), content, me.token, dir); k++) {
    const other = readLock(marker(k));
    // Gone: its holder is done; look at the lock again.
    if (!other) return undefined;
    const taker = other.owner;
    // A marker is never held past one call, so one naming this process is left over too.
    const takerGone = !taker || (taker.host === os.hostname() ? leftOver(marker(k), taker) !== undefined : foreignGone);
    if (!takerGone) return taker;
  }
  try {
    const now = readLock(file);
    if (!now || !now.raw.equals(seen.raw)) return undefined;
    const aside = `${file}.${id}.${me.token}.removed`;
    renameSync(file, aside);
    if (!readFileSync(aside).equals(seen.raw)) {
      try {
        linkSync(aside, file);
      } catch {
        // Another lock is in place already.
      }
    }
    unlinkSync(aside);
    return undefined;
  } finally {
    // This marker and those of the dead takers before it: the lock they were for is gone (or this
    // taker failed, and lets the next one try).
    for (let j = 1; j <= k; j++) unlinkQuietly(marker(j));
  }
}

/** How long a taker waits for another live process that is taking over the same left-over lock. */
const TAKEOVER_WAIT_MS = 3000;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The write lock of one index folder: a file holding the writer's pid, host, boot, process start
 * time and a random token, made with an exclusive create so two writers never both hold it. Readers
 * do not take it. A lock whose process is gone is taken over (a writer that was killed leaves its
 * file behind), in a way that never removes a live lock (see removeLeftOver).
 */
export class IndexLock {
  private released = false;

  private constructor(
    readonly dir: string,
    private readonly file: string,
    private readonly token: string,
  ) {}

  /**
   * Takes the lock or throws IndexLockedError naming the holder. `next` ends its message: what the
   * caller can do (wait, or index elsewhere).
   */
  static acquire(dir: string, what: string, next = 'wait for it to finish, or use --db to index into another folder'): IndexLock {
    const key = path.resolve(dir);
    const file = path.join(key, LOCK_FILE);
    mkdirSync(key, { recursive: true });
    const me = ownerNow(what);
    const deadline = Date.now() + TAKEOVER_WAIT_MS;
    for (let round = 0; ; round++) {
      if (placeWhole(file, JSON.stringify(me), me.token, key)) {
        held.set(key, me.token);
        return new IndexLock(key, file, me.token);
      }
      const seen = readLock(file);
      let taker: LockOwner | undefined;
      if (seen) {
        if (!leftOver(key, seen.owner)) throw new IndexLockedError(key, seen.owner, next);
        taker = removeLeftOver(file, seen, me, key, false);
      }
      if (Date.now() > deadline) throw new IndexLockedError(key, taker ?? readLock(file)?.owner, next);
      // Another process is taking the left-over lock over: it is about to hold it, or to have died trying.
      if (taker) pause(Math.min(2 ** round, 50));
    }
  }

  /** Who holds the lock of an index folder now, or undefined when no live process does. */
  static holder(dir: string): LockOwner | undefined {
    const key = path.resolve(dir);
    const owner = readLock(path.join(key, LOCK_FILE))?.owner;
    return owner && !leftOver(key, owner) ? owner : undefined;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    held.delete(this.dir);
    try {
      if (readLock(this.file)?.owner?.token === this.token) unlinkSync(this.file);
    } catch {
      // Already gone (the folder was deleted for a rebuild).
    }
  }
}

/** What `unlockIndex` removed: the lock's owner (undefined when its file could not be read) and why it could go. */
export interface Unlocked {
  owner: LockOwner | undefined;
  why: string;
}

/**
 * Removes the write lock of index folder `dir` when its holder is gone or was on another host (a
 * person says that host no longer writes it): what it removed, or undefined when there was no lock.
 * A lock whose process is alive on this host stays: IndexLockedError.
 */
export function unlockIndex(dir: string): Unlocked | undefined {
  const key = path.resolve(dir);
  const file = path.join(key, LOCK_FILE);
  const seen = readLock(file);
  if (!seen) return undefined;
  const why = seen.owner && seen.owner.host !== os.hostname() ? `it was taken on another host (${seen.owner.host})` : leftOver(key, seen.owner);
  if (!why) {
    throw new IndexLockedError(
      key,
      seen.owner,
      `that process is alive on this host, so its lock stays: wait for it to finish (or end process ${seen.owner?.pid}); barista unlock removes only a lock whose process has ended or that was taken on another host`,
    );
  }
  const taker = removeLeftOver(file, seen, ownerNow('barista unlock'), key, true);
  if (taker) throw new IndexLockedError(key, taker, 'it is taking over the lock that was left over; nothing was removed');
  return { owner: seen.owner, why };
}
