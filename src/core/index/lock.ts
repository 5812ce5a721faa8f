import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
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
}

/** Another live process writes this index. */
export class IndexLockedError extends Error {
  override name = 'IndexLockedError';
  constructor(
    readonly dir: string,
    readonly owner: LockOwner | undefined,
    next: string,
  ) {
    const who = owner
      ? `process ${owner.pid} (${owner.what}${owner.host !== os.hostname() ? ` on ${owner.host}` : ''}) since ${owner.since}`
      : 'another process';
    super(`index ${dir} is being written by ${who}; ${next}`);
  }
}

/** Index folders this process holds the lock of (a second writer in the same process is refused too). */
const held = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const o = JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
    return Number.isInteger(o.pid) && typeof o.host === 'string' ? o : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the lock a file records is left over: its process is gone (checked on this host only; a
 * lock taken on another host sharing the folder is taken as live), or it names this process without
 * this process holding it (a pid reused after a restart of the machine). A file that cannot be read
 * is left over too (a lock is linked into place whole).
 */
function stale(dir: string, owner: LockOwner | undefined): boolean {
  if (!owner) return true;
  if (owner.host !== os.hostname()) return false;
  if (owner.pid === process.pid) return !held.has(dir);
  return !alive(owner.pid);
}

/**
 * The write lock of one index folder: a file holding the writer's pid, host and start time, made
 * with an exclusive create so two writers never both hold it. Readers do not take it. A lock whose
 * process is gone is taken over (a writer that was killed leaves its file behind).
 */
export class IndexLock {
  private released = false;

  private constructor(
    readonly dir: string,
    private readonly file: string,
  ) {}

  /**
   * Takes the lock or throws IndexLockedError naming the holder. `next` ends its message: what the
   * caller can do (wait, or index elsewhere).
   */
  static acquire(dir: string, what: string, next = 'wait for it to finish, or use --db to index into another folder'): IndexLock {
    const key = path.resolve(dir);
    const file = path.join(key, LOCK_FILE);
    mkdirSync(key, { recursive: true });
    for (let attempt = 0; attempt < 3; attempt++) {
      const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString(), what };
      // Written whole beside it, then linked into place: the link fails if the lock exists, and a
      // reader of the lock file never sees it half written.
      const draft = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      try {
        writeFileSync(draft, JSON.stringify(owner));
      } catch (e) {
        if (isDiskFull(e))
          throw new DiskFullError(
            `no space left on the disk of index ${key}: its lock file ${LOCK_FILE} cannot be written; nothing was changed; free some space, or put the index on another disk (--db, or the barista.indexLocation setting)`,
          );
        throw e;
      }
      try {
        linkSync(draft, file);
        held.add(key);
        return new IndexLock(key, file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      } finally {
        unlinkSync(draft);
      }
      const current = readOwner(file);
      if (!stale(key, current)) throw new IndexLockedError(key, current, next);
      // Left over by a process that is gone: removed, and the create tried again (if two takers
      // race here, the exclusive create still lets only one of them in).
      try {
        unlinkSync(file);
      } catch {
        // Another taker removed it first.
      }
    }
    throw new IndexLockedError(key, readOwner(file), next);
  }

  /** Who holds the lock of an index folder now, or undefined when no live process does. */
  static holder(dir: string): LockOwner | undefined {
    const key = path.resolve(dir);
    const owner = readOwner(path.join(key, LOCK_FILE));
    return owner && !stale(key, owner) ? owner : undefined;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    held.delete(this.dir);
    try {
      if (readOwner(this.file)?.pid === process.pid) unlinkSync(this.file);
    } catch {
      // Already gone (the folder was deleted for a rebuild).
    }
  }
}
