import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listsName, RowPositions, squashName } from '../../src/core/index/chunkCatalog';

test('a symbol lists a name whole, or as the last part of a qualified name', () => {
  const lists = (symbol: string, word: string) => listsName(squashName(symbol), word);
  assert.equal(lists('Session, Session.send', 'send'), true);
  assert.equal(lists('Session', 'session'), true);
  assert.equal(lists('absl::StrCat', 'strcat'), true);
  assert.equal(lists('$client->send', 'send'), true);
  assert.equal(lists('Client#send', 'send'), true);
  assert.equal(lists('parse_args', 'parseargs'), true, 'squashed alike');
  assert.equal(lists('SendAll, resend', 'send'), false, 'inside other names');
  assert.equal(lists('Session.sender', 'send'), false);
  assert.equal(lists('a, b, c, d, e (+2 more)', 'send'), true, 'a list cut short may name it among the rest');
});

test('row positions find each row id (fragment and offset) where a catalog holds it, and -1 for a new one', () => {
  const id = (fragment: number, offset: number) => (BigInt(fragment) << 32n) | BigInt(offset);
  const held = BigUint64Array.from([id(0, 0), id(0, 1), id(0, 5), id(3, 0), id(3, 70000), id(2 ** 31, 7)]);
  const now = BigUint64Array.from([id(0, 1), id(0, 2), id(3, 70000), id(4, 0), id(2 ** 31, 7), id(0, 0), id(3, 99999)]);
  assert.deepEqual(Array.from(new RowPositions(held).positionsOf(now)), [1, -1, 4, -1, 5, 0, -1]);
  assert.deepEqual(Array.from(new RowPositions(held).positionsOf(held.subarray(2))), [2, 3, 4, 5], 'a view into a larger array');
});
