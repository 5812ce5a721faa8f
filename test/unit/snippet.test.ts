import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snippetLine } from '../../src/core/search/snippet';

test('the snippet is the line sharing most words with the query', () => {
  const text = 'def send(self):\n    # retry the upload when it fails\n    return None';
  assert.deepEqual(snippetLine(text, 'retry failed upload', 10), { line: 11, text: '# retry the upload when it fails' });
});

test('with no shared words the first non-blank line is shown', () => {
  assert.deepEqual(snippetLine('\n\nclass A:\n  pass', 'zzz', 1), { line: 3, text: 'class A:' });
});
