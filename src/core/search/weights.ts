import type { Manifest } from '../model/manifest';
import type { Size } from '../model/ladder';
import type { QueryIntent } from './query';

/**
 * How much the dense list counts against the text list (weight 1) when the two are fused at a size.
 *
 * A small size of the ladder retrieves far worse than a deep one (shipped model, semble-dev mean
 * dense nDCG@10 before the ranking stage: demi .25 against trenta .73, while text alone is .61),
 * and equal-weight fusion then drags hybrid below text alone. So the dense list counts by how good
 * the size is: a bundle states its weights (manifest `fusion.denseWeight`, per size name), measured
 * by `barista eval ../shared/eval/semble-dev --calibrate-fusion` (hybrid nDCG@10 over the eight
 * suites for each weight of a coarse grid; per size the smallest weight within 0.002 of the best),
 * then held to the floors on the file-level suites (hybrid within 0.005 of text and of dense).
 * The shipped model's sizes below trenta embed through learned readouts (models/default/MODEL_CARD.md),
 * which made them better rankers, and were calibrated again with them (semble-dev mean of 8):
 * - demi .1, short .1: semble-dev peaks at .2 (.837, .828), where cosqa-dev falls below text
 *   (.717 and .722 against .728); at .1 semble-dev .829 and .824, cosqa-dev .727 and .733;
 * - tall .2 (.840), grande .5 (.847), venti .5 (.853): as calibrated, and above text and dense on
 *   cosqa-dev (.754, .782, .796) and requests (.896, .890, .910; text .867). Before the readouts the
 *   weights were .05, .05, .05, .1, .2 (semble-dev .825, .822, .823, .831, .838 with readouts);
 * - shot .2 (rung 0, the static table): semble-dev .820 at .05, .830 at .2 and .35, .814 at 8; at .2
 *   requests .912 and cosqa-dev .750 against text .867 and .728 (dense alone .869 and .750);
 * - trenta 8: semble-dev rises from .829 at .05 to .866 at 5 and is .854 at 8; cosqa-dev needs 8
 *   to stay within .005 of dense alone (.857 at 3, .870 at 5, .876 at 8 against .879). The full
 *   model is the best single ranker there, and the text list then mostly breaks its ties.
 * Otherwise the rule below stands in.
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
