/**
 * Extension tests in an untrusted workspace (restricted mode): Barista activates, but indexes
 * nothing and says why, and a model path from the workspace's settings is not used.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BaristaApi } from '../../../src/extension/extension';
import { readConfig } from '../../../src/extension/config';
import { type Test, until } from './runner';

const EXTENSION_ID = 'barista.barista';
export const untrustedTests: Test[] = [];
const test = (name: string, fn: () => Promise<void>) => untrustedTests.push({ name, fn });

let api: BaristaApi;

test('activates in restricted mode without indexing', async () => {
  assert.equal(vscode.workspace.isTrusted, false, 'the workspace is untrusted');
  const ext = vscode.extensions.getExtension<BaristaApi>(EXTENSION_ID);
  assert.ok(ext);
  api = ext.isActive ? ext.exports : await ext.activate();
  const registered = new Set(await vscode.commands.getCommands(true));
  assert.ok(registered.has('barista.search'), 'commands are there (they explain why nothing is indexed)');
  // Activation decides at once: in a trusted workspace the engine and indexing exist before
  // activate() returns, so there is nothing to wait for but the status bar saying why.
  await until('the status bar to say the workspace is not trusted', () => /not trusted/.test(api.statusText()?.label ?? ''));
  assert.deepEqual(api.folders(), [], 'no folder is opened for indexing');
  assert.equal(api.enginePid(), undefined, 'no engine process is started');
  assert.match(api.statusText()?.label ?? '', /not trusted/);
  await assert.rejects(api.search('retry a failed upload'), /not running/);
  // The chat tools are there for agents, and say why they cannot answer.
  assert.ok(vscode.lm.tools.some((t) => t.name === 'barista_search'));
  await assert.rejects(
    Promise.resolve(vscode.lm.invokeTool('barista_search', { input: { query: 'retry a failed upload' }, toolInvocationToken: undefined })),
    /trusted workspaces only/,
  );
});

test('a model path and index location from workspace settings are ignored', async () => {
  const config = vscode.workspace.getConfiguration('barista');
  await config.update('modelPath', '/somewhere/the/workspace/chose', vscode.ConfigurationTarget.Workspace);
  await config.update('indexLocation', '/another/place', vscode.ConfigurationTarget.Workspace);
  try {
    // The values are in the workspace's settings file; VS Code hides them from the untrusted workspace.
    const file = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.vscode', 'settings.json');
    await until('the workspace settings file', async () => {
      const text = await vscode.workspace.fs.readFile(file).then(
        (b) => Buffer.from(b).toString('utf8'),
        () => '',
      );
      return text.includes('/somewhere/the/workspace/chose') && text.includes('/another/place');
    });
    const read = readConfig();
    assert.equal(read.engine.modelPath, '', 'modelPath from the workspace is ignored');
    assert.equal(read.indexLocation, '', 'indexLocation from the workspace is ignored');
  } finally {
    await config.update('modelPath', undefined, vscode.ConfigurationTarget.Workspace);
    await config.update('indexLocation', undefined, vscode.ConfigurationTarget.Workspace);
  }
});
