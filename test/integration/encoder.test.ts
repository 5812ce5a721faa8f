import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { BundleError, defaultBundleDir, loadBundle, type Bundle } from '../../src/core/model/bundle';
import { Encoder } from '../../src/core/model/encoder';
import { storedLayers } from '../../src/core/model/ladder';

let bundle: Bundle;
let encoder: Encoder;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-encoder-'));

before(async () => {
  bundle = await loadBundle(defaultBundleDir());
  encoder = await Encoder.open(bundle, { providers: ['cpu'] });
});
after(async () => {
  await encoder.close();
  rmSync(tmp, { recursive: true, force: true });
});

const texts = [
  'def retry_failed_upload(item): try the upload again with exponential backoff',
  'export function verifySessionCookie(cookie: string, secret: string): boolean',
  '# Installing\n\nDownload the archive for your platform.',
  'x',
];

test('one pass to depth L gives every shallower ladder layer, equal to a pass that stops there', async () => {
  const layers = storedLayers(bundle.manifest.ladder);
  const deep = await encoder.embed(texts, layers[layers.length - 1].layer, 'document');
  assert.deepEqual(
    [...deep.keys()],
    layers.map((l) => l.layer),
  );
  const shallow = await encoder.embed(texts, layers[1].layer, 'document');
  assert.deepEqual([...shallow.keys()], [layers[0].layer, layers[1].layer]);
  for (const { layer, dim } of layers.slice(0, 2)) {
    for (let i = 0; i < texts.length; i++) {
      const a = shallow.get(layer)![i];
      const b = deep.get(layer)![i];
      assert.equal(a.length, dim);
      for (let d = 0; d < dim; d++) assert.ok(Math.abs(a[d] - b[d]) < 1e-4, `layer ${layer} text ${i} dim ${d}`);
    }
  }
});

test('vectors are unit length for a cosine model, and differ between texts', async () => {
  const layer = storedLayers(bundle.manifest.ladder).at(-1)!.layer;
  const out = (await encoder.embed(texts, layer, 'document')).get(layer)!;
  for (const v of out) assert.ok(Math.abs(Math.hypot(...v) - 1) < 1e-4);
  const dot = out[0].reduce((s, x, i) => s + x * out[1][i], 0);
  assert.ok(dot < 0.95, 'two unrelated texts must not embed alike');
});

test('a related query is nearer its document than an unrelated one', async () => {
  const layer = storedLayers(bundle.manifest.ladder).at(-1)!.layer;
  const docs = (await encoder.embed(texts.slice(0, 3), layer, 'document')).get(layer)!;
  const [q] = (await encoder.embed(['retry an upload that failed'], layer, 'query')).get(layer)!;
  const scores = docs.map((d) => d.reduce((s, x, i) => s + x * q[i], 0));
  assert.equal(scores.indexOf(Math.max(...scores)), 0);
});

test('a depth that is not a ladder layer is refused', async () => {
  await assert.rejects(encoder.embed(['x'], 99, 'document'), /not a ladder layer/);
});

test('a tampered or missing bundle file is reported by name', async () => {
  const copy = path.join(tmp, 'bundle');
  cpSync(bundle.dir, copy, { recursive: true });
  const segment = bundle.manifest.segments[1].file;
  writeFileSync(path.join(copy, segment), 'not a model');
  await assert.rejects(loadBundle(copy), (e: Error) => e instanceof BundleError && e.message.includes(`altered: ${segment}`));
  cpSync(path.join(bundle.dir, segment), path.join(copy, segment));
  unlinkSync(path.join(copy, bundle.manifest.tokenizer));
  await assert.rejects(loadBundle(copy), (e: Error) => e instanceof BundleError && e.message.includes(`missing: ${bundle.manifest.tokenizer}`));
  await assert.rejects(loadBundle(path.join(tmp, 'nowhere')), /manifest.json is missing/);
});

test('rung 0 embeds from the static table alone: unit vectors, the right width, related texts nearer', async () => {
  const shot = bundle.manifest.ladder.find((s) => s.layer === 0);
  assert.ok(shot && bundle.manifest.static, 'the shipped bundle has rung 0');
  const docs = await encoder.embed(texts, 0, 'document');
  assert.deepEqual([...docs.keys()], [0], 'depth 0 runs no network layer');
  for (const v of docs.get(0)!.slice(0, 3)) {
    assert.equal(v.length, shot.dim);
    assert.ok(Math.abs(Math.hypot(...v) - 1) < 1e-4);
  }
  const [q] = (await encoder.embed(['retry an upload that failed'], 0, 'query')).get(0)!;
  const scores = docs
    .get(0)!
    .slice(0, 3)
    .map((d) => d.reduce((s, x, i) => s + x * q[i], 0));
  assert.equal(scores.indexOf(Math.max(...scores)), 0);
  const deep = await encoder.embed(texts, 2, 'document');
  assert.deepEqual(deep.get(0), docs.get(0), 'a deeper pass gives rung 0 too, the same vectors');
});

test('the word-by-word tokenizer gives the library its own ids, on real code and on awkward text', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const cut = (ids: number[]) => (ids.length <= bundle.manifest.maxTokens ? ids : [...ids.slice(0, bundle.manifest.maxTokens - 1), ids[ids.length - 1]]);
  const samples: string[] = [
    ...texts,
    '',
    ' ',
    '\t\n',
    'naïve café Ünïcödé',
    'e\u0301t\u00e9 combining',
    '漢字とかな交じり文 中文字符',
    'a\u00a0b\u3000c',
    'x\vy\fz',
    'tab\there\r\nline',
    'zero\u200bwidth\ufeffbom',
    '👩‍💻 emoji 🚀!',
    'Ⅻ ﬁ ligature ＡＢＣ',
    '\u0000nul\u0007bell',
    'a'.repeat(3000),
    'snake_case camelCase kebab-case Foo::bar $var @decorator #include <vector>',
  ];
  const dir = path.join(__dirname, '..', '..', 'src', 'core', 'search');
  for (const name of readdirSync(dir)) samples.push(readFileSync(path.join(dir, name), 'utf8'));
  let state = 7;
  const rand = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const alphabet = ['a', 'Z', '9', ' ', '\n', '\t', '.', '(', '_', 'é', 'ß', '中', '\u0301', '\u00a0', '\u2028', '\v', '😀', '\u0000', '-', '"'];
  for (let i = 0; i < 300; i++)
    samples.push(Array.from({ length: 1 + Math.floor(rand() * 60) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join(''));
  for (const role of ['document', 'query'] as const) {
    for (const text of samples) {
      assert.deepEqual(encoder.tokenizer.encode(text, role), cut(encoder.tokenizer.libraryIds(text, role)), JSON.stringify(text.slice(0, 80)));
    }
  }
  for (const text of samples) {
    const bare = encoder.tokenizer.libraryIds(text, 'document').length - 2;
    assert.equal(encoder.tokenizer.count(text), bare, JSON.stringify(text.slice(0, 80)));
  }
});

test('a layer readout maps the pooled state before the cut: the identity gives the plain prefix, a bias shows', async () => {
  const layer = bundle.manifest.ladder.find((s) => s.layer > 0)!.layer;
  const hidden = bundle.manifest.hiddenSize;
  /** The shipped bundle with this layer's readout replaced: none at all, or the identity plus a bias on dim 0. */
  const embedWith = async (bias?: number): Promise<Float32Array[]> => {
    const dir = mkdtempSync(path.join(tmp, 'readout-'));
    cpSync(bundle.dir, dir, { recursive: true });
    const readouts = (bundle.manifest.readouts ?? []).filter((r) => r.layer !== layer);
    const files = { ...bundle.manifest.files };
    if (bias !== undefined) {
      const values = new Float32Array((hidden + 1) * hidden);
      for (let i = 0; i < hidden; i++) values[i * hidden + i] = 1;
      values[hidden * hidden] = bias; // b[0]
      const file = 'readout-test.bin';
      writeFileSync(path.join(dir, file), Buffer.from(values.buffer));
      readouts.push({ layer, file });
      files[file] = createHash('sha256').update(Buffer.from(values.buffer)).digest('hex');
    }
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ ...bundle.manifest, readouts, files }));
    const other = await Encoder.open(await loadBundle(dir), { providers: ['cpu'] });
    try {
      return (await other.embed(texts, layer, 'document')).get(layer)!;
    } finally {
      await other.close();
    }
  };
  const plain = await embedWith();
  const identity = await embedWith(0);
  identity.forEach((v, i) => v.forEach((x, d) => assert.ok(Math.abs(x - plain[i][d]) < 1e-5, `text ${i} dim ${d}`)));
  for (const v of await embedWith(1e4)) assert.ok(v[0] > 0.999, 'a large bias on dim 0 dominates every vector');
});

test('after a quiet spell the encoder rests (sessions and table released), and the next call opens them again with the same vectors', async () => {
  const resting = await Encoder.open(bundle, { providers: ['cpu'], restAfterMs: 300 });
  try {
    const depth = bundle.manifest.numLayers;
    const before = await resting.embed(texts, depth, 'document');
    assert.equal(resting.resting, false, 'a call leaves its sessions open');
    // A call under way keeps it awake: one starts just before the quiet time ends.
    await new Promise((r) => setTimeout(r, 200));
    const during = resting.embed(texts, depth, 'document');
    await new Promise((r) => setTimeout(r, 150));
    assert.equal(resting.resting, false, 'no rest while a call runs or right after it');
    await during;
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(resting.resting, true, 'quiet for longer than restAfterMs: rested');
    const after = await resting.embed(texts, depth, 'document');
    assert.deepEqual(after, before, 'the reopened sessions and table give the same vectors');
  } finally {
    await resting.close();
  }
});
