import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listsName, squashName } from '../../src/core/index/nameCatalog';

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
