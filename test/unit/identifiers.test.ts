import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunkText, identifierWords, queryTerms, searchableText, splitIdentifier, textQuery } from '../../src/core/text/identifiers';

test('camelCase, PascalCase, snake_case and acronyms split into words', () => {
  assert.deepEqual(splitIdentifier('getUserById'), ['get', 'user', 'by', 'id']);
  assert.deepEqual(splitIdentifier('retry_failed_upload'), ['retry', 'failed', 'upload']);
  assert.deepEqual(splitIdentifier('HTTPAdapter'), ['http', 'adapter']);
  assert.deepEqual(splitIdentifier('parse2xx'), ['parse', '2', 'xx']);
});

test('only compound identifiers add words; plain words are not repeated', () => {
  assert.deepEqual(identifierWords('def get_user(): return getUser'), ['get', 'user', 'get', 'user']);
  assert.deepEqual(identifierWords('plain words only'), []);
});

test('the full-text form carries path, symbol and split words', () => {
  const t = searchableText('src/upload_queue.py', 'UploadQueue.retryFailed', 'pass');
  assert.match(t, /src\/upload_queue\.py/);
  assert.match(t, /\bretry failed\b/);
  assert.match(t, /\bupload queue\b/);
});

test('queries keep their words and add the parts of identifiers', () => {
  assert.equal(textQuery('where is getUserById?'), 'where is getuserbyid get user by id');
});

test('query terms: words of three characters or more, identifiers split too, each once', () => {
  assert.deepEqual(queryTerms('Where is getUserById? get it by id'), ['where', 'getuserbyid', 'get', 'user']);
});

test('chunkText gives back exactly the text inside searchable text', () => {
  for (const [p, symbol, text] of [
    ['src/a b.py', 'Queue.retry', 'line one\n\nline_three\n'],
    ['x.md', '', ''],
    ['y.ts', 'f', 'no words'],
  ]) {
    assert.equal(chunkText(searchableText(p, symbol, text), p, symbol), text);
  }
  assert.throws(() => chunkText('other head\ntext\n', 'x.py', ''), /does not start with its path and symbol/);
});
