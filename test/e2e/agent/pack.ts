import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../harness';

/** Builds and packages the agent stand-in (./extension.ts) as a .vsix in `dir`; returns its path. */
export async function packAgent(dir: string): Promise<string> {
  const src = path.join(repoRoot, 'test', 'e2e', 'agent');
  const out = path.join(dir, 'agent');
  mkdirSync(out, { recursive: true });
  copyFileSync(path.join(src, 'package.json'), path.join(out, 'package.json'));
  await esbuild.build({
    entryPoints: [path.join(src, 'extension.ts')],
    outfile: path.join(out, 'extension.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'warning',
  });
  const vsix = path.join(dir, 'barista-e2e-agent.vsix');
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', vsix], {
    cwd: out,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return vsix;
}
