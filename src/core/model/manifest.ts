import * as path from 'node:path';
import type { Ladder } from './ladder';

/** A segment of the layer chain: runs layers fromLayer+1..toLayer (segment 0 also holds the embeddings). */
export interface SegmentSpec {
  file: string;
  fromLayer: number;
  toLayer: number;
}

/** Rung 0: a static token table (see staticTable.ts), served as ladder layer 0. */
export interface StaticSpec {
  file: string;
  dim: number;
  vocabSize: number;
}

/**
 * A layer readout (see readout.ts): a learned linear map from a layer's pooled hidden state to that
 * layer's embedding, for layers whose plain pooled state is a weak embedding on its own.
 */
export interface ReadoutSpec {
  layer: number;
  file: string;
}

export type Pooling = 'cls' | 'mean';
export type Similarity = 'cosine' | 'dot';

/** manifest.json of a model bundle, as the exporter (scripts/barista_model) writes it. */
export interface Manifest {
  formatVersion: number;
  name: string;
  baseModel: string;
  license: string;
  hiddenSize: number;
  numLayers: number;
  ladder: Ladder;
  pooling: Pooling;
  similarity: Similarity;
  maxTokens: number;
  queryPrefix: string;
  documentPrefix: string;
  segments: SegmentSpec[];
  /** Optional rung 0: when present, ladder sizes at layer 0 embed with this table instead of the network. */
  static?: StaticSpec;
  /** Optional readouts: a ladder layer listed here is pooled in full, mapped by its matrix, then cut to a dim. */
  readouts?: ReadoutSpec[];
  tokenizer: string;
  precision: 'fp32' | 'int8';
  /** sha256 (hex) of every file in the bundle but the manifest. */
  files: Record<string, string>;
  /**
   * How search fuses this model's dense list with full-text search: the dense list's weight per
   * size name (text counts 1), measured when the model is made (`barista eval --calibrate-fusion`).
   * Optional; not part of the fingerprint, so recalibrating keeps existing indexes.
   */
  fusion?: { denseWeight?: Record<string, number> };
  /**
   * How well each size ranks, measured when the model is made: hybrid nDCG@10 per size name at its
   * fusion weight (`barista eval --calibrate-fusion` writes it beside the weights). The planner leaves
   * out of its choices a size that ranks no better than a cheaper one (src/core/adapt/planner.ts).
   * Optional; not part of the fingerprint.
   */
  quality?: { hybridNdcg10?: Record<string, number> };
}

export const SUPPORTED_FORMAT = 1;

export class ManifestError extends Error {
  override name = 'ManifestError';
}

/** Whether a file name from a manifest stays in the bundle folder on every platform (either separator, any drive). */
function insideBundle(name: unknown): boolean {
  if (typeof name !== 'string' || name === '' || name.includes('\0')) return false;
  if (path.posix.isAbsolute(name) || path.win32.isAbsolute(name) || /^[a-zA-Z]:/.test(name)) return false;
  return !name.split(/[\\/]/).includes('..');
}

/** Checks the shape and the internal consistency a runtime relies on; throws naming the first problem. */
export function parseManifest(json: unknown, where: string): Manifest {
  const m = json as Manifest;
  const fail = (what: string): never => {
    throw new ManifestError(`${where}: ${what}`);
  };
  if (typeof m !== 'object' || m === null) fail('not a JSON object');
  if (m.formatVersion !== SUPPORTED_FORMAT) fail(`format version ${m.formatVersion} is not supported (expected ${SUPPORTED_FORMAT})`);
  for (const key of ['name', 'tokenizer', 'queryPrefix', 'documentPrefix'] as const) {
    if (typeof m[key] !== 'string') fail(`"${key}" must be a string`);
  }
  /** An optional section holding a map of size name to number, each number checked. */
  const sizeNumbers = (section: 'fusion' | 'quality', key: string, valid: (n: number) => boolean, what: string) => {
    if (m[section] === undefined) return;
    const values = (m[section] as Record<string, unknown> | null)?.[key] ?? {};
    if (typeof m[section] !== 'object' || typeof values !== 'object') fail(`"${section}.${key}" must map size names to numbers`);
    for (const [name, n] of Object.entries(values as object)) {
      if (typeof n !== 'number' || !valid(n)) fail(`"${section}.${key}.${name}" must be ${what}`);
    }
  };
  sizeNumbers('fusion', 'denseWeight', (w) => Number.isFinite(w) && w >= 0, 'a number of at least 0');
  sizeNumbers('quality', 'hybridNdcg10', (q) => q >= 0 && q <= 1, 'a number from 0 to 1');
  if (!Number.isInteger(m.hiddenSize) || !Number.isInteger(m.numLayers)) fail('hiddenSize and numLayers must be integers');
  if (!Array.isArray(m.ladder) || m.ladder.length === 0) fail('"ladder" must be a non-empty list');
  if (!Array.isArray(m.segments) || m.segments.length === 0) fail('"segments" must be a non-empty list');
  if (m.pooling !== 'cls' && m.pooling !== 'mean') fail(`unknown pooling "${m.pooling}"`);
  if (m.similarity !== 'cosine' && m.similarity !== 'dot') fail(`unknown similarity "${m.similarity}"`);
  let layer = 0;
  for (const s of m.segments) {
    if (s.fromLayer !== layer || s.toLayer <= s.fromLayer) fail(`segments must chain from layer 0 without gaps (at ${s.file})`);
    layer = s.toLayer;
  }
  if (m.static !== undefined) {
    const s = m.static;
    if (typeof s !== 'object' || s === null || typeof s.file !== 'string') fail('"static" must name its file');
    if (!Number.isInteger(s.dim) || s.dim < 1 || !Number.isInteger(s.vocabSize) || s.vocabSize < 1) fail('"static" needs integer dim and vocabSize');
  }
  const boundaries = new Set(m.segments.map((s) => s.toLayer));
  if (m.readouts !== undefined) {
    if (!Array.isArray(m.readouts)) fail('"readouts" must be a list');
    const seen = new Set<number>();
    for (const r of m.readouts) {
      if (typeof r !== 'object' || r === null || typeof r.file !== 'string') fail('every readout must name its file');
      if (!boundaries.has(r.layer)) fail(`readout layer ${r.layer} (${r.file}) is not a segment boundary`);
      if (seen.has(r.layer)) fail(`layer ${r.layer} has two readouts`);
      seen.add(r.layer);
    }
  }
  for (const size of m.ladder) {
    if (size.layer === 0) {
      if (!m.static) fail(`ladder size ${size.name} is at layer 0, but the bundle has no static table`);
      if (size.dim < 1 || size.dim > m.static!.dim) fail(`ladder dim ${size.dim} (${size.name}) is outside 1..${m.static!.dim}`);
      continue;
    }
    if (!boundaries.has(size.layer)) fail(`ladder layer ${size.layer} (${size.name}) is not a segment boundary`);
    if (size.dim < 1 || size.dim > m.hiddenSize) fail(`ladder dim ${size.dim} (${size.name}) is outside 1..${m.hiddenSize}`);
  }
  if (typeof m.files !== 'object' || m.files === null) fail('"files" must map file names to sha256');
  // Every name is joined to the bundle folder and read: one that leads out of it would read any file.
  const inside = ': a bundle file must lie inside the bundle folder (a relative path, without ".."); fix the manifest or export the bundle again';
  const named: [string, unknown][] = [
    ['"tokenizer"', m.tokenizer],
    ...m.segments.map((s, i): [string, unknown] => [`"segments[${i}].file"`, s.file]),
    ...(m.static ? [['"static.file"', m.static.file] as [string, unknown]] : []),
    ...(m.readouts ?? []).map((r, i): [string, unknown] => [`"readouts[${i}].file"`, r.file]),
  ];
  for (const [field, name] of named) if (!insideBundle(name)) fail(`${field} is ${JSON.stringify(name)}${inside}`);
  for (const name of Object.keys(m.files)) if (!insideBundle(name)) fail(`"files" names ${JSON.stringify(name)}${inside}`);
  for (const f of [m.tokenizer, ...m.segments.map((s) => s.file), ...(m.static ? [m.static.file] : []), ...(m.readouts ?? []).map((r) => r.file)]) {
    if (!m.files[f]) fail(`"files" has no sha256 for ${f}`);
  }
  return m;
}
