import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseInlineFilters } from '../../src/core/search/inlineFilters';

test('lang:, kind: and in: become a filter and leave the query', () => {
  assert.deepEqual(parseInlineFilters('retry failed uploads lang:go kind:code in:./src/upload/'), {
    query: 'retry failed uploads',
    filter: { language: 'go', kind: 'code', under: 'src/upload' },
    problems: [],
  });
});

test('a language by its name or an extension of it', () => {
  assert.equal(parseInlineFilters('lang:py parse args').filter.language, 'python');
  assert.equal(parseInlineFilters('parse args LANG:TS').filter.language, 'typescript');
  assert.equal(parseInlineFilters('language:markdown install').filter.language, 'markdown');
});

test('filters that name nothing known are reported and leave no filter', () => {
  const parsed = parseInlineFilters('kind:tests lang:cobolx in: retry');
  assert.equal(parsed.query, 'retry');
  assert.deepEqual(parsed.filter, {});
  assert.deepEqual(parsed.problems, ['kind:tests is not code or docs', 'lang:cobolx is not a language Barista indexes', 'in: needs a value']);
});

test('words that merely contain a colon stay in the query', () => {
  assert.deepEqual(parseInlineFilters('std::vector login:password').query, 'std::vector login:password');
});
