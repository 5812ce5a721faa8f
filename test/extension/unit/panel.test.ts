import { opened } from './fakeVscode';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Hit } from '../../../src/extension/protocol';
import { MAX_PANEL_QUERY, panelMessage } from '../../../src/extension/panel';
import { panelInFakeView } from './fakeView';

const hit = (p: string): Hit => ({
  folder: 'file:///ws',
  path: p,
  language: 'python',
  kind: 'code',
  startLine: 1,
  endLine: 2,
  symbol: 'f',
  score: 0.5,
  text: 'def f():\n    pass',
  snippet: { line: 1, text: 'def f():' },
});

test('messages from the webview are checked: a known type, an index of a result shown, a query of text', () => {
  const p = panelInFakeView(path.resolve(__dirname, '../../..'));
  p.show({ title: 't', query: 'q', hits: [hit('a.py'), hit('b.py')], sizes: [], ms: 1 });
  const bad: unknown[] = [
    null,
    'open',
    [1],
    { type: 'open', index: 2 },
    { type: 'open', index: -1 },
    { type: 'open', index: '0' },
    { type: 'open', index: 0.5 },
    { type: 'open', index: Number.NaN },
    { type: 'open', index: 0, preview: 'yes' },
    { type: 'search', query: 42 },
    { type: 'search', query: { toString: () => 'x' } },
    { type: 'search', query: 'x'.repeat(MAX_PANEL_QUERY + 1) },
    { type: 'delete', path: '/' },
    { type: { nested: true } },
  ];
  opened.length = 0;
  for (const m of bad) assert.doesNotThrow(() => p.send(m), JSON.stringify(m));
  assert.equal(opened.length, 0, 'nothing was opened');
  assert.deepEqual(p.searched, [], 'nothing was searched');
  assert.equal(p.log.lines.filter((l) => l.startsWith('warn: results panel: a message was ignored')).length, bad.length, p.log.lines.join('\n'));

  p.send({ type: 'open', index: 1, preview: true });
  assert.equal(opened.length, 1);
  assert.match(String(opened[0].uri), /\/ws\/b\.py$/);
  p.send({ type: 'search', query: 'retry the upload' });
  assert.deepEqual(p.searched, ['retry the upload']);
  const before = p.posted.length;
  p.send({ type: 'ready' });
  assert.equal(p.posted.length, before + 1, 'ready: the results are posted again');
});

test('the panel is sent the words to mark as the index splits them, so a camelCase query marks snake_case code', () => {
  const message = panelMessage({ title: 't', query: 'where is retryFailedUpload', hits: [hit('a.py')], sizes: [], ms: 1 });
  assert.deepEqual(message.terms, ['where', 'retryfailedupload', 'retry', 'failed', 'upload']);
});
