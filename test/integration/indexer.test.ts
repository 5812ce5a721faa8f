import assert from 'node:assert/strict';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, truncateSync, writeFileSync, appendFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { openEngine, type Engine } from '../../src/core/engine';
import { indexFolder, type DocumentEncoder, type IndexOptions } from '../../src/core/index/indexer';
import { TIDY_AFTER_VERSIONS } from '../../src/core/index/store';
import { silentLogger, type Logger } from '../../src/core/log';
import { CancelledError } from '../../src/core/model/encoder';
import { deepest } from '../../src/core/model/ladder';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-indexer-'));
const root = path.join(tmp, 'work');
let engine: Engine;
let depth: number;

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { ...silentLogger, warnings, warn: (m: string) => warnings.push(m) };
}

const run = (extra: Partial<IndexOptions> = {}) => indexFolder({ root, store: engine.store, encoder: engine.encoder, depth, ...extra });

before(async () => {
  cpSync(path.join(__dirname, '..', 'fixtures', 'mini'), root, { recursive: true });
  engine = await openEngine({ root, db: path.join(tmp, 'db'), providers: ['cpu'] });
  depth = deepest(engine.bundle.manifest.ladder).layer;
});
after(async () => {
  await engine.close();
  rmSync(tmp, { recursive: true, force: true });
});

const size = () => deepest(engine.bundle.manifest.ladder);
const topPaths = async (query: string, mode: 'dense' | 'text' | 'hybrid' = 'hybrid') =>
  (await engine.searcher.search(query, { size: size(), mode, k: 5, groupByFile: true })).map((r) => r.path);

test('a first run indexes every file and search finds the right one', async () => {
  const summary = await run();
  assert.equal(summary.filesTotal, 4);
  assert.equal(summary.filesSkipped, 0);
  assert.ok(summary.chunksEmbedded >= 4);
  assert.equal(summary.chunksReused, 0);
  assert.equal((await topPaths('try an upload again after it fails, waiting longer each time', 'dense'))[0], 'src/uploads.py');
  assert.equal((await topPaths('check the signature on a login cookie'))[0], 'src/session.ts');
  assert.equal((await topPaths('convert a hex colour to red green blue', 'text'))[0], 'src/colors.go');
  const hit = (await engine.searcher.search('retry failed upload', { size: size(), k: 1 }))[0];
  // The small class is one chunk: its symbol lists the method, and its lines hold the method's.
  assert.match(hit.symbol, /\bUploadQueue\.retry_failed_upload\b/);
  assert.ok(hit.startLine <= 14 && hit.endLine >= 23, `line range ${hit.startLine}-${hit.endLine}`);
});

test('a second run over unchanged files embeds nothing', async () => {
  const summary = await run();
  assert.equal(summary.filesUnchanged, 4);
  assert.equal(summary.chunksEmbedded, 0);
});

test('an edit re-embeds only what changed; a move reuses vectors; a delete removes the file', async () => {
  const before = await engine.store.stats();
  appendFileSync(path.join(root, 'src', 'session.ts'), '\nexport function sessionCount(): number {\n  return 0;\n}\n');
  mkdirSync(path.join(root, 'lib'));
  renameSync(path.join(root, 'src', 'colors.go'), path.join(root, 'lib', 'colors.go'));
  rmSync(path.join(root, 'docs', 'install.md'));
  const summary = await run();
  assert.equal(summary.filesUnchanged, 1, 'uploads.py is untouched');
  assert.equal(summary.filesRemoved, 2, 'docs/install.md and the old src/colors.go leave');
  assert.ok(summary.chunksReused >= 1, 'the moved file and the unchanged chunks of session.ts are reused');
  assert.ok(summary.chunksEmbedded >= 1 && summary.chunksEmbedded < before.chunks, `embedded ${summary.chunksEmbedded} of ${before.chunks}`);
  const paths = await topPaths('convert a hex colour to red green blue');
  assert.equal(paths[0], 'lib/colors.go');
  assert.ok(!paths.includes('src/colors.go'));
  assert.ok(!(await topPaths('proxy server configuration file')).includes('docs/install.md'));
});

test('small passes (saves) do not compact, text search still finds their rows, and versions stay bounded', async () => {
  const file = path.join(root, 'src', 'saved.ts');
  const versions: number[] = [];
  // A save adds one version of the chunk table: enough saves that versions gather past TIDY_AFTER_VERSIONS.
  for (let save = 0; save < TIDY_AFTER_VERSIONS + 4; save++) {
    writeFileSync(
      file,
      `/** quokkaledger${save}: tallies the marsupials seen */\nexport function tally${save}(n: number): number {\n  return n + ${save};\n}\n`,
    );
    await run();
    versions.push(await engine.store.chunkVersions());
    // The row this save wrote is not in the text index until a compaction, but text search reads it.
    assert.equal((await topPaths(`quokkaledger${save}`, 'text'))[0], 'src/saved.ts', `save ${save}`);
  }
  assert.ok(versions[1] > versions[0], `the second save did not compact: versions ${versions.join(', ')}`);
  assert.ok(
    versions.some((v, i) => i > 0 && v < versions[i - 1]),
    `a compaction happened once versions gathered: ${versions.join(', ')}`,
  );
  assert.ok(Math.max(...versions) <= TIDY_AFTER_VERSIONS + 8, `versions stay bounded: ${versions.join(', ')}`);
  rmSync(file);
  await run();
});

test('binary, huge, invalid UTF-8 and unreadable files are skipped with a reason', async () => {
  writeFileSync(path.join(root, 'src', 'blob.py'), Buffer.from([0x70, 0x00, 0x01, 0x02, 0x00, 0xff]));
  writeFileSync(path.join(root, 'docs', 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
  writeFileSync(path.join(root, 'docs', 'latin1.md'), Buffer.from('# Caf\xe9\n\nna\xefve text with a bad byte \xff here\n', 'latin1'));
  const unreadable = path.join(root, 'src', 'secret.py');
  writeFileSync(unreadable, 'x = 1\n');
  chmodSync(unreadable, 0o000);
  const logger = recordingLogger();
  const summary = await run({ logger });
  chmodSync(unreadable, 0o644);
  const log = logger.warnings.join('\n');
  assert.match(log, /blob\.py.*binary/i);
  assert.match(log, /huge\.txt/);
  const asRoot = process.getuid?.() === 0;
  if (!asRoot) assert.match(log, /secret\.py/);
  assert.ok(summary.filesSkipped >= 2 + (asRoot ? 0 : 1), `skipped ${summary.filesSkipped}`);
  const stats = await engine.store.stats();
  assert.ok(!(await engine.store.fileCatalog()).has('src/blob.py'));
  assert.ok(stats.chunks > 0, 'good files stay indexed');
  rmSync(path.join(root, 'docs', 'huge.txt'));
});

test('a cancelled run keeps the files it finished, and the next run completes the rest', async () => {
  const fresh = path.join(tmp, 'db-cancel');
  const other = await openEngine({ root, db: fresh, providers: ['cpu'] });
  try {
    const controller = new AbortController();
    await assert.rejects(
      indexFolder({
        root,
        store: other.store,
        encoder: other.encoder,
        depth,
        embedBatch: 1,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.filesDone >= 2) controller.abort();
        },
      }),
      CancelledError,
    );
    const kept = (await other.store.fileCatalog()).size;
    assert.ok(kept >= 1, `kept ${kept} files`);
    const resumed = await indexFolder({ root, store: other.store, encoder: other.encoder, depth });
    assert.equal(resumed.filesUnchanged, kept, 'finished files are not redone');
    assert.ok(resumed.filesTotal - resumed.filesSkipped > kept, 'the run was really cut short');
    assert.equal((await other.store.fileCatalog()).size, resumed.filesTotal - resumed.filesSkipped);
  } finally {
    await other.close();
  }
});

test('similar code excludes the chunk itself and returns other places', async () => {
  const { source, results } = await engine.searcher.similar('src/uploads.py', 16, { size: size(), k: 3 });
  assert.match(source.symbol, /\bUploadQueue\.retry_failed_upload\b/);
  assert.ok(results.length > 0);
  assert.ok(results.every((r) => r.id !== source.id));
  await assert.rejects(engine.searcher.similar('nope.py', 1, { size: size() }), /not in the index/);
});

test('a data file cut short is found when the index opens: the index is rebuilt with a message naming the file, and the next run restores search', async () => {
  const db = path.join(tmp, 'db-damaged');
  const first = await openEngine({ root, db, providers: ['cpu'] });
  await indexFolder({ root, store: first.store, encoder: first.encoder, depth });
  await first.close();
  // A full disk or a crash of the machine cut one data file of the chunks table short.
  const data = path.join(db, 'chunks.lance', 'data');
  const broken = readdirSync(data).find((f) => f.endsWith('.lance'))!;
  truncateSync(path.join(data, broken), Math.floor(statSync(path.join(data, broken)).size / 2));

  const logger = recordingLogger();
  const engine = await openEngine({ root, db, providers: ['cpu'], logger });
  try {
    const said = logger.warnings.join('\n');
    assert.match(said, new RegExp(`index at ${db} is damaged: chunks\\.lance/data/${broken} is cut short`), said);
    assert.match(said, /every file is indexed again/, said);
    assert.equal((await engine.store.stats()).chunks, 0, 'an empty index in its place');
    const summary = await indexFolder({ root, store: engine.store, encoder: engine.encoder, depth });
    assert.ok(summary.chunksEmbedded > 0);
    const hits = await engine.searcher.search('try an upload again after it fails, waiting longer each time', { size: size(), mode: 'dense', k: 3 });
    assert.equal(hits[0]?.path, 'src/uploads.py');
  } finally {
    await engine.close();
  }
});

test('the next files are chunked while a batch is in flight, and the run reports time by stage', async () => {
  const fresh = path.join(tmp, 'db-overlap');
  const other = await openEngine({ root, db: fresh, providers: ['cpu'] });
  try {
    // The chunkers count tokens through the encoder's tokenizer: counts while a batch is in flight (from
    // its look-up of reusable vectors to the end of its embed call) are chunking beside it. The look-up
    // comes first, so on a busy machine the next file may be chunked before the embed call even starts.
    let inFlight = false;
    let countsDuringBatch = 0;
    const tokenizer = Object.assign(Object.create(other.encoder.tokenizer), {
      count: (t: string) => {
        if (inFlight) countsDuringBatch++;
        return other.encoder.tokenizer.count(t);
      },
    });
    const store = Object.assign(Object.create(other.store), {
      reusable: (...args: Parameters<typeof other.store.reusable>) => {
        inFlight = true;
        return other.store.reusable(...args);
      },
    }) as typeof other.store;
    const encoder: DocumentEncoder = {
      bundle: other.encoder.bundle,
      tokenizer,
      embed: async (...args: Parameters<DocumentEncoder['embed']>) => {
        const vectors = await other.encoder.embed(...args);
        await new Promise((r) => setTimeout(r, 50));
        inFlight = false;
        return vectors;
      },
    };
    const summary = await indexFolder({ root, store, encoder, depth, embedBatch: 1 });
    assert.ok(countsDuringBatch > 0, 'no file was chunked while a batch was in flight');
    assert.equal((await other.store.fileCatalog()).size, summary.filesTotal - summary.filesSkipped);
    assert.ok(summary.stages.encode > 0 && summary.stages.chunk > 0 && summary.stages.write > 0, JSON.stringify(summary.stages));
  } finally {
    await other.close();
  }
});
