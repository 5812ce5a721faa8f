import * as vscode from 'vscode';
import type { Size } from '../core/model/ladder';
import type { FolderState, Indexing } from './indexing';
import type { PlanView } from './protocol';
import { describePlanSize } from './worker/plan';

/** What the status bar says, computed from the folders' states: pure, so it is easy to test and read. */
export interface StatusText {
  text: string;
  tooltip: string;
  /** Read by screen readers; tests wait for "index ready" in it. */
  label: string;
}

function sizeOf(states: FolderState[], plan: PlanView | undefined): Size | undefined {
  const sizes = states.map((s) => s.status?.sizeInUse).filter((s): s is Size => Boolean(s));
  if (!sizes.length) return undefined;
  // Folders can differ while one is still building; the shallowest is what some searches get.
  return sizes.sort((a, b) => a.layer - b.layer || a.dim - b.dim)[0] ?? plan?.size;
}

/** "tall: 3 layers, 64 dims (set in settings)", or why nothing is searchable yet. */
export function sizeLine(size: Size | undefined, plan: PlanView | undefined): string {
  if (!size) return plan ? `nothing searchable yet; the plan is ${describePlanSize(plan.size)} (${plan.reason})` : 'nothing searchable yet';
  if (plan && size.name !== plan.size.name) return `${describePlanSize(size)} until the index reaches ${plan.size.name} (${plan.reason})`;
  return `${describePlanSize(size)} (${plan?.reason ?? 'from the index'})`;
}

export function statusText(states: FolderState[], plan: PlanView | undefined, paused: boolean): StatusText {
  if (!states.length) return { text: '$(coffee) Barista', tooltip: 'Barista: no folder open to index', label: 'Barista: no folder open' };
  const size = sizeOf(states, plan);
  const done = states.reduce((n, s) => n + (s.progress?.filesDone ?? s.status?.files ?? 0), 0);
  const total = states.reduce((n, s) => n + (s.progress?.filesTotal || s.status?.files || 0), 0);
  const sizeName = size?.name ?? '…';
  const why = sizeLine(size, plan);
  const click = 'Click for the index status, pause and resume.';
  if (states.some((s) => s.phase === 'indexing')) {
    const running = states.find((s) => s.phase === 'indexing')!;
    const p = running.progress;
    const what = p?.phase === 'scanning' ? 'scanning' : `${done}/${total} files`;
    return {
      text: `$(sync~spin) Barista ${what} · ${sizeName}`,
      tooltip: `Barista is indexing ${running.folder.name}: ${done} of ${total} files.\nSearching at ${why}.\n${click}`,
      label: `Barista: indexing, ${done} of ${total} files, searching at ${sizeName}`,
    };
  }
  if (states.some((s) => s.phase === 'failed')) {
    const failed = states.filter((s) => s.phase === 'failed');
    return {
      text: `$(warning) Barista ${done}/${total} · ${sizeName}`,
      tooltip: `Barista could not index ${failed.map((s) => `${s.folder.name} (${s.error})`).join(', ')}.\n${click}`,
      label: `Barista: indexing failed for ${failed.map((s) => s.folder.name).join(', ')}`,
    };
  }
  if (paused || states.some((s) => s.phase === 'paused')) {
    return {
      text: `$(debug-pause) Barista ${done}/${total} · ${sizeName}`,
      tooltip: `Barista indexing is paused (finished files are searchable).\nSearching at ${why}.\n${click}`,
      label: `Barista: indexing paused, ${done} of ${total} files, searching at ${sizeName}`,
    };
  }
  if (states.some((s) => s.phase === 'queued' || s.phase === 'waiting')) {
    return {
      text: `$(coffee) Barista ${done}/${total} · ${sizeName}`,
      tooltip: `Barista will update the index shortly.\nSearching at ${why}.\n${click}`,
      label: `Barista: update pending, ${done} of ${total} files, searching at ${sizeName}`,
    };
  }
  return {
    text: `$(coffee) Barista ${done}/${total} · ${sizeName}`,
    tooltip: `Barista: ${done} of ${total} files indexed in ${states.length} folder${states.length > 1 ? 's' : ''}.\nSearching at ${why}.\n${click}`,
    label: `Barista: index ready, ${done} of ${total} files, searching at ${sizeName}`,
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
    this.show(statusText(this.indexing.folders, this.indexing.plan, this.indexing.isPaused));
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
  const plan = indexing.plan;
  if (plan) {
    items.push({ label: '$(layers) Plan', description: describePlanSize(plan.size), detail: `Index to layer ${plan.depth}: ${plan.reason}` });
  }
  for (const s of indexing.folders) {
    items.push({ label: s.folder.name, kind: vscode.QuickPickItemKind.Separator });
    const st = s.status;
    const p = s.progress;
    const state =
      s.phase === 'indexing' ? `indexing ${p?.filesDone ?? 0}/${p?.filesTotal ?? 0} files` : s.phase === 'failed' ? `failed: ${s.error}` : s.phase;
    items.push({
      label: `$(database) ${st?.files ?? 0} files, ${st?.chunks ?? 0} chunks, ${bytes(st?.bytes ?? 0)}`,
      description: `updated ${ago(st?.updated ?? 0)}`,
      detail: `${state}; index at ${s.spec.db}`,
    });
    items.push({ label: `$(search) Searching at ${sizeLine(st?.sizeInUse, plan)}` });
  }
  items.push({ label: 'Actions', kind: vscode.QuickPickItemKind.Separator });
  const running = indexing.folders.some((s) => s.phase === 'indexing' || s.phase === 'queued');
  if (indexing.isPaused || indexing.folders.some((s) => s.phase === 'paused')) {
    items.push({ label: '$(debug-start) Resume indexing', command: 'barista.resumeIndexing' });
  } else if (running || indexing.folders.length) {
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
