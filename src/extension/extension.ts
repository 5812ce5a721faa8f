import * as vscode from 'vscode';

/** Placeholder activation: the extension issue fills in commands, indexing and views. */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Barista', { log: true });
  context.subscriptions.push(log);
  log.info('Barista activated');
}

export function deactivate(): void {}
