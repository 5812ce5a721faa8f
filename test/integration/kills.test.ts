/**
 * SIGKILL at random moments of a first index, a deepening pass and an optimize (each in a child
 * process, test/helpers/killChild.ts); after each kill the same work runs again to its end, and the
 * index must equal a clean run's: the same chunk ids, depths and vectors, the same file catalog,
 * and search works. Nothing is embedded twice at one depth: the restart embeds at most what the
 * clean run embedded minus the contents the killed run had already stored at that depth. The kill
 * moments come from a fixed seed, so a failure can be replayed.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { openEngine } from '../../src/core/engine';
import { Store } from '../../src/core/index/store';
import { loadBundle, defaultBundleDir, type Bundle } from '../../src/core/model/bundle';
import { parseSize, storedLayers } from '../../src/core/model/ladder';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-kills-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const root = path.join(tmp, 'ws');
cpSync(path.join(__dirname, '..', 'fixtures', 'workspace'), root, { recursive: true });
const child = path.join(__dirname, '..', 'helpers', 'killChild.ts');
const env = { ...process.env, BARISTA_CACHE_DIR: path.join(tmp, 'cache') };
/**
 * Kills per kind of work: one by default, as each child loads the model again (seconds on a busy
 * machine); BARISTA_KILLS=N for more.
 */
const KILLS = Number(process.env.BARISTA_KILLS ?? 1);

/** Runs the work to its end: the milliseconds from the index opening to the end, and the texts it embedded. */
function finish(mode: string, db: string, folder = root): { ms: number; embedded: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', child, mode, folder, db], { encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  const done = /working (\d+)\s+done (\d+) embedded (\d+)/.exec(r.stdout);
  assert.ok(done, r.stdout);
  return { ms: Number(done[2]) - Number(done[1]), embedded: Number(done[3]) };
}

/** Starts the work and kills it `ms` after the index is open; whether it had finished by then. */
function killAfter(mode: string, db: string, ms: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, mode, root, db], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.stdout.on('data', (d) => {
      out += d;
      if (out.includes('working') && !p.killed) setTimeout(() => p.kill('SIGKILL'), ms);
    });
    p.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(false);
      else if (code === 0) resolve(true);
      else reject(new Error(`the child failed (${code}): ${err}`));
    });
  });
}

/** What must survive: chunk ids with depth and whole vectors (rounded), and the file catalog. */
interface Snapshot {
  chunks: string[];
  files: string[];
  depth: number;
  contentHashes: string[];
}

/** Runs `read` on the index in `db`, opened read-only, and closes it. */
async function reading<T>(db: string, read: (store: Store, bundle: Bundle) => Promise<T>): Promise<T> {
  const bundle = await loadBundle(defaultBundleDir(), { verify: false });
  const store = await Store.open(db, bundle, undefined, { access: 'read' });
  try {
    return await read(store, bundle);
  } finally {
    await store.close();
  }
}

function snapshot(db: string): Promise<Snapshot> {
  return reading(db, async (store, bundle) => {
    const layers = storedLayers(bundle.manifest.ladder).map((l) => l.layer);
    const files = [...(await store.fileCatalog()).values()].map((f) => `${f.path} ${f.fileHash} ${f.chunks} ${f.depth}`).sort();
    const chunks: string[] = [];
    const contentHashes = new Set<string>();
    for (const f of await store.fileCatalog()) {
      for (const c of await store.chunksOf(f[0], layers)) {
        contentHashes.add(c.contentHash);
        const vectors = [...c.vectors].map(([l, v]) => `${l}:${Array.from(v, (x) => x.toFixed(4)).join(',')}`).join(' ');
        chunks.push(`${c.id} ${c.depth} ${c.contentHash} ${vectors}`);
      }
    }
    return { chunks: chunks.sort(), files, depth: await store.searchableDepth(), contentHashes: [...contentHashes] };
  });
}

/** Distinct chunk contents already stored at `depth` or deeper (a killed run's durable work). */
function storedContents(db: string, contentHashes: string[], depth: number): Promise<number> {
  return reading(db, async (store) => (await store.reusable(contentHashes, depth)).size);
}

/** A search after the restart answers from the index: the fixture's upload retry is found by meaning. */
async function searchWorks(db: string): Promise<void> {
  const engine = await openEngine({ root, db, providers: ['cpu'], threads: 1, access: 'read' });
  try {
    const size = parseSize('demi', engine.bundle.manifest.ladder);
    const hits = await engine.searcher.search('retry failed upload', { size, mode: 'hybrid', k: 5 });
    assert.ok(hits.length > 0, `no results from ${db}`);
    assert.ok(
      hits.some((h) => /upload/i.test(h.path)),
      `the upload code is not among ${hits.map((h) => h.path).join(', ')}`,
    );
  } finally {
    await engine.close();
  }
}

/** Deterministic kill moments (ms after the index opened). */
function moments(seed: number, n: number, spanMs: number): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) >>> 0;
    return Math.floor((x / 2 ** 32) * spanMs);
  });
}

test(`killed (SIGKILL) ${KILLS} times in each of a first index, a deepening and an optimize, the index ends as a clean run's`, async () => {
  const bundle = await loadBundle(defaultBundleDir(), { verify: false });
  const clean = path.join(tmp, 'clean');
  const demi = parseSize('demi', bundle.manifest.ladder).layer;
  const short = parseSize('short', bundle.manifest.ladder).layer;
  const index = finish('index', clean);
  const afterIndex = await snapshot(clean);
  cpSync(clean, path.join(tmp, 'clean-index'), { recursive: true });
  const deepen = finish('deepen', clean);
  const afterDeepen = await snapshot(clean);
  assert.equal(afterDeepen.depth, short);
  const optimize = finish('optimize', clean);
  const afterOptimize = await snapshot(clean);
  assert.equal(optimize.embedded, 0, 'an optimize embeds nothing');

  let kills = 0;
  const killed = new Set<string>();
  let mismatches = 0;
  let redone = 0;
  // mode, the index it starts from, what it must end as, how long a clean run takes, what it embeds and at which depth
  const stages: [string, string | undefined, Snapshot, { ms: number; embedded: number }, number][] = [
    ['index', undefined, afterIndex, index, demi],
    ['deepen', path.join(tmp, 'clean-index'), afterDeepen, deepen, short],
    ['optimize', path.join(tmp, 'clean-index'), afterOptimize, optimize, short],
  ];
  for (const [s, [mode, from, expected, cleanRun, depth]] of stages.entries()) {
    for (const [k, ms] of moments(17 + s, KILLS, cleanRun.ms).entries()) {
      const db = path.join(tmp, `${mode}-${k}`);
      if (from) {
        cpSync(from, db, { recursive: true });
        if (mode === 'optimize') finish('deepen', db);
      }
      // A run that finished before its kill moment is run again from the same start, killed sooner,
      // so that every kind of work is killed at least once.
      let moment = ms;
      for (let attempt = 0; await killAfter(mode, db, moment); attempt++) {
        assert.ok(attempt < 4, `${mode} finished each time before it could be killed (last after ${moment} ms)`);
        rmSync(db, { recursive: true, force: true });
        if (from) {
          cpSync(from, db, { recursive: true });
          if (mode === 'optimize') finish('deepen', db);
        }
        moment = Math.floor(moment / 3);
      }
      killed.add(mode);
      kills++;
      const stored = await storedContents(db, expected.contentHashes, depth);
      const restart = finish(mode, db);
      const allowed = Math.max(0, cleanRun.embedded - stored);
      if (restart.embedded > allowed) redone++;
      console.log(
        `${mode} killed after ${moment} ms: ${stored} contents stored at layer ${depth}; the restart embedded ${restart.embedded} of the clean run's ${cleanRun.embedded}`,
      );
      assert.ok(
        restart.embedded <= allowed,
        `${mode}, killed after ${moment} ms: the restart embedded ${restart.embedded} texts, but ${stored} of the clean run's ${cleanRun.embedded} were already stored at layer ${depth}`,
      );
      const got = await snapshot(db);
      const same = JSON.stringify(got.chunks) === JSON.stringify(expected.chunks) && JSON.stringify(got.files) === JSON.stringify(expected.files);
      if (!same) mismatches++;
      assert.deepEqual(got.files, expected.files, `${mode}, killed after ${moment} ms: file catalog`);
      assert.deepEqual(got.chunks, expected.chunks, `${mode}, killed after ${moment} ms: chunks`);
      await searchWorks(db);
      rmSync(db, { recursive: true, force: true });
    }
  }
  console.log(`kills: ${kills}, restarts: ${stages.length * KILLS}, mismatches: ${mismatches}, restarts that embedded stored work again: ${redone}`);
  assert.deepEqual([...killed].sort(), ['deepen', 'index', 'optimize'], 'every kind of work was killed');
});

test('a deepening killed between writing the chunks and recording the files: the next deepening records them', async () => {
  const db = path.join(tmp, 'between-writes');
  finish('index', db);
  finish('deepen', db);
  const deep = await snapshot(db);
  // The state such a kill leaves: every chunk of a file at the new depth, the catalog still at the old one.
  const { ladder } = (await loadBundle(defaultBundleDir(), { verify: false })).manifest;
  const [demi, short] = [parseSize('demi', ladder).layer, parseSize('short', ladder).layer];
  const victim = deep.files[0].split(' ')[0];
  const lancedb = await import('@lancedb/lancedb');
  const connection = await lancedb.connect(db);
  const files = await connection.openTable('files');
  await files.update({ where: `path = '${victim}'`, valuesSql: { depth: String(demi) } });
  connection.close();
  assert.notDeepEqual((await snapshot(db)).files, deep.files, 'the catalog is behind for one file');
  const again = finish('deepen', db);
  assert.equal(again.embedded, 0, 'nothing is embedded again');
  assert.deepEqual((await snapshot(db)).files, deep.files, `${victim} is recorded at layer ${short} again`);
});

/** Runs the work with a kill point set: the child must die there (SIGKILL), at that exact moment of a write. */
function killedAt(point: string, mode: string, db: string, folder: string): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', child, mode, folder, db], { encoding: 'utf8', env: { ...env, BARISTA_KILL_AT: point } });
  assert.equal(r.signal, 'SIGKILL', `the run was not killed at ${point} (exit ${r.status}): ${r.stderr}`);
}

test('killed between the chunk commit and the file-catalog commit of a flush, with the file then put back as it was: the next pass re-indexes it from disk', async () => {
  const folder = path.join(tmp, 'ws-flush');
  cpSync(root, folder, { recursive: true });
  const db = path.join(tmp, 'flush-point');
  finish('index', db, folder);
  const clean = await snapshot(db);
  // One file edited; the pass that indexes it is killed once its new chunks are committed but
  // before the catalog says so. The edit is then undone on disk: the catalog's old hash matches the
  // file again, but the chunks stored are the edit's. The writer's open must not trust that row.
  const file = path.join(folder, 'app', 'src', 'upload', 'retry.ts');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original}\nexport function editedAfterwards(): number {\n  return 42;\n}\n`);
  killedAt('flush:chunks-written', 'index', db, folder);
  writeFileSync(file, original);
  finish('index', db, folder);
  const after = await snapshot(db);
  assert.deepEqual(after.files, clean.files);
  // Ids and contents, not vectors: the file's chunks were embedded again in other batches, which
  // moves a vector's last digits (padding), not what it is.
  const contentsOf = (chunks: string[]) => chunks.map((c) => c.split(' ').slice(0, 3).join(' '));
  assert.deepEqual(contentsOf(after.chunks), contentsOf(clean.chunks), 'the chunks are the file as it is on disk');
});

test('killed between removing a file from the catalog and removing its chunks: the next pass removes the chunks', async () => {
  const folder = path.join(tmp, 'ws-remove');
  cpSync(root, folder, { recursive: true });
  const db = path.join(tmp, 'remove-point');
  finish('index', db, folder);
  const gone = 'lib/download/fetch.ts';
  rmSync(path.join(folder, gone));
  killedAt('remove:files-written', 'index', db, folder);
  finish('index', db, folder);
  const after = await snapshot(db);
  assert.ok(!after.files.some((f) => f.startsWith(`${gone} `)), 'not in the catalog');
  assert.ok(!after.chunks.some((c) => c.startsWith(`${gone}#`)), 'no chunk left behind');
});
