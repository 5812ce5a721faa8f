/**
 * Barista deletes only what it made. Through the built command line (dist/cli.js): an index folder
 * that holds someone's files is refused with exit code 2 and left exactly as it was, `--db .` inside
 * a git repository included; an index made before markers is taken over; a rebuild (another model)
 * deletes Barista's tables and nothing else; an open error that is not damage deletes nothing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { MARKER_FILE } from '../../src/core/index/ownership';
import { IndexOpenError, Store } from '../../src/core/index/store';
import { silentLogger, type Logger } from '../../src/core/log';
import { fakeBundle } from '../helpers/fakeBundle';

const repo = path.resolve(__dirname, '../..');
const cli = path.join(repo, 'dist', 'cli.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-ownership-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const code = path.join(tmp, 'code');
cpSync(path.join(repo, 'test', 'fixtures', 'workspace'), code, { recursive: true });
const env = { ...process.env, BARISTA_CACHE_DIR: path.join(tmp, 'cache') };

function barista(args: string[], cwd = tmp): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env, cwd });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `dir` with its bytes: what must not change. */
function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = readFileSync(p, 'base64');
    }
  };
  walk(dir);
  return out;
}

function recordingLogger(): Logger & { warnings: string[]; infos: string[] } {
  const warnings: string[] = [];
  const infos: string[] = [];
  return { ...silentLogger, warnings, infos, warn: (m: string) => warnings.push(m), info: (m: string) => infos.push(m) };
}

test('cli.js is built', () => assert.ok(existsSync(cli), `${cli} is missing: run npm run build`));

test('index --db into a folder of your files is refused with exit code 2, and every file is still there', () => {
  const db = path.join(tmp, 'mine');
  mkdirSync(path.join(db, 'photos'), { recursive: true });
  mkdirSync(path.join(db, 'notes.lance'));
  writeFileSync(path.join(db, 'thesis.docx'), 'four years of work');
  writeFileSync(path.join(db, 'photos', 'p.jpg'), 'a picture');
  writeFileSync(path.join(db, 'notes.lance', 'data'), 'a table of mine');
  const before = contents(db);

  const r = barista(['index', code, '--db', db, '--size', 'demi']);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /is not a Barista index: it holds notes\.lance, photos, thesis\.docx.*nothing was changed/);
  assert.deepEqual(contents(db), before, 'the folder is exactly as it was: no lock, no marker, no table');
});

test('index --db . inside a git repository is refused, and nothing in it changes', () => {
  const project = path.join(tmp, 'project');
  cpSync(code, project, { recursive: true });
  assert.equal(spawnSync('git', ['init', '-q'], { cwd: project }).status, 0);
  const before = contents(project);
  const r = barista(['index', '.', '--db', '.', '--size', 'demi'], project);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /is not a Barista index: it holds \.git, /);
  assert.deepEqual(contents(project), before);
});

test('a new folder becomes a marked index; indexing it again and searching it work', () => {
  const db = path.join(tmp, 'fresh', 'index');
  const r = barista(['index', code, '--db', db, '--size', 'demi', '--json']);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(path.join(db, MARKER_FILE)), 'the marker is written');
  assert.equal(barista(['index', code, '--db', db, '--size', 'demi', '--json']).status, 0);
  const s = barista(['search', 'retry failed upload', '--dir', code, '--db', db, '--k', '3', '--json']);
  assert.equal(s.status, 0, s.stderr);
  assert.match(s.stdout, /upload/);
});

test('an index made before markers (only its tables) is taken over and marked, its rows kept', async () => {
  const dir = path.join(tmp, 'legacy');
  const first = await Store.open(dir, fakeBundle());
  await first.putFile({ path: 'a.py', fileHash: 'fh', size: 1, chunks: 0, depth: 4 }, []);
  await first.close();
  unlinkSync(path.join(dir, MARKER_FILE));
  assert.deepEqual(readdirSync(dir).sort(), ['chunks.lance', 'files.lance', 'meta.lance']);
  const logger = recordingLogger();
  const again = await Store.open(dir, fakeBundle(), logger);
  try {
    assert.ok(existsSync(path.join(dir, MARKER_FILE)));
    assert.ok((await again.fileCatalog()).has('a.py'), 'nothing was rebuilt');
    assert.match(logger.infos.join('\n'), /predates index markers: marked as Barista's/);
    assert.deepEqual(logger.warnings, []);
  } finally {
    await again.close();
  }
});

test("a rebuild for another model deletes Barista's tables only: a file someone put in the index folder stays", async () => {
  const dir = path.join(tmp, 'rebuilt');
  const first = await Store.open(dir, fakeBundle('one', 'f1'));
  await first.putFile({ path: 'a.py', fileHash: 'fh', size: 1, chunks: 0, depth: 4 }, []);
  await first.close();
  writeFileSync(path.join(dir, 'README.txt'), 'what this folder is, by its owner');
  const logger = recordingLogger();
  const second = await Store.open(dir, fakeBundle('two', 'f2'), logger);
  try {
    assert.equal((await second.fileCatalog()).size, 0, 'rebuilt');
    assert.match(
      logger.warnings.join('\n'),
      /built with model one .*rebuilding it: deleting its tables \(chunks\.lance, files\.lance, meta\.lance\) and nothing else/,
    );
    assert.equal(readFileSync(path.join(dir, 'README.txt'), 'utf8'), 'what this folder is, by its owner');
  } finally {
    await second.close();
  }
});

test('an open error that is not damage Barista recognises is reported with what to do, and nothing is deleted', async () => {
  const dir = path.join(tmp, 'unknown-error');
  const first = await Store.open(dir, fakeBundle());
  await first.putFile({ path: 'a.py', fileHash: 'fh', size: 1, chunks: 0, depth: 4 }, []);
  await first.close();
  // The chunk table's folder made a file: LanceDB cannot open it, yet no data file is cut short or
  // missing, so this is not damage to rebuild over (as an I/O error or a newer format would not be).
  const table = path.join(dir, 'files.lance');
  const saved = contents(table);
  rmSync(table, { recursive: true });
  writeFileSync(table, 'not a folder');
  const before = contents(dir);
  await assert.rejects(Store.open(dir, fakeBundle()), (e: Error) => {
    assert.ok(e instanceof IndexOpenError, `${e.name}: ${e.message}`);
    assert.match(e.message, /could not be opened .*it is left as it is, nothing was deleted/);
    return true;
  });
  assert.deepEqual(contents(dir), before, 'nothing deleted, nothing rebuilt');
  assert.ok(Object.keys(saved).length > 0);
});

test("a rebuild asked for (the editor's Rebuild Index) deletes the tables under the write lock and keeps the folder", async () => {
  const dir = path.join(tmp, 'asked');
  const first = await Store.open(dir, fakeBundle());
  await first.putFile({ path: 'a.py', fileHash: 'fh', size: 1, chunks: 0, depth: 4 }, []);
  await first.close();
  writeFileSync(path.join(dir, 'README.txt'), 'kept');
  const logger = recordingLogger();
  const rebuilt = await Store.open(dir, fakeBundle(), logger, { rebuild: true });
  try {
    assert.equal((await rebuilt.fileCatalog()).size, 0, 'the index starts empty');
    assert.match(logger.warnings.join('\n'), /rebuilding it as asked: deleting its tables/);
    assert.ok(existsSync(path.join(dir, MARKER_FILE)) && existsSync(path.join(dir, 'README.txt')));
    await assert.rejects(Store.open(dir, fakeBundle()), /is being written by process/, 'the rebuilding writer holds the lock');
  } finally {
    await rebuilt.close();
  }
});

test('an object-storage address is refused as such, and no local folder named after it appears', () => {
  const r = barista(['index', code, '--db', 's3://team/repo', '--size', 'demi']);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /s3:\/\/team\/repo: an index on object storage is not supported yet/);
  assert.ok(!existsSync(path.join(tmp, 's3:')), 'no ./s3:/team/repo left behind');
});
