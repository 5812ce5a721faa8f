import * as vscode from 'vscode';
import type { Indexing } from './indexing';
import { describePlanSize, sizeLine, statusText, type StatusText } from './statusText';

export type { StatusText } from './statusText';

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
