/**
 * The ladder: the fixed (layer, dim) pairs a Starbucks model was trained on, named after cups.
 * A Size is one point on it (or a custom layer:dim the model can still serve).
 */
export interface Size {
  name: string;
  layer: number;
  dim: number;
}

export type Ladder = readonly Size[];

/** searchableDepth of an index no layer of which every chunk has (an empty one): layer 0 is rung 0. */
export const NOT_SEARCHABLE = -1;

export class SizeError extends Error {
  override name = 'SizeError';
}

/** The ladder layers, shallow to deep, each with the largest dim the ladder pairs with it. */
export function storedLayers(ladder: Ladder): { layer: number; dim: number }[] {
  const byLayer = new Map<number, number>();
  for (const s of ladder) byLayer.set(s.layer, Math.max(byLayer.get(s.layer) ?? 0, s.dim));
  return [...byLayer.entries()].sort((a, b) => a[0] - b[0]).map(([layer, dim]) => ({ layer, dim }));
}

export function deepest(ladder: Ladder): Size {
  return [...ladder].sort((a, b) => a.layer - b.layer || a.dim - b.dim)[ladder.length - 1];
}

/** The ladder's size with the most dims on a layer (undefined when the ladder has none there). */
export function widestSize(ladder: Ladder, layer: number): Size | undefined {
  return ladder.filter((s) => s.layer === layer).sort((a, b) => b.dim - a.dim)[0];
}

/**
 * The size a search uses when none is asked for, over an index whose every chunk reaches `depth`:
 * the widest size of the deepest ladder layer at or above it (undefined when nothing is searchable).
 * The one rule for status, the command line and the adaptive indexer.
 */
export function searchSizeAt(ladder: Ladder, depth: number): Size | undefined {
  const layer = storedLayers(ladder)
    .map((l) => l.layer)
    .filter((l) => l <= depth)
    .pop();
  return layer === undefined ? undefined : widestSize(ladder, layer);
}

/** Sizes whose layer is at most `depth`: what an index built to that depth can answer. */
export function sizesUpTo(ladder: Ladder, depth: number): Size[] {
  return ladder.filter((s) => s.layer <= depth);
}

/**
 * Parses a size as the user writes it: a cup name ("tall") or "LAYER:DIM" ("6:64").
 * A custom pair must sit on a ladder layer (only those are stored) and within that layer's stored dim.
 */
export function parseSize(text: string, ladder: Ladder): Size {
  const named = ladder.find((s) => s.name === text.toLowerCase());
  if (named) return named;
  const m = /^(\d+):(\d+)$/.exec(text.trim());
  if (!m) {
    throw new SizeError(`unknown size "${text}": use one of ${ladder.map((s) => s.name).join(', ')} or LAYER:DIM`);
  }
  const layer = Number(m[1]);
  const dim = Number(m[2]);
  const stored = storedLayers(ladder).find((l) => l.layer === layer);
  if (!stored) {
    throw new SizeError(
      `layer ${layer} is not on the ladder; layers are ${storedLayers(ladder)
        .map((l) => l.layer)
        .join(', ')}`,
    );
  }
  if (dim < 1 || dim > stored.dim) {
    throw new SizeError(`dim ${dim} is out of range for layer ${layer} (1..${stored.dim})`);
  }
  const exact = ladder.find((s) => s.layer === layer && s.dim === dim);
  return exact ?? { name: `${layer}:${dim}`, layer, dim };
}

export function describeSize(size: Size): string {
  return `${size.name} (layer ${size.layer}, ${size.dim} dims)`;
}
