/**
 * What the status bar says, from the folders' states: pure (no VS Code API), so a table of cases
 * tests it (test/extension/unit).
 */
import type { Size } from '../core/model/ladder';
import type { ProviderName } from '../core/model/providerNames';
import type { FolderState } from './indexing';
import type { PlanView } from './protocol';

/** What the status bar says, computed from the folders' states: pure, so it is easy to test and read. */
export interface StatusText {
  text: string;
  tooltip: string;
  /** Read by screen readers; tests wait for "index ready" in it. */
  label: string;
}

/** "tall: 3 layers, 64 dims" */
export function describePlanSize(size: Size): string {
  return `${size.name}: ${size.layer} layer${size.layer === 1 ? '' : 's'}, ${size.dim} dims`;
}

/** The size some searches get now: folders can differ while one is still building; the shallowest counts. */
function sizeOf(states: FolderState[]): Size | undefined {
  const sizes = states.map((s) => s.activity.sizeInUse).filter((s): s is Size => Boolean(s));
  return sizes.sort((a, b) => a.layer - b.layer || a.dim - b.dim)[0];
}

/** "short: 2 layers, 32 dims, until the index reaches trenta", or why nothing is searchable yet. */
export function sizeLine(size: Size | undefined, plan: PlanView | undefined): string {
  if (!size) return plan ? `nothing yet; the plan is ${describePlanSize(plan.size)}` : 'nothing yet';
  if (plan && (size.layer !== plan.size.layer || size.dim !== plan.size.dim)) return `${describePlanSize(size)}, until the index reaches ${plan.size.name}`;
  return describePlanSize(size);
}

/** How the status bar names an execution provider. */
export const PROVIDER_LABELS: Record<ProviderName, string> = { cpu: 'CPU', cuda: 'CUDA', dml: 'DirectML', coreml: 'Core ML', webgpu: 'WebGPU' };

/**
 * The providers indexing runs on, as the status bar names them ("CPU"; "DirectML, CPU" while folders
 * differ, e.g. one replanned after the GPU failed), or undefined before any plan.
 */
export function providersLine(states: FolderState[]): string | undefined {
  const names = [...new Set(states.map((s) => s.plan?.provider).filter((p): p is ProviderName => Boolean(p)))];
  return names.length ? names.map((p) => PROVIDER_LABELS[p]).join(', ') : undefined;
}

/** The plans' one-line reasons, once each (folders usually share one). */
function reasons(states: FolderState[]): string {
  const all = [...new Set(states.map((s) => s.plan?.reason).filter(Boolean))];
  return all.length ? `Plan: ${all.join('; ')}` : 'Planning…';
}

export function statusText(states: FolderState[], paused: boolean): StatusText {
  if (!states.length) return { text: '$(coffee) Barista', tooltip: 'Barista: no folder open to index', label: 'Barista: no folder open' };
  const size = sizeOf(states);
  const plan = states.find((s) => s.plan)?.plan;
  const files = states.reduce((n, s) => n + (s.status?.files ?? 0), 0);
  const providers = providersLine(states);
  // Which provider runs is in every row: whether a GPU is used is the question a slow index raises.
  const sizeName = size?.name ?? '…';
  const tail = providers ? ` · ${providers}` : '';
  const on = providers ? `, on ${providers}` : '';
  const why = `Searching at ${sizeLine(size, plan)}.\n${providers ? `The model runs on ${providers} (ONNX Runtime).\n` : ''}${reasons(states)}.`;
  const click = 'Click for the index status, pause and resume.';
  const failed = states.filter((s) => s.activity.state === 'error');
  if (failed.length) {
    return {
      text: `$(warning) Barista ${files} files · ${sizeName}${tail}`,
      tooltip: `Barista could not index ${failed.map((s) => `${s.folder.name} (${s.activity.error ?? s.error})`).join(', ')}.\n${click}`,
      label: `Barista: indexing failed for ${failed.map((s) => s.folder.name).join(', ')}`,
    };
  }
  if (paused || states.some((s) => s.activity.state === 'paused')) {
    return {
      text: `$(debug-pause) Barista ${files} files · ${sizeName}${tail}`,
      tooltip: `Barista indexing is paused (what is indexed stays searchable).\n${why}\n${click}`,
      label: `Barista: indexing paused, ${files} files, searching at ${sizeName}${on}`,
    };
  }
  const indexing = states.find((s) => s.activity.state === 'indexing' || s.activity.state === 'starting');
  if (indexing) {
    const w = indexing.activity.work;
    const what = indexing.activity.state === 'starting' ? 'planning' : w?.total ? `${w.done}/${w.total} files` : 'scanning';
    return {
      text: `$(sync~spin) Barista ${what} · ${sizeName}${tail}`,
      tooltip: `Barista is indexing ${indexing.folder.name}${w ? ` to layer ${w.depth}` : ''}: ${what}.\n${why}\n${click}`,
      label: `Barista: indexing, ${what}, searching at ${sizeName}${on}`,
    };
  }
  const deepening = states.find((s) => s.activity.state === 'deepening');
  if (deepening) {
    const w = deepening.activity.work;
    const percent = w?.total ? Math.floor((100 * w.done) / w.total) : 0;
    return {
      text: `$(sync~spin) Barista ${files} files · ${sizeName} → ${plan?.size.name ?? '…'} ${percent}%${tail}`,
      tooltip: `Barista is deepening the index of ${deepening.folder.name} to layer ${w?.depth ?? '?'}: ${w?.done ?? 0} of ${w?.total ?? '?'} chunks.\n${why}\n${click}`,
      label: `Barista: index ready, ${files} files, searching at ${sizeName}, deepening ${percent}%${on}`,
    };
  }
  const waiting = states.find((s) => s.activity.state === 'waiting');
  return {
    text: `$(coffee) Barista ${files} files · ${sizeName}${tail}`,
    tooltip: `Barista: ${files} files indexed in ${states.length} folder${states.length > 1 ? 's' : ''}${waiting ? `; deepening waits for ${waiting.activity.waitingFor}` : ''}.\n${why}\n${click}`,
    label: `Barista: index ready, ${files} files, searching at ${sizeName}${on}`,
  };
}
