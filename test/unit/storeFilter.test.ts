import assert from 'node:assert/strict';
import { test } from 'node:test';
import { whereOf } from '../../src/core/index/filter';

test('a search filter becomes one where-clause, quotes escaped', () => {
  assert.equal(whereOf(undefined), undefined);
  assert.equal(whereOf({}), undefined);
  assert.equal(whereOf({ kind: 'docs', language: 'go' }), "kind = 'docs' AND language = 'go'");
  assert.equal(whereOf({ under: "it's/" }), "starts_with(path, 'it''s/')");
});

test('a folder filter is a prefix, never a LIKE pattern: `_` and `%` in a folder name match only themselves', () => {
  // As a LIKE pattern, `a_b/%` also kept `axb/...` and `a%b/%` kept every `a...b/` folder.
  const where = whereOf({ under: 'src/a_b%c' })!;
  assert.doesNotMatch(where, /LIKE/);
  assert.equal(where, "starts_with(path, 'src/a_b%c/')");
});
