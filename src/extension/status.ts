import * as vscode from 'vscode';
import type { Size } from '../core/model/ladder';
import type { FolderState, Indexing } from './indexing';
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
  const sizeName = size?.name ?? '…';
  const why = `Searching at ${sizeLine(size, plan)}.\n${reasons(states)}.`;
  const click = 'Click for the index status, pause and resume.';
  const failed = states.filter((s) => s.activity.state === 'error');
  if (failed.length) {
    return {
      text: `$(warning) Barista ${files} files · ${sizeName}`,
      tooltip: `Barista could not index ${failed.map((s) => `${s.folder.name} (${s.activity.error ?? s.error})`).join(', ')}.\n${click}`,
      label: `Barista: indexing failed for ${failed.map((s) => s.folder.name).join(', ')}`,
    };
  }
  if (paused || states.some((s) => s.activity.state === 'paused')) {
    return {
      text: `$(debug-pause) Barista ${files} files · ${sizeName}`,
      tooltip: `Barista indexing is paused (what is indexed stays searchable).\n${why}\n${click}`,
      label: `Barista: indexing paused, ${files} files, searching at ${sizeName}`,
    };
  }
  const indexing = states.find((s) => s.activity.state === 'indexing' || s.activity.state === 'starting');
  if (indexing) {
    const w = indexing.activity.work;
    const what = indexing.activity.state === 'starting' ? 'planning' : w?.total ? `${w.done}/${w.total} files` : 'scanning';
    return {
      text: `$(sync~spin) Barista ${what} · ${sizeName}`,
      tooltip: `Barista is indexing ${indexing.folder.name}${w ? ` to layer ${w.depth}` : ''}: ${what}.\n${why}\n${click}`,
      label: `Barista: indexing, ${what}, searching at ${sizeName}`,
    };
  }
  const deepening = states.find((s) => s.activity.state === 'deepening');
  if (deepening) {
    const w = deepening.activity.work;
    const percent = w?.total ? Math.floor((100 * w.done) / w.total) : 0;
    return {
      text: `$(sync~spin) Barista ${files} files · ${sizeName} → ${plan?.size.name ?? '…'} ${percent}%`,
      tooltip: `Barista is deepening the index of ${deepening.folder.name} to layer ${w?.depth ?? '?'}: ${w?.done ?? 0} of ${w?.total ?? '?'} chunks.\n${why}\n${click}`,
      label: `Barista: index ready, ${files} files, searching at ${sizeName}, deepening ${percent}%`,
    };
  }
  const waiting = states.find((s) => s.activity.state === 'waiting');
  return {
    text: `$(coffee) Barista ${files} files · ${sizeName}`,
    tooltip: `Barista: ${files} files indexed in ${states.length} folder${states.length > 1 ? 's' : ''}${waiting ? `; deepening waits for ${waiting.activity.waitingFor}` : ''}.\n${why}\n${click}`,
    label: `Barista: index ready, ${files} files, searching at ${sizeName}`,
  };
}

/** The status bar item: files done/total, the size in use and, in its tooltip, why. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('barista.status', vscode.StatusBarAlignment.Left, 10);
  private readonly sub?: vscode.Disposable;
  /** What the item showed last, for tests. */
  current?: StatusText;
  /** Why the engine could not start, if it could not. */
  private failure?: string;

  constructor(private readonly indexing?: Indexing) {
    this.item.name = 'Barista';
    this.item.command = 'barista.showStatus';
    if (indexing) this.sub = indexing.onDidChange(() => this.render());
    this.render();
    this.item.show();
  }

  /** Shows that the engine could not start (until the next successful start). */
  fail(reason: string): void {
    this.failure = reason;
    this.render();
  }

  render(): void {
    if (this.failure) {
      this.show({
        text: '$(warning) Barista',
        tooltip: `Barista could not start: ${this.failure}\nSee "Barista: Show Logs".`,
        label: `Barista: could not start, ${this.failure}`,
      });
      return;
    }
    if (!this.indexing) {
      this.show({
        text: '$(shield) Barista',
        tooltip: 'Barista indexes only trusted workspaces. Trust this workspace to index and search it.',
        label: 'Barista: workspace not trusted, not indexing',
      });
      return;
    }
    this.show(statusText(this.indexing.folders, this.indexing.isPaused));
  }

  private show(t: StatusText): void {
    this.current = t;
    this.item.text = t.text;
    this.item.tooltip = t.tooltip;
    this.item.accessibilityInformation = { label: t.label, role: 'button' };
  }

  dispose(): void {
    this.sub?.dispose();
    this.item.dispose();
  }
}

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

function ago(ms: number): string {
  if (!ms) return 'never';
  const s = Math.max(0, Math.round((Date.now() - ms) / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86400) return `${Math.round(s / 3600)} h ago`;
  return new Date(ms).toLocaleString();
}

interface Action extends vscode.QuickPickItem {
  command?: string;
}

/** The status view: a short quick pick with each folder's index, the plan, and what can be done. */
export async function showStatusView(indexing: Indexing): Promise<void> {
  const items: Action[] = [];
  for (const s of indexing.folders) {
    items.push({ label: s.folder.name, kind: vscode.QuickPickItemKind.Separator });
    const st = s.status;
    const a = s.activity;
    const doing =
      a.state === 'indexing' && a.work
        ? `indexing to layer ${a.work.depth}: ${a.work.done}/${a.work.total} files`
        : a.state === 'deepening' && a.work
          ? `deepening to layer ${a.work.depth}: ${a.work.done}/${a.work.total} chunks`
          : a.state === 'waiting'
            ? `deepening waits for ${a.waitingFor}`
            : a.state === 'error'
              ? `failed: ${a.error ?? s.error}`
              : a.state;
    items.push({
      label: `$(database) ${st?.files ?? 0} files, ${st?.chunks ?? a.chunks} chunks, ${bytes(st?.bytes ?? 0)}`,
      description: `updated ${ago(st?.updated ?? 0)}`,
      detail: `${doing}; index at ${s.spec.db}`,
    });
    items.push({ label: `$(search) Searching at ${sizeLine(a.sizeInUse, s.plan)}` });
    if (s.plan) items.push({ label: `$(layers) Plan: ${describePlanSize(s.plan.size)}`, detail: s.plan.reason });
  }
  items.push({ label: 'Actions', kind: vscode.QuickPickItemKind.Separator });
  if (indexing.isPaused || indexing.folders.some((s) => s.activity.state === 'paused')) {
    items.push({ label: '$(debug-start) Resume indexing', command: 'barista.resumeIndexing' });
  } else if (indexing.folders.length) {
    items.push({ label: '$(debug-pause) Pause indexing', command: 'barista.pauseIndexing' });
  }
  items.push(
    { label: '$(refresh) Rebuild index', command: 'barista.rebuildIndex' },
    { label: '$(output) Show logs', command: 'barista.showLogs' },
    { label: '$(settings-gear) Open settings', command: 'barista.openSettings' },
  );
  const pick = await vscode.window.showQuickPick(items, { title: 'Barista index', placeHolder: 'Index status and actions' });
  if (pick?.command) await vscode.commands.executeCommand(pick.command);
}
