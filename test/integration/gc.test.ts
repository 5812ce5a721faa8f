import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { defaultIndexDir } from '../../src/core/index/location';
import { readMarker } from '../../src/core/index/ownership';

/** barista gc over real indexes made by barista index, in a user cache of the test's own. */
const cli = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-gc-'));
const cache = path.join(tmp, 'cache');
after(() => rmSync(tmp, { recursive: true, force: true }));

function barista(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, BARISTA_CACHE_DIR: cache, NO_COLOR: '' },
    timeout: 180_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function project(name: string): string {
  const root = path.join(tmp, name);
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'main.ts'), `export function ${name}(): string {\n  return '${name}';\n}\n`);
  return root;
}

test('barista gc deletes the index of a folder that is gone, lists it first with --dry-run, and keeps the others', () => {
  assert.ok(existsSync(cli), `${cli} is missing: run "npm run build" first`);
  const kept = project('kept');
  const removed = project('removed');
  for (const root of [kept, removed]) assert.equal(barista('index', root, '--size', 'shot', '--quiet').code, 0);
  const keptDb = defaultIndexDir(kept, path.join(cache, 'indexes'));
  const removedDb = defaultIndexDir(removed, path.join(cache, 'indexes'));
  assert.equal(readMarker(removedDb)?.folder, removed, 'opening the index recorded its folder in the marker');

  rmSync(removed, { recursive: true });
  const dry = barista('gc', '--dry-run');
  assert.equal(dry.code, 0, dry.stderr);
  assert.match(
    dry.stdout,
    new RegExp(`^would delete ${removedDb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\.\\d MB\\): its folder ${removed} is gone$`, 'm'),
  );
  assert.ok(existsSync(removedDb), '--dry-run deletes nothing');

  const swept = barista('gc', '--json');
  assert.equal(swept.code, 0, swept.stderr);
  const out = JSON.parse(swept.stdout) as { indexes: { dir: string; deleted: boolean }[]; freedBytes: number };
  assert.deepEqual(
    out.indexes.map((i) => [i.dir, i.deleted]),
    [[removedDb, true]],
  );
  assert.ok(out.freedBytes > 0);
  assert.equal(existsSync(removedDb), false);
  assert.ok(existsSync(path.join(keptDb, 'chunks.lance')), 'the index of a folder that is there stays');

  // Used today: --days 1 keeps it; the search still works from it.
  assert.match(barista('gc', '--days', '1').stdout, /^no index in the user cache has lost its folder or gone unused for 1 days$/m);
  assert.equal(barista('search', 'kept', '--dir', kept, '--quiet').code, 0);
});
