import type { Bundle } from '../../src/core/model/bundle';

/** A bundle's description without its files: enough for the store, which never runs the model. */
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
      segments: [],
      tokenizer: 'tokenizer.json',
      precision: 'fp32',
      files: {},
    },
  };
}
