import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deepest, parseSize, searchSizeAt, SizeError, sizesUpTo, storedLayers, widestSize, type Ladder } from '../../src/core/model/ladder';

const ladder: Ladder = [
  { name: 'demi', layer: 2, dim: 16 },
  { name: 'short', layer: 4, dim: 32 },
  { name: 'tall', layer: 6, dim: 64 },
  { name: 'trenta', layer: 12, dim: 384 },
];

test('a cup name resolves to its ladder point', () => {
  assert.deepEqual(parseSize('tall', ladder), { name: 'tall', layer: 6, dim: 64 });
  assert.deepEqual(parseSize('TALL', ladder), { name: 'tall', layer: 6, dim: 64 });
});

test('LAYER:DIM names an exact point or a custom prefix of a stored layer', () => {
  assert.equal(parseSize('4:32', ladder).name, 'short');
  assert.deepEqual(parseSize('12:128', ladder), { name: '12:128', layer: 12, dim: 128 });
});

test('sizes the index cannot serve are refused with the reason', () => {
  assert.throws(() => parseSize('venti', ladder), SizeError);
  assert.throws(() => parseSize('5:16', ladder), /layer 5 is not on the ladder/);
  assert.throws(() => parseSize('2:17', ladder), /out of range for layer 2/);
});

test('stored layers keep the largest dim of each layer, shallow first', () => {
  const withTwo: Ladder = [...ladder, { name: 'x', layer: 2, dim: 8 }];
  assert.deepEqual(storedLayers(withTwo), [
    { layer: 2, dim: 16 },
    { layer: 4, dim: 32 },
    { layer: 6, dim: 64 },
    { layer: 12, dim: 384 },
  ]);
  assert.equal(deepest(ladder).name, 'trenta');
  assert.deepEqual(
    sizesUpTo(ladder, 4).map((s) => s.name),
    ['demi', 'short'],
  );
});

test('the default search size: the widest size of the deepest layer every chunk reaches', () => {
  const wide: Ladder = [...ladder, { name: 'tall-wide', layer: 6, dim: 128 }];
  assert.equal(widestSize(wide, 6)?.name, 'tall-wide');
  assert.equal(widestSize(wide, 5), undefined);
  assert.equal(searchSizeAt(wide, 6)?.name, 'tall-wide');
  // A depth between ladder layers searches at the layer below it.
  assert.equal(searchSizeAt(wide, 8)?.name, 'tall-wide');
  assert.equal(searchSizeAt(wide, 12)?.name, 'trenta');
  assert.equal(searchSizeAt(wide, 1), undefined, 'nothing searchable below the first layer');
  assert.equal(searchSizeAt(wide, -1), undefined);
});
