import * as path from 'node:path';
import { openEngine, type Engine, type EngineOptions } from '../core/engine';
import { defaultIndexDir } from '../core/index/location';
import { indexExists } from '../core/index/status';
import { NoIndexError } from './exit';

/** A path as a shell command line shows it: quoted when it holds anything but plain characters. */
const quote = (p: string): string => (/^[\w@%+=:,./-]+$/.test(p) ? p : `"${p}"`);

/** A folder as the user would type it from here: relative when below the working folder. */
const shown = (dir: string): string => {
  const rel = path.relative(process.cwd(), dir);
  return quote(rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? dir : rel);
};

/** What every read-only face says when a folder has no index: where it looked and the command that makes one. */
export function noIndexError(root: string, db: string, dbGiven: boolean): NoIndexError {
  return new NoIndexError(`no Barista index for ${root} (looked in ${db}). Make one with: barista index ${shown(root)}${dbGiven ? ` --db ${quote(db)}` : ''}`);
}

/**
 * The engine over a folder's existing index. Opening a Store creates an empty index where there is
 * none; a command that only reads says there is none instead, and leaves nothing behind.
 */
export async function openIndexed(o: EngineOptions): Promise<Engine> {
  const db = o.db ?? defaultIndexDir(o.root);
  if (!indexExists(db)) throw noIndexError(o.root, db, o.db !== undefined);
  return openEngine(o);
}
