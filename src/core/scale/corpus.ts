import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { crawl, readSource } from '../index/crawler';
import { chunkFile } from '../index/chunkers';
import { silentLogger, type Logger } from '../log';

/**
 * A large real corpus made of installed packages (an npm `node_modules`, a Python `site-packages`):
 * code a crawl of a project leaves out, so it is chosen here, package by package, and handed to the
 * indexer as a folder of links to the chosen files.
 */

/**
 * How a corpus folder is crawled: every file in it is a link to a file of an installed package,
 * outside the folder, which a crawl skips unless told to follow such links.
 */
export const CORPUS_CRAWL = { followExternalLinks: true } as const;

/** A folder of installed packages, and the short label its packages are filed under (`npm`, `py`). */
export interface PackageSource {
  label: string;
  dir: string;
}

export interface CorpusPackage {
  /** `label/name`, e.g. `npm/@babel/parser`, `py/numpy`: the folder the package's files get in the corpus. */
  name: string;
  dir: string;
}

export interface CorpusFile {
  /** Where the file sits in the corpus: the package's name, then its path inside the package. */
  path: string;
  absPath: string;
  chunks: number;
}

/** Folder entries that are metadata, caches or binaries, not packages. */
const NOT_A_PACKAGE = /^(\.|__pycache__$)|\.(dist-info|egg-info|libs|data)$|\.(pth|py[cd]?|so|txt)$/;

/**
 * The packages of each source, in name order (a scoped npm folder `@x` gives its `@x/y`), then taken
 * in turn from each source, so every prefix of the list mixes the ecosystems. Deterministic for a
 * given set of installed packages.
 */
export async function listPackages(sources: readonly PackageSource[]): Promise<CorpusPackage[]> {
  const perSource: CorpusPackage[][] = [];
  for (const source of sources) {
    const found: CorpusPackage[] = [];
    for (const name of await packageFolders(source.dir)) {
      if (name.startsWith('@')) {
        for (const inner of await packageFolders(path.join(source.dir, name)))
          found.push({ name: `${source.label}/${name}/${inner}`, dir: path.join(source.dir, name, inner) });
      } else found.push({ name: `${source.label}/${name}`, dir: path.join(source.dir, name) });
    }
    perSource.push(found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
  }
  return interleave(perSource);
}

async function packageFolders(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new Error(`${dir}: cannot list packages (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return entries.filter((e) => (e.isDirectory() || e.isSymbolicLink()) && !NOT_A_PACKAGE.test(e.name)).map((e) => e.name);
}

/** One from each list in turn, until all are used up. */
export function interleave<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

export interface PlanOptions {
  /** Stop once this many chunks are found. */
  chunks: number;
  /** At most this many chunks from one package, so a giant package does not become the corpus. */
  perPackage: number;
  /** Token budget per chunk, as the indexer chunks. */
  maxTokens: number;
  countTokens: (text: string) => number;
  logger?: Logger;
}

/**
 * Files of the packages, in order, with their chunk counts, until `chunks` chunks are reached. A
 * package is crawled as its own root (its .gitignore and the default excludes apply inside it) and
 * contributes files in crawl order up to `perPackage` chunks.
 */
export async function planCorpus(packages: readonly CorpusPackage[], options: PlanOptions): Promise<CorpusFile[]> {
  const logger = options.logger ?? silentLogger;
  const files: CorpusFile[] = [];
  let total = 0;
  for (const pkg of packages) {
    let inPackage = 0;
    // Package managers link packages into one another (pnpm, workspaces): followed, as they are installed code too.
    for await (const file of crawl(pkg.dir, { ...CORPUS_CRAWL, logger })) {
      const source = await readSource(file, { logger });
      if ('skipped' in source) continue;
      let chunks: number;
      try {
        chunks = (await chunkFile(file.path, source.text, { maxTokens: options.maxTokens, countTokens: options.countTokens })).length;
      } catch {
        continue;
      }
      if (chunks === 0) continue;
      if (inPackage + chunks > options.perPackage && inPackage > 0) break;
      files.push({ path: `${pkg.name}/${file.path}`, absPath: file.absPath, chunks });
      inPackage += chunks;
      total += chunks;
      if (total >= options.chunks) return files;
    }
  }
  return files;
}

/** The shortest prefix of `files` holding at least `chunks` chunks (all of them if they hold fewer). */
export function takeChunks(files: readonly CorpusFile[], chunks: number): CorpusFile[] {
  let total = 0;
  for (let i = 0; i < files.length; i++) {
    total += files[i].chunks;
    if (total >= chunks) return files.slice(0, i + 1);
  }
  return [...files];
}

/** Writes `files` as a folder of symbolic links at their corpus paths (the folder is emptied first); crawl it with CORPUS_CRAWL. */
export async function linkCorpus(files: readonly CorpusFile[], dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
  for (const f of files) {
    const at = path.join(dir, ...f.path.split('/'));
    await fs.mkdir(path.dirname(at), { recursive: true });
    await fs.symlink(f.absPath, at);
  }
}
