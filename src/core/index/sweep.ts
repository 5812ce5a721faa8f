import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { IndexLock, IndexLockedError } from './lock';
import { defaultIndexDir, userCacheDir } from './location';
import { dropTables, isOwnEntry, NotAnIndexError, ownershipOf, readMarker, TABLES } from './ownership';

/**
 * Deleting whole indexes: one on request (the editor's "Delete Index"), or those of the user cache
 * that no longer serve anyone (`barista gc`). Only Barista's own entries are deleted (its tables,
 * marker and lock, by ownership.ts's rules), and the folder itself only once it is empty: a folder
 * that holds anything else is refused whole.
 */

/** What deleting an index removes: its own entries, with their size on disk. */
export interface IndexContents {
  dir: string;
  /** Barista's entries present, by name (tables first). */
  entries: string[];
  bytes: number;
}

function sizeOf(p: string): number {
  let st;
  try {
    st = statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.size;
  let total = 0;
  for (const name of readdirSync(p)) total += sizeOf(path.join(p, name));
  return total;
}

/**
 * What deleting the index in `dir` would remove; undefined when there is no index there. A folder
 * that holds anything else is not an index: NotAnIndexError (`next` says what to do).
 */
export function indexContents(dir: string, next = 'Nothing was deleted.'): IndexContents | undefined {
  const own = ownershipOf(dir);
  if (own.kind === 'foreign') throw new NotAnIndexError(dir, own.others, next);
  if (own.kind === 'new' && !existsSync(dir)) return undefined;
  const tables = TABLES.map((t) => `${t}.lance`);
  const entries = readdirSync(dir)
    .filter(isOwnEntry)
    .sort((a, b) => Number(!tables.includes(a)) - Number(!tables.includes(b)) || a.localeCompare(b));
  return { dir, entries, bytes: entries.reduce((sum, e) => sum + sizeOf(path.join(dir, e)), 0) };
}

/**
 * Deletes the index in `dir`: its tables, marker and a left-over lock, then the folder once empty.
 * Refused (nothing deleted) for a folder that holds anything else (NotAnIndexError) or while a live
 * process writes it (IndexLockedError). Returns what was deleted, or undefined when there was no index.
 */
export function deleteIndex(dir: string, next = 'Nothing was deleted.'): IndexContents | undefined {
  const contents = indexContents(dir, next);
  if (!contents) return undefined;
  const holder = IndexLock.holder(dir);
  if (holder) throw new IndexLockedError(dir, holder, `close it (or wait for it to finish), then delete again. ${next}`);
  dropTables(dir);
  for (const name of readdirSync(dir)) if (isOwnEntry(name)) rmSync(path.join(dir, name), { recursive: true, force: true });
  try {
    rmdirSync(dir);
  } catch {
    // Something appeared meanwhile: it stays, with the folder.
  }
  return contents;
}

/** Why the sweep deletes an index. */
export type StaleReason = { kind: 'gone'; folder: string } | { kind: 'unused'; days: number; folder?: string };

export interface SweepEntry extends IndexContents {
  reason: StaleReason;
}

export interface SweepOptions {
  /** Also indexes not used for this many days (by the marker's time of use, else the newest change of its tables). */
  days?: number;
  now?: number;
  /** Folder of the indexes; the user cache's by default. */
  base?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** When an index was last used: its marker's record, else the newest change of the folder and its tables' version lists. */
function lastUse(dir: string, used: string | undefined): number {
  const recorded = used ? Date.parse(used) : NaN;
  if (!Number.isNaN(recorded)) return recorded;
  const times = [dir, ...TABLES.map((t) => path.join(dir, `${t}.lance`, '_versions'))].map((p) => {
    try {
      return statSync(p).mtimeMs;
    } catch {
      return 0;
    }
  });
  return Math.max(...times);
}

/**
 * The indexes in the user cache that no longer serve anyone: those whose folder is gone (the marker
 * records it, and that folder's place in the cache is this one), and with `days`, those not used for
 * that long. Only marked indexes are considered; one a live process writes is left alone. Nothing
 * is deleted here.
 */
export function staleIndexes(options: SweepOptions = {}): SweepEntry[] {
  const base = options.base ?? path.join(userCacheDir(), 'indexes');
  const now = options.now ?? Date.now();
  let names: string[];
  try {
    names = readdirSync(base).sort();
  } catch {
    return [];
  }
  const out: SweepEntry[] = [];
  for (const name of names) {
    const dir = path.join(base, name);
    let marker;
    try {
      if (!statSync(dir).isDirectory() || ownershipOf(dir).kind !== 'marked') continue;
      marker = readMarker(dir);
    } catch {
      continue;
    }
    if (!marker || IndexLock.holder(dir)) continue;
    let reason: StaleReason | undefined;
    // The folder is gone only when the record is of this very index (its place in the cache is this one).
    if (marker.folder && defaultIndexDir(marker.folder, base) === dir && !existsSync(marker.folder)) reason = { kind: 'gone', folder: marker.folder };
    else if (options.days !== undefined) {
      const idle = (now - lastUse(dir, marker.used)) / DAY_MS;
      if (idle >= options.days) reason = { kind: 'unused', days: Math.floor(idle), folder: marker.folder };
    }
    if (!reason) continue;
    const contents = indexContents(dir);
    if (contents) out.push({ ...contents, reason });
  }
  return out;
}
