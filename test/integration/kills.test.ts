/**
 * SIGKILL at random moments of a first index, a deepening pass and an optimize (each in a child
 * process, test/helpers/killChild.ts); after each kill the same work runs again to its end, and the
 * index must equal a clean run's: the same chunk ids, depths and vectors, the same file catalog,
 * and search works. The kill moments come from a fixed seed, so a failure can be replayed.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { Store } from '../../src/core/index/store';
import { loadBundle, defaultBundleDir } from '../../src/core/model/bundle';
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

/** Runs the work to its end; the milliseconds from the index opening to the end. */
function finish(mode: string, db: string): number {
  const r = spawnSync(process.execPath, ['--import', 'tsx', child, mode, root, db], { encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  const times = /working (\d+)\s+done (\d+)/.exec(r.stdout);
  assert.ok(times, r.stdout);
  return Number(times[2]) - Number(times[1]);
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
async function snapshot(db: string): Promise<{ chunks: string[]; files: string[]; depth: number }> {
  const bundle = await loadBundle(defaultBundleDir(), { verify: false });
  const store = await Store.open(db, bundle, undefined, { access: 'read' });
  try {
    const layers = storedLayers(bundle.manifest.ladder).map((l) => l.layer);
    const files = [...(await store.fileCatalog()).values()].map((f) => `${f.path} ${f.fileHash} ${f.chunks} ${f.depth}`).sort();
    const chunks: string[] = [];
    for (const f of await store.fileCatalog()) {
      for (const c of await store.chunksOf(f[0], layers)) {
        const vectors = [...c.vectors].map(([l, v]) => `${l}:${Array.from(v.slice(0, 8), (x) => x.toFixed(4)).join(',')}`).join(' ');
        chunks.push(`${c.id} ${c.depth} ${c.contentHash} ${vectors}`);
      }
    }
    return { chunks: chunks.sort(), files, depth: await store.searchableDepth() };
  } finally {
    await store.close();
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
  const indexMs = finish('index', clean);
  const afterIndex = await snapshot(clean);
  cpSync(clean, path.join(tmp, 'clean-index'), { recursive: true });
  const deepenMs = finish('deepen', clean);
  const afterDeepen = await snapshot(clean);
  assert.equal(afterDeepen.depth, parseSize('short', bundle.manifest.ladder).layer);
  const optimizeMs = finish('optimize', clean);
  const afterOptimize = await snapshot(clean);

  let kills = 0;
  let mismatches = 0;
  const stages: [string, string | undefined, { chunks: string[]; files: string[] }, number][] = [
    ['index', undefined, afterIndex, indexMs],
    ['deepen', path.join(tmp, 'clean-index'), afterDeepen, deepenMs],
    ['optimize', path.join(tmp, 'clean-index'), afterOptimize, optimizeMs],
  ];
  for (const [s, [mode, from, expected, spanMs]] of stages.entries()) {
    for (const [k, ms] of moments(17 + s, KILLS, spanMs).entries()) {
      const db = path.join(tmp, `${mode}-${k}`);
      if (from) {
        cpSync(from, db, { recursive: true });
        if (mode === 'optimize') finish('deepen', db);
      }
      if (!(await killAfter(mode, db, ms))) kills++;
      finish(mode, db);
      const got = await snapshot(db);
      const same = JSON.stringify(got.chunks) === JSON.stringify(expected.chunks) && JSON.stringify(got.files) === JSON.stringify(expected.files);
      if (!same) mismatches++;
      assert.deepEqual(got.files, expected.files, `${mode}, killed after ${ms} ms: file catalog`);
      assert.deepEqual(got.chunks, expected.chunks, `${mode}, killed after ${ms} ms: chunks`);
      rmSync(db, { recursive: true, force: true });
    }
  }
  console.log(`kills: ${kills} of ${stages.length * KILLS} runs (the others finished first), restarts: ${stages.length * KILLS}, mismatches: ${mismatches}`);
  assert.ok(kills > 0, 'at least one run was killed mid-way');
});
