import { deepest, storedLayers, type Ladder, type Size } from '../../core/model/ladder';
import type { EngineSettings, PlanView } from '../protocol';

/**
 * The plan from the quality setting alone: a fixed size indexes to that size's layer and searches
 * at it; "auto" takes the deepest size. The adaptive planner (src/core/adapt, which also reads the
 * machine and its power) produces the same PlanView and replaces this function where it is called.
 */
export function settingsPlan(settings: Pick<EngineSettings, 'quality'>, ladder: Ladder): PlanView {
  const quality = settings.quality.trim().toLowerCase();
  if (quality !== 'auto') {
    const fixed = ladder.find((s) => s.name === quality);
    if (fixed) return { depth: fixed.layer, size: fixed, reason: 'set in settings' };
    const size = deepest(ladder);
    return { depth: size.layer, size, reason: `"${settings.quality}" is not a size of this model; using auto` };
  }
  const size = deepest(ladder);
  return { depth: size.layer, size, reason: 'auto: the deepest size' };
}

/**
 * The size a folder's searches use now: the plan's size once every chunk has its layer; while the
 * index is shallower (still building, or built by a shallower plan), the widest size at the deepest
 * layer every chunk has. Undefined when nothing is searchable yet.
 */
export function sizeInUse(plan: PlanView, searchableDepth: number, ladder: Ladder): Size | undefined {
  if (searchableDepth >= plan.size.layer) return plan.size;
  const layer = storedLayers(ladder)
    .map((l) => l.layer)
    .filter((l) => l <= searchableDepth)
    .pop();
  if (layer === undefined) return undefined;
  return [...ladder].filter((s) => s.layer === layer).sort((a, b) => b.dim - a.dim)[0];
}

/** "tall: 3 layers, 64 dims" */
export function describePlanSize(size: Size): string {
  return `${size.name}: ${size.layer} layer${size.layer === 1 ? '' : 's'}, ${size.dim} dims`;
}
