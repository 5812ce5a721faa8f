import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mock, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { releaseFreedMemory, releaseWhenQuiet } from '../../src/core/memory';

const glibc =
  process.platform === 'linux' && Boolean((process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime);

/** Anonymous memory of this process in MB (what a trimmed heap gives back). */
function anonymousMB(): number {
  return Number(/Anonymous:\s+(\d+)/.exec(readFileSync('/proc/self/smaps_rollup', 'utf8'))![1]) / 1024;
}

test('releaseFreedMemory gives a fragmented heap back to the system', { skip: !glibc && 'needs Linux with glibc' }, () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // 2,000 buffers of 64 KB (below glibc's mmap threshold, so they come from its heaps), every other one
  // freed: 64 MB of free chunks, each between two live ones, that no ordinary free() can give back.
  const kept: Buffer[] = [];
  let dropped: Buffer[] = [];
  for (let i = 0; i < 2000; i++) (i % 2 ? kept : dropped).push(Buffer.allocUnsafeSlow(64 * 1024).fill(i));
  dropped = [];
  gc();
  const before = anonymousMB();
  assert.equal(releaseFreedMemory(), true);
  const freed = before - anonymousMB();
  assert.ok(freed > 32, `trimming gave back ${freed.toFixed(1)} MB of the 64 MB freed`);
  assert.equal(kept.length, 1000); // the live half stays live through the measurement
});

test('releaseWhenQuiet releases once, after the calls have paused', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    let releases = 0;
    const release = () => releases++;
    releaseWhenQuiet(100, release);
    mock.timers.tick(60);
    releaseWhenQuiet(100, release); // more work: the wait starts again
    mock.timers.tick(60);
    assert.equal(releases, 0);
    mock.timers.tick(40);
    assert.equal(releases, 1);
    mock.timers.tick(1000);
    assert.equal(releases, 1);
  } finally {
    mock.timers.reset();
  }
});
