import { recordingLog } from './fakeVscode';
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import type { LogOutputChannel } from 'vscode';
import { WorkerClient, type EngineExit, type FolderRestore, type RestartPolicy } from '../../../src/extension/client';
import type { EngineSettings, FolderSpec, Request } from '../../../src/extension/protocol';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-client-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * A process standing in for the engine, forked as the real one is: it tells every request it
 * receives back as a log event and answers it, except `settle`, which it never answers (a request
 * in flight when it dies). Asked to index the folder "die", it crashes for real: SIGSEGV. Like the
 * real engine, it exits when the host closes the channel.
 */
const script = path.join(tmp, 'engine.js');
writeFileSync(
  script,
  `process.on('message', (m) => {
  process.send({ kind: 'event', type: 'log', level: 'info', message: JSON.stringify(m) });
  if (m.type === 'index' && m.key === 'die') return process.kill(process.pid, 'SIGSEGV');
  if (m.type === 'settle') return;
  const value = m.type === 'open' ? { key: m.folder.key, paused: m.paused } : null;
  process.send({ kind: 'reply', id: m.id, ok: true, value });
});
process.on('disconnect', () => process.exit(0));
`,
);

const spec = (name: string): FolderSpec => ({ key: `file:///${name}`, name, root: `/${name}`, db: `/db/${name}` });
const settings: EngineSettings = { quality: 'auto', battery: 'save', provider: 'auto', modelPath: '' };
const quick: RestartPolicy = { delaysMs: [10, 20, 40], windowMs: 60_000, maxRestarts: 2 };

/** Whether a process id is taken by a live process. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function client(policy = quick) {
  const log = recordingLog();
  const c = new WorkerClient(script, log as unknown as LogOutputChannel, { restart: policy });
  const received: Request[] = [];
  const exits: EngineExit[] = [];
  c.onEvent((e) => {
    if (e.type === 'log') received.push(JSON.parse(e.message));
  });
  c.onExit((e) => exits.push(e));
  const restored = () => new Promise<FolderRestore[]>((resolve) => c.onRestore(resolve));
  return { c, log, received, exits, restored };
}

test('the engine runs in a process of its own; a restarted one reopens each folder with its paused state', async () => {
  const { c, received, exits, restored } = client();
  const crash = async () => {
    const back = restored();
    const pid = c.pid!;
    await assert.rejects(c.request({ type: 'index', key: 'die' }), { name: 'EngineStoppedError' });
    const folders = await back;
    assert.ok(!alive(pid), `the old engine ${pid} is gone`);
    assert.notEqual(c.pid, pid, 'a new process runs the engine');
    return folders.map((f) => f.status as unknown as { key: string; paused: boolean });
  };
  try {
    await c.request({ type: 'configure', settings });
    assert.ok(c.pid && c.pid !== process.pid, 'the engine has its own process id');
    await c.request({ type: 'open', folder: spec('a'), paused: false });
    await c.request({ type: 'open', folder: spec('b'), paused: false });
    await c.request({ type: 'open', folder: spec('c'), paused: true });
    await c.request({ type: 'pause', key: spec('a').key });
    await c.request({ type: 'resume', key: spec('c').key });
    await c.request({ type: 'idle', idle: false });

    received.length = 0;
    assert.deepEqual(await crash(), [
      { key: spec('a').key, paused: true },
      { key: spec('b').key, paused: false },
      { key: spec('c').key, paused: false },
    ]);
    assert.deepEqual(
      received.map((r) => r.type).filter((type) => type !== 'index'),
      ['configure', 'idle', 'open', 'open', 'open'],
      'the new engine is told the settings, that the user is typing, then the folders',
    );
    assert.deepEqual(exits, [{ reason: "Barista's engine was killed by SIGSEGV", restartInMs: 10 }]);

    await c.request({ type: 'resume', key: spec('a').key });
    await c.request({ type: 'pause', key: spec('b').key });
    await c.request({ type: 'close', key: spec('c').key });
    assert.deepEqual(await crash(), [
      { key: spec('a').key, paused: false },
      { key: spec('b').key, paused: true },
    ]);
  } finally {
    await c.shutdown();
  }
});

test('a request in flight when the engine dies fails with the reason; one made during the restart waits for the new engine', async () => {
  const { c, log, restored } = client();
  try {
    await c.request({ type: 'open', folder: spec('a'), paused: false });
    const pid = c.pid!;
    const inFlight = c.request({ type: 'settle', keys: [] });
    // Answered, so the settle request has surely reached the engine.
    await c.request({ type: 'status', key: spec('a').key });
    const back = restored();
    process.kill(pid, 'SIGKILL');
    await assert.rejects(inFlight, {
      name: 'EngineStoppedError',
      message: /^Barista's engine was killed by SIGKILL before it answered "settle" \(request \d+\); it is being restarted, try again in a moment$/,
    });
    // Sent while the engine is down: answered once the new one has reopened the folder.
    const during = c.request({ type: 'status', key: spec('a').key });
    await back;
    assert.equal(await during, null);
    assert.ok(log.lines.includes("error: Barista's engine was killed by SIGKILL"), log.lines.join('\n'));
    assert.ok(log.lines.some((l) => /^warn: Barista's engine was killed by SIGKILL: restarting it in 10 ms \(restart 1 of at most 2 in 1 minutes\)$/.test(l)));
  } finally {
    await c.shutdown();
  }
});

test('an engine that keeps dying stays stopped: requests fail at once, and new settings start it again', async () => {
  const { c, exits, restored } = client();
  try {
    await c.request({ type: 'configure', settings });
    for (let i = 0; i < 2; i++) {
      const back = restored();
      await assert.rejects(c.request({ type: 'index', key: 'die' }));
      await back;
    }
    await assert.rejects(c.request({ type: 'index', key: 'die' }), /it stopped 3 times in 1 minutes and stays stopped: see the Barista log/);
    assert.equal(c.pid, undefined);
    assert.deepEqual(
      exits.map((e) => e.restartInMs),
      [10, 20, undefined],
    );
    assert.match(exits[2].reason, /^Barista's engine was killed by SIGSEGV; it stopped 3 times in 1 minutes and stays stopped/);
    await assert.rejects(c.request({ type: 'status', key: spec('a').key }), { name: 'EngineStoppedError', message: exits[2].reason });
    assert.equal(c.pid, undefined, 'no engine was started for it');

    await c.request({ type: 'configure', settings: { ...settings, provider: 'cpu' } });
    assert.ok(c.pid, 'a settings change starts the engine again');
  } finally {
    await c.shutdown();
  }
});

test('shutting down ends the engine process; so does dispose', async () => {
  for (const end of ['shutdown', 'dispose'] as const) {
    const { c, exits } = client();
    await c.request({ type: 'configure', settings });
    const pid = c.pid!;
    assert.ok(alive(pid));
    if (end === 'shutdown') await c.shutdown();
    else c.dispose();
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 20));
    assert.ok(!alive(pid), `after ${end} the engine ${pid} is gone`);
    assert.deepEqual(exits, [], 'an engine asked to stop is not restarted');
    await assert.rejects(c.request({ type: 'status', key: 'x' }), { name: 'EngineStoppedError' });
  }
});
