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

export class StoreError extends Error {
  override name = 'StoreError';
}

/** A reader met an index it cannot use as it is (damaged, or of another model): left for a writer to rebuild. */
export class UnreadableIndexError extends StoreError {
  override name = 'UnreadableIndexError';
}

/**
 * An index that could not be opened for a reason that is not damage Barista recognises (too many
 * open files, an I/O error, a format from a newer version): reported, and the index left as it is.
 */
export class IndexOpenError extends StoreError {
  override name = 'IndexOpenError';
}

/** What a person can do about an open error that is not damage, by its cause. */
export function openAdvice(e: unknown): string {
  const text = e instanceof Error ? `${(e as NodeJS.ErrnoException).code ?? ''} ${e.message}` : String(e);
  if (/EMFILE|ENFILE|Too many open files|os error 24/.test(text))
    return 'too many files are open: close some programs or raise the limit (ulimit -n), then try again';
  if (/EIO|ESTALE|Input\/output error|Stale file handle|os error 5\b|os error 116/.test(text))
    return 'the disk or network share failed: check it, then try again';
  if (/EACCES|EPERM|Permission denied|os error 13/.test(text)) return "Barista may not read or write there: check the folder's permissions";
  if (/version|unsupported|newer/i.test(text))
    return 'it may have been written by a newer version of Barista: update Barista, or keep this index in another folder';
  return 'try again; if it keeps failing, delete the index folder yourself to have it rebuilt';
}

/**
 * The damage an open error shows, when it is damage Barista recognises and may rebuild over: a data
 * file or table manifest cut short or overwritten, or one missing from inside the index. Anything
 * else (undefined) is not damage to rebuild over.
 */
export function recognisedDamage(e: unknown, dir: string): string | undefined {
  if (e instanceof DamagedIndexError) return e.message;
  const bad = damagedFiles(dir);
  if (bad.length) return `${bad.join(', ')} ${bad.length > 1 ? 'are' : 'is'} cut short or not a Lance file (the end of a Lance file is missing)`;
  const reason = lanceReason(e, dir);
  return /^[^/].*\.(lance|manifest) is missing$/.test(reason) ? reason : undefined;
}
