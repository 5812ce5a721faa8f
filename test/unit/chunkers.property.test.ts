/**
 * Properties of the chunkers over generated files (fast-check): whatever the text, chunking does
 * not throw, chunks come in line order within the file's lines (each range once), each is its lines' text (or, for a
 * single line over budget, a prefix of it), each fits the budget in tokens and in characters, and
 * every non-blank line is in a chunk.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { chunkFile } from '../../src/core/index/chunkers';
import { MAX_CHARS_PER_TOKEN } from '../../src/core/index/chunkers/pieces';

/**
 * A stand-in tokenizer: a word or a punctuation mark is a token, and a word of more than 100
 * characters is one unknown token (as BERT's word pieces do), so long runs test the character cap.
 */
const countTokens = (text: string): number => (text.match(/[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu) ?? []).length;

const FRAGMENTS = [
  'def f(x):',
  '    return x',
  'class A:',
  '    def m(self):',
  '        pass',
  '@decorator',
  '# comment',
  '"""doc',
  '"""',
  'function g() {',
  '}',
  '  const a = [1, 2, 3];',
  'export class B {',
  '  m(): void {}',
  '/* block',
  '*/',
  '// line',
  'func (r *R) Go() {',
  'fn main() {',
  'impl T {',
  'pub struct S;',
  'package main',
  'import x',
  '# Heading',
  '## Sub heading',
  'Title',
  '=====',
  '-----',
  '```',
  '```python',
  '    indented code',
  '* item',
  '1. item',
  '',
  '',
  '   ',
  '\t',
  '{',
  '(',
  '[',
  ')',
  ']',
  ';',
  'x'.repeat(300),
  'é'.repeat(50),
  '日本語のテキスト',
  '😀🎉',
  '\u0000',
  '\uFEFF',
];

const line = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => `${'  '.repeat(n)}if x${n}:`) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 3000 }).map((n) => 'ab'.repeat(n)) },
);

const file = fc.record({
  path: fc.constantFrom('a.py', 'b.ts', 'c.js', 'd.go', 'e.rs', 'f.java', 'g.c', 'h.md', 'i.rst', 'j.txt', 'k.yml', 'README'),
  text: fc.tuple(fc.array(line, { maxLength: 120 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol)),
  maxTokens: fc.integer({ min: 1, max: 96 }),
  packTokens: fc.option(fc.integer({ min: 0, max: 96 }), { nil: undefined }),
});

function isBlank(s: string): boolean {
  return s.trim() === '';
}

test('chunks are in line order, within the file, their lines, within budget, and cover every non-blank line', async () => {
  await fc.assert(
    fc.asyncProperty(file, async ({ path, text, maxTokens, packTokens }) => {
      const chunks = await chunkFile(path, text, { maxTokens, countTokens, packTokens });
      const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
      const covered = new Uint8Array(lines.length + 1);
      let previous = 0;
      const ranges = new Set<string>();
      for (const c of chunks) {
        assert.equal(c.path, path);
        assert.ok(Number.isInteger(c.startLine) && Number.isInteger(c.endLine));
        assert.ok(c.startLine >= 1 && c.startLine <= c.endLine && c.endLine <= lines.length, `lines ${c.startLine}-${c.endLine} of ${lines.length}`);
        assert.ok(c.startLine >= previous, `chunk at line ${c.startLine} after one at ${previous}`);
        previous = c.startLine;
        const range = `${c.startLine}-${c.endLine}`;
        assert.ok(!ranges.has(range), `lines ${range} twice (a chunk's id is its path and range)`);
        ranges.add(range);
        const own = lines.slice(c.startLine - 1, c.endLine).join('\n');
        if (c.startLine === c.endLine) assert.ok(own.startsWith(c.text), 'a one-line chunk is its line or a prefix of it');
        else assert.equal(c.text, own);
        assert.ok(countTokens(c.text) <= maxTokens, `${countTokens(c.text)} tokens over a budget of ${maxTokens}`);
        assert.ok(c.text.length <= maxTokens * MAX_CHARS_PER_TOKEN, `${c.text.length} characters`);
        for (let i = c.startLine; i <= c.endLine; i++) covered[i] = 1;
      }
      lines.forEach((l, i) => assert.ok(isBlank(l) || covered[i + 1], `line ${i + 1} (${JSON.stringify(l.slice(0, 40))}) is in no chunk`));
    }),
    { numRuns: 300 },
  );
});

test('a budget below one token is refused, never chunked', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(0, -1, 0.5, Number.NaN, Number.NEGATIVE_INFINITY), fc.string(), async (maxTokens, text) => {
      await assert.rejects(chunkFile('a.py', text, { maxTokens, countTokens }), RangeError);
    }),
    { numRuns: 20 },
  );
});
