import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Chunk } from '../../src/core/index/chunk';
import { chunkFile, type ChunkOptions } from '../../src/core/index/chunkers';
import { SourceLines } from '../../src/core/index/chunkers/lines';
import { attachComments } from '../../src/core/index/chunkers/pieces';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'chunkers');
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The invariants every chunking must keep, whatever the language. */
function assertWellFormed(text: string, chunks: Chunk[], maxTokens: number, countTokens = words): void {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const covered = new Set<number>();
  const ranges = chunks.map((c) => `${c.startLine}-${c.endLine}`);
  assert.equal(new Set(ranges).size, ranges.length, `line ranges are unique (they make chunk ids): ${ranges}`);
  for (const c of chunks) {
    assert.ok(c.startLine >= 1 && c.endLine >= c.startLine && c.endLine <= lines.length, `range ${c.startLine}-${c.endLine}`);
    assert.equal(c.text, lines.slice(c.startLine - 1, c.endLine).join('\n'), `text of ${c.startLine}-${c.endLine}`);
    assert.ok(countTokens(c.text) <= maxTokens, `${c.startLine}-${c.endLine} has ${countTokens(c.text)} tokens > ${maxTokens}`);
    for (let n = c.startLine; n <= c.endLine; n++) covered.add(n);
  }
  lines.forEach((line, i) => {
    if (line.trim()) assert.ok(covered.has(i + 1), `line ${i + 1} (${JSON.stringify(line)}) is in no chunk`);
  });
}

/** [startLine, endLine, symbol] of each chunk, for compact expectations. */
const outline = (chunks: Chunk[]) => chunks.map((c) => [c.startLine, c.endLine, c.symbol]);

// packTokens 0: every definition apart, to check where the cuts fall.
const exact: ChunkOptions = { maxTokens: 200, countTokens: words, packTokens: 0 };

async function chunkFixture(name: string, options: ChunkOptions = exact): Promise<Chunk[]> {
  const text = fixture(name);
  const chunks = await chunkFile(name, text, options);
  assertWellFormed(text, chunks, options.maxTokens);
  return chunks;
}

test('Python: class header, methods (with decorators and comments above), function, module code', async () => {
  const chunks = await chunkFixture('session.py');
  assert.deepEqual(outline(chunks), [
    [1, 5, ''],
    [8, 14, 'Session'],
    [16, 19, 'Session.__init__'],
    [21, 23, 'Session.connected'],
    [25, 30, 'Session.send'],
    [33, 39, 'retry_upload'],
    [42, 43, ''],
  ]);
  assert.ok(chunks.every((c) => c.language === 'python' && c.kind === 'code' && c.path === 'session.py'));
  assert.match(chunks[1].text, /^# A session keeps one connection open\n# and sends payloads over it\.\n@dataclass\nclass Session:/);
  assert.match(chunks[4].text, /^ {4}# Sends one payload/);
});

test('TypeScript: exported class with members, arrow-function constant, function', async () => {
  const chunks = await chunkFixture('session.ts');
  assert.deepEqual(outline(chunks), [
    [1, 3, ''],
    [5, 8, 'Session'],
    [10, 10, 'Session.constructor'],
    [12, 18, 'Session.send'],
    [20, 22, 'Session.connected'],
    [23, 23, 'Session'],
    [25, 29, 'retryUpload'],
    [31, 35, 'openSession'],
  ]);
  assert.equal(chunks[0].language, 'typescript');
  assert.match(chunks[3].text, /^ {2}\/\*\* Sends one payload/);
});

test('Go: methods are named after their receiver type', async () => {
  const chunks = await chunkFixture('session.go');
  assert.deepEqual(outline(chunks), [
    [1, 6, ''],
    [8, 12, 'Session'],
    [14, 22, 'Session.Send'],
    [24, 32, 'RetryUpload'],
  ]);
});

test('Java: constructor, method with Javadoc, nested interface', async () => {
  const chunks = await chunkFixture('Session.java');
  assert.deepEqual(outline(chunks), [
    [1, 4, ''],
    [6, 9, 'Session'],
    [11, 13, 'Session.Session'],
    [15, 22, 'Session.send'],
    [24, 26, 'Session.Listener'],
    [27, 27, 'Session'],
  ]);
});

test('Rust: struct with doc comment and attribute, impl methods, generic function', async () => {
  const chunks = await chunkFixture('session.rs');
  assert.deepEqual(outline(chunks), [
    [1, 1, ''],
    [3, 8, 'Session'],
    [10, 10, 'Session'],
    [11, 19, 'Session.send'],
    [20, 20, 'Session'],
    [22, 25, 'retry_upload'],
  ]);
  assert.match(chunks[1].text, /^\/\/\/ A connection to the upload server\.\n#\[derive\(Debug\)\]\npub struct/);
});

test('C: struct and functions with their comments', async () => {
  const chunks = await chunkFixture('session.c');
  assert.deepEqual(outline(chunks), [
    [1, 4, ''],
    [6, 10, 'session'],
    [12, 20, 'session_send'],
    [22, 26, 'retry_upload'],
  ]);
});

test('C++: namespace is looked through, inline and out-of-class methods, templates', async () => {
  const chunks = await chunkFixture('session.cpp');
  assert.deepEqual(outline(chunks), [
    [1, 2, ''],
    [4, 4, ''],
    [6, 8, 'Session'],
    [9, 9, 'Session.Session'],
    [11, 17, 'Session.send'],
    [19, 22, 'Session'],
    [24, 26, 'Session.retries'],
    [28, 32, 'retry_upload'],
    [34, 34, ''],
  ]);
});

test('C#: namespace, class with fields and properties, constructor, method', async () => {
  const chunks = await chunkFixture('Session.cs');
  assert.deepEqual(outline(chunks), [
    [1, 2, ''],
    [4, 5, ''],
    [6, 10, 'Session'],
    [12, 15, 'Session.Session'],
    [17, 26, 'Session.Send'],
    [27, 27, 'Session'],
    [28, 28, ''],
  ]);
  assert.equal(chunks[0].language, 'csharp');
});

test('neighbours pack up to the budget: small definitions together, a small class whole, a long one by members', async () => {
  const pack = (packTokens: number) => chunkFixture('session.ts', { maxTokens: 200, countTokens: words, packTokens });
  // A tight budget: the class is split by members, its header (fields) packed with the one-line constructor.
  assert.deepEqual(outline(await pack(30)), [
    [1, 3, ''],
    [5, 10, 'Session, Session.constructor'],
    [12, 18, 'Session.send'],
    [20, 23, 'Session.connected'],
    [25, 29, 'retryUpload'],
    [31, 35, 'openSession'],
  ]);
  // The class fits: it is read whole; two small top-level functions share a chunk; nothing crosses
  // from a class body into the code around it while the class is in parts.
  assert.deepEqual(outline(await pack(75)), [
    [1, 3, ''],
    [5, 23, 'Session, Session.constructor, Session.send, Session.connected'],
    [25, 35, 'retryUpload, openSession'],
  ]);
  assert.deepEqual(outline(await pack(60)).slice(1, 3), [
    [5, 18, 'Session, Session.constructor, Session.send'],
    [20, 23, 'Session.connected'],
  ]);
  // The whole file fits: one chunk.
  assert.deepEqual(outline(await pack(150)), [[1, 35, 'Session, Session.constructor, Session.send, Session.connected, retryUpload (+1 more)']]);
  // A namespace's closing brace joins the last method rather than standing alone.
  const cs = await chunkFixture('Session.cs', { maxTokens: 200, countTokens: words, packTokens: 12 });
  assert.deepEqual(outline(cs).at(-1), [17, 28, 'Session.Send']);
});

test('an oversize function becomes overlapping windows within budget, all under its name', async () => {
  const body = Array.from({ length: 120 }, (_, i) => `    total = total + compute(item, ${i}) * weight`).join('\n');
  const text = `import math\n\n\ndef big(items):\n    total = 0\n${body}\n    return total\n\n\ndef small():\n    return 1\n`;
  const maxTokens = 60;
  const chunks = await chunkFile('big.py', text, { maxTokens, countTokens: words, packTokens: 0 });
  assertWellFormed(text, chunks, maxTokens);
  const big = chunks.filter((c) => c.symbol === 'big');
  assert.ok(big.length >= 15, `expected many windows, got ${big.length}`);
  assert.equal(big[0].startLine, 4);
  assert.equal(big.at(-1)!.endLine, 126);
  for (let i = 1; i < big.length; i++) {
    assert.ok(big[i].startLine <= big[i - 1].endLine, 'consecutive windows overlap');
    assert.ok(big[i].startLine > big[i - 1].startLine, 'windows advance');
  }
  assert.deepEqual(outline(chunks.filter((c) => c.symbol !== 'big')), [
    [1, 1, ''],
    [129, 130, 'small'],
  ]);
});

test('unknown or grammar-less files fall back to overlapping line windows', async () => {
  const text = Array.from({ length: 100 }, (_, i) => `key_${i}: value number ${i}`).join('\n');
  const chunks = await chunkFile('settings.yaml', text, { maxTokens: 40, countTokens: words, overlapLines: 2 });
  assertWellFormed(text, chunks, 40);
  assert.equal(chunks[0].language, 'yaml');
  assert.deepEqual(
    chunks.slice(0, 3).map((c) => [c.startLine, c.endLine]),
    [
      [1, 10],
      [9, 18],
      [17, 26],
    ],
  );
  const unknown = await chunkFile('notes.xyz', text, { maxTokens: 40, countTokens: words });
  assertWellFormed(text, unknown, 40);
  assert.equal(unknown[0].symbol, '');
});

test('a single line over budget keeps only the prefix that fits', async () => {
  const line = Array.from({ length: 500 }, (_, i) => `w${i}`).join(' ');
  const chunks = await chunkFile('bundle.js', `${line}\nconst a = 1;\n`, { maxTokens: 50, countTokens: words });
  assert.equal(chunks[0].startLine, 1);
  assert.equal(chunks[0].endLine, 1);
  assert.ok(words(chunks[0].text) <= 50);
  assert.ok(line.startsWith(chunks[0].text));
  assert.ok(chunks.some((c) => c.text.includes('const a = 1;')));
});

test('a tokenizer that counts a joined text above its lines still gets chunks within budget', async () => {
  // Counts every line break as a token, so summing per-line counts underestimates.
  const counter = (t: string) => words(t) + (t.match(/\n/g)?.length ?? 0);
  const text = fixture('session.py');
  const chunks = await chunkFile('session.py', text, { maxTokens: 12, countTokens: counter });
  assertWellFormed(text, chunks, 12, counter);
});

test('CRLF files chunk like LF files', async () => {
  const text = fixture('session.go');
  const lf = await chunkFile('session.go', text, exact);
  const crlf = await chunkFile('session.go', text.replace(/\n/g, '\r\n'), exact);
  assert.deepEqual(crlf, lf);
});

test('empty and blank files give no chunks', async () => {
  assert.deepEqual(await chunkFile('a.py', '', exact), []);
  assert.deepEqual(await chunkFile('a.md', '\n\n  \n', exact), []);
});

test('a syntax error still covers every line', async () => {
  const text = 'def ok():\n    return 1\n\ndef broken(:\n    return (\n\nclass C:\n    def m(self):\n        pass\n';
  const chunks = await chunkFile('broken.py', text, exact);
  assertWellFormed(text, chunks, exact.maxTokens);
  assert.equal(chunks[0].symbol, 'ok');
});

test('a 5,000-line file chunks with linear work: each line and each chunk counted about once', async () => {
  const text = Array.from(
    { length: 1000 },
    (_, i) => `export function handler${i}(request: Request): Response {\n  const body = parse(request, ${i});\n  return respond(body);\n}\n\n`,
  ).join('');
  assert.ok(text.split('\n').length > 5000);
  let calls = 0;
  const counter = (t: string) => {
    calls++;
    return words(t);
  };
  const chunks = await chunkFile('handlers.ts', text, { maxTokens: 256, countTokens: counter });
  assertWellFormed(text, chunks, 256);
  // Lines are counted once each, chunks once each: linear, not quadratic. (The count, not the
  // clock, is the check: a busy machine slows the clock, never the count.)
  assert.ok(calls < 2 * text.split('\n').length, `${calls} counter calls`);
});

test('rejects a budget below one token', async () => {
  await assert.rejects(chunkFile('a.py', 'x = 1', { maxTokens: 0, countTokens: words }), RangeError);
});

test('Markdown: sections by ATX and setext headings, named by heading path; fences hide headings', async () => {
  const chunks = await chunkFixture('README.md');
  assert.deepEqual(outline(chunks), [
    [1, 5, ''],
    [7, 9, 'Barista'],
    [11, 11, 'Barista > Install'],
    [13, 21, 'Barista > Install > From source'],
    [23, 25, 'Barista > Install > From the marketplace'],
    [27, 30, 'Barista > Usage'],
    [32, 35, 'Troubleshooting'],
  ]);
  assert.ok(chunks.every((c) => c.kind === 'docs' && c.language === 'markdown'));
  assert.match(chunks[3].text, /# not a heading/);
});

test('Markdown: a section holding little more than its heading joins its first subsection', async () => {
  // Packing barely on (one token): sections stay apart, but a heading-only one (under 64 / 16 tokens) joins.
  const chunks = await chunkFixture('README.md', { maxTokens: 64, countTokens: words, packTokens: 1 });
  assert.deepEqual(outline(chunks).slice(1, 3), [
    [7, 9, 'Barista'],
    [11, 21, 'Barista > Install > From source'],
  ]);
});

test('reST: over- and underlined titles, levels by order of appearance, literal blocks ignored', async () => {
  const chunks = await chunkFixture('guide.rst');
  assert.deepEqual(outline(chunks), [
    [1, 5, 'Guide'],
    [7, 10, 'Guide > Install'],
    [12, 15, 'Guide > Install > From source'],
    [17, 20, 'Guide > Install > From the marketplace'],
    [22, 30, 'Guide > Usage'],
  ]);
  assert.equal(chunks[0].language, 'rst');
});

test('a long section is split at paragraphs within budget, every piece under the section name', async () => {
  const paragraph = (i: number) => `Paragraph ${i} says something about the install step number ${i} in words.`;
  const text = `# Guide\n\n## Install\n\n${Array.from({ length: 30 }, (_, i) => paragraph(i)).join('\n\n')}\n\n## Usage\n\nRun it.\n`;
  const chunks = await chunkFile('guide.md', text, { maxTokens: 60, countTokens: words, packTokens: 0 });
  assertWellFormed(text, chunks, 60);
  const install = chunks.filter((c) => c.symbol === 'Guide > Install');
  assert.ok(install.length >= 5, `${install.length} pieces`);
  for (const c of install) {
    // Whole paragraphs only: a piece starts at a paragraph (or the heading) and ends at one.
    assert.match(c.text, /^(## Install|Paragraph \d+)/);
    assert.match(c.text, /in words\.$/);
  }
  assert.deepEqual(outline(chunks).at(-1), [text.split('\n').length - 3, text.split('\n').length - 1, 'Guide > Usage']);
});

test('plain text: paragraphs packed up to the budget, no symbol', async () => {
  const text = Array.from({ length: 12 }, (_, i) => `Line one of paragraph ${i}.\nLine two of paragraph ${i}.`).join('\n\n');
  const chunks = await chunkFile('notes.txt', text, { maxTokens: 40, countTokens: words });
  assertWellFormed(text, chunks, 40);
  assert.equal(chunks.length, 3); // four 10-word paragraphs each
  assert.ok(chunks.every((c) => c.symbol === '' && c.kind === 'docs' && c.language === 'text'));
  for (const c of chunks) assert.match(c.text, /^Line one[^]*paragraph \d+\.$/);
});

test('extra grammars give named chunks too: Ruby, PHP, Kotlin, Swift, Scala, Bash', async () => {
  const cases: Array<[string, string, string[]]> = [
    ['a.rb', 'module Upload\n  class Session\n    def send(data)\n      data\n    end\n  end\nend\n', ['Upload', 'Upload.Session', 'Upload.Session.send']],
    ['a.php', '<?php\nclass Session {\n    public function send($data) {\n        return $data;\n    }\n}\n', ['Session', 'Session.send']],
    ['a.kt', 'class Session {\n    fun send(data: String) {\n        println(data)\n    }\n}\n', ['Session', 'Session.send']],
    ['a.swift', 'class Session {\n    func send(_ data: String) {\n        print(data)\n    }\n}\n', ['Session', 'Session.send']],
    ['a.scala', 'class Session {\n  def send(data: String): Unit = {\n    println(data)\n  }\n}\n', ['Session', 'Session.send']],
    ['a.sh', '#!/bin/sh\n\nretry_upload() {\n  echo "$1"\n}\n', ['retry_upload']],
  ];
  for (const [name, text, symbols] of cases) {
    const chunks = await chunkFile(name, text, exact);
    assertWellFormed(text, chunks, exact.maxTokens);
    for (const symbol of symbols)
      assert.ok(
        chunks.some((c) => c.symbol === symbol),
        `${name}: ${symbol} in ${JSON.stringify(outline(chunks))}`,
      );
  }
});

test('Markdown: short neighbouring sections pack together up to the budget, a long one stays apart', async () => {
  const packed = await chunkFixture('README.md', { maxTokens: 200, countTokens: words, packTokens: 30 });
  assert.deepEqual(outline(packed).at(-1), [23, 35, 'Barista > Install > From the marketplace, Barista > Usage, Troubleshooting']);
  assert.deepEqual(outline(packed)[1], [7, 21, 'Barista > Install > From source']);
});

test('Elixir: modules and def/defp by name, @doc and @spec with the function below them', async () => {
  const text =
    'defmodule Plug.Conn do\n  @moduledoc "A conn"\n\n  # Sends a response.\n  @doc "Sends"\n  @spec send_resp(t, integer) :: t\n  def send_resp(conn, status) when is_integer(status) do\n    conn\n  end\n\n  defp helper(x), do: x\nend\n';
  const chunks = await chunkFile('conn.ex', text, exact);
  assertWellFormed(text, chunks, 200);
  assert.deepEqual(outline(chunks), [
    [1, 2, 'Plug.Conn'],
    [4, 9, 'Plug.Conn.send_resp'],
    [11, 11, 'Plug.Conn.helper'],
    [12, 12, 'Plug.Conn'],
  ]);
});

test('Zig: functions, tests, and a struct bound to a name as a class with its methods', async () => {
  const text =
    'const std = @import("std");\n/// Adds.\npub fn add(a: i32, b: i32) i32 {\n    return a + b;\n}\npub const Point = struct {\n    x: i32,\n    pub fn len(self: Point) i32 {\n        return self.x;\n    }\n};\n';
  const chunks = await chunkFile('add.zig', text, exact);
  assertWellFormed(text, chunks, 200);
  assert.deepEqual(outline(chunks), [
    [1, 1, ''],
    [2, 5, 'add'],
    [6, 7, 'Point'],
    [8, 10, 'Point.len'],
    [11, 11, 'Point'],
  ]);
});

test('a .h file holding C++ is chunked as C++; a plain C header stays C', async () => {
  const cpp = await chunkFile('mutex.h', '#pragma once\nnamespace absl {\nclass Mutex {\n public:\n  void Lock();\n};\n}\n', exact);
  assert.ok(cpp.every((c) => c.language === 'cpp'));
  assert.ok(cpp.some((c) => c.symbol === 'Mutex'));
  const c = await chunkFile('point.h', '#ifndef P\nstruct point { int x; };\nint add(int a, int b);\n#endif\n', exact);
  assert.ok(c.every((x) => x.language === 'c'));
});

test('C++: definitions inside an include guard and a namespace opened by a macro line are found', async () => {
  const text =
    '#ifndef STR_CAT_H_\n#define STR_CAT_H_\n\nnamespace absl {\nABSL_NAMESPACE_BEGIN\n\nclass AlphaNum {\n public:\n  int size() const;\n};\n\ninline int Twice(int x) {\n  return 2 * x;\n}\n\nABSL_NAMESPACE_END\n}  // namespace absl\n\n#endif\n';
  const chunks = await chunkFile('str_cat.h', text, exact);
  assertWellFormed(text, chunks, 200);
  const symbols = chunks.map((c) => c.symbol);
  assert.ok(symbols.includes('AlphaNum'), symbols.join(' | '));
  assert.ok(symbols.includes('Twice'), symbols.join(' | '));
  assert.ok(chunks.every((c) => c.language === 'cpp'));
});

test('a doc comment a grammar left in the code above a definition goes with the definition', async () => {
  const text = 'import a.b\nimport c.d\n/**\n * A cold stream.\n */\npublic interface Flow<out T> {\n    suspend fun collect(c: Collector<T>)\n}\n';
  const lines = new SourceLines(text, words);
  const pieces = attachComments(lines, [
    { start: 1, end: 5, symbols: [], scope: '', parent: '' },
    { start: 6, end: 8, symbols: ['Flow'], scope: '', parent: '' },
  ]);
  assert.deepEqual(
    pieces.map((p) => [p.start, p.end]),
    [
      [1, 2],
      [3, 8],
    ],
  );
  // A blank line between the comment and the definition keeps them apart; so does code.
  const apart = new SourceLines('x = 1\n// about x\n\ndef f():\n  pass\n', words);
  assert.deepEqual(
    attachComments(apart, [
      { start: 1, end: 3, symbols: [], scope: '', parent: '' },
      { start: 4, end: 5, symbols: ['f'], scope: '', parent: '' },
    ]).map((p) => p.start),
    [1, 4],
  );
  const include = new SourceLines('#include <a.h>\n#include <b.h>\nint f() { return 1; }\n', words);
  assert.deepEqual(
    attachComments(include, [
      { start: 1, end: 2, symbols: [], scope: '', parent: '' },
      { start: 3, end: 3, symbols: ['f'], scope: '', parent: '' },
    ]).map((p) => p.start),
    [1, 3],
  );
});
