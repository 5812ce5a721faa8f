import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { silentLogger, type Logger } from '../log';
import { isInside } from './folderPath';
import { gitRootRules, IGNORE_FILE, type GitEnv } from './ignoreFiles';
import { languageOf } from './languages';

export interface CrawlOptions {
  /** Globs (gitignore syntax, e.g. `src/**`, `**\/*.ts`): when given, only files matching one are kept. */
  include?: string[];
  /** Globs (gitignore syntax) left out, on top of .gitignore files and the default excludes. */
  exclude?: string[];
  /** Files larger than this are skipped by readSource. Default 1 MiB. */
  maxFileBytes?: number;
  /**
   * Follow symbolic links (to files and folders) whose real target lies outside the crawled root.
   * Default false: a link out of the root is skipped, so nothing outside the folder is indexed (a
   * notes file linked to one in the home folder, say). Links that stay inside are always followed;
   * each real folder is visited once either way, so loops end.
   */
  followExternalLinks?: boolean;
  /**
   * Read git's ignore rules: .gitignore files, the repository's .git/info/exclude and the user's
   * core.excludesFile. Default true. (.baristaignore files are always read.)
   */
  useGitignore?: boolean;
  /** Where the user's git config lives (tests give their own); the process's home and environment by default. */
  gitEnv?: GitEnv;
  logger?: Logger;
}

export interface SourceFile {
  /** Relative to the crawled root, with '/' separators. */
  path: string;
  absPath: string;
  size: number;
  mtimeMs: number;
}

export type ReadResult = { text: string } | { skipped: string };

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/**
 * Left out of every crawl, as if at the top of the root's .gitignore (whose rules, and those of
 * deeper .gitignore files, can re-include them with `!`): dependencies, version control, build output, caches, generated and lock files.
 * Names match at any depth, so a source folder called `build/` is left out too: add it with
 * `!build/` in .gitignore if it matters.
 */
export const DEFAULT_EXCLUDES: readonly string[] = [
  // Version control and editors
  '.git/',
  '.hg/',
  '.svn/',
  '.idea/',
  '.vs/',
  '.vscode-test/',
  '.DS_Store',
  // Dependencies and vendored code
  'node_modules/',
  'bower_components/',
  'jspm_packages/',
  'vendor/',
  'third_party/',
  'third-party/',
  'Pods/',
  'Carthage/',
  // Python environments and caches
  '.venv/',
  'venv/',
  '.env/',
  '__pycache__/',
  '.tox/',
  '.nox/',
  '.mypy_cache/',
  '.pytest_cache/',
  '.ruff_cache/',
  '.ipynb_checkpoints/',
  '*.egg-info/',
  '.eggs/',
  // Build output
  'dist/',
  'build/',
  'out/',
  'target/',
  'obj/',
  'coverage/',
  '.nyc_output/',
  'htmlcov/',
  '.next/',
  '.nuxt/',
  '.svelte-kit/',
  '.output/',
  '.gradle/',
  '.dart_tool/',
  '.cache/',
  '.parcel-cache/',
  '.turbo/',
  '.terraform/',
  '_build/',
  'site-packages/',
  // Lock files
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lockb',
  'Cargo.lock',
  'poetry.lock',
  'Pipfile.lock',
  'uv.lock',
  'composer.lock',
  'Gemfile.lock',
  'go.sum',
  'packages.lock.json',
  'flake.lock',
  'mix.lock',
  'pubspec.lock',
  'Podfile.lock',
  // Minified and generated
  '*.min.js',
  '*.min.mjs',
  '*.min.css',
  '*.bundle.js',
  '*.chunk.js',
  '*.map',
  '*.pb.go',
  '*_pb2.py',
  '*.generated.*',
  '*.g.dart',
  '*.designer.cs',
];

/** Extensions of files that are never text, checked before anything is read. */
export const BINARY_EXTENSIONS: ReadonlySet<string> = new Set([
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.bmp',
  '.ico',
  '.icns',
  '.webp',
  '.avif',
  '.tif',
  '.tiff',
  '.psd',
  '.mp3',
  '.mp4',
  '.m4a',
  '.wav',
  '.ogg',
  '.flac',
  '.avi',
  '.mov',
  '.mkv',
  '.webm',
  '.zip',
  '.gz',
  '.tgz',
  '.bz2',
  '.xz',
  '.zst',
  '.7z',
  '.rar',
  '.tar',
  '.jar',
  '.war',
  '.whl',
  '.vsix',
  '.exe',
  '.dll',
  '.so',
  '.dylib',
  '.a',
  '.lib',
  '.o',
  '.obj',
  '.class',
  '.pyc',
  '.pyo',
  '.wasm',
  '.node',
  '.pdf',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
  '.odt',
  '.ttf',
  '.otf',
  '.woff',
  '.woff2',
  '.eot',
  '.sqlite',
  '.db',
  '.bin',
  '.dat',
  '.npy',
  '.npz',
  '.onnx',
  '.pt',
  '.safetensors',
  '.pkl',
  '.parquet',
  '.arrow',
  '.lance',
]);

/** Gitignore-style rules; names such as `...` are paths to match, not errors. */
const rules = (patterns: string | string[]): Ignore => ignore({ allowRelativePaths: true }).add(patterns);

/** A folder name as literal glob text: its wildcard and escape characters lose their meaning. */
const escapeGlob = (text: string): string => text.replace(/[*?[\]\\]/g, '\\$&').replace(/^[#!]/, '\\$&');

/**
 * A rule of the .gitignore in folder `base` (relative, ending in '/'), rewritten to apply from the
 * root. A pattern with no inner slash matches at any depth below its folder; one with a slash is
 * anchored to its folder. Rewriting every file's rules into one list, deeper folders last, gives
 * git's precedence (the deepest file decides, and within a file the last rule), and lets a
 * `!pattern` re-include what a shallower file or the default excludes left out.
 */
export function rebaseRule(line: string, base: string): string | undefined {
  line = line.replace(/\r$/, '');
  if (!line.trim() || line.startsWith('#')) return undefined;
  if (!base) return line;
  const negated = line.startsWith('!');
  let body = negated ? line.slice(1) : line;
  const anchored = body.replace(/\/+\s*$/, '').includes('/');
  if (body.startsWith('/')) body = body.slice(1);
  return `${negated ? '!' : ''}${escapeGlob(base)}${anchored ? '' : '**/'}${body}`;
}

/** Rules of the ignore file `name` in folder `dir` (relative `base`), rebased to the root; [] when it has none. */
async function rulesOf(dir: string, base: string, name: string, logger: Logger): Promise<string[]> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, name), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') logger.warn(`${base || './'}${name}: unreadable (${code ?? (e as Error).message}); its rules are not applied`);
    return [];
  }
  return text
    .split('\n')
    .map((l) => rebaseRule(l, base))
    .filter((l): l is string => l !== undefined);
}

/**
 * The rules in force below folder `dir`: its parent's, then its .gitignore's, then its
 * .baristaignore's (Barista's own file has the last word in its folder, so `!dist/` there brings
 * back what .gitignore leaves out).
 */
async function withIgnoreFiles(parent: Ignore, dir: string, base: string, useGitignore: boolean, logger: Logger): Promise<Ignore> {
  const added = [...(useGitignore ? await rulesOf(dir, base, '.gitignore', logger) : []), ...(await rulesOf(dir, base, IGNORE_FILE, logger))];
  return added.length ? rules([]).add(parent).add(added) : parent;
}

/**
 * The rules every crawl of `root` starts from: the default excludes, then (with git's rules on) the
 * user's global git excludes file and the repository's .git/info/exclude, in git's order. Each can
 * be overridden by a `!` line of a later file.
 */
export function rootRules(root: string, options: Pick<CrawlOptions, 'useGitignore' | 'gitEnv' | 'logger'> = {}): Ignore {
  const start = rules([...DEFAULT_EXCLUDES]);
  if (!(options.useGitignore ?? true)) return start;
  for (const { source, lines } of gitRootRules(root, options.gitEnv)) {
    const added = lines.map((l) => rebaseRule(l, '')).filter((l): l is string => l !== undefined);
    if (!added.length) continue;
    options.logger?.info(`git excludes from ${source}: ${added.length} rules`);
    start.add(added);
  }
  return start;
}

/**
 * Walks a folder and yields the files worth indexing, in a stable (sorted) order: files whose
 * language is known, not ignored by .gitignore and .baristaignore files (root and nested), git's
 * info/exclude and global excludes file, the default excludes or the options' globs; symbolic links are followed while they stay inside the root (see
 * `followExternalLinks`). Unreadable folders are reported through the logger and skipped; the walk
 * never throws for one bad entry. Size, binary content and encoding are checked by readSource.
 */
export async function* crawl(root: string, options: CrawlOptions = {}): AsyncGenerator<SourceFile> {
  const logger = options.logger ?? silentLogger;
  const absRoot = path.resolve(root);
  const followExternal = options.followExternalLinks ?? false;
  // Links are judged by where they really lead, so the root is taken by its real path too.
  const realRoot = await fs.realpath(absRoot).catch(() => absRoot);
  const exclude = options.exclude?.length ? rules(options.exclude) : undefined;
  const include = options.include?.length ? rules(options.include) : undefined;
  const useGitignore = options.useGitignore ?? true;
  const start = rootRules(absRoot, { ...options, logger });
  const visited = new Set<string>();

  async function* walk(dir: string, rel: string, ignored: Ignore): AsyncGenerator<SourceFile> {
    let real: string;
    let entries: Dirent[];
    try {
      real = await fs.realpath(dir);
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      logger.warn(`${rel || './'}: folder unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); skipped`);
      return;
    }
    // A folder reached twice (a symlink loop, or two links to one place) is read once.
    if (visited.has(real)) return;
    visited.add(real);
    ignored = await withIgnoreFiles(ignored, dir, rel, useGitignore, logger);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      const relPath = rel + entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await fs.stat(abs);
          const real = await fs.realpath(abs);
          if (!followExternal && !isInside(realRoot, real)) {
            logger.info(`${relPath}: symbolic link to ${real}, outside the indexed folder; not followed`);
            continue;
          }
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (e) {
          const loop = (e as NodeJS.ErrnoException).code === 'ELOOP';
          logger.info(`${relPath}: ${loop ? 'symbolic link loop' : 'broken symbolic link'}; skipped`);
          continue;
        }
      }
      if (isDir) {
        const asDir = `${relPath}/`;
        if (exclude?.ignores(asDir) || ignored.ignores(asDir)) continue;
        yield* walk(abs, asDir, ignored);
      } else if (isFile) {
        if (!keepFile(relPath, ignored, include, exclude)) continue;
        try {
          const stat = await fs.stat(abs);
          yield { path: relPath, absPath: abs, size: stat.size, mtimeMs: stat.mtimeMs };
        } catch (e) {
          logger.warn(`${relPath}: unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); skipped`);
        }
      }
    }
  }

  yield* walk(absRoot, '', start);
}

function keepFile(rel: string, ignored: Ignore, include: Ignore | undefined, exclude: Ignore | undefined): boolean {
  if (BINARY_EXTENSIONS.has(path.posix.extname(rel).toLowerCase())) return false;
  if (!languageOf(rel)) return false;
  if (exclude?.ignores(rel)) return false;
  if (include && !include.ignores(rel)) return false;
  return !ignored.ignores(rel);
}

const SNIFF_BYTES = 8192;
/** Bad UTF-8 sequences tolerated (decoded as U+FFFD): a stray Latin-1 byte in a comment, say. */
const MAX_BAD_SEQUENCES = 8;
const MAX_BAD_RATIO = 0.01;

/** Why a buffer is not text, or undefined when it looks like text. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of head) {
    if (b === 0) return 'binary (NUL byte)';
    // Tab, line feed, vertical tab, form feed, carriage return and escape appear in real text.
    if (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) control++;
  }
  return head.length && control / head.length > 0.1 ? 'binary (control characters)' : undefined;
}

/**
 * UTF-8 text of a buffer. Strict decoding first; a file with a few bad bytes is decoded leniently
 * (each bad sequence becomes U+FFFD) since the rest is still worth finding, while a file with more
 * is in another encoding and is skipped. A BOM is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): ReadResult {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
    let bad = 0;
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) bad++;
    if (bad <= MAX_BAD_SEQUENCES && bad <= Math.max(1, text.length * MAX_BAD_RATIO)) return { text };
    return { skipped: `not valid UTF-8 (${bad} bad byte sequences; another encoding?)` };
  }
}

/**
 * The text of a buffer that starts with a UTF-16 byte order mark (as Windows tools save "Unicode"
 * text), without the mark; undefined for a buffer without one.
 */
export function decodeUtf16(bytes: Uint8Array): ReadResult | undefined {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (!encoding) return undefined;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { skipped: `not valid ${encoding.toUpperCase()} (it starts with that byte order mark)` };
  }
  if (text.includes('\0')) return { skipped: `binary (NUL character in ${encoding.toUpperCase()} text)` };
  return { text };
}

/**
 * Reads a crawled file as text, or says why not: too large, binary, unreadable, not UTF-8 (nor
 * UTF-16 with a byte order mark).
 * Every skip is also reported through the logger. Never throws.
 */
export async function readSource(file: SourceFile, options: Pick<CrawlOptions, 'maxFileBytes' | 'logger'> = {}): Promise<ReadResult> {
  const logger = options.logger ?? silentLogger;
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const skip = (reason: string): ReadResult => {
    logger.warn(`${file.path}: ${reason}; skipped`);
    return { skipped: reason };
  };
  let bytes: Buffer;
  try {
    const handle = await fs.open(file.absPath, 'r');
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) return skip('not a regular file');
      if (stat.size > maxBytes) return skip(`too large (${stat.size} bytes, limit ${maxBytes})`);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (e) {
    return skip(`unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) return skip(`too large (${bytes.length} bytes, limit ${maxBytes})`);
  // UTF-16 is text full of NUL bytes: known by its byte order mark, before the binary sniff.
  const wide = decodeUtf16(bytes);
  if (wide) {
    if ('skipped' in wide) return skip(wide.skipped);
    logger.info(`${file.path}: UTF-16 text, indexed as its characters`);
    return wide;
  }
  const binary = binaryReason(bytes);
  if (binary) return skip(binary);
  const decoded = decodeUtf8(bytes);
  if ('skipped' in decoded) return skip(decoded.skipped);
  return decoded;
}
