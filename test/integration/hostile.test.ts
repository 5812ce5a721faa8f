/**
 * A folder of hostile files, indexed by the real indexer (the shipped model at its static rung, so
 * it takes seconds): each file is indexed or skipped with a logged reason, and nothing throws.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { openEngine, type Engine } from '../../src/core/engine';
import { indexFolder } from '../../src/core/index/indexer';
import type { Logger } from '../../src/core/log';
import { parseSize } from '../../src/core/model/ladder';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-hostile-'));
const root = path.join(tmp, 'work');
let engine: Engine;
let depth: number;

function recordingLogger(): Logger & { said: string[] } {
  const said: string[] = [];
  return { said, info: (m: string) => said.push(m), warn: (m: string) => said.push(m), error: (m: string) => said.push(m) };
}

/** Bytes from a fixed seed (a small linear congruential generator): the same every run. */
function randomBytes(n: number, seed = 7): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const utf16 = (text: string, bigEndian: boolean): Buffer => {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return bigEndian ? le.swap16() : le;
};

/** The names a file system allows and a naive index does not expect. */
const ODD_NAMES = ['with space.py', 'ünïcødé 日本語.py', 'new\nline.py', "quote'd.py", 'back\\slash.py', 'per%cent_under.py', 'semi;colon -- dash.py'];

const FILES: Record<string, string | Buffer> = {
  'random.py': randomBytes(64 * 1024),
  'random.txt': Buffer.from(randomBytes(3000, 11).map((b) => (b === 0 ? 1 : b))),
  'one-line.js': `const huge = "${'a'.repeat(10 * 1024 * 1024)}";\n`,
  'nested.js': `function deep() { return ${'['.repeat(20_000)}${']'.repeat(20_000)}; }\n${'if (a) {\n'.repeat(3000)}${'}\n'.repeat(3000)}`,
  'nested.py': `def deep():\n${Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i + 1)}if x${i}:`).join('\n')}\n${' '.repeat(1501)}return 1\n`,
  'nested.json': `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
  'bom-utf8.py': `\uFEFFdef bom_marked_function():\n    return "a file saved with a byte order mark"\n`,
  'utf16le.py': utf16('def little_endian_wide_text():\n    return "saved as UTF-16 LE"\n', false),
  'utf16be.md': utf16('# Big endian wide heading\n\nA document saved as UTF-16 BE.\n', true),
  'fine.py': 'def ordinary_function():\n    return 1\n',
  'zz-deleted.py': 'def deleted_before_it_was_read():\n    pass\n',
  'zz-replaced.py': 'def replaced_by_a_folder():\n    pass\n',
};
for (const name of ODD_NAMES) FILES[name] = `def odd_named_${Buffer.from(name).toString('hex')}():\n    return ${JSON.stringify(name)}\n`;

before(async () => {
  mkdirSync(root, { recursive: true });
  for (const [name, content] of Object.entries(FILES)) writeFileSync(path.join(root, name), content);
  // Symbolic link loops: a folder holding a link to itself, and two links to each other.
  mkdirSync(path.join(root, 'loop'));
  symlinkSync('..', path.join(root, 'loop', 'up'));
  symlinkSync('b', path.join(root, 'a-link'));
  symlinkSync('a-link', path.join(root, 'b'));
  engine = await openEngine({ root, db: path.join(tmp, 'db'), providers: ['cpu'] });
  depth = parseSize('shot', engine.bundle.manifest.ladder).layer;
});
after(async () => {
  await engine?.close();
  rmSync(tmp, { recursive: true, force: true });
});

test('every hostile file is indexed or skipped with a reason; files that change under the crawl are skipped', async () => {
  const logger = recordingLogger();
  let batches = 0;
  const summary = await indexFolder({
    root,
    store: engine.store,
    encoder: engine.encoder,
    depth,
    logger,
    embedBatch: 1,
    crawl: { maxFileBytes: 16 * 1024 * 1024 },
    // After the first batch, two files not yet read change: one is deleted, one becomes a folder.
    afterEmbed: () => {
      if (batches++ > 0) return;
      unlinkSync(path.join(root, 'zz-deleted.py'));
      unlinkSync(path.join(root, 'zz-replaced.py'));
      mkdirSync(path.join(root, 'zz-replaced.py'));
    },
  });
  const said = logger.said.join('\n');
  const catalog = await engine.store.fileCatalog();
  const skippedWith = (file: string, reason: RegExp) => {
    assert.ok(!catalog.has(file), `${file} is not in the index`);
    assert.match(said, new RegExp(`${file.replace(/[.]/g, '\\.')}: ${reason.source}`), said);
  };
  skippedWith('random.py', /binary|not valid UTF-8/);
  skippedWith('random.txt', /binary|not valid UTF-8/);
  skippedWith('zz-deleted.py', /unreadable \(ENOENT\); skipped/);
  skippedWith('zz-replaced.py', /not a regular file; skipped/);
  for (const file of ['fine.py', 'bom-utf8.py', 'utf16le.py', 'utf16be.md', 'one-line.js', 'nested.js', 'nested.py', 'nested.json', ...ODD_NAMES]) {
    assert.ok(catalog.has(file), `${JSON.stringify(file)} is indexed\n${said}`);
  }
  assert.equal(summary.filesSkipped, 4, said);
  assert.match(said, /a-link: symbolic link loop; skipped/);
  assert.match(said, /utf16le\.py: UTF-16 text, indexed/);
  assert.equal(summary.filesTotal, catalog.size + 4, 'each file of the loops is crawled once');

  const textOf = async (file: string) => (await engine.store.chunksOf(file, [])).map((c) => c.text).join('\n');
  assert.match(await textOf('bom-utf8.py'), /^def bom_marked_function/, 'the BOM is dropped');
  assert.match(await textOf('utf16le.py'), /^def little_endian_wide_text/);
  assert.match(await textOf('utf16be.md'), /^# Big endian wide heading/);
  const long = await engine.store.chunksOf('one-line.js', []);
  assert.equal(long.length, 1);
  assert.ok(long[0].text.length < 100_000, 'a line over budget keeps only the prefix that fits');
  for (const name of ODD_NAMES) {
    const chunks = await engine.store.chunksOf(name, []);
    assert.equal(chunks.length, 1, JSON.stringify(name));
    assert.equal(chunks[0].path, name);
  }
});

test('a second run over the same files embeds nothing; odd names are found, and removed when their files go', async () => {
  const again = await indexFolder({ root, store: engine.store, encoder: engine.encoder, depth, crawl: { maxFileBytes: 16 * 1024 * 1024 } });
  assert.equal(again.chunksEmbedded, 0);
  assert.equal(again.filesUnchanged, again.filesTotal - again.filesSkipped);

  const size = parseSize('shot', engine.bundle.manifest.ladder);
  const name = "quote'd.py";
  const hits = await engine.searcher.search(`odd_named_${Buffer.from(name).toString('hex')}`, { size, mode: 'text', k: 3 });
  assert.equal(hits[0]?.path, name);

  for (const odd of ODD_NAMES) unlinkSync(path.join(root, odd));
  const after = await indexFolder({ root, store: engine.store, encoder: engine.encoder, depth, crawl: { maxFileBytes: 16 * 1024 * 1024 } });
  assert.equal(after.filesRemoved, ODD_NAMES.length);
  const catalog = await engine.store.fileCatalog();
  for (const odd of ODD_NAMES) assert.ok(!catalog.has(odd), JSON.stringify(odd));
  assert.deepEqual(
    [...(await engine.store.chunkPaths())].filter((p) => ODD_NAMES.includes(p)),
    [],
  );
});
