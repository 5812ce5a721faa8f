import assert from 'node:assert/strict';
import { test } from 'node:test';
import { whereOf } from '../../src/core/index/store';

test('a search filter becomes one where-clause, quotes escaped', () => {
  assert.equal(whereOf(undefined), undefined);
  assert.equal(whereOf({}), undefined);
  assert.equal(whereOf({ kind: 'docs', language: 'go', under: "it's/" }), "kind = 'docs' AND language = 'go' AND path LIKE 'it''s/%'");
});
