import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { isInside, OutsideFolderError, pathInFolder } from '../../src/core/index/folderPath';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'barista-folder-path-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const root = path.join(scratch, 'project');
const outside = path.join(scratch, 'home');
mkdirSync(path.join(root, 'src'), { recursive: true });
mkdirSync(outside, { recursive: true });
writeFileSync(path.join(root, 'src', 'a.ts'), 'x');
writeFileSync(path.join(outside, 'secret.md'), 'x');
symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'notes.md'));
symlinkSync(outside, path.join(root, 'home'));
symlinkSync(path.join(root, 'src', 'a.ts'), path.join(root, 'alias.ts'));
const rootAlias = path.join(scratch, 'project-link');
symlinkSync(root, rootAlias);

test('isInside tells a folder and what lies below it from its neighbours, by name alone', () => {
  assert.ok(isInside(root, root));
  assert.ok(isInside(root, path.join(root, 'src', 'a.ts')));
  assert.ok(isInside(root, path.join(root, '..x')), 'a name starting with two dots is still inside');
  assert.ok(!isInside(root, scratch));
  assert.ok(!isInside(root, `${root}2`), 'a sibling whose name starts with the root name is outside');
  assert.ok(!isInside(root, path.join(outside, 'secret.md')));
});

test('pathInFolder gives the index key of a path inside the folder, relative or absolute', async () => {
  assert.equal(await pathInFolder(root, 'src/a.ts'), 'src/a.ts');
  assert.equal(await pathInFolder(root, './src/a.ts'), 'src/a.ts');
  assert.equal(await pathInFolder(root, path.join(root, 'src', 'a.ts')), 'src/a.ts');
  assert.equal(await pathInFolder(root, 'alias.ts'), 'alias.ts', 'a link that stays inside is fine');
  assert.equal(await pathInFolder(root, 'src/not-yet.ts'), 'src/not-yet.ts', 'a missing file inside is checked by its folder');
  assert.equal(await pathInFolder(rootAlias, path.join(root, 'src', 'a.ts')), 'src/a.ts', 'the real path of a linked root counts as inside');
});

test('pathInFolder refuses a path outside the folder, by name or through a symbolic link', async () => {
  const refused = async (p: string, why: RegExp) => {
    await assert.rejects(pathInFolder(root, p), (e: Error) => e instanceof OutsideFolderError && why.test(e.message));
  };
  await refused(path.join(outside, 'secret.md'), /is outside the indexed folder/);
  await refused('../home/secret.md', /is outside the indexed folder/);
  await refused('src/../../home/secret.md', /is outside the indexed folder/);
  await refused('/etc/passwd', /is outside the indexed folder/);
  await refused('notes.md', /leads outside the indexed folder .* through a symbolic link/);
  await refused('home/secret.md', /through a symbolic link/);
  await refused('home/missing.md', /through a symbolic link/);
});
