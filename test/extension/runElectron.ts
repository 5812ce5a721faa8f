/**
 * Runs the extension tests in a downloaded VS Code (desktop, Electron) with @vscode/test-electron:
 * the usual way on a machine that can download VS Code. Here, where it cannot, runCodeServer.ts
 * runs the same suite inside code-server. Needs `npm run build` first.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { fixtureWorkspace, repoRoot } from '../e2e/harness';
import { bundleSuite } from './bundle';

async function main(): Promise<void> {
  const suite = await bundleSuite();
  // The tests write files and workspace settings: give them a copy of the fixture.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'barista-electron-'));
  const workspace = path.join(scratch, 'workspace');
  cpSync(fixtureWorkspace, workspace, { recursive: true });
  try {
    // The full suite in the trusted multi-root workspace, then restricted mode in an untrusted folder.
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suite,
      launchArgs: [
        path.join(workspace, 'barista.code-workspace'),
        '--disable-extensions',
        '--disable-workspace-trust',
        '--user-data-dir',
        path.join(scratch, 'user-data'),
      ],
      extensionTestsEnv: { BARISTA_TEST_SUITE: 'trusted' },
    });
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suite,
      launchArgs: [workspace, '--disable-extensions', '--user-data-dir', path.join(scratch, 'user-data-untrusted')],
      extensionTestsEnv: { BARISTA_TEST_SUITE: 'untrusted' },
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
