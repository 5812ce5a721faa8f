import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { StaticSpec } from './manifest';
import { normalize } from './pooling';

/**
 * Rung 0: a static embedding, one int8 row per vocabulary token with one float scale per row.
 * A text's vector is the mean of its tokens' rows, unit length: no network runs, so it costs about
 * what tokenizing costs. The file holds `vocabSize * dim` int8 values, then `vocabSize` float32
 * scales (little-endian), as scripts/barista_model/static_rung.py writes it.
 */
export class StaticTable {
  private constructor(
    readonly dim: number,
    private readonly rows: Int8Array,
    private readonly scales: Float32Array,
    private readonly skipped: ReadonlySet<number>,
  ) {}

  static load(dir: string, spec: StaticSpec, specialIds: readonly number[]): StaticTable {
    const bytes = readFileSync(path.join(dir, spec.file));
    const expected = spec.vocabSize * spec.dim + spec.vocabSize * 4;
    if (bytes.length !== expected) {
      throw new Error(`${spec.file} holds ${bytes.length} bytes; a ${spec.vocabSize} x ${spec.dim} int8 table with scales needs ${expected}`);
    }
    const rows = new Int8Array(bytes.buffer, bytes.byteOffset, spec.vocabSize * spec.dim);
    // The scales start at vocabSize*dim bytes, which need not be 4-aligned in the file's buffer: copy them.
    const scales = new Float32Array(spec.vocabSize);
    const view = new DataView(bytes.buffer, bytes.byteOffset + spec.vocabSize * spec.dim, spec.vocabSize * 4);
    for (let i = 0; i < spec.vocabSize; i++) scales[i] = view.getFloat32(i * 4, true);
    return new StaticTable(spec.dim, rows, scales, new Set(specialIds));
  }

  /**
   * The unit-length mean of the tokens' rows, cut to `dim`. Special tokens ([CLS], [SEP]) are left
   * out, unless they are all there is (a text of unknown characters): then they count, so no vector is zero.
   */
  embed(ids: readonly number[], dim = this.dim): Float32Array {
    const out = new Float32Array(dim);
    const add = (keepSpecial: boolean): number => {
      let added = 0;
      for (const id of ids) {
        if ((!keepSpecial && this.skipped.has(id)) || id < 0 || id >= this.scales.length) continue;
        const scale = this.scales[id];
        const base = id * this.dim;
        for (let d = 0; d < dim; d++) out[d] += this.rows[base + d] * scale;
        added++;
      }
      return added;
    };
    if (add(false) === 0) add(true);
    return normalize(out); // the sum points where the mean does
  }
}
