import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { crawl, type CrawlOptions } from '../../src/core/index/crawler';
import { resolveCrawlRules, stripJsonc } from '../../src/core/index/crawlRules';
import { excludesFileOf, globalExcludesFile, type GitEnv } from '../../src/core/index/ignoreFiles';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'barista-ignore-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
function tree(files: Record<string, string>): string {
  const root = path.join(scratch, `t${count++}`);
  mkdirSync(root, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

/** A home folder with no git config at all: no global excludes. */
const bareHome: GitEnv = { home: tree({}) };

async function paths(root: string, options: CrawlOptions = {}): Promise<string[]> {
  const out: string[] = [];
  for await (const f of crawl(root, { gitEnv: bareHome, ...options })) out.push(f.path);
  return out;
}

test('.baristaignore files leave files out, nested like .gitignore, and have the last word in their folder', async () => {
  const root = tree({
    '.baristaignore': 'fixtures/\n*.snap.ts\n',
    '.gitignore': 'gen/\n',
    'src/a.ts': 'a',
    'src/a.snap.ts': 'snap',
    'fixtures/big.ts': 'x',
    'gen/api.ts': 'generated',
    'docs/.baristaignore': 'drafts/\n!/keep.snap.ts\n',
    'docs/drafts/x.md': 'draft',
    'docs/guide.md': 'guide',
    'docs/keep.snap.ts': 'kept',
    'lib/.gitignore': 'local.ts\n',
    'lib/.baristaignore': '!local.ts\n',
    'lib/local.ts': 'brought back by .baristaignore',
  });
  assert.deepEqual(await paths(root), ['docs/guide.md', 'docs/keep.snap.ts', 'lib/local.ts', 'src/a.ts']);
});

test('the repository info/exclude and the global excludes file are read, in git order, each overridable by a later file', async () => {
  const home = tree({ '.gitconfig': '[user]\n\tname = x\n[core]\n\texcludesFile = ~/my-ignores\n', 'my-ignores': '*.scratch.ts\nnotes.md\n' });
  const root = tree({
    '.git/info/exclude': 'local/\n',
    'a.ts': 'a',
    'b.scratch.ts': 'scratch',
    'notes.md': 'mine',
    'local/x.ts': 'x',
    'keep/.gitignore': '!notes.md\n',
    'keep/notes.md': 'kept: a .gitignore re-includes it',
  });
  assert.deepEqual(await paths(root, { gitEnv: { home } }), ['a.ts', 'keep/notes.md']);
  // Without git's rules (useGitignore false), neither is read.
  assert.deepEqual(await paths(root, { gitEnv: { home }, useGitignore: false }), ['a.ts', 'b.scratch.ts', 'keep/notes.md', 'local/x.ts', 'notes.md']);
});

test('a worktree or submodule (.git is a file) has its info/exclude read from the git folder it names', async () => {
  const gitDir = tree({ 'info/exclude': 'tmp.ts\n' });
  const root = tree({ '.git': `gitdir: ${gitDir}\n`, 'a.ts': 'a', 'tmp.ts': 't' });
  assert.deepEqual(await paths(root), ['a.ts']);
});

test("git's global excludes file: core.excludesFile of the global config, the later file winning, else git's default", () => {
  assert.equal(excludesFileOf('[core]\n  excludesfile = "/x/ignore" # quoted\n'), '/x/ignore');
  assert.equal(excludesFileOf('[Core]\n\tExcludesFile = /y ; comment\n[user]\n\texcludesFile = /not-core\n'), '/y');
  assert.equal(excludesFileOf('[user]\n\tname = a\n'), undefined);

  const home = tree({ '.config/git/config': '[core]\n excludesFile = /from-xdg\n', '.gitconfig': '[core]\n excludesFile = /from-home\n' });
  assert.equal(globalExcludesFile({ home }), '/from-home');
  const xdgOnly = tree({ '.config/git/config': '[core]\n excludesFile = ~/ig\n' });
  assert.equal(globalExcludesFile({ home: xdgOnly }), path.join(xdgOnly, 'ig'));
  const none = tree({});
  assert.equal(globalExcludesFile({ home: none }), path.join(none, '.config', 'git', 'ignore'));
  assert.equal(globalExcludesFile({ home: none, xdgConfigHome: '/xdg' }), path.join('/xdg', 'git', 'ignore'));
  assert.equal(
    globalExcludesFile({ home, gitConfigGlobal: path.join(xdgOnly, '.config/git/config') }),
    path.join(home, 'ig'),
    'GIT_CONFIG_GLOBAL replaces both',
  );
});

test("a folder's crawl rules come from its .vscode/settings.json (comments and trailing commas allowed); what is not allowed is named", () => {
  const root = tree({
    '.vscode/settings.json': `{
      // the folder's own rules
      "barista.exclude": ["fixtures/**", "http://x//y",],
      "barista.maxFileSizeKB": 64, /* small */
      "editor.tabSize": 2,
    }`,
  });
  assert.deepEqual(resolveCrawlRules(root), {
    crawl: { include: undefined, exclude: ['fixtures/**', 'http://x//y'], maxFileBytes: 64 * 1024, followExternalLinks: false },
    problems: [],
  });
  assert.equal(resolveCrawlRules(root, { followExternalLinks: true }).crawl.followExternalLinks, true, 'a flag forces links on');

  const none = tree({});
  assert.deepEqual(resolveCrawlRules(none).crawl, { include: undefined, exclude: [], maxFileBytes: 1024 * 1024, followExternalLinks: false });

  const bad = tree({
    '.vscode/settings.json': '{"barista.include": "src/**", "barista.maxFileSizeKB": 0, "barista.followSymlinks": "yes", "barista": {"exclude": ["a/", 3]}}',
  });
  const rules = resolveCrawlRules(bad);
  assert.deepEqual(rules.crawl, { include: undefined, exclude: ['a/'], maxFileBytes: 1024 * 1024, followExternalLinks: false });
  const problems = rules.problems.join('\n');
  assert.match(problems, /barista\.include in .*settings\.json is "src\/\*\*", but it must be a list of glob strings; using \[\] instead/);
  assert.match(problems, /barista\.exclude in .* is \["a\/",3\], but it must be a list of glob strings; using \["a\/"\] instead/);
  assert.match(problems, /barista\.maxFileSizeKB in .* is 0, but it must be a number of at least 1; using 1024 instead/);
  assert.match(problems, /barista\.followSymlinks in .* is "yes", but it must be true or false; using false instead/);

  const broken = tree({ '.vscode/settings.json': '{ "barista.exclude": [' });
  assert.match(resolveCrawlRules(broken).problems[0], /settings\.json is not valid JSON .*not applied until it is fixed/);
  assert.equal(stripJsonc('{"a": "// not a comment", /* x */ "b": [1,],}'), '{"a": "// not a comment",   "b": [1]}');
});
