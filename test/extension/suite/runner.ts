/** A small test runner for the extension host: tests run in order, each with a time limit. */
import { appendFileSync } from 'node:fs';
import * as vscode from 'vscode';

export interface Test {
  name: string;
  fn: () => Promise<void>;
}

export function report(line: string): void {
  console.log(line);
  // The runner prints this file: the extension host's console is not always forwarded.
  if (process.env.BARISTA_TEST_REPORT) appendFileSync(process.env.BARISTA_TEST_REPORT, `${line}\n`);
}

export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Waits for a promise (a command that resolves when its UI is done), failing with what it waited for after the limit. */
export async function settled<T>(promise: Thenable<T>, what: string, timeoutMs = 30_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve(promise), limit]);
  } finally {
    clearTimeout(timer);
  }
}

export async function runTests(suite: string, tests: Test[]): Promise<void> {
  const started = Date.now();
  let failed = 0;
  report(`Barista extension tests, ${suite} (VS Code ${vscode.version})`);
  for (const t of tests) {
    const t0 = Date.now();
    try {
      await Promise.race([t.fn(), new Promise((_, reject) => setTimeout(() => reject(new Error('test timed out after 120 s')), 120_000))]);
      report(`  ok   ${t.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      report(`  FAIL ${t.name} (${Date.now() - t0} ms)\n${String((e as Error).stack ?? e).replace(/^/gm, '       ')}`);
    }
  }
  report(`${tests.length - failed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (failed) throw new Error(`${failed} extension test(s) failed`);
}
