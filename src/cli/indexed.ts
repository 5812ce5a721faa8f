import * as path from 'node:path';
import { openEngine, type Engine, type EngineOptions } from '../core/engine';
import { defaultIndexDir } from '../core/index/location';
import { indexExists } from '../core/index/status';
import { NoIndexError } from './exit';

/**
 * The engine over a folder's existing index. Opening a Store creates an empty index where there is
 * none; a command that only reads says there is none instead, and leaves nothing behind.
 */
const shown = (dir: string): string => {
  const rel = path.relative(process.cwd(), dir);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? dir : rel;
};

export async function openIndexed(o: EngineOptions): Promise<Engine> {
  const db = o.db ?? defaultIndexDir(o.root);
  if (!indexExists(db)) throw new NoIndexError(`no index of ${o.root} at ${db}: run "barista index ${shown(o.root)}"${o.db ? ` --db ${o.db}` : ''} first`);
  return openEngine(o);
}
