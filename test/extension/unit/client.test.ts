import { recordingLog } from './fakeVscode';
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import type { LogOutputChannel } from 'vscode';
import { WorkerClient } from '../../../src/extension/client';
import type { FolderSpec, Request } from '../../../src/extension/protocol';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-client-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * A worker thread standing in for the index worker: it tells every request it receives back as a
 * log event, answers it, and dies (like a native crash) when asked to index the folder "die".
 */
const script = path.join(tmp, 'worker.js');
writeFileSync(
  script,
  `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => {
  parentPort.postMessage({ kind: 'event', type: 'log', level: 'info', message: JSON.stringify(m) });
  if (m.type === 'index' && m.key === 'die') process.exit(1);
  parentPort.postMessage({ kind: 'reply', id: m.id, ok: true, value: null });
});
`,
);

const spec = (name: string): FolderSpec => ({ key: `file:///${name}`, name, root: `/${name}`, db: `/db/${name}` });

test('a restarted worker reopens each folder with its paused state', async () => {
  const client = new WorkerClient(script, recordingLog() as unknown as LogOutputChannel);
  const received: Request[] = [];
  client.onEvent((e) => {
    if (e.type === 'log') received.push(JSON.parse(e.message));
  });
  const crash = async () => {
    const stopped = new Promise((resolve) => client.onExit(resolve));
    await client.request({ type: 'index', key: 'die' }).catch(() => undefined);
    await stopped;
    received.length = 0;
  };
  const reopened = async () => {
    await client.request({ type: 'status', key: spec('a').key });
    return received.filter((r) => r.type === 'open').map((r) => r.type === 'open' && { name: r.folder.name, paused: r.paused ?? false });
  };
  try {
    await client.request({
      type: 'configure',
      settings: { quality: 'auto', battery: 'save', provider: 'auto', modelPath: '', include: [], exclude: [], maxFileBytes: 1024 },
    });
    await client.request({ type: 'open', folder: spec('a'), paused: false });
    await client.request({ type: 'open', folder: spec('b'), paused: false });
    await client.request({ type: 'open', folder: spec('c'), paused: true });
    await client.request({ type: 'pause', key: spec('a').key });
    await client.request({ type: 'resume', key: spec('c').key });

    await crash();
    assert.deepEqual(await reopened(), [
      { name: 'a', paused: true },
      { name: 'b', paused: false },
      { name: 'c', paused: false },
    ]);

    await client.request({ type: 'resume', key: spec('a').key });
    await client.request({ type: 'pause', key: spec('b').key });
    await crash();
    assert.deepEqual(await reopened(), [
      { name: 'a', paused: false },
      { name: 'b', paused: true },
      { name: 'c', paused: false },
    ]);
  } finally {
    client.dispose();
  }
});
