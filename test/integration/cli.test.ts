import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';

/** The built command line (npm test builds before the integration tests), as a user runs it. */
const cli = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-cli-'));
const folder = path.join(tmp, 'mini');
const cache = path.join(tmp, 'cache');
const ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[`);

function barista(...args: string[]) {
  // Not a terminal: progress comes as plain lines; the index goes to a cache folder of the test's own.
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: tmp,
    encoding: 'utf8',
    env: { ...process.env, BARISTA_CACHE_DIR: cache, NO_COLOR: '' },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  assert.ok(existsSync(cli), `${cli} is missing: run "npm run build" first`);
  cpSync(path.join(__dirname, '..', 'fixtures', 'mini'), folder, { recursive: true });
});
after(() => rmSync(tmp, { recursive: true, force: true }));

test('index shows plain progress lines on a pipe, then status tells the index apart layer by layer', () => {
  const indexed = barista('index', folder, '--size', 'shot');
  assert.equal(indexed.code, 0, indexed.stderr);
  assert.match(indexed.stdout, /^indexed 4 files .* \d+ in the index/m);
  assert.match(indexed.stderr, /^reading: 0\/4 files \(0%\)$/m, 'a progress line per stretch of work');
  assert.doesNotMatch(indexed.stderr + indexed.stdout, ESCAPE, 'no bar, no colour when not a terminal');

  const status = barista('status', '--dir', folder, '--json');
  assert.equal(status.code, 0, status.stderr);
  const s = JSON.parse(status.stdout);
  assert.equal(s.folder, folder);
  assert.equal(s.files, 4);
  assert.ok(s.chunks >= 4, `${s.chunks} chunks`);
  assert.ok(s.bytes > 0);
  assert.equal(s.model.name, 'default');
  assert.equal(s.modelMatches, true);
  assert.equal(s.searchableDepth, 0, 'indexed to rung 0 only');
  assert.deepEqual(
    s.layers.map((l: { chunks: number }) => l.chunks === s.chunks),
    [true, false, false, false, false, false, false],
  );
  assert.equal(s.defaultSize, 'shot');
  assert.ok(s.ageSeconds >= 0 && s.ageSeconds < 120, `age ${s.ageSeconds} s`);
  assert.ok(
    readdirSync(path.join(cache, 'indexes')).some((d) => s.index.endsWith(d)),
    'the index is in the cache folder',
  );

  const text = barista('status', '--dir', folder);
  assert.equal(text.code, 0);
  assert.match(text.stdout, /^depth +layer 0 \(search up to shot\)$/m);
  assert.match(text.stdout, /^size +[\d.]+ (KB|MB)$/m);
  assert.match(text.stdout, /^ +1 +demi \(16 dims\) +not built$/m);
});

test('--quiet and --json keep stderr free of progress and notes', () => {
  const quiet = barista('index', folder, '--size', 'shot', '--quiet');
  assert.equal(quiet.code, 0, quiet.stderr);
  assert.equal(quiet.stderr, '');
  assert.match(quiet.stdout, /4 unchanged/);
  const json = barista('index', folder, '--size', 'shot', '--json');
  assert.equal(json.code, 0, json.stderr);
  assert.equal(json.stderr, '');
  assert.equal(JSON.parse(json.stdout).filesUnchanged, 4);
});

test('exit codes: 2 for bad usage, 3 when there is no index, and a missing index is not created by asking', () => {
  const unknown = barista('frobnicate');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command "frobnicate"/);
  assert.equal(barista('search').code, 2, 'no query');
  assert.equal(barista('search', 'retry', '--dir', folder, '--k', '0').code, 2, 'a bad --k');
  assert.equal(barista('index', path.join(tmp, 'no-such-folder')).code, 2);

  const empty = path.join(tmp, 'never-indexed');
  mkdirSync(empty);
  const before = readdirSync(path.join(cache, 'indexes')).length;
  const status = barista('status', '--dir', empty);
  assert.equal(status.code, 3);
  assert.match(status.stderr, /no index .*run "barista index/);
  const search = barista('search', 'retry a failed upload', '--dir', empty);
  assert.equal(search.code, 3, search.stderr);
  assert.equal(readdirSync(path.join(cache, 'indexes')).length, before, 'no empty index left behind');
});
