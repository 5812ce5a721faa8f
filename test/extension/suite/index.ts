/**
 * Entry point of the extension tests: the runner (code-server here, @vscode/test-electron where VS
 * Code can be downloaded) loads this module in the extension host and calls run(): the full suite in
 * a trusted workspace, or (BARISTA_TEST_SUITE=untrusted) the restricted-mode checks.
 */
import { runTests, type Test } from './runner';
import { trustedTests } from './trusted';
import { untrustedTests } from './untrusted';

/**
 * BARISTA_TEST_GREP (a regular expression) keeps the tests whose names match it, for working on a
 * few; the first test (activation, which the others build on) always runs.
 */
function selected(tests: Test[]): Test[] {
  const grep = process.env.BARISTA_TEST_GREP;
  if (!grep) return tests;
  const pattern = new RegExp(grep, 'i');
  return tests.filter((t, i) => i === 0 || pattern.test(t.name));
}

export async function run(): Promise<void> {
  // The runner says which session this is; each suite checks the workspace really is (un)trusted.
  if (process.env.BARISTA_TEST_SUITE === 'untrusted') await runTests('untrusted workspace', selected(untrustedTests));
  else await runTests('trusted workspace', selected(trustedTests));
}
