/**
 * The stable launcher agents' configs point at. An extension lives in a folder named after its
 * version, which an update replaces; the launcher (a small script in Barista's own folder) finds the
 * newest Barista installed in any editor at each start and runs its command line's `barista mcp`
 * with Node, the editor's own if no other: so a config written once keeps working across updates.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { userCacheDir } from '../index/location';
import type { ServerCommand } from './configs';

/** Where the launcher is kept: Barista's folder in the user cache, beside the indexes. */
export function launcherDir(): string {
  return path.join(userCacheDir(), 'agents');
}

export interface LauncherOptions {
  /** The folder to write it to (launcherDir() by default). */
  dir?: string;
  /** A Node (or an editor's executable, run as Node): the editor's own, which every user of the extension has. */
  node: string;
  /** A command line to fall back to when no installed extension is found (the one that wrote the launcher). */
  cli?: string;
  platform?: NodeJS.Platform;
}

export interface Launcher {
  /** The command an agent runs. */
  server: ServerCommand;
  files: string[];
}

/**
 * The script that finds and starts the newest Barista. Extension folders are `<publisher>.barista-
 * <version>[-<platform>]` in the editors' extension folders (VS Code, Insiders, VSCodium, remote
 * servers, Cursor, Windsurf, code-server); VSCODE_EXTENSIONS is looked in first.
 */
export function launcherScript(fallbackCli?: string): string {
  return `// Written by Barista ("Barista: Set Up Agents" or "barista setup-agents"); written again by each.
// Starts the command line of the newest Barista extension installed, so that an agent's MCP config
// keeps working when the extension is updated (its folder is named after its version).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const home = os.homedir();
const roots = [
  process.env.VSCODE_EXTENSIONS,
  ...['.vscode', '.vscode-insiders', '.vscode-oss', '.vscode-server', '.vscode-server-insiders', '.cursor', '.cursor-server', '.windsurf', '.windsurf-server']
    .map((d) => path.join(home, d, 'extensions')),
  path.join(process.env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'code-server', 'extensions'),
].filter(Boolean);
const pattern = /^[^.]+\\.barista-(\\d+)\\.(\\d+)\\.(\\d+)(?:-.*)?$/;
let best;
for (const root of roots) {
  let names = [];
  try {
    names = fs.readdirSync(root);
  } catch {
    continue;
  }
  for (const name of names) {
    const m = pattern.exec(name);
    const cli = path.join(root, name, 'dist', 'cli.js');
    if (!m || !fs.existsSync(cli)) continue;
    const version = m.slice(1, 4).map(Number);
    const newer = !best || (version[0] - best.version[0] || version[1] - best.version[1] || version[2] - best.version[2]) > 0;
    if (newer) best = { version, cli };
  }
}
const fallback = ${JSON.stringify(fallbackCli ?? null)};
const cli = best ? best.cli : fallback && fs.existsSync(fallback) ? fallback : undefined;
if (!cli) {
  process.stderr.write('barista: no installed Barista extension was found (looked in ' + roots.join(', ') + '); install it, or run "barista setup-agents" again\\n');
  process.exit(3);
}
process.argv.splice(1, 1, cli);
require(cli);
`;
}

/** The POSIX wrapper agents run: the recorded Node while it exists, else the one on PATH. */
function shellWrapper(node: string, script: string): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return `#!/bin/sh
# Written by Barista: runs the newest installed Barista's "barista mcp" (see launcher.cjs beside it).
node=${q(node)}
[ -x "$node" ] || node=$(command -v node) || { echo "barista: no Node found (was $node)" >&2; exit 3; }
ELECTRON_RUN_AS_NODE=1 exec "$node" ${q(script)} "$@"
`;
}

/**
 * Writes the launcher and returns the command agents run. On Windows the config names the editor's
 * executable (its install folder does not change with updates) and the script; elsewhere a shell
 * wrapper, which also finds a Node on PATH if the editor's moved.
 */
export function installLauncher(o: LauncherOptions): Launcher {
  const dir = o.dir ?? launcherDir();
  mkdirSync(dir, { recursive: true });
  const script = path.join(dir, 'launcher.cjs');
  writeIfChanged(script, launcherScript(o.cli));
  if ((o.platform ?? process.platform) === 'win32') {
    return { server: { command: o.node, args: [script, 'mcp'], env: { ELECTRON_RUN_AS_NODE: '1' } }, files: [script] };
  }
  const wrapper = path.join(dir, 'barista-mcp');
  writeIfChanged(wrapper, shellWrapper(o.node, script));
  chmodSync(wrapper, 0o755);
  return { server: { command: wrapper, args: ['mcp'] }, files: [script, wrapper] };
}

function writeIfChanged(file: string, text: string): void {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  writeFileSync(file, text);
}
