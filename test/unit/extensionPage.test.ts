import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { PROVIDER_NAMES, SETTING_PROVIDERS } from '../../src/core/model/providerNames';

// What a marketplace shows of the extension: its icon, the README (pictures included) and the settings.
const root = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  assert.equal(b.subarray(1, 4).toString('latin1'), 'PNG', `${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

test('the icon is a square PNG of 128 or 256 pixels', () => {
  assert.ok(pkg.icon, 'package.json names an "icon"');
  const { width, height } = pngSize(path.join(root, pkg.icon));
  assert.equal(width, height);
  assert.ok([128, 256].includes(width), `icon is ${width}x${height}`);
});

test("the README's links and pictures are relative paths to files that exist, pictures PNG or GIF and small", () => {
  const targets = [...readme.matchAll(/(!?)\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => ({ image: m[1] === '!', link: m[2] }));
  const local = targets.filter((t) => !/^[a-z]+:/i.test(t.link) && !t.link.startsWith('#'));
  const images = local.filter((t) => t.image);
  assert.ok(images.length >= 5, `the README shows pictures (${images.length})`);
  for (const { link } of local) assert.ok(existsSync(path.join(root, link.split('#')[0])), `${link} exists`);
  // vsce refuses SVG pictures in a README; marketplaces want bitmaps.
  for (const { link } of images) assert.match(link, /\.(png|gif)$/, `${link} is a PNG or GIF`);
  const bytes = [...new Set(images.map((t) => t.link))].reduce((sum, link) => sum + statSync(path.join(root, link)).size, 0);
  assert.ok(bytes < 1.5 * 1024 * 1024, `the README's pictures take ${(bytes / 1024 / 1024).toFixed(2)} MB`);
});

test('every setting says what it does, and every choice of a setting is described', () => {
  const settings = Object.entries(pkg.contributes.configuration.properties) as [string, Record<string, unknown>][];
  assert.ok(settings.length > 0);
  for (const [name, s] of settings) {
    const text = [s.markdownDescription ?? s.description ?? '', ...((s.enumDescriptions as string[] | undefined) ?? [])].join(' ');
    assert.ok(text.length >= 60, `${name} has a description of substance: "${text}"`);
    if (Array.isArray(s.enum) && s.type === 'string')
      assert.equal((s.enumDescriptions as string[] | undefined)?.length, s.enum.length, `${name} describes each of ${s.enum.join(', ')}`);
  }
});

test('the executionProvider setting offers auto and the providers a user may choose, in the engine order (cuda, unproven, is not offered)', () => {
  const offered = pkg.contributes.configuration.properties['barista.executionProvider'].enum;
  assert.deepEqual(offered, ['auto', ...SETTING_PROVIDERS]);
  assert.deepEqual(
    PROVIDER_NAMES.filter((p) => (SETTING_PROVIDERS as readonly string[]).includes(p)),
    [...SETTING_PROVIDERS],
    'the choices are engine providers, in its order',
  );
  assert.ok(!offered.includes('cuda'));
});

test('the quality setting offers auto and exactly the sizes of the shipped model, smallest first', () => {
  const offered = pkg.contributes.configuration.properties['barista.quality'].enum;
  const manifest = JSON.parse(readFileSync(path.join(root, 'models', 'default', 'manifest.json'), 'utf8'));
  assert.deepEqual(offered, ['auto', ...manifest.ladder.map((s: { name: string }) => s.name)]);
});
