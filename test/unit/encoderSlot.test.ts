import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EncoderFailure, EncoderSlot } from '../../src/core/adapt/encoderSlot';
import { CancelledError, type Encoder } from '../../src/core/model/encoder';
import type { ProviderName } from '../../src/core/model/providers';

/** A stand-in for Encoder with only what the slot touches: its provider, embed and close. */
function fakeEncoder(provider: ProviderName, embed: () => Promise<never>, closed: string[]): Encoder {
  return { provider, bundle: {}, tokenizer: {}, embed, close: async () => void closed.push(provider) } as unknown as Encoder;
}

test('the slot opens once per provider and thread count, and reopens when they change', async () => {
  const opened: string[] = [];
  const closed: string[] = [];
  const slot = new EncoderSlot(async (p, t) => {
    opened.push(`${p}/${t}`);
    return fakeEncoder(p, async () => Promise.reject(new Error('unused')), closed);
  });
  assert.equal(await slot.ensure('cpu', 2), true);
  assert.equal(await slot.ensure('cpu', 2), true);
  assert.deepEqual(opened, ['cpu/2']);
  await slot.ensure('cpu', 1);
  assert.deepEqual(opened, ['cpu/2', 'cpu/1']);
  assert.deepEqual(closed, ['cpu'], 'the encoder of the old thread count is closed');
  await slot.close();
  assert.equal(slot.provider, undefined);
  assert.throws(() => slot.documents(), /no encoder is open/);
});

test('an encoder that fell back to another provider is closed and not kept', async () => {
  const closed: string[] = [];
  const slot = new EncoderSlot(async () => fakeEncoder('cpu', async () => Promise.reject(new Error('unused')), closed));
  assert.equal(await slot.ensure('cuda', 2), false);
  assert.deepEqual(closed, ['cpu']);
  assert.equal(slot.provider, undefined);
});

test("the encoder's own errors become EncoderFailure; a cancellation stays a cancellation", async () => {
  let failure: Error = new Error('CUDA out of memory');
  const slot = new EncoderSlot(async (p) => fakeEncoder(p, async () => Promise.reject(failure), []));
  await slot.ensure('cuda', 2);
  const embed = () => slot.documents().embed([], 1, 'document');
  await assert.rejects(embed, (e: Error) => e instanceof EncoderFailure && /CUDA out of memory/.test(e.message));
  failure = new CancelledError('stopped');
  await assert.rejects(embed, (e: Error) => e instanceof CancelledError && !(e instanceof EncoderFailure));
});
