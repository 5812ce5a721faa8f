import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { LOCK_FILE } from './lock';

/**
 * Which folders are Barista's indexes, and deleting only what Barista made in one.
 *
 * An index folder says it is one with a marker file written before its tables. Barista writes into
 * a folder only when it is new, empty, marked, or holds nothing but Barista's own tables and lock (an
 * index made before markers existed: it is taken over and marked). Anything else is someone's
 * folder: it is refused, and nothing in it is touched. A rebuild deletes Barista's tables only.
 */

/** The marker: its presence says the folder is a Barista index. */
export const MARKER_FILE = 'barista-index.json';

/** The LanceDB tables of an index; each is a folder `<name>.lance`. */
export const TABLES = ['chunks', 'files', 'meta'] as const;

const TABLE_FOLDERS = new Set<string>(TABLES.map((t) => `${t}.lance`));

/** What a marker holds: enough for a person who finds the folder to know what it is. */
export interface Marker {
  barista: 'index';
  created: string;
  note: string;
  /** The indexed folder (absolute), recorded when a face opens the index; absent in markers written before. */
  folder?: string;
  /** When a face last opened the index (ISO time); absent in markers written before. */
  used?: string;
}

/** Entries Barista itself makes in an index folder: its tables, its marker, its lock (and their drafts). */
export function isOwnEntry(name: string): boolean {
  return TABLE_FOLDERS.has(name) || name === MARKER_FILE || name.startsWith(`${MARKER_FILE}.`) || name === LOCK_FILE || name.startsWith(`${LOCK_FILE}.`);
}

/** A folder that is not a Barista index and holds other things: Barista refuses to write there. */
export class NotAnIndexError extends Error {
  override name = 'NotAnIndexError';
  constructor(
    readonly dir: string,
    readonly entries: readonly string[],
    next: string,
  ) {
    const shown = entries.slice(0, 4).join(', ') + (entries.length > 4 ? ` and ${entries.length - 4} more` : '');
    super(
      `${dir} is not a Barista index: it holds ${shown}. Barista keeps an index only in a folder it created (or a new or empty one) and never deletes what it did not make; nothing was changed. ${next}`,
    );
  }
}

/**
 * What a folder is to Barista: `new` (missing or empty: Barista may create an index there), `marked`
 * (an index), `unmarked` (only Barista's tables and lock: an index from before markers), or
 * `foreign` (anything else, with the entries that are not Barista's).
 */
export type Ownership = { kind: 'new' } | { kind: 'marked' } | { kind: 'unmarked' } | { kind: 'foreign'; others: string[] };

export function ownershipOf(dir: string): Ownership {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'new' };
    throw e;
  }
  if (names.includes(MARKER_FILE) && readMarker(dir)) return { kind: 'marked' };
  const others = names.filter((n) => !isOwnEntry(n) || (n === MARKER_FILE && !readMarker(dir)));
  if (others.length) return { kind: 'foreign', others: others.sort() };
  return names.some((n) => TABLE_FOLDERS.has(n)) ? { kind: 'unmarked' } : { kind: 'new' };
}

export function readMarker(dir: string): Marker | undefined {
  try {
    const m = JSON.parse(readFileSync(path.join(dir, MARKER_FILE), 'utf8')) as Marker;
    return m?.barista === 'index' ? m : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the marker whole (beside it, then renamed into place). */
export function writeMarker(dir: string, fields: Partial<Pick<Marker, 'folder' | 'used' | 'created'>> = {}): void {
  const marker: Marker = {
    barista: 'index',
    created: fields.created ?? new Date().toISOString(),
    note: 'A Barista search index. Barista deletes only its own tables (chunks.lance, files.lance, meta.lance), this file and its write.lock here.',
    ...(fields.folder ? { folder: fields.folder, used: fields.used ?? new Date().toISOString() } : {}),
  };
  const draft = path.join(dir, `${MARKER_FILE}.${process.pid}`);
  writeFileSync(draft, JSON.stringify(marker, null, 2) + '\n');
  renameSync(draft, path.join(dir, MARKER_FILE));
}

/** Deletes the index's tables, and nothing else of the folder (the marker and the lock stay). */
export function dropTables(dir: string): void {
  for (const folder of TABLE_FOLDERS) rmSync(path.join(dir, folder), { recursive: true, force: true });
}

/** A marker's time of use is rewritten at most this often: opening an index does not write each time. */
const USE_RECORD_MS = 60 * 60 * 1000;

/**
 * Records in a marked index which folder it is of and that it is in use now (barista gc sweeps
 * indexes whose folder is gone or that were not used for a while). A folder without a marker is left
 * as it is, and a failure (a read-only disk) is ignored: the record only helps the sweep.
 */
export function recordUse(dir: string, folder: string, now = Date.now()): void {
  const marker = readMarker(dir);
  if (!marker) return;
  const used = marker.used ? Date.parse(marker.used) : NaN;
  if (marker.folder === folder && now - used < USE_RECORD_MS) return;
  try {
    writeMarker(dir, { created: marker.created, folder, used: new Date(now).toISOString() });
  } catch {
    // Not worth failing an open for.
  }
}
