import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ManifestError, parseManifest } from '../../src/core/model/manifest';
import { fakeBundle } from '../helpers/fakeBundle';

function manifest(overrides: Record<string, unknown> = {}) {
  return { ...fakeBundle('m').manifest, ...overrides };
}

test('a well-formed manifest parses', () => {
  assert.equal(parseManifest(manifest(), 'x').name, 'm');
});

test('problems are named', () => {
  assert.throws(() => parseManifest(manifest({ formatVersion: 2 }), 'x'), /format version 2/);
  assert.throws(
    () =>
      parseManifest(
        manifest({
          segments: [
            { file: 's0.onnx', fromLayer: 0, toLayer: 2 },
            { file: 's1.onnx', fromLayer: 3, toLayer: 4 },
          ],
        }),
        'x',
      ),
    /chain from layer 0/,
  );
  assert.throws(() => parseManifest(manifest({ ladder: [{ name: 'odd', layer: 3, dim: 4 }] }), 'x'), /not a segment boundary/);
  assert.throws(() => parseManifest(manifest({ files: { 's0.onnx': 'aa', 's1.onnx': 'bb' } }), 'x'), ManifestError);
  assert.throws(() => parseManifest(manifest({ pooling: 'max' }), 'x'), /unknown pooling/);
});

test('size qualities are optional, numbers from 0 to 1 per size name', () => {
  assert.deepEqual(parseManifest(manifest({ quality: { hybridNdcg10: { shot: 0.83 } } }), 'x').quality, { hybridNdcg10: { shot: 0.83 } });
  assert.throws(() => parseManifest(manifest({ quality: { hybridNdcg10: { shot: 83 } } }), 'x'), /quality.hybridNdcg10.shot/);
  assert.throws(() => parseManifest(manifest({ quality: { hybridNdcg10: { shot: 'good' } } }), 'x'), /quality.hybridNdcg10.shot/);
});

test('fusion weights are optional, numbers of at least 0 per size name', () => {
  assert.deepEqual(parseManifest(manifest({ fusion: { denseWeight: { demi: 0.2 } } }), 'x').fusion, { denseWeight: { demi: 0.2 } });
  assert.throws(() => parseManifest(manifest({ fusion: { denseWeight: { demi: -1 } } }), 'x'), /fusion.denseWeight.demi/);
  assert.throws(() => parseManifest(manifest({ fusion: { denseWeight: { demi: 'high' } } }), 'x'), /fusion.denseWeight.demi/);
});

test('layer 0 is rung 0: allowed only with a static table, within its width, whose file is hashed', () => {
  const base = manifest();
  const ladder = [{ name: 'shot', layer: 0, dim: 8 }, ...base.ladder];
  const files = { ...base.files, 'static-8.bin': 'cc' };
  const withTable = { ladder, files, static: { file: 'static-8.bin', dim: 8, vocabSize: 100 } };
  assert.equal(parseManifest(manifest(withTable), 'x').static?.dim, 8);
  assert.throws(() => parseManifest(manifest({ ladder, files }), 'x'), /layer 0, but the bundle has no static table/);
  assert.throws(() => parseManifest(manifest({ ...withTable, ladder: [{ name: 'shot', layer: 0, dim: 9 }, ...base.ladder] }), 'x'), /outside 1..8/);
  assert.throws(() => parseManifest(manifest({ ...withTable, files: base.files }), 'x'), /no sha256 for static-8.bin/);
  assert.throws(() => parseManifest(manifest({ ...withTable, static: { file: 'static-8.bin', dim: 8 } }), 'x'), /integer dim and vocabSize/);
});

test('readouts sit on segment boundaries, one per layer, each file hashed', () => {
  const base = manifest();
  const layer = base.segments[0].toLayer;
  const files = { ...base.files, 'readout-01.bin': 'dd' };
  const readouts = [{ layer, file: 'readout-01.bin' }];
  assert.deepEqual(parseManifest(manifest({ files, readouts }), 'x').readouts, readouts);
  assert.throws(() => parseManifest(manifest({ readouts }), 'x'), /no sha256 for readout-01.bin/);
  assert.throws(() => parseManifest(manifest({ files, readouts: [{ layer: 99, file: 'readout-01.bin' }] }), 'x'), /readout layer 99/);
  assert.throws(() => parseManifest(manifest({ files, readouts: [...readouts, ...readouts] }), 'x'), /two readouts/);
  assert.throws(() => parseManifest(manifest({ files, readouts: { layer } }), 'x'), /must be a list/);
});

test('file names stay inside the bundle: a name leading out of it is refused, naming its field', () => {
  const base = manifest();
  const layer = base.segments[0].toLayer;
  /** The manifest with `name` put in one field (and hashed, so only its place can be wrong). */
  const naming = (name: string, field: 'tokenizer' | 'segment' | 'static' | 'readout' | 'files') => {
    const files = { ...base.files, [name]: 'ee' };
    if (field === 'tokenizer') return manifest({ tokenizer: name, files });
    if (field === 'segment') return manifest({ segments: [base.segments[0], { ...base.segments[1], file: name }], files });
    if (field === 'static') return manifest({ static: { file: name, dim: 8, vocabSize: 100 }, files });
    if (field === 'readout') return manifest({ readouts: [{ layer, file: name }], files });
    return manifest({ files });
  };
  const refused: [string, Parameters<typeof naming>[1], RegExp][] = [
    ['../../etc/passwd', 'tokenizer', /"tokenizer" is "\.\.\/\.\.\/etc\/passwd"/],
    ['/etc/passwd', 'segment', /"segments\[1\]\.file" is "\/etc\/passwd"/],
    ['C:\\model\\static.bin', 'static', /"static\.file" is "C:\\\\model\\\\static\.bin"/],
    ['data/../../readout.bin', 'readout', /"readouts\[0\]\.file" is "data\/\.\.\/\.\.\/readout\.bin"/],
    ['..\\shadow', 'files', /"files" names "\.\.\\\\shadow"/],
    ['', 'files', /"files" names ""/],
  ];
  for (const [name, field, why] of refused) {
    assert.throws(
      () => parseManifest(naming(name, field), 'x'),
      (e: Error) => e instanceof ManifestError && why.test(e.message) && /inside the bundle/.test(e.message),
      `${field} = ${JSON.stringify(name)}`,
    );
  }
  // A file in a folder of the bundle is fine.
  assert.equal(parseManifest(naming('onnx/tokenizer.json', 'tokenizer'), 'x').tokenizer, 'onnx/tokenizer.json');
});
