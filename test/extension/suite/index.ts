/**
 * Entry point of the extension tests: the runner (code-server here, @vscode/test-electron where VS
 * Code can be downloaded) loads this module in the extension host and calls run(): the full suite in
 * a trusted workspace, or (BARISTA_TEST_SUITE=untrusted) the restricted-mode checks.
 */
import { runTests } from './runner';
import { trustedTests } from './trusted';
import { untrustedTests } from './untrusted';

export async function run(): Promise<void> {
  // The runner says which session this is; each suite checks the workspace really is (un)trusted.
  if (process.env.BARISTA_TEST_SUITE === 'untrusted') await runTests('untrusted workspace', untrustedTests);
  else await runTests('trusted workspace', trustedTests);
}
