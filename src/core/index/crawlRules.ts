import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_MAX_FILE_BYTES, type CrawlOptions } from './crawler';

/**
 * What a folder's index holds is decided by the folder, so every face (the editor, `barista index`,
 * `barista mcp`) builds the same index in the one place they share (the user cache). Besides the
 * ignore files the crawler reads (.gitignore, .baristaignore, git's excludes), the folder's
 * `.vscode/settings.json` may set four crawl rules; this is the one function that reads them:
 *
 *   barista.include        globs: only matching files are indexed
 *   barista.exclude        globs left out
 *   barista.maxFileSizeKB  larger files are skipped
 *   barista.followSymlinks follow links that leave the folder
 *
 * The same keys in a user's settings (or a multi-root .code-workspace file) are not read by the
 * command line, so the editor does not apply them either (it says so): two rule sets would make the
 * faces take turns rewriting the shared index.
 */

/** The folder's settings file, where VS Code keeps a folder's own settings. */
export const FOLDER_SETTINGS = path.join('.vscode', 'settings.json');

/** The crawl rules (settings keys without `barista.`) a folder's settings may set. */
export const CRAWL_SETTINGS = ['include', 'exclude', 'maxFileSizeKB', 'followSymlinks'] as const;

export interface CrawlRules {
  crawl: Omit<CrawlOptions, 'logger' | 'gitEnv'> & { maxFileBytes: number; followExternalLinks: boolean; include?: string[]; exclude: string[] };
  /** Values that are not allowed (each named, with what was used instead), or a settings file that could not be read. */
  problems: string[];
}

/** What a face may force on top of the folder's rules (a command-line flag). */
export interface CrawlOverrides {
  followExternalLinks?: boolean;
}

/**
 * JSON with comments and trailing commas (VS Code's settings format) as plain JSON: comments go,
 * strings are kept as they are (a `//` inside a string is text), a comma before `}` or `]` goes.
 */
export function stripJsonc(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      out += ' ';
    } else out += c;
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

/** The `barista.*` crawl keys of a folder's settings file: {} when it has none; throws on a file that is not JSON. */
function folderSettings(root: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path.join(root, FOLDER_SETTINGS), 'utf8');
  } catch {
    return {};
  }
  const parsed: unknown = text.trim() ? JSON.parse(stripJsonc(text.replace(/^\uFEFF/, ''))) : {};
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  const all = parsed as Record<string, unknown>;
  // Settings may also be written nested ("barista": { "exclude": [...] }); VS Code reads both.
  const nested = all.barista && typeof all.barista === 'object' ? (all.barista as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const key of CRAWL_SETTINGS) {
    const value = all[`barista.${key}`] ?? nested[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * The crawl rules of a folder: its `.vscode/settings.json` crawl keys (checked; a value that is not
 * allowed gives the default and a problem), then what the face forces. The ignore files are read by
 * the crawler itself, as it walks.
 */
export function resolveCrawlRules(root: string, overrides: CrawlOverrides = {}): CrawlRules {
  const problems: string[] = [];
  let values: Record<string, unknown> = {};
  const file = path.join(root, FOLDER_SETTINGS);
  try {
    values = folderSettings(root);
  } catch (e) {
    problems.push(`${file} is not valid JSON (${(e as Error).message}); its barista.* crawl rules are not applied until it is fixed.`);
  }
  const bad = (key: string, allowed: string, used: unknown) =>
    problems.push(`barista.${key} in ${file} is ${JSON.stringify(values[key])}, but it must be ${allowed}; using ${JSON.stringify(used)} instead.`);
  const globs = (key: 'include' | 'exclude'): string[] => {
    const v = values[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) return (bad(key, 'a list of glob strings', []), []);
    const kept = v.filter((g): g is string => typeof g === 'string' && g.trim() !== '');
    if (kept.length !== v.filter((g) => typeof g !== 'string' || g.trim() !== '').length) bad(key, 'a list of glob strings', kept);
    return kept;
  };
  const include = globs('include');
  const exclude = globs('exclude');
  let maxFileBytes = DEFAULT_MAX_FILE_BYTES;
  const kb = values.maxFileSizeKB;
  if (kb !== undefined) {
    if (typeof kb === 'number' && kb >= 1) maxFileBytes = Math.round(kb * 1024);
    else bad('maxFileSizeKB', 'a number of at least 1', DEFAULT_MAX_FILE_BYTES / 1024);
  }
  let followExternalLinks = false;
  const follow = values.followSymlinks;
  if (follow !== undefined) {
    if (typeof follow === 'boolean') followExternalLinks = follow;
    else bad('followSymlinks', 'true or false', false);
  }
  if (overrides.followExternalLinks) followExternalLinks = true;
  return { crawl: { include: include.length ? include : undefined, exclude, maxFileBytes, followExternalLinks }, problems };
}
