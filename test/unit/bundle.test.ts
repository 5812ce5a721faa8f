import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { defaultBundleDir, loadBundle } from '../../src/core/model/bundle';
import { ManifestError } from '../../src/core/model/manifest';

interface RawManifest {
  files: Record<string, string>;
  ladder: unknown[];
}

const shippedManifest = (): RawManifest => JSON.parse(readFileSync(path.join(defaultBundleDir(), 'manifest.json'), 'utf8'));

/** The fingerprint of the shipped manifest with `edit` applied, in a folder of its own (files not verified). */
async function fingerprintWith(edit: (manifest: RawManifest) => void): Promise<string> {
  const manifest = shippedManifest();
  edit(manifest);
  const dir = mkdtempSync(path.join(tmpdir(), 'barista-bundle-'));
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  return (await loadBundle(dir, { verify: false })).fingerprint;
}

test('the fingerprint follows the model files and the ladder, not the model card', async () => {
  const shipped = await fingerprintWith(() => undefined);
  const segment = Object.keys(shippedManifest().files).find((f) => f.endsWith('.onnx'))!;
  assert.equal(await fingerprintWith((m) => (m.files['MODEL_CARD.md'] = '0'.repeat(64))), shipped, 'an edited card keeps indexes');
  assert.notEqual(await fingerprintWith((m) => (m.files[segment] = '0'.repeat(64))), shipped, 'a new segment is a new model');
  assert.notEqual(await fingerprintWith((m) => (m.ladder = m.ladder.slice(0, -1))), shipped, 'a new ladder is a new model');
});

test('a manifest naming a file outside its bundle is refused before that file is read', async () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'barista-bundle-'));
  const outside = 'a file beside the bundle, not part of it';
  writeFileSync(path.join(parent, 'outside.txt'), outside);
  const dir = path.join(parent, 'bundle');
  mkdirSync(dir);
  const manifest = shippedManifest();
  // Listed first, with its true hash: verifying it would read it (and pass).
  manifest.files = { '../outside.txt': createHash('sha256').update(outside).digest('hex'), ...manifest.files };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  await assert.rejects(loadBundle(dir), (e: Error) => e instanceof ManifestError && /"files" names "\.\.\/outside\.txt".*inside the bundle/.test(e.message));
});
