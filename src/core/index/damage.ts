import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** An index LanceDB cannot read: a file cut short, garbage or missing (a full disk, a crash, a bad copy). */
export class DamagedIndexError extends Error {
  override name = 'DamagedIndexError';
}

/** A write the disk had no room for. */
export class DiskFullError extends Error {
  override name = 'DiskFullError';
}

/** The last bytes of every Lance data file and table manifest (the end of its footer). */
const LANCE_MAGIC = 'LANC';

function endsInMagic(file: string): boolean {
  const size = statSync(file).size;
  if (size < LANCE_MAGIC.length) return false;
  const tail = Buffer.alloc(LANCE_MAGIC.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, tail, 0, tail.length, size - tail.length);
  } finally {
    closeSync(fd);
  }
  return tail.toString('latin1') === LANCE_MAGIC;
}

function list(dir: string, suffix: string): string[] {
  try {
    return readdirSync(dir).filter((n) => n.endsWith(suffix));
  } catch {
    return [];
  }
}

/**
 * The data files and table manifests of an index folder that do not end as a Lance file must (cut
 * short, or overwritten with something else), as paths relative to `dir`. `tables` limits the look.
 */
export function damagedFiles(dir: string, tables?: readonly string[]): string[] {
  const names = tables?.map((t) => `${t}.lance`) ?? list(dir, '.lance');
  const bad: string[] = [];
  for (const table of names) {
    for (const [sub, suffix] of [
      ['data', '.lance'],
      ['_versions', '.manifest'],
    ]) {
      for (const name of list(path.join(dir, table, sub), suffix)) {
        const rel = `${table}/${sub}/${name}`;
        try {
          if (!endsInMagic(path.join(dir, rel))) bad.push(rel);
        } catch {
          // Gone meanwhile (a writer's clean-up): not damage.
        }
      }
    }
  }
  return bad;
}

/**
 * A LanceDB error as one readable line: its first cause without the Rust source locations. A file
 * it did not find is named relative to the index folder.
 */
export function lanceReason(e: unknown, dir: string): string {
  const message = e instanceof Error ? e.message : String(e);
  const missing = /Not found: (\S+\.(?:lance|manifest))\b/.exec(message);
  if (missing) {
    const abs = path.resolve('/', missing[1]);
    const rel = path.relative(path.resolve(dir), abs);
    return `${rel.startsWith('..') ? abs : rel} is missing`;
  }
  const innermost = message.split(/\s*Caused by:\s*/).pop() ?? message;
  return innermost
    .split('\n')[0]
    .replace(/,\s*\/\S+\.rs:\d+:\d+/g, '')
    .trim();
}

const NO_SPACE = /No space left on device|os error 28|ENOSPC|Disk quota exceeded|os error 122|EDQUOT/;

export function isDiskFull(e: unknown): boolean {
  return NO_SPACE.test(e instanceof Error ? `${(e as NodeJS.ErrnoException).code ?? ''} ${e.message}` : String(e));
}

/**
 * Why an index could not be opened, naming the file at fault when one is: damaged files first, then
 * what LanceDB said.
 */
export function damageReport(e: unknown, dir: string): string {
  const bad = damagedFiles(dir);
  if (bad.length) return `${bad.join(', ')} ${bad.length > 1 ? 'are' : 'is'} cut short or not a Lance file (the end of a Lance file is missing)`;
  return lanceReason(e, dir);
}
