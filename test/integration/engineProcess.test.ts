/**
 * The extension's engine process, outside VS Code: the host's client (src/extension/client.ts, with
 * a stand-in for the `vscode` module) forks the built engine (dist/worker.js, made by `npm run
 * build`) as the extension host does, and the real model and LanceDB run in it. A real signal kills
 * it; the host process lives on and the engine comes back where it was.
 */
import { recordingLog } from '../extension/unit/fakeVscode';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { LogOutputChannel } from 'vscode';
import { WorkerClient, type EngineExit, type FolderRestore } from '../../src/extension/client';
import type { EngineSettings, FolderSpec } from '../../src/extension/protocol';

const repo = path.resolve(__dirname, '../..');
const engineScript = path.join(repo, 'dist', 'worker.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-engine-process-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
// The forked engine inherits the environment: calibrations measured here stay here.
process.env.BARISTA_CACHE_DIR = path.join(tmp, 'cache');

before(() => {
  if (!existsSync(engineScript)) throw new Error(`${engineScript} is missing: run npm run build first`);
});

const settings: EngineSettings = { quality: 'short', battery: 'ignore', provider: 'cpu', modelPath: '' };

function folder(name: string): FolderSpec {
  const root = path.join(tmp, name);
  cpSync(path.join(repo, 'test', 'fixtures', 'mini'), root, { recursive: true });
  return { key: `file://${root}`, name, root, db: path.join(tmp, 'db', name) };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until<T>(what: string, probe: () => T | undefined, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const QUERY = 'retry a failed upload, waiting longer each time';

describe('the engine in its own process, killed by SIGSEGV', () => {
  const log = recordingLog();
  const client = new WorkerClient(engineScript, log as unknown as LogOutputChannel, { restart: { delaysMs: [100], windowMs: 60_000, maxRestarts: 3 } });
  const exits: EngineExit[] = [];
  client.onExit((e) => exits.push(e));
  const spec = folder('app');
  after(() => client.shutdown());

  test('indexes and searches in a process that is not this one', async () => {
    await client.request({ type: 'configure', settings });
    await client.request({ type: 'open', folder: spec });
    await client.request({ type: 'settle', keys: [] });
    assert.ok(client.pid && client.pid !== process.pid);
    const answer = await client.request({ type: 'search', request: { query: QUERY, folders: [], k: 3 } });
    assert.equal(answer.hits[0]?.path, 'src/uploads.py', JSON.stringify(answer.hits.map((h) => h.path)));
    assert.equal(answer.sizes[spec.key]?.name, 'short');
  });

  test('killed while paused, the engine comes back with the folder paused, its plan, and the same answers', async () => {
    await client.request({ type: 'pause', key: spec.key });
    const before = await client.request({ type: 'search', request: { query: QUERY, folders: [], k: 5 } });
    const pid = client.pid!;
    const restored = new Promise<FolderRestore[]>((resolve) => client.onRestore(resolve));
    process.kill(pid, 'SIGSEGV');
    const [back] = await restored;
    assert.ok(!alive(pid), `the killed engine ${pid} is gone`);
    assert.deepEqual(exits, [{ reason: "Barista's engine was killed by SIGSEGV", restartInMs: 100 }]);
    assert.ok(client.pid && client.pid !== pid, 'a new engine process');
    assert.equal(back.key, spec.key);
    assert.equal(back.error, undefined);
    assert.equal(back.status?.activity.state, 'paused', 'the folder is paused again');
    assert.equal(back.status?.plan?.size.name, 'short', 'the plan is made again from the same settings');
    const again = await client.request({ type: 'search', request: { query: QUERY, folders: [], k: 5 } });
    assert.deepEqual(
      again.hits.map((h) => `${h.path}:${h.startLine} ${h.score.toFixed(4)}`),
      before.hits.map((h) => `${h.path}:${h.startLine} ${h.score.toFixed(4)}`),
      'the same answer as before the crash',
    );
    assert.ok(log.lines.includes("error: Barista's engine was killed by SIGSEGV"), log.lines.join('\n'));
  });

  test('killed while indexing, its request in flight fails with the reason, and the new engine indexes the folder to the end', async () => {
    // A rebuild answers once the folder is open again, then indexes it from nothing: settling waits for that.
    await client.request({ type: 'rebuild', key: spec.key });
    const pid = client.pid!;
    const restored = new Promise<FolderRestore[]>((resolve) => client.onRestore(resolve));
    const settling = client.request({ type: 'settle', keys: [] });
    process.kill(pid, 'SIGSEGV');
    await assert.rejects(settling, {
      name: 'EngineStoppedError',
      message: /^Barista's engine was killed by SIGSEGV before it answered "settle" \(request \d+\); it is being restarted, try again in a moment$/,
    });
    const [back] = await restored;
    assert.equal(back.error, undefined);
    assert.notEqual(back.status?.activity.state, 'paused', 'a rebuilt folder is not paused');
    await client.request({ type: 'settle', keys: [] });
    const status = await client.request({ type: 'status', key: spec.key });
    assert.equal(status.files, 4, JSON.stringify(status));
    const answer = await client.request({ type: 'search', request: { query: QUERY, folders: [], k: 3 } });
    assert.equal(answer.hits[0]?.path, 'src/uploads.py');
    assert.equal(exits.length, 2);
  });
});

test('an engine whose host was killed exits too', async () => {
  // A host of its own, killed with SIGKILL: it cannot tell the engine anything.
  const host = spawn(
    process.execPath,
    [
      '-e',
      `const child = require('node:child_process').fork(${JSON.stringify(engineScript)}, [], { serialization: 'advanced', stdio: 'ignore' });
       child.on('spawn', () => process.stdout.write(String(child.pid) + '\\n'));
       setInterval(() => {}, 1000);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  host.stdout.on('data', (d) => (out += d));
  const pid = Number(await until('the engine pid', () => (out.includes('\n') ? out.trim() : undefined)));
  assert.ok(alive(pid));
  host.kill('SIGKILL');
  await until('the orphaned engine to exit', () => !alive(pid) || undefined, 15_000);
});

describe(
  'a processor without AVX2 and FMA',
  { skip: process.platform !== 'linux' || process.arch !== 'x64' ? 'the check reads /proc/cpuinfo on Linux x64' : false },
  () => {
    // Loaded before the program: /proc/cpuinfo reads as a Sandy Bridge processor's, and loading LanceDB fails loudly.
    const preload = path.join(tmp, 'old-cpu.js');
    before(() =>
      writeFileSync(
        preload,
        `const fs = require('node:fs');
const Module = require('node:module');
const read = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  return file === '/proc/cpuinfo' ? 'processor\\t: 0\\nflags\\t\\t: fpu sse sse2 ssse3 sse4_1 sse4_2 popcnt avx\\n' : read.call(this, file, ...rest);
};
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === '@lancedb/lancedb') throw new Error('LanceDB was loaded on a processor that cannot run it');
  return load.call(this, request, ...rest);
};
`,
      ),
    );

    test('the engine answers every request with the reason, and is not restarted', async () => {
      const client = new WorkerClient(engineScript, recordingLog() as unknown as LogOutputChannel, { execArgv: ['--require', preload] });
      const exits: EngineExit[] = [];
      client.onExit((e) => exits.push(e));
      try {
        const spec = folder('old-cpu');
        const refused = {
          name: 'UnsupportedCpuError',
          message: /^this processor lacks AVX2 and FMA, which the index database \(LanceDB\) needs on x64 machines/,
        };
        await assert.rejects(client.request({ type: 'configure', settings }), refused);
        await assert.rejects(client.request({ type: 'open', folder: spec }), refused);
        await assert.rejects(client.request({ type: 'search', request: { query: QUERY, folders: [], k: 3 } }), refused);
        assert.ok(client.pid && alive(client.pid), 'the engine is still running');
        assert.deepEqual(exits, []);
        assert.ok(!existsSync(spec.db), 'no index folder was made');
      } finally {
        await client.shutdown();
      }
    });

    test('the command line says so and exits 1; with the check skipped it does load LanceDB', () => {
      const db = path.join(tmp, 'cli-db');
      const cli = (env: NodeJS.ProcessEnv) =>
        spawnSync(
          process.execPath,
          ['--require', preload, path.join(repo, 'dist', 'cli.js'), 'index', path.join(repo, 'test', 'fixtures', 'mini'), '--db', db],
          {
            encoding: 'utf8',
            env: { ...process.env, NO_COLOR: '1', ...env },
          },
        );
      const refused = cli({});
      assert.equal(refused.status, 1, refused.stderr);
      assert.match(refused.stderr, /^error: this processor lacks AVX2 and FMA, .* set BARISTA_SKIP_CPU_CHECK=1 to skip this check\n$/);
      assert.ok(!existsSync(db), 'no index folder was made');
      // The stand-in refuses to load LanceDB: its error proves the check is what kept it out before.
      const skipped = cli({ BARISTA_SKIP_CPU_CHECK: '1' });
      assert.notEqual(skipped.status, 0);
      assert.match(skipped.stderr, /LanceDB was loaded on a processor that cannot run it/);
    });
  },
);
