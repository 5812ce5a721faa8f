import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * Whether absolute path `p` is `root` or lies below it, by the names alone (no file is touched).
 * A sibling whose name starts with the root's (`/a/bc` for `/a/b`) or with dots (`..x`) is told apart.
 */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** A path named from outside (an agent, a client) that leaves the folder it must stay in. */
export class OutsideFolderError extends Error {
  override name = 'OutsideFolderError';
}

/**
 * The path of `p` (absolute, or relative to `root`) as the index keys it: relative to the folder,
 * '/' separated; or an OutsideFolderError when it lies outside the folder. Names are checked first,
 * so a path outside is refused without touching it; a path inside is then resolved through its
 * symbolic links, and refused when it leads outside (its deepest existing part decides, so a file
 * that does not exist yet is still checked). Nothing is read.
 */
export async function pathInFolder(root: string, p: string): Promise<string> {
  const absRoot = path.resolve(root);
  const realRoot = await fs.realpath(absRoot);
  const target = path.resolve(absRoot, p);
  // A root reached through a link (a temp folder, a mounted home) may be named by its real path too.
  const base = isInside(absRoot, target) ? absRoot : isInside(realRoot, target) ? realRoot : undefined;
  if (!base) throw new OutsideFolderError(`${p} is outside the indexed folder ${absRoot}: name a file inside it`);
  let real: string | undefined;
  for (let at = target; real === undefined; at = path.dirname(at)) {
    try {
      real = path.join(await fs.realpath(at), path.relative(at, target));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || at === base) throw e;
    }
  }
  if (!isInside(realRoot, real))
    throw new OutsideFolderError(`${p} leads outside the indexed folder ${absRoot} through a symbolic link: name a file inside it`);
  return path.relative(base, target).split(path.sep).join('/');
}
