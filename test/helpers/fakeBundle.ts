import type { Bundle } from '../../src/core/model/bundle';

/**
 * A bundle's description without its files: enough for the store, which never runs the model. The
 * manifest itself is well formed (segments at the ladder layers, a hash per file).
 */
export function fakeBundle(name = 'fake', fingerprint = 'f1'): Bundle {
  return {
    dir: '/nonexistent',
    fingerprint,
    manifest: {
      formatVersion: 1,
      name,
      baseModel: 'none',
      license: 'MIT',
      hiddenSize: 8,
      numLayers: 4,
      ladder: [
        { name: 'demi', layer: 2, dim: 4 },
        { name: 'trenta', layer: 4, dim: 8 },
      ],
      pooling: 'cls',
      similarity: 'cosine',
      maxTokens: 128,
      queryPrefix: '',
      documentPrefix: '',
      segments: [
        { file: 's0.onnx', fromLayer: 0, toLayer: 2 },
        { file: 's1.onnx', fromLayer: 2, toLayer: 4 },
      ],
      tokenizer: 'tokenizer.json',
      precision: 'fp32',
      files: { 's0.onnx': 'aa', 's1.onnx': 'bb', 'tokenizer.json': 'cc' },
    },
  };
}
