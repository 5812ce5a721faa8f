import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../e2e/harness';

/** Bundles the extension test suite into one CommonJS module the extension host can load. */
export async function bundleSuite(): Promise<string> {
  const outfile = path.join(repoRoot, 'out', 'test', 'extension', 'index.js');
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'test', 'extension', 'suite', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
  });
  return outfile;
}
