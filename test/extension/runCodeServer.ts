/**
 * Runs the extension tests inside code-server's extension host (VS Code cannot be downloaded here):
 * the workbench opens the fixture workspace with the repository as the extension under development
 * and the bundled suite as its tests; the tests' result comes back through codeAutomationExit.
 * Needs `npm run build` first (the extension runs from dist/).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { installExtension, launchBrowser, makeScratch, repoRoot, startCodeServer, workbenchUrl } from '../e2e/harness';
import { bundleSuite } from './bundle';

const TIMEOUT_MS = Number(process.env.BARISTA_EXTENSION_TEST_TIMEOUT ?? 300_000);
/**
 * BARISTA_TEST_VSIX=out/vsix/X.vsix: the suite runs against that package as code-server installs it
 * (its own installer, into the session's fresh extensions folder) instead of the working tree. VS Code
 * runs extension tests only in a development host, so the installed folder is the one under development.
 */
const VSIX = process.env.BARISTA_TEST_VSIX ? path.resolve(process.env.BARISTA_TEST_VSIX) : undefined;

interface Session {
  suite: 'trusted' | 'untrusted';
  /** Relative to the fixture copy: a folder or a .code-workspace file. */
  open: string;
  settings?: Record<string, unknown>;
}

const SESSIONS: Session[] = [
  // The full suite, on the multi-root fixture.
  { suite: 'trusted', open: 'barista.code-workspace' },
  // Restricted mode: Workspace Trust on, the folder never trusted.
  {
    suite: 'untrusted',
    open: '.',
    settings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' },
  },
];

async function runSession(session: Session, suite: string): Promise<number> {
  const started = Date.now();
  const scratch = makeScratch(session.settings);
  const reportFile = path.join(scratch.dir, 'report.txt');
  writeFileSync(reportFile, '');
  scratch.env.BARISTA_TEST_REPORT = reportFile;
  scratch.env.BARISTA_TEST_SUITE = session.suite;
  let extensionPath = repoRoot;
  if (VSIX) {
    installExtension(scratch, VSIX);
    const installed = readdirSync(scratch.extensions).find((d) => d.startsWith('barista.barista-'));
    if (!installed) throw new Error(`${VSIX} installed, but no barista.barista-* folder is in ${scratch.extensions}`);
    extensionPath = path.join(scratch.extensions, installed);
    console.log(`${session.suite} session: the extension installed from ${path.basename(VSIX)} (${installed})`);
  }
  const server = await startCodeServer(scratch, { workspaceTrust: session.suite === 'untrusted' });
  const { browser, page } = await launchBrowser(scratch);
  let code = 1;
  try {
    const exit = new Promise<number>((resolve) => {
      void page.exposeBinding('codeAutomationExit', (_source, exitCode: number) => resolve(exitCode));
    });
    const hostLines: string[] = [];
    page.on('console', (m) => {
      const text = m.text();
      if (/barista|Extension Host|\[ext/i.test(text)) hostLines.push(text);
    });
    const url = workbenchUrl(server, path.resolve(scratch.workspace, session.open), [
      ['extensionDevelopmentPath', server.remote(extensionPath)],
      ['extensionTestsPath', server.remote(suite)],
    ]);
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        console.error(`extension tests (${session.suite}) did not finish within ${TIMEOUT_MS / 1000} s`);
        resolve(124);
      }, TIMEOUT_MS);
    });
    code = await Promise.race([exit, timeout]);
    clearTimeout(timer);
    const report = readFileSync(reportFile, 'utf8');
    process.stdout.write(report);
    if (code !== 0) {
      if (!report) console.error(hostLines.slice(-60).join('\n'));
      console.error(server.output().split('\n').slice(-40).join('\n'));
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
    scratch.remove();
  }
  console.log(`${session.suite} session: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

async function main(): Promise<number> {
  const started = Date.now();
  if (VSIX && !existsSync(VSIX)) throw new Error(`BARISTA_TEST_VSIX: ${VSIX} does not exist (npm run package builds it)`);
  if (!VSIX && (!existsSync(path.join(repoRoot, 'dist', 'extension.js')) || !existsSync(path.join(repoRoot, 'dist', 'worker.js')))) {
    throw new Error('dist/extension.js or dist/worker.js is missing: run npm run build first');
  }
  const suite = await bundleSuite();
  // BARISTA_TEST_SESSIONS=trusted (or untrusted) runs one session only.
  const only = process.env.BARISTA_TEST_SESSIONS?.split(',');
  const sessions = SESSIONS.filter((s) => !only || only.includes(s.suite));
  let failed = 0;
  for (const session of sessions) if ((await runSession(session, suite)) !== 0) failed++;
  console.log(`extension tests in code-server: ${failed ? `${failed} session(s) failed` : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
