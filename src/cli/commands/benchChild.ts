import { spawn } from 'node:child_process';

/**
 * Runs `barista bench ARGS` in a child process and returns the JSON it prints last. Each measured
 * phase runs in its own process, so one phase's peak memory (the kernel keeps only a high-water
 * mark) and warm caches never count for another.
 */
export function benchChild<T>(args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1], 'bench', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`bench ${args.join(' ')} failed (exit ${code})`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`bench ${args.join(' ')} printed no JSON: ${last.slice(0, 200)}`));
      }
    });
  });
}
