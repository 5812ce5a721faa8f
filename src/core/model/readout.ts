import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ReadoutSpec } from './manifest';

/**
 * A layer readout: y = p·W + b, where p is a layer's pooled hidden state (all `hidden` values) and
 * the embedding is y's first `dim` values. The network is untouched, so layers without a readout
 * (the full size) embed as before; a shallow layer's mean-pooled state, which the network never made
 * an embedding on its own, gets a matrix trained on that layer's cached states
 * (scripts/finetune/readout.py), with every prefix of y trained as an embedding so dims still nest.
 * The file holds W's `hidden` rows and then b, each `hidden` float32 values (little-endian).
 */
export class Readout {
  private constructor(
    readonly layer: number,
    private readonly hidden: number,
    private readonly values: Float32Array,
  ) {}

  static load(dir: string, spec: ReadoutSpec, hidden: number): Readout {
    const bytes = readFileSync(path.join(dir, spec.file));
    const expected = (hidden + 1) * hidden * 4;
    if (bytes.length !== expected) {
      throw new Error(`${spec.file} holds ${bytes.length} bytes; a readout of a ${hidden}-wide layer needs ${expected}`);
    }
    const values = new Float32Array(hidden * (hidden + 1));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let i = 0; i < values.length; i++) values[i] = view.getFloat32(i * 4, true);
    return new Readout(spec.layer, hidden, values);
  }

  /** The first `dim` values of pooled·W + b (not yet normalised). */
  apply(pooled: Float32Array, dim: number): Float32Array {
    const { hidden, values } = this;
    const out = values.slice(hidden * hidden, hidden * hidden + dim);
    for (let i = 0; i < hidden; i++) {
      const p = pooled[i];
      if (p === 0) continue;
      const row = i * hidden;
      for (let j = 0; j < dim; j++) out[j] += p * values[row + j];
    }
    return out;
  }
}
