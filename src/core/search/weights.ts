import type { Manifest } from '../model/manifest';
import type { Size } from '../model/ladder';
import type { QueryIntent } from './query';

/**
 * How much the dense list counts against the text list (weight 1) when the two are fused at a size.
 *
 * A small size of the ladder retrieves far worse than a deep one (shipped model, semble-dev mean
 * dense nDCG@10: demi .25 against trenta .74, while text alone is .61), and equal-weight fusion
 * then drags hybrid below text alone. So the dense list counts in proportion to how good the size
 * is: a bundle may state its weights (manifest `fusion.denseWeight`, per size name, measured when
 * the model is made); otherwise the rule below stands in.
 *
 * Rule when the bundle states none: the dense list counts by the share of the network the size
 * runs, squared (the quality of a Matryoshka prefix falls faster than its share of layers), from
 * 0.1 at the smallest to 1 at the full size: a weak size can lift a result text search ranks
 * close, but not push one out.
 *
 * A query that is a name (`parseArgs`) is an exact-match question: the text list, which holds the
 * name itself, counts twice as much against the dense one as for a question in words.
 */
export function denseWeight(manifest: Pick<Manifest, 'numLayers' | 'hiddenSize' | 'ladder' | 'fusion'>, size: Size, intent: QueryIntent = 'question'): number {
  return sizeWeight(manifest, size) * (intent === 'symbol' ? NAME_QUERY_FACTOR : 1);
}

export const NAME_QUERY_FACTOR = 0.5;

function sizeWeight(manifest: Pick<Manifest, 'numLayers' | 'hiddenSize' | 'ladder' | 'fusion'>, size: Size): number {
  const stated = manifest.fusion?.denseWeight;
  if (stated) {
    if (stated[size.name] !== undefined) return stated[size.name];
    // A custom LAYER:DIM: the weight of the ladder size at that layer.
    const sameLayer = manifest.ladder.find((s) => s.layer === size.layer);
    if (sameLayer && stated[sameLayer.name] !== undefined) return stated[sameLayer.name];
  }
  const share = (size.layer / manifest.numLayers) * Math.sqrt(size.dim / manifest.hiddenSize);
  return Math.max(0.1, share * share);
}
