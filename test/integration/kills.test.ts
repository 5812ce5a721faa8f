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
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
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
function finish(mode: string, db: string): { ms: number; embedded: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', child, mode, root, db], { encoding: 'utf8', env });
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

/** What must survive: chunk ids with depth and vectors (rounded), and the file catalog. */
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
        const vectors = [...c.vectors].map(([l, v]) => `${l}:${Array.from(v.slice(0, 8), (x) => x.toFixed(4)).join(',')}`).join(' ');
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
      if (!(await killAfter(mode, db, ms))) kills++;
      const stored = await storedContents(db, expected.contentHashes, depth);
      const restart = finish(mode, db);
      const allowed = Math.max(0, cleanRun.embedded - stored);
      if (restart.embedded > allowed) redone++;
      console.log(
        `${mode} killed after ${ms} ms: ${stored} contents stored at layer ${depth}; the restart embedded ${restart.embedded} of the clean run's ${cleanRun.embedded}`,
      );
      assert.ok(
        restart.embedded <= allowed,
        `${mode}, killed after ${ms} ms: the restart embedded ${restart.embedded} texts, but ${stored} of the clean run's ${cleanRun.embedded} were already stored at layer ${depth}`,
      );
      const got = await snapshot(db);
      const same = JSON.stringify(got.chunks) === JSON.stringify(expected.chunks) && JSON.stringify(got.files) === JSON.stringify(expected.files);
      if (!same) mismatches++;
      assert.deepEqual(got.files, expected.files, `${mode}, killed after ${ms} ms: file catalog`);
      assert.deepEqual(got.chunks, expected.chunks, `${mode}, killed after ${ms} ms: chunks`);
      await searchWorks(db);
      rmSync(db, { recursive: true, force: true });
    }
  }
  console.log(
    `kills: ${kills} of ${stages.length * KILLS} runs (the others finished first), restarts: ${stages.length * KILLS}, mismatches: ${mismatches}, restarts that embedded stored work again: ${redone}`,
  );
  assert.ok(kills > 0, 'at least one run was killed mid-way');
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
