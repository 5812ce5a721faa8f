import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { interleave, linkCorpus, listPackages, planCorpus, takeChunks, type CorpusFile } from '../../src/core/scale/corpus';
import { mean, percentile, recallAtK } from '../../src/core/scale/measure';
import { parsePoints, parseRoots } from '../../src/cli/commands/benchScale';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-scale-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('percentile is the nearest rank: a value that occurred', () => {
  const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
  assert.equal(percentile(xs, 0.5), 5);
  assert.equal(percentile(xs, 0.95), 10);
  assert.equal(percentile(xs, 0), 1);
  assert.equal(percentile(xs, 1), 10);
  assert.equal(percentile([42], 0.95), 42);
  const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
  assert.equal(percentile(twenty, 0.95), 19);
  assert.throws(() => percentile([], 0.5), /no values/);
  assert.throws(() => percentile([1], 1.5), /between 0 and 1/);
});

test('recall@k counts the exact top k found in the approximate top k', () => {
  assert.equal(recallAtK(['a', 'b', 'c'], ['a', 'b', 'c'], 3), 1);
  assert.equal(recallAtK(['a', 'x', 'c', 'b'], ['a', 'b', 'c'], 3), 2 / 3);
  // Order inside the top k does not matter; what is below it does not count.
  assert.equal(recallAtK(['c', 'b', 'a'], ['a', 'b', 'c'], 3), 1);
  assert.equal(recallAtK(['a', 'b', 'z', 'c'], ['a', 'b', 'c', 'd'], 2), 1);
  // Fewer exact results than k: the share of those.
  assert.equal(recallAtK(['a'], ['a', 'b'], 10), 0.5);
  assert.equal(recallAtK([], [], 10), 1);
  assert.equal(mean([1, 0.5]), 0.75);
});

test('packages of several sources interleave, in name order, scoped npm packages expanded', async () => {
  const npm = path.join(tmp, 'node_modules');
  const py = path.join(tmp, 'site-packages');
  for (const d of ['zod', 'abc', '@scope/b', '@scope/a', '.bin']) mkdirSync(path.join(npm, d), { recursive: true });
  for (const d of ['numpy', 'attr', 'numpy-2.0.dist-info', '__pycache__', 'numpy.libs']) mkdirSync(path.join(py, d), { recursive: true });
  writeFileSync(path.join(py, 'six.py'), 'x = 1\n');
  const packages = await listPackages([
    { label: 'npm', dir: npm },
    { label: 'py', dir: py },
  ]);
  assert.deepEqual(
    packages.map((p) => p.name),
    ['npm/@scope/a', 'py/attr', 'npm/@scope/b', 'py/numpy', 'npm/abc', 'npm/zod'],
  );
  assert.equal(packages[0].dir, path.join(npm, '@scope', 'a'));
  assert.deepEqual(interleave([[1, 2, 3], [], [4]]), [1, 4, 2, 3]);
  await assert.rejects(listPackages([{ label: 'x', dir: path.join(tmp, 'missing') }]), /cannot list packages/);
});

test('the corpus plan takes files in order up to the chunk count, a package at most its share', async () => {
  const root = path.join(tmp, 'plan');
  for (const pkg of ['a', 'b']) {
    mkdirSync(path.join(root, pkg, 'dist'), { recursive: true });
    for (let i = 0; i < 3; i++) writeFileSync(path.join(root, pkg, `m${i}.py`), `def f${i}():\n    return ${i}\n`);
    // Left out inside a package as in any crawl.
    writeFileSync(path.join(root, pkg, 'dist', 'bundle.py'), 'def built():\n    return 0\n');
  }
  const packages = [
    { name: 'py/a', dir: path.join(root, 'a') },
    { name: 'py/b', dir: path.join(root, 'b') },
  ];
  const options = { maxTokens: 240, countTokens: (t: string) => t.split(/\s+/).length };
  const files = await planCorpus(packages, { ...options, chunks: 100, perPackage: 2 });
  assert.deepEqual(
    files.map((f) => f.path),
    ['py/a/m0.py', 'py/a/m1.py', 'py/b/m0.py', 'py/b/m1.py'],
  );
  assert.ok(files.every((f) => f.chunks === 1));
  assert.equal((await planCorpus(packages, { ...options, chunks: 3, perPackage: 10 })).length, 3);
});

test('a prefix of the plan holds the asked chunks; the corpus folder links to the files', async () => {
  const files: CorpusFile[] = [
    { path: 'npm/a/x.js', absPath: path.join(tmp, 'x.js'), chunks: 4 },
    { path: 'py/b/y.py', absPath: path.join(tmp, 'y.py'), chunks: 3 },
    { path: 'npm/a/z.js', absPath: path.join(tmp, 'z.js'), chunks: 5 },
  ];
  assert.equal(takeChunks(files, 1).length, 1);
  assert.equal(takeChunks(files, 7).length, 2);
  assert.equal(takeChunks(files, 8).length, 3);
  assert.equal(takeChunks(files, 1000).length, 3);
  const dir = path.join(tmp, 'linked');
  await linkCorpus(files.slice(0, 2), dir);
  assert.equal(readlinkSync(path.join(dir, 'py', 'b', 'y.py')), path.join(tmp, 'y.py'));
});

test('bench --scale options: points and package roots', () => {
  assert.deepEqual(parsePoints('100k,10000,30k'), [10_000, 30_000, 100_000]);
  assert.throws(() => parsePoints('10k,lots'), /chunk counts/);
  assert.deepEqual(parseRoots('npm=/a/node_modules,py=/b/site-packages'), [
    { label: 'npm', dir: path.resolve('/a/node_modules') },
    { label: 'py', dir: path.resolve('/b/site-packages') },
  ]);
  assert.throws(() => parseRoots('=/x'), /LABEL=DIR/);
});
