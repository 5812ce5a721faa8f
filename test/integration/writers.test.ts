/**
 * Two writers on one index folder, as real processes: the built command line (dist/cli.js, made by
 * `npm run build`). The first writer is held still (SIGSTOP) while it holds the lock, so the second
 * one meets it every time, however fast or slow the machine is.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { LOCK_FILE } from '../../src/core/index/lock';
import { silentLogger } from '../../src/core/log';
import { Engines } from '../../src/extension/worker/engines';

const repo = path.resolve(__dirname, '../..');
const cli = path.join(repo, 'dist', 'cli.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-writers-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const root = path.join(tmp, 'ws');
cpSync(path.join(repo, 'test', 'fixtures', 'workspace'), root, { recursive: true });
const env = { ...process.env, BARISTA_CACHE_DIR: path.join(tmp, 'cache') };

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Starts `barista index` and stops it (SIGSTOP) as soon as its lock file exists. */
async function writerHeldWithLock(db: string, size: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [cli, 'index', root, '--db', db, '--size', size, '--json'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lock = path.join(db, LOCK_FILE);
  const deadline = Date.now() + 120_000;
  while (!existsSync(lock)) {
    if (child.exitCode !== null) throw new Error(`the first writer ended (${child.exitCode}) before its lock was seen`);
    if (Date.now() > deadline) throw new Error('the first writer took no lock in 2 minutes');
    await new Promise((r) => setTimeout(r, 5));
  }
  child.kill('SIGSTOP');
  return child;
}

test('cli.js is built', () => assert.ok(existsSync(cli), `${cli} is missing: run npm run build`));

test('a second writer is refused with a message naming the first; the first finishes and the index is whole', async () => {
  const db = path.join(tmp, 'db-two');
  const first = await writerHeldWithLock(db, 'shot');
  const done = exited(first);
  try {
    const owner = JSON.parse(readFileSync(path.join(db, LOCK_FILE), 'utf8'));
    assert.equal(owner.pid, first.pid);
    assert.equal(owner.host, os.hostname());
    assert.ok(!Number.isNaN(Date.parse(owner.since)));
    const second = run(['index', root, '--db', db, '--size', 'shot']);
    assert.equal(second.status, 1, second.stderr);
    assert.match(
      second.stderr,
      new RegExp(
        `index ${db} is being written by process ${first.pid} \\(barista index\\) since ${owner.since.replace(/[.]/g, '\\.')}; wait for it to finish, or use --db`,
      ),
    );
  } finally {
    first.kill('SIGCONT');
  }
  assert.equal(await done, 0);
  assert.ok(!existsSync(path.join(db, LOCK_FILE)), 'the lock is released at the end');
  const again = run(['index', root, '--db', db, '--size', 'shot', '--json']);
  assert.equal(again.status, 0, again.stderr);
  const summary = JSON.parse(again.stdout);
  assert.equal(summary.chunksEmbedded, 0, 'nothing left to embed: the first writer finished the index');
  assert.equal(summary.filesUnchanged, summary.filesTotal);
});

test('search reads while a writer holds the lock', async () => {
  const db = path.join(tmp, 'db-read');
  assert.equal(run(['index', root, '--db', db, '--size', 'shot']).status, 0);
  // A change, so the next run writes.
  writeFileSync(path.join(root, 'lib', 'added.py'), 'def added_function():\n    return 42\n');
  const writer = await writerHeldWithLock(db, 'shot');
  const done = exited(writer);
  try {
    const search = run(['search', 'upload', '--dir', root, '--db', db, '--size', 'shot', '--json']);
    assert.equal(search.status, 0, search.stderr);
    assert.ok(JSON.parse(search.stdout).results.length > 0);
  } finally {
    writer.kill('SIGCONT');
  }
  assert.equal(await done, 0);
  rmSync(path.join(root, 'lib', 'added.py'));
});

test('the lock of a killed writer is taken over', async () => {
  const db = path.join(tmp, 'db-killed');
  const writer = await writerHeldWithLock(db, 'shot');
  const done = exited(writer);
  writer.kill('SIGKILL');
  await done;
  assert.ok(existsSync(path.join(db, LOCK_FILE)), 'a killed writer leaves its lock behind');
  const next = run(['index', root, '--db', db, '--size', 'shot', '--json']);
  assert.equal(next.status, 0, next.stderr);
  assert.ok(JSON.parse(next.stdout).chunksInIndex > 0);
  assert.ok(!existsSync(path.join(db, LOCK_FILE)));
});

test('the extension worker meets an index another process writes: the folder is refused with the writer named and what to do; then it opens', async () => {
  const db = path.join(tmp, 'db-worker');
  const writer = await writerHeldWithLock(db, 'shot');
  const done = exited(writer);
  process.env.BARISTA_CACHE_DIR = env.BARISTA_CACHE_DIR;
  const engines = new Engines(silentLogger, () => undefined);
  const spec = { key: `file://${root}`, name: 'ws', root, db };
  try {
    await engines.configure({ quality: 'shot', battery: 'save', provider: 'cpu', modelPath: '' });
    await assert.rejects(
      engines.open(spec, true),
      new RegExp(`being written by process ${writer.pid} \\(barista index\\) since .*; wait for it to finish, then reload the window`),
    );
    writer.kill('SIGCONT');
    assert.equal(await done, 0);
    assert.equal((await engines.open(spec, true)).db, db);
  } finally {
    writer.kill('SIGCONT');
    await engines.shutdown();
  }
});
