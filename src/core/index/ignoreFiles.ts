import { readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The ignore files every face reads, besides the .gitignore files of the folder: Barista's own
 * `.baristaignore` (gitignore syntax, nested like .gitignore, read after it in each folder so it has
 * the last word there), and the two of git's that live outside the folder's tree: the repository's
 * `.git/info/exclude` and the user's `core.excludesFile`. Git files are read directly (no git
 * process), so a machine without git gets the same crawl.
 */

/** Barista's own ignore file: a .gitignore that only Barista reads (a `!` line re-includes what git ignores). */
export const IGNORE_FILE = '.baristaignore';

/** Where git's rules outside the folder tree come from, by the environment a face runs in. */
export interface GitEnv {
  home?: string;
  /** XDG_CONFIG_HOME; `<home>/.config` when unset. */
  xdgConfigHome?: string;
  /** GIT_CONFIG_GLOBAL: replaces the user's global config files, as git does. */
  gitConfigGlobal?: string;
}

export function gitEnvOfProcess(): GitEnv {
  return { home: os.homedir(), xdgConfigHome: process.env.XDG_CONFIG_HOME || undefined, gitConfigGlobal: process.env.GIT_CONFIG_GLOBAL || undefined };
}

/** Lines of a rules file that apply from the crawled root, with where they came from (for the log). */
export interface RootRules {
  source: string;
  lines: string[];
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function expandHome(p: string, home: string): string {
  if (p === '~') return home;
  if (p.startsWith('~/')) return path.join(home, p.slice(2));
  return p;
}

/**
 * The `core.excludesFile` value of a git config text, or undefined. Enough of git's format for this
 * one key: `[core]` sections (any case), `key = value`, quoted values, `#`/`;` comments. Includes
 * (`[include] path = ...`) are not followed.
 */
export function excludesFileOf(configText: string): string | undefined {
  let inCore = false;
  let found: string | undefined;
  for (const raw of configText.split(/\r?\n/)) {
    const line = raw.trim();
    const section = /^\[\s*([^\]\s"]+)(?:\s+"[^"]*")?\s*\]\s*(.*)$/.exec(line);
    if (section) {
      inCore = section[1].toLowerCase() === 'core';
      if (!section[2]) continue;
    }
    if (!inCore) continue;
    const entry = /^(?:\[[^\]]*\]\s*)?([A-Za-z][\w-]*)\s*=\s*(.*)$/.exec(line);
    if (!entry || entry[1].toLowerCase() !== 'excludesfile') continue;
    let value = entry[2];
    if (value.startsWith('"')) {
      const end = value.indexOf('"', 1);
      value = end > 0 ? value.slice(1, end) : value.slice(1);
    } else {
      value = value.replace(/\s[#;].*$/, '').trim();
    }
    // The last value wins, as in git.
    if (value) found = value;
  }
  return found;
}

/**
 * The user's global git ignore file: `core.excludesFile` of the global config (GIT_CONFIG_GLOBAL, or
 * `$XDG_CONFIG_HOME/git/config` then `~/.gitconfig`, the later winning), else git's default
 * `$XDG_CONFIG_HOME/git/ignore`. Undefined without a home folder.
 */
export function globalExcludesFile(env: GitEnv = gitEnvOfProcess()): string | undefined {
  const home = env.home;
  if (!home) return undefined;
  const xdg = env.xdgConfigHome ?? path.join(home, '.config');
  const configs = env.gitConfigGlobal ? [env.gitConfigGlobal] : [path.join(xdg, 'git', 'config'), path.join(home, '.gitconfig')];
  let value: string | undefined;
  for (const file of configs) {
    const text = readText(file);
    const v = text === undefined ? undefined : excludesFileOf(text);
    if (v) value = v;
  }
  return value ? path.resolve(home, expandHome(value, home)) : path.join(xdg, 'git', 'ignore');
}

/**
 * The git folder of a repository whose top is `root`: `.git` itself, or where a `.git` file points
 * (a worktree or submodule: `gitdir: <path>`, and its `commondir` where info/exclude is shared).
 * Undefined when `root` is not the top of a repository.
 */
export function gitDirOf(root: string): string | undefined {
  const dotGit = path.join(root, '.git');
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
  } catch {
    return undefined;
  }
  const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(readText(dotGit) ?? '');
  if (!pointer) return undefined;
  const gitDir = path.resolve(root, pointer[1]);
  const common = readText(path.join(gitDir, 'commondir'))?.trim();
  return common ? path.resolve(gitDir, common) : gitDir;
}

/**
 * Git's rules from outside the folder tree, lowest precedence first (git's order: the global
 * excludes file, then the repository's info/exclude; every .gitignore file comes after both). Only a
 * root that is the top of a repository gets its info/exclude (its patterns are relative to that top).
 */
export function gitRootRules(root: string, env: GitEnv = gitEnvOfProcess()): RootRules[] {
  const out: RootRules[] = [];
  const global = globalExcludesFile(env);
  const globalText = global && readText(global);
  if (global && globalText) out.push({ source: global, lines: globalText.split('\n') });
  const gitDir = gitDirOf(root);
  const exclude = gitDir && path.join(gitDir, 'info', 'exclude');
  const excludeText = exclude && readText(exclude);
  if (exclude && excludeText) out.push({ source: exclude, lines: excludeText.split('\n') });
  return out;
}
