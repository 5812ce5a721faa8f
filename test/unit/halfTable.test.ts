import assert from 'node:assert/strict';
import { test } from 'node:test';
import { uint16ToFloat64 } from 'apache-arrow/util/math';
import { toHalfBits } from '../../src/core/index/halfTable';

test('toHalfBits rounds to the nearest half and never makes tiny values infinite', () => {
  const cases: [number, number][] = [
    [1, 1],
    [-0.5, -0.5],
    [65504, 65504],
    [70000, Infinity],
    [2 ** -14, 2 ** -14],
    [2 ** -24, 2 ** -24],
    [2 ** -26, 0],
    [1e-9, 0],
    [6.102e-5, 2 ** -14],
    [6.098e-5, 2 ** -14 - 2 ** -24],
    [1 + 2 ** -11, 1],
    [1 + 3 * 2 ** -11, 1 + 2 ** -9],
  ];
  for (const [x, half] of cases) assert.equal(uint16ToFloat64(toHalfBits(x)), half, `toHalfBits(${x})`);
  for (let i = 0; i < 20000; i++) {
    const x = Math.fround((i % 2 ? 1 : -1) * Math.pow(2, -((i * 7919) % 3200) / 100));
    const back = uint16ToFloat64(toHalfBits(x));
    assert.ok(Math.abs(back - x) <= Math.max(Math.abs(x) * 2 ** -11, 2 ** -25), `${x} -> ${back}`);
  }
});
