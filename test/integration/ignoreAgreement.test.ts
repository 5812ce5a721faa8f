import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import * as lancedb from '@lancedb/lancedb';
import { defaultIndexDir } from '../../src/core/index/location';
import { silentLogger } from '../../src/core/log';
import type { FolderSpec } from '../../src/extension/protocol';
import { Engines } from '../../src/extension/worker/engines';

/**
 * One ignore story: the editor's engine (the extension worker's Engines, as the extension host runs
 * it) and `barista index` (the built command line) read the same rules from the folder, so over one
 * folder they hold the same chunks, and the command line run over the editor's index in the user
 * cache finds nothing to change.
 */
const cli = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-agree-'));
const cache = path.join(tmp, 'cache');
const home = path.join(tmp, 'home');
process.env.BARISTA_CACHE_DIR = cache;
// The user's global git excludes come from this home: a file of its own, read by both faces.
const savedHome = process.env.HOME;
process.env.HOME = home;
after(() => {
  process.env.HOME = savedHome;
  rmSync(tmp, { recursive: true, force: true });
});

function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
}

/** A folder with every kind of rule: each leaves out a file that would otherwise be indexed. */
function ruledFolder(): string {
  const root = path.join(tmp, 'project');
  cpSync(path.join(__dirname, '..', 'fixtures', 'mini'), root, { recursive: true });
  write(home, { '.gitconfig': '[core]\n\texcludesFile = ~/.global-ignore\n', '.global-ignore': '*.local.ts\n' });
  write(root, {
    '.git/info/exclude': 'scratch/\n',
    '.baristaignore': 'fixtures/\n',
    'docs/.baristaignore': 'drafts/\n',
    '.vscode/settings.json': '{\n  // crawl rules of this folder\n  "barista.exclude": ["**/*.gen.ts"],\n  "barista.maxFileSizeKB": 2,\n}\n',
    'src/settings.local.ts': 'export const mine = 1; // global git excludes\n',
    'scratch/try.ts': 'export const t = 1; // info/exclude\n',
    'fixtures/data.ts': 'export const d = 1; // .baristaignore\n',
    'docs/drafts/plan.md': '# Plan\nnested .baristaignore\n',
    'src/api.gen.ts': 'export const g = 1; // barista.exclude of the folder\n',
    'src/big.ts': `export const big = [${'1, '.repeat(2000)}]; // over barista.maxFileSizeKB\n`,
    'src/kept.ts': 'export function kept(): number {\n  return 42;\n}\n',
  });
  return root;
}

async function chunkIds(db: string): Promise<{ ids: string[]; paths: string[] }> {
  const conn = await lancedb.connect(db);
  const rows = await (await conn.openTable('chunks')).query().select(['id', 'path']).toArray();
  conn.close();
  return { ids: rows.map((r) => r.id as string).sort(), paths: [...new Set(rows.map((r) => r.path as string))].sort() };
}

function barista(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '' }, timeout: 180_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the editor and barista index read the same rules from the folder and hold the same chunks', async () => {
  assert.ok(existsSync(cli), `${cli} is missing: run "npm run build" first`);
  const root = ruledFolder();
  const spec: FolderSpec = { key: `file://${root}`, name: 'project', root, db: defaultIndexDir(root) };
  const engines = new Engines(silentLogger, () => undefined);
  try {
    await engines.configure({ quality: 'shot', battery: 'ignore', provider: 'cpu', modelPath: '' });
    await engines.open(spec);
    await engines.settle([]);
  } finally {
    await engines.shutdown();
  }
  const editor = await chunkIds(spec.db);
  assert.deepEqual(editor.paths, ['.vscode/settings.json', 'docs/install.md', 'src/colors.go', 'src/kept.ts', 'src/session.ts', 'src/uploads.py']);

  // The command line into a folder of its own: the same chunks.
  const own = path.join(tmp, 'cli-db');
  const run = barista('index', root, '--size', 'shot', '--db', own, '--json');
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(await chunkIds(own), editor);

  // The command line over the editor's own index (the user cache, where both look): nothing to add or remove.
  const shared = barista('index', root, '--size', 'shot', '--json');
  assert.equal(shared.code, 0, shared.stderr);
  const summary = JSON.parse(shared.stdout) as {
    db: string;
    filesRemoved: number;
    chunksEmbedded: number;
    filesUnchanged: number;
    filesSkipped: number;
    filesTotal: number;
  };
  assert.equal(summary.db, spec.db);
  assert.equal(summary.filesRemoved, 0);
  assert.equal(summary.chunksEmbedded, 0);
  assert.equal(summary.filesSkipped, 1, "src/big.ts, over the folder's size limit");
  assert.equal(summary.filesUnchanged, summary.filesTotal - 1);
  assert.deepEqual(await chunkIds(spec.db), editor);
});
