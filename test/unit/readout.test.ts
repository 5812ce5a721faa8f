import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { Readout } from '../../src/core/model/readout';

/** Writes W (hidden rows) then b, float32 little-endian, as scripts/barista_model/readouts.py does. */
function write(dir: string, rows: number[][]): void {
  const values = new Float32Array(rows.flat());
  writeFileSync(path.join(dir, 'readout-01.bin'), Buffer.from(values.buffer));
}

test('a readout maps the pooled state by W and b, and keeps the first dim values', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'readout-'));
  // hidden 2: W = [[1, 2], [3, 4]], b = [10, 20]; p = [1, -1] -> p·W + b = [1 - 3 + 10, 2 - 4 + 20] = [8, 18]
  write(dir, [
    [1, 2],
    [3, 4],
    [10, 20],
  ]);
  const readout = Readout.load(dir, { layer: 1, file: 'readout-01.bin' }, 2);
  assert.deepEqual([...readout.apply(new Float32Array([1, -1]), 2)], [8, 18]);
  assert.deepEqual([...readout.apply(new Float32Array([1, -1]), 1)], [8]);
  assert.deepEqual([...readout.apply(new Float32Array([0, 0]), 2)], [10, 20], 'a zero state gives the bias');
});

test('a readout file of the wrong size is named with what it should hold', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'readout-'));
  write(dir, [[1, 2]]);
  assert.throws(() => Readout.load(dir, { layer: 1, file: 'readout-01.bin' }, 2), /readout-01.bin holds 8 bytes; .* needs 24/);
});
