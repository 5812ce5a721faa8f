import { createHash } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';

/** The user's cache folder, where indexes live by default (never inside the indexed workspace). */
export function userCacheDir(): string {
  if (process.env.BARISTA_CACHE_DIR) return process.env.BARISTA_CACHE_DIR;
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA ?? path.join(os.homedir(), 'AppData', 'Local'), 'barista', 'cache');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'barista');
  return path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'barista');
}

/** One index folder per indexed folder, named so a person can tell which is which. */
export function defaultIndexDir(folder: string, base = path.join(userCacheDir(), 'indexes')): string {
  const abs = path.resolve(folder);
  const key = createHash('sha256').update(abs).digest('hex').slice(0, 12);
  return path.join(base, `${path.basename(abs) || 'root'}-${key}`);
}
