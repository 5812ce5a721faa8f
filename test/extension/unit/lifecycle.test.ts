import { answers, EventEmitter, recordingLog, shown, workspace, workspaceFolder } from './fakeVscode';
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import type { LogOutputChannel } from 'vscode';
import type { EngineExit, FolderRestore, WorkerClient } from '../../../src/extension/client';
import type { Config } from '../../../src/extension/config';
import { defaultIndexDir } from '../../../src/core/index/location';
import { writeMarker } from '../../../src/core/index/ownership';
import { Indexing, type WorkspaceMemory } from '../../../src/extension/indexing';
import type { FolderStatus, Request } from '../../../src/extension/protocol';
import { askToIndex, guardQuestion, measureFolder, pastLimits } from '../../../src/extension/sizeGuard';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-lifecycle-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const indexes = path.join(tmp, 'indexes');

const config: Config = {
  engine: { quality: 'auto', battery: 'save', provider: 'auto', modelPath: '' },
  indexLocation: indexes,
  codeLens: true,
  maxResults: 20,
  ranking: { demote: { test: true, example: true, vendored: true, generated: true }, diversity: true },
  confirmAbove: { files: 0, bytes: 0 },
  problems: [],
};

/** A workspace's state as VS Code keeps it across reloads: one per workspace, outliving the Indexing. */
function workspaceState(): WorkspaceMemory & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    get: ((key: string, fallback?: unknown) => (values.has(key) ? structuredClone(values.get(key)) : fallback)) as WorkspaceMemory['get'],
    update: async (key: string, value: unknown) => void values.set(key, structuredClone(value)),
  };
}

/** The engine's side, answered in process: records every request. */
function fakeEngine() {
  const requests: Request[] = [];
  const status = (key: string, paused: boolean): FolderStatus => ({
    key,
    activity: { state: paused ? 'paused' : 'idle', searchableDepth: 6, chunks: 3 },
    files: 1,
    chunks: 3,
    bytes: 1,
    searchableDepth: 6,
    updated: 0,
    db: '/x',
  });
  const client = {
    onEvent: new EventEmitter().event,
    onExit: new EventEmitter<EngineExit>().event,
    onRestore: new EventEmitter<FolderRestore[]>().event,
    async request(r: Request) {
      requests.push(r);
      if (r.type === 'open') return status(r.folder.key, r.paused ?? false);
      if (r.type === 'status') return status(r.key, false);
      return undefined;
    },
  };
  return { client: client as unknown as WorkerClient, requests, of: (type: Request['type']) => requests.filter((r) => r.type === type) };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 50));
const log = () => recordingLog() as unknown as LogOutputChannel;

function project(name: string, files: number): string {
  const root = path.join(tmp, name);
  mkdirSync(root, { recursive: true });
  for (let i = 0; i < files; i++) writeFileSync(path.join(root, `f${i}.ts`), `export const v${i} = ${i};\n`);
  return root;
}

test('pause survives a reload: the next window opens every folder paused until resumed, and resume is remembered too', async () => {
  const root = project('paused', 1);
  workspace.workspaceFolders = [workspaceFolder(root)];
  const state = workspaceState();

  const first = fakeEngine();
  const before = new Indexing(first.client, config, log(), state);
  await before.start();
  assert.deepEqual(
    first.of('open').map((r) => r.type === 'open' && r.paused),
    [false],
  );
  await before.pause();
  before.dispose();

  // The window reloads: a new extension host, a new engine, the same workspace state.
  const second = fakeEngine();
  const after = new Indexing(second.client, config, log(), state);
  await after.start();
  assert.equal(after.isPaused, true);
  assert.deepEqual(
    second.of('open').map((r) => r.type === 'open' && r.paused),
    [true],
    'opened paused after the reload',
  );
  await after.resume();
  after.dispose();

  const third = fakeEngine();
  const resumed = new Indexing(third.client, config, log(), state);
  await resumed.start();
  assert.equal(resumed.isPaused, false);
  assert.deepEqual(
    third.of('open').map((r) => r.type === 'open' && r.paused),
    [false],
  );
  resumed.dispose();
});

test('the size guard: counted under the folder rules, stopping at the first limit passed; 0 turns a limit off', async () => {
  const root = project('sized', 12);
  writeFileSync(path.join(root, '.baristaignore'), 'f1*.ts\n');
  // 12 files, 3 of them ignored (f1, f10, f11): 9 to index.
  assert.deepEqual(await measureFolder(root, { files: 100, bytes: 0 }), { files: 9, bytes: 9 * 'export const v0 = 0;\n'.length, partial: false });
  assert.deepEqual((await measureFolder(root, { files: 4, bytes: 0 })).files, 5, 'stops once past the limit');
  assert.deepEqual(await measureFolder(root, { files: 0, bytes: 0 }), { files: 0, bytes: 0, partial: false }, 'both off: nothing counted');
  assert.deepEqual(pastLimits({ files: 50_001, bytes: 10, partial: true }, { files: 50_000, bytes: 0 }), ['more than 50,000 files']);
  assert.deepEqual(pastLimits({ files: 5, bytes: 600 * 1024 * 1024, partial: true }, { files: 50_000, bytes: 500 * 1024 * 1024 }), [
    'more than 500 MB of text',
  ]);
  assert.equal(guardQuestion('big', { files: 10, bytes: 10, partial: false }, { files: 10, bytes: 10 }), undefined, 'at the limit: no question');
  const asked: string[][] = [];
  const ask =
    (pick: string | undefined) =>
    (message: string, ...items: string[]) => (asked.push([message, ...items]), Promise.resolve(pick));
  assert.equal(await askToIndex('q', ask('Index')), 'index');
  assert.equal(await askToIndex('q', ask('Not now')), 'notNow');
  assert.equal(await askToIndex('q', ask(undefined)), 'dismissed');
  assert.deepEqual(asked[0], ['q', 'Index', 'Not now']);
});

test('a folder with no index past the limits opens paused and asks; Index starts it, Not now keeps it paused across a reload', async () => {
  const limits = { ...config, confirmAbove: { files: 3, bytes: 0 } };
  const big = project('big', 5);
  const small = project('small', 2);
  workspace.workspaceFolders = [workspaceFolder(big, 0), workspaceFolder(small, 1)];
  const state = workspaceState();

  shown.length = 0;
  answers.push('Index');
  const engine = fakeEngine();
  const indexing = new Indexing(engine.client, limits, log(), state);
  await indexing.start();
  await settled();
  assert.deepEqual(
    engine.of('open').map((r) => r.type === 'open' && [r.folder.name, r.paused]),
    [
      ['big', true],
      ['small', false],
    ],
  );
  assert.deepEqual(shown, [
    'warning: Barista: big has more than 3 files to index. Indexing takes a while and uses the CPU meanwhile; index it now? (Settings: barista.confirmAbove.files and barista.confirmAbove.sizeMB.)',
  ]);
  assert.deepEqual(
    engine.of('resume').map((r) => r.type === 'resume' && r.key),
    [workspace.workspaceFolders[0].uri.toString()],
    'Index resumes the big folder',
  );
  indexing.dispose();

  // Not now: paused, and still paused (without asking again) after a reload.
  shown.length = 0;
  answers.push('Not now');
  const again = fakeEngine();
  const notNow = new Indexing(again.client, limits, log(), workspaceState());
  await notNow.start();
  await settled();
  assert.equal(again.of('resume').length, 0);
  notNow.dispose();

  // An index already there (Barista made it): no question, whatever the size.
  shown.length = 0;
  mkdirSync(defaultIndexDir(big, indexes), { recursive: true });
  writeMarker(defaultIndexDir(big, indexes));
  const existing = fakeEngine();
  const withIndex = new Indexing(existing.client, limits, log(), workspaceState());
  await withIndex.start();
  await settled();
  assert.deepEqual(shown, []);
  assert.deepEqual(
    existing.of('open').map((r) => r.type === 'open' && r.paused),
    [false, false],
  );
  withIndex.dispose();
});

test('"Not now" is remembered: after a reload the folder opens paused and nothing is asked', async () => {
  const limits = { ...config, confirmAbove: { files: 3, bytes: 0 } };
  const big = project('big2', 5);
  workspace.workspaceFolders = [workspaceFolder(big)];
  const state = workspaceState();
  answers.push('Not now');
  const one = fakeEngine();
  const first = new Indexing(one.client, limits, log(), state);
  await first.start();
  await settled();
  first.dispose();
  shown.length = 0;
  const two = fakeEngine();
  const second = new Indexing(two.client, limits, log(), state);
  await second.start();
  await settled();
  assert.deepEqual(shown, []);
  assert.deepEqual(
    two.of('open').map((r) => r.type === 'open' && r.paused),
    [true],
  );
  second.dispose();
});

test('Delete Index closes the folder in the engine, deletes only its index, and the folder stays unindexed after a reload until resumed', async () => {
  const root = project('deleted', 1);
  workspace.workspaceFolders = [workspaceFolder(root)];
  const db = defaultIndexDir(root, indexes);
  mkdirSync(path.join(db, 'chunks.lance'), { recursive: true });
  writeMarker(db);
  const state = workspaceState();
  const engine = fakeEngine();
  const indexing = new Indexing(engine.client, config, log(), state);
  await indexing.start();
  const key = workspace.workspaceFolders[0].uri.toString();
  const deleted = await indexing.deleteIndex(key);
  assert.deepEqual(deleted?.entries, ['chunks.lance', 'barista-index.json']);
  assert.equal(existsSync(db), false);
  assert.deepEqual(
    engine.of('close').map((r) => r.type === 'close' && r.key),
    [key],
    'closed before deleting',
  );
  assert.equal(indexing.folders[0].activity.state, 'paused');
  indexing.dispose();

  const reloaded = fakeEngine();
  const next = new Indexing(reloaded.client, config, log(), state);
  await next.start();
  assert.equal(reloaded.of('open').length, 0, 'not opened (an empty index would be made) after the reload');
  await next.resume();
  assert.deepEqual(
    reloaded.of('open').map((r) => r.type === 'open' && r.paused),
    [false],
    'resume opens it again, to be indexed',
  );
  next.dispose();
});
