import type { Pooling, Similarity } from './manifest';

/**
 * Pools one sequence of a [batch, seq, hidden] tensor into its first `dim` values.
 * Matryoshka training makes that prefix the model's `dim`-wide embedding at this layer.
 */
export function poolRow(
  hidden: Float32Array,
  row: number,
  seqLen: number,
  hiddenSize: number,
  mask: ArrayLike<bigint | number>,
  pooling: Pooling,
  dim: number,
): Float32Array {
  const out = new Float32Array(dim);
  const base = row * seqLen * hiddenSize;
  if (pooling === 'cls') {
    out.set(hidden.subarray(base, base + dim));
    return out;
  }
  let count = 0;
  for (let t = 0; t < seqLen; t++) {
    if (Number(mask[row * seqLen + t]) === 0) continue;
    count++;
    const off = base + t * hiddenSize;
    for (let d = 0; d < dim; d++) out[d] += hidden[off + d];
  }
  if (count > 0) for (let d = 0; d < dim; d++) out[d] /= count;
  return out;
}

export function normalize(v: Float32Array): Float32Array {
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += v[i] * v[i];
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i] /= norm;
  return v;
}

/** The vector a model with this similarity compares: unit length for cosine, raw for dot. */
export function finish(v: Float32Array, similarity: Similarity): Float32Array {
  return similarity === 'cosine' ? normalize(v) : v;
}
