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

test('the snippet matches identifiers as the index splits them, in the query and in the code', () => {
  const text = 'def send(self):\n    self.session.close()\n    return retryFailedUpload(self.body)';
  assert.deepEqual(snippetLine(text, 'where do we retry a failed upload', 1), { line: 3, text: 'return retryFailedUpload(self.body)' });
  assert.deepEqual(snippetLine('x = 1\nretry_failed_upload(x)', 'retryFailedUpload', 5), { line: 6, text: 'retry_failed_upload(x)' });
});
