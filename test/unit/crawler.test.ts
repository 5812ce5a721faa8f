import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { crawl, readSource, rebaseRule, type CrawlOptions, type SourceFile } from '../../src/core/index/crawler';
import { languageOf } from '../../src/core/index/languages';
import type { Logger } from '../../src/core/log';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'barista-crawl-'));
after(() => {
  // Locked folders must be opened again before they can be removed.
  spawnSync('chmod', ['-R', 'u+rwx', scratch]);
  rmSync(scratch, { recursive: true, force: true });
});

let count = 0;
/** A fresh folder holding the given files (path -> contents). */
function tree(files: Record<string, string | Buffer>): string {
  const root = path.join(scratch, `t${count++}`);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  mkdirSync(root, { recursive: true });
  return root;
}

function recorder(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info() {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) };
}

async function paths(root: string, options: CrawlOptions = {}): Promise<string[]> {
  const out: string[] = [];
  for await (const f of crawl(root, options)) out.push(f.path);
  return out;
}

test('languages are known by extension, a few by name; lock files and unknown types are not', () => {
  assert.deepEqual(languageOf('src/a.tsx'), { language: 'typescript', kind: 'code', grammar: 'tsx' });
  assert.equal(languageOf('a/b/c.mjs')?.language, 'javascript');
  assert.equal(languageOf('x.hpp')?.language, 'cpp');
  assert.equal(languageOf('x.h')?.language, 'c');
  assert.equal(languageOf('src/Data/Aeson.hs')?.language, 'haskell', 'languages without a grammar are still indexed, by line windows');
  assert.equal(languageOf('lib/plug/conn.ex')?.grammar, 'elixir');
  assert.equal(languageOf('Program.cs')?.language, 'csharp');
  assert.deepEqual(languageOf('docs/guide.md'), { language: 'markdown', kind: 'docs' });
  assert.equal(languageOf('guide.rst')?.kind, 'docs');
  assert.equal(languageOf('README')?.language, 'text');
  assert.equal(languageOf('config.yml')?.kind, 'code');
  assert.equal(languageOf('yarn.lock'), undefined);
  assert.equal(languageOf('logo.png'), undefined);
  assert.equal(languageOf('Makefile.bak'), undefined);
});

test('crawl yields known files, sorted, with paths relative to the root', async () => {
  const root = tree({
    'src/app.ts': 'export const a = 1;\n',
    'src/util/helpers.py': 'x = 1\n',
    'README.md': '# Hi\n',
    'notes.unknownext': 'hello\n',
    'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  });
  const files: SourceFile[] = [];
  for await (const f of crawl(root)) files.push(f);
  assert.deepEqual(
    files.map((f) => f.path),
    ['README.md', 'src/app.ts', 'src/util/helpers.py'],
  );
  const app = files[1];
  assert.equal(app.absPath, path.join(root, 'src', 'app.ts'));
  assert.equal(app.size, 20);
  assert.ok(app.mtimeMs > 0);
});

test('crawl honours root and nested .gitignore files, deeper rules winning', async () => {
  const root = tree({
    '.gitignore': 'secret.ts\ngenerated/\n*.gen.ts\n',
    'secret.ts': 'x',
    'main.ts': 'x',
    'generated/api.ts': 'x',
    'lib/a.gen.ts': 'x',
    'lib/.gitignore': '!keep.gen.ts\nlocal.py\n',
    'lib/keep.gen.ts': 'x',
    'lib/local.py': 'x',
    'lib/b.ts': 'x',
    'other/local.py': 'x',
  });
  assert.deepEqual(await paths(root), ['lib/b.ts', 'lib/keep.gen.ts', 'main.ts', 'other/local.py']);
  assert.deepEqual(await paths(root, { useGitignore: false }), [
    'generated/api.ts',
    'lib/a.gen.ts',
    'lib/b.ts',
    'lib/keep.gen.ts',
    'lib/local.py',
    'main.ts',
    'other/local.py',
    'secret.ts',
  ]);
});

test('crawl leaves out dependencies, build output, lock files, minified, vendored and cache folders', async () => {
  const root = tree({
    'src/index.js': 'x',
    'node_modules/left-pad/index.js': 'x',
    'packages/a/node_modules/dep/index.js': 'x',
    '.git/hooks/pre-commit.sh': 'x',
    'dist/bundle.js': 'x',
    'build/out.js': 'x',
    'out/extension.js': 'x',
    'target/debug/build.rs': 'x',
    'coverage/lcov.js': 'x',
    'vendor/lib.go': 'x',
    'third_party/x.c': 'x',
    '.venv/lib/site.py': 'x',
    'venv/lib/site.py': 'x',
    'pkg/__pycache__/m.py': 'x',
    'package-lock.json': '{}',
    'pnpm-lock.yaml': 'x: 1',
    'Cargo.lock': 'x',
    'poetry.lock': 'x',
    'yarn.lock': 'x',
    'app.min.js': 'x',
    'style.min.css': 'x',
    'app.js.map': '{}',
    'package.json': '{}',
  });
  assert.deepEqual(await paths(root), ['package.json', 'src/index.js']);
});

test('a .gitignore can re-include a default exclude', async () => {
  const root = tree({ '.gitignore': '!build/\n', 'build/tool.py': 'x', 'dist/x.js': 'x' });
  assert.deepEqual(await paths(root), ['build/tool.py']);
});

test('include and exclude globs filter files, exclude winning', async () => {
  const root = tree({
    'src/a.ts': 'x',
    'src/b.py': 'x',
    'src/deep/c.ts': 'x',
    'test/a.test.ts': 'x',
    'docs/guide.md': 'x',
  });
  assert.deepEqual(await paths(root, { include: ['**/*.ts'] }), ['src/a.ts', 'src/deep/c.ts', 'test/a.test.ts']);
  assert.deepEqual(await paths(root, { include: ['src/**'], exclude: ['**/deep/**'] }), ['src/a.ts', 'src/b.py']);
  assert.deepEqual(await paths(root, { exclude: ['test/', '*.md'] }), ['src/a.ts', 'src/b.py', 'src/deep/c.ts']);
});

test('symbolic links inside the root are followed once: a loop ends and a folder is not read twice', async () => {
  const root = tree({ 'src/a.ts': 'x', 'src/inner/b.ts': 'x' });
  symlinkSync('..', path.join(root, 'src', 'inner', 'loop'));
  symlinkSync(path.join(root, 'src'), path.join(root, 'alias'));
  symlinkSync(path.join(root, 'missing'), path.join(root, 'dangling.ts'));
  symlinkSync(path.join(root, 'src', 'a.ts'), path.join(root, 'link.ts'));
  // 'alias' sorts first, so the real folder is read through it and then not again.
  assert.deepEqual(await paths(root), ['alias/a.ts', 'alias/inner/b.ts', 'link.ts']);
  assert.deepEqual(await paths(root, { followExternalLinks: true }), ['alias/a.ts', 'alias/inner/b.ts', 'link.ts']);
});

test('symbolic links that leave the root are skipped and said why, unless followExternalLinks', async () => {
  const outside = tree({ 'secret.md': '# home notes\n', 'lib/util.ts': 'x' });
  const root = tree({ 'src/a.ts': 'x' });
  symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'notes.md'));
  symlinkSync(path.join(outside, 'lib'), path.join(root, 'lib'));
  // Relative, and through a link inside the root: the real target decides, not how it is written.
  symlinkSync(path.relative(path.join(root, 'src'), path.join(outside, 'secret.md')), path.join(root, 'src', 'relative.md'));
  const logger = { ...recorder(), infos: [] as string[] };
  logger.info = (m: string) => logger.infos.push(m);
  assert.deepEqual(await paths(root, { logger }), ['src/a.ts']);
  const said = logger.infos.join('\n');
  for (const link of ['notes.md', 'lib', 'src/relative.md'])
    assert.match(said, new RegExp(`${link.replace('.', '\\.')}: symbolic link to .* outside the indexed folder`));
  assert.deepEqual(await paths(root, { followExternalLinks: true }), ['lib/util.ts', 'notes.md', 'src/a.ts', 'src/relative.md']);
});

test('a root reached through a symbolic link keeps its own links inside it', async () => {
  const real = tree({ 'src/a.ts': 'x' });
  symlinkSync(path.join(real, 'src', 'a.ts'), path.join(real, 'link.ts'));
  const alias = path.join(scratch, `alias${count++}`);
  symlinkSync(real, alias);
  assert.deepEqual(await paths(alias), ['link.ts', 'src/a.ts']);
});

test('a missing root is reported, not thrown', async () => {
  const logger = recorder();
  assert.deepEqual(await paths(path.join(scratch, 'nope'), { logger }), []);
  assert.match(logger.warnings.join('\n'), /folder unreadable \(ENOENT\)/);
});

async function readOne(root: string, rel: string, options: CrawlOptions = {}) {
  const logger = recorder();
  const file = (await (async () => {
    for await (const f of crawl(root, options)) if (f.path === rel) return f;
    return undefined;
  })())!;
  assert.ok(file, `${rel} was crawled`);
  const result = await readSource(file, { ...options, logger });
  return { result, warnings: logger.warnings };
}

test('readSource returns the text of a UTF-8 file, without its BOM', async () => {
  const root = tree({ 'a.py': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('print("héllo")\n')]) });
  const { result, warnings } = await readOne(root, 'a.py');
  assert.deepEqual(result, { text: 'print("héllo")\n' });
  assert.deepEqual(warnings, []);
});

test('readSource skips oversized files with a reason', async () => {
  const root = tree({ 'big.ts': 'x'.repeat(2000), 'small.ts': 'x'.repeat(100) });
  const { result, warnings } = await readOne(root, 'big.ts', { maxFileBytes: 1000 });
  assert.deepEqual(result, { skipped: 'too large (2000 bytes, limit 1000)' });
  assert.match(warnings[0], /^big\.ts: too large/);
  assert.ok('text' in (await readOne(root, 'small.ts', { maxFileBytes: 1000 })).result);
});

test('readSource skips binary files: a NUL byte, or mostly control characters', async () => {
  const root = tree({
    'blob.js': Buffer.concat([Buffer.from('var a = 1;\n'), Buffer.from([0, 1, 2, 3])]),
    'noise.txt': Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x07 : 0x41))),
  });
  assert.deepEqual((await readOne(root, 'blob.js')).result, { skipped: 'binary (NUL byte)' });
  assert.deepEqual((await readOne(root, 'noise.txt')).result, { skipped: 'binary (control characters)' });
});

test('readSource skips text in another encoding, but tolerates a stray bad byte', async () => {
  const latin1 = Buffer.from('caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve fa\xe7ade, \xe0 la carte, d\xe9j\xe0 vu\n'.repeat(3), 'latin1');
  const stray = Buffer.concat([Buffer.from('x = 1  # caf'), Buffer.from([0xe9]), Buffer.from('\n' + 'y = 2\n'.repeat(50))]);
  const root = tree({ 'latin1.txt': latin1, 'stray.py': stray });
  const skipped = await readOne(root, 'latin1.txt');
  assert.ok('skipped' in skipped.result && /not valid UTF-8/.test(skipped.result.skipped), JSON.stringify(skipped.result));
  assert.match(skipped.warnings[0], /^latin1\.txt: not valid UTF-8/);
  const tolerated = await readOne(root, 'stray.py');
  assert.ok('text' in tolerated.result);
  assert.ok(tolerated.result.text.startsWith('x = 1  # caf\uFFFD\ny = 2'));
});

test('readSource reports files that vanished or are not regular files', async () => {
  const root = tree({ 'gone.ts': 'x' });
  const file: SourceFile = { path: 'gone.ts', absPath: path.join(root, 'gone.ts'), size: 1, mtimeMs: 0 };
  rmSync(file.absPath);
  assert.deepEqual(await readSource(file), { skipped: 'unreadable (ENOENT)' });
  const dir: SourceFile = { ...file, path: 'dir.ts', absPath: root };
  assert.deepEqual(await readSource(dir), { skipped: 'not a regular file' });
});

const repoRoot = path.join(__dirname, '..', '..');
const crawlerModule = path.join(repoRoot, 'src', 'core', 'index', 'crawler.ts');

/** What a crawl in a process that permissions apply to saw; `unable` says why there can be none here. */
type UserCrawl = { files: string[]; reads: unknown[]; warnings: string[] } | { unable: string };

/** The spawn options that make a child one that permissions apply to: 'nobody' when the tests run as root (who reads anything). */
const unprivileged = (): { uid?: number; gid?: number } => (process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {});

/**
 * Whether this machine can run a process as an unprivileged user that can load the crawler at all.
 * Only the machine's limits count here (no right to switch users, a repository that user cannot
 * read): anything else a child does wrong is the crawler's fault and fails the test.
 */
function machineLimit(): string | undefined {
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `const fs = require('node:fs');
       for (const p of process.argv.slice(1)) {
         try { fs.accessSync(p, fs.constants.R_OK); } catch (e) { console.log('unreadable ' + p + ' (' + e.code + ')'); process.exit(3); }
       }
       console.log('ok');`,
      crawlerModule,
      path.join(repoRoot, 'node_modules', 'tsx', 'package.json'),
    ],
    { ...unprivileged(), encoding: 'utf8' },
  );
  // Switching to another user needs a right (CAP_SETUID) that a container may withhold.
  const code = (probe.error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EPERM' || code === 'EACCES') return `cannot start a process as an unprivileged user (${code})`;
  if (probe.error) throw new Error(`the permission probe could not start: ${probe.error.message}`);
  const said = probe.stdout.trim();
  if (probe.status === 3 && said.startsWith('unreadable ')) return `the unprivileged user cannot read the repository: ${said}`;
  assert.equal(said, 'ok', `the permission probe failed (exit ${probe.status}, signal ${probe.signal}): ${probe.stderr}`);
  return undefined;
}

/** Crawls and reads a folder in a process that permissions apply to: this one's user, or 'nobody' for root. */
function crawlAsUser(root: string): UserCrawl {
  const limit = machineLimit();
  if (limit) return { unable: limit };
  const script = `
    const { crawl, readSource } = require(process.env.BARISTA_CRAWLER);
    (async () => {
      const warnings = [];
      const logger = { info() {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) };
      const files = [];
      for await (const f of crawl(process.env.BARISTA_ROOT, { logger })) files.push(f);
      const reads = [];
      for (const f of files) reads.push(await readSource(f, { logger }));
      console.log(JSON.stringify({ files: files.map((f) => f.path), reads, warnings }));
    })();`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
    ...unprivileged(),
    cwd: repoRoot,
    env: { ...process.env, BARISTA_CRAWLER: crawlerModule, BARISTA_ROOT: root },
    encoding: 'utf8',
  });
  if (result.error) throw new Error(`the crawl could not start as an unprivileged user: ${result.error.message}`);
  // The probe showed the child can run: a crash or a garbled answer is the crawler's, never a skip.
  assert.equal(result.status, 0, `the crawl crashed (exit ${result.status}, signal ${result.signal}):\n${result.stderr}`);
  const last = result.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last);
  } catch {
    assert.fail(`the crawl answered no JSON: ${JSON.stringify(result.stdout)}\nstderr:\n${result.stderr}`);
  }
}

test('unreadable files and folders are skipped with a warning, and the crawl goes on', async (t) => {
  const root = tree({ 'ok.ts': 'x', 'locked/inside.ts': 'x', 'secret.py': 'x', 'z/last.ts': 'x' });
  for (const p of [scratch, path.dirname(root), root, path.join(root, 'z')]) chmodSync(p, 0o755);
  for (const p of ['ok.ts', 'z/last.ts']) chmodSync(path.join(root, p), 0o644);
  chmodSync(path.join(root, 'locked'), 0o000);
  chmodSync(path.join(root, 'secret.py'), 0o000);
  const seen = crawlAsUser(root);
  if ('unable' in seen) {
    t.skip(seen.unable);
    return;
  }
  assert.deepEqual(seen.files, ['ok.ts', 'secret.py', 'z/last.ts']);
  assert.deepEqual(seen.reads, [{ text: 'x' }, { skipped: 'unreadable (EACCES)' }, { text: 'x' }]);
  assert.deepEqual(seen.warnings, ['locked/: folder unreadable (EACCES); skipped', 'secret.py: unreadable (EACCES); skipped']);
});

test('nested .gitignore rules are rebased to the root: unanchored match below, anchored at their folder', () => {
  assert.equal(rebaseRule('*.log', ''), '*.log');
  assert.equal(rebaseRule('*.log', 'lib/'), 'lib/**/*.log');
  assert.equal(rebaseRule('/build', 'lib/'), 'lib/build');
  assert.equal(rebaseRule('gen/api.ts', 'lib/'), 'lib/gen/api.ts');
  assert.equal(rebaseRule('cache/', 'lib/'), 'lib/**/cache/');
  assert.equal(rebaseRule('!keep.ts', 'lib/'), '!lib/**/keep.ts');
  assert.equal(rebaseRule('# comment', 'lib/'), undefined);
  assert.equal(rebaseRule('   ', 'lib/'), undefined);
  assert.equal(rebaseRule('x', 'odd[1]/'), 'odd\\[1\\]/**/x');
});

test('a nested .gitignore anchors its rules to its own folder', async () => {
  const root = tree({
    'lib/.gitignore': '/local.ts\ngen/*.ts\n',
    'lib/local.ts': 'x',
    'lib/sub/local.ts': 'x',
    'lib/gen/a.ts': 'x',
    'lib/sub/gen/b.ts': 'x',
    'local.ts': 'x',
  });
  assert.deepEqual(await paths(root), ['lib/sub/gen/b.ts', 'lib/sub/local.ts', 'local.ts']);
});
