import { EventEmitter, recordingLog, shown, workspace, workspaceFolder } from './fakeVscode';
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LogOutputChannel } from 'vscode';
import type { EngineExit, FolderRestore, WorkerClient } from '../../../src/extension/client';
import type { Config } from '../../../src/extension/config';
import { defaultIndexDir } from '../../../src/core/index/location';
import { Indexing } from '../../../src/extension/indexing';
import type { FolderStatus, Request, WorkerEvent } from '../../../src/extension/protocol';

const config: Config = {
  engine: { quality: 'auto', battery: 'save', provider: 'auto', modelPath: '' },
  indexLocation: '/indexes',
  codeLens: true,
  maxResults: 20,
  ranking: { demote: { test: true, example: true, vendored: true, generated: true }, diversity: true },
  confirmAbove: { files: 0, bytes: 0 },
  problems: [],
};

/** The worker's side, answered in process: opening a folder named in `failing` fails with its reason. */
function fakeWorker(failing: Map<string, string>) {
  const requests: Request[] = [];
  const events = new EventEmitter<WorkerEvent>();
  const exits = new EventEmitter<EngineExit>();
  const restores = new EventEmitter<FolderRestore[]>();
  const status = (key: string): FolderStatus => ({
    key,
    activity: { state: 'idle', searchableDepth: 6, chunks: 3 },
    files: 1,
    chunks: 3,
    bytes: 1,
    searchableDepth: 6,
    updated: 0,
    db: '/indexes/x',
  });
  const client = {
    onEvent: events.event,
    onExit: exits.event,
    onRestore: restores.event,
    async request(r: Request) {
      requests.push(r);
      if (r.type === 'open') {
        const reason = failing.get(r.folder.name);
        if (reason) throw new Error(reason);
        return status(r.folder.key);
      }
      if (r.type === 'status') return status(r.key);
      return undefined;
    },
  };
  return {
    client: client as unknown as WorkerClient,
    requests,
    opened: () => requests.flatMap((r) => (r.type === 'open' ? [r.folder.name] : [])),
    status,
    exits,
    restores,
  };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

test('every folder is opened; a folder that fails is reported for itself only', async () => {
  workspace.workspaceFolders = [workspaceFolder('/w/a', 0), workspaceFolder('/w/b', 1), workspaceFolder('/w/c', 2)];
  shown.length = 0;
  const worker = fakeWorker(new Map([['b', 'disk full']]));
  const log = recordingLog();
  const indexing = new Indexing(worker.client, config, log as unknown as LogOutputChannel);
  try {
    await indexing.start();
    assert.deepEqual(worker.opened(), ['a', 'b', 'c']);
    const state = (name: string) => indexing.folders.find((f) => f.folder.name === name)!;
    assert.equal(state('a').activity.state, 'idle');
    assert.equal(state('c').activity.state, 'idle');
    assert.equal(state('b').activity.state, 'error');
    assert.equal(state('b').error, 'disk full');
    assert.deepEqual(shown, ['error: Barista could not open the index of b: disk full']);
    assert.ok(
      log.lines.some((l) => /^error: b: could not open the index: disk full/.test(l)),
      log.lines.join('\n'),
    );
  } finally {
    indexing.dispose();
  }
});

test('a folder added to the workspace that fails to open is reported, not an unhandled rejection', async () => {
  workspace.workspaceFolders = [workspaceFolder('/w/a', 0)];
  shown.length = 0;
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  process.on('unhandledRejection', onUnhandled);
  const worker = fakeWorker(new Map([['d', 'permission denied']]));
  const indexing = new Indexing(worker.client, config, recordingLog() as unknown as LogOutputChannel);
  try {
    await indexing.start();
    const d = workspaceFolder('/w/d', 1);
    workspace.workspaceFolders = [...workspace.workspaceFolders, d];
    workspace.changeFolders({ added: [d], removed: [] });
    await settled();
    assert.deepEqual(worker.opened(), ['a', 'd']);
    assert.deepEqual(unhandled, []);
    assert.deepEqual(shown, ['error: Barista could not open the index of d: permission denied']);
  } finally {
    process.off('unhandledRejection', onUnhandled);
    indexing.dispose();
  }
});

test('a folder that could not be opened is opened again when the settings change', async () => {
  workspace.workspaceFolders = [workspaceFolder('/w/a', 0), workspaceFolder('/w/b', 1)];
  const failing = new Map([['b', 'no model bundle at /nowhere']]);
  const worker = fakeWorker(failing);
  const indexing = new Indexing(worker.client, config, recordingLog() as unknown as LogOutputChannel);
  const state = (name: string) => indexing.folders.find((f) => f.folder.name === name)!;
  try {
    await indexing.start();
    assert.equal(state('b').activity.state, 'error');
    // The user fixes the model path: no reload needed.
    failing.clear();
    await indexing.configure({ ...config, engine: { ...config.engine, modelPath: '/models/fixed' } }, false);
    assert.deepEqual(worker.opened(), ['a', 'b', 'b'], 'only the folder that failed is opened again');
    assert.equal(state('b').activity.state, 'idle');
    assert.equal(state('b').error, undefined);
  } finally {
    indexing.dispose();
  }
});

test('with no index location set, a folder is indexed where the command line and barista mcp look for its index', async () => {
  workspace.workspaceFolders = [workspaceFolder('/w/a', 0)];
  const worker = fakeWorker(new Map());
  const indexing = new Indexing(worker.client, { ...config, indexLocation: '' }, recordingLog() as unknown as LogOutputChannel);
  try {
    await indexing.start();
    const dbs = worker.requests.flatMap((r) => (r.type === 'open' ? [r.folder.db] : []));
    assert.deepEqual(dbs, [defaultIndexDir('/w/a')]);
  } finally {
    indexing.dispose();
  }
});

test("an index location set in the settings holds every folder's index", async () => {
  workspace.workspaceFolders = [workspaceFolder('/w/a', 0)];
  const worker = fakeWorker(new Map());
  const indexing = new Indexing(worker.client, config, recordingLog() as unknown as LogOutputChannel);
  try {
    await indexing.start();
    const dbs = worker.requests.flatMap((r) => (r.type === 'open' ? [r.folder.db] : []));
    assert.deepEqual(dbs, [defaultIndexDir('/w/a', '/indexes')]);
  } finally {
    indexing.dispose();
  }
});

test('while the engine restarts every folder says why it is not indexing; once it is back each folder shows its index again', async () => {
  workspace.workspaceFolders = [workspaceFolder('/w/a', 0), workspaceFolder('/w/b', 1)];
  shown.length = 0;
  const worker = fakeWorker(new Map());
  const log = recordingLog();
  const indexing = new Indexing(worker.client, config, log as unknown as LogOutputChannel);
  const state = (name: string) => indexing.folders.find((f) => f.folder.name === name)!;
  try {
    await indexing.start();
    worker.exits.fire({ reason: "Barista's engine was killed by SIGSEGV", restartInMs: 1000 });
    for (const name of ['a', 'b']) {
      assert.equal(state(name).activity.state, 'error');
      assert.equal(state(name).activity.error, "Barista's engine was killed by SIGSEGV; restarting it");
    }
    assert.deepEqual(shown, [], 'a restart is not worth a message box: the status bar says it');

    const paused = worker.status(state('a').key);
    paused.activity = { ...paused.activity, state: 'paused' };
    worker.restores.fire([
      { key: state('a').key, status: paused },
      { key: state('b').key, error: 'index /i/b is being written by process 12' },
    ]);
    assert.equal(state('a').activity.state, 'paused', 'a paused folder is paused again');
    assert.equal(state('a').status, paused);
    assert.equal(state('b').activity.state, 'error');
    assert.equal(state('b').error, 'index /i/b is being written by process 12');
    assert.ok(log.lines.some((l) => /^error: b: could not reopen the index after the engine restarted: index \/i\/b is being written/.test(l)));

    // Stopped for good: the user is told, with the reason and what to do.
    worker.exits.fire({ reason: "Barista's engine was killed by SIGILL; it stopped 4 times in 5 minutes and stays stopped: see the Barista log" });
    assert.equal(state('a').activity.error, "Barista's engine was killed by SIGILL; it stopped 4 times in 5 minutes and stays stopped: see the Barista log");
    assert.deepEqual(shown, ["error: Barista: Barista's engine was killed by SIGILL; it stopped 4 times in 5 minutes and stays stopped: see the Barista log"]);
  } finally {
    indexing.dispose();
  }
});
