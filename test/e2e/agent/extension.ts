/**
 * A stand-in for a chat agent, installed beside Barista in the end-to-end test only. code-server here
 * has no language model, so no chat agent can run and call Barista's tools; this extension calls them
 * the way an agent does (vscode.lm.invokeTool, from another extension) and shows the answer, the text
 * an agent would read, in an editor where the test sees it and takes its picture. It also opens
 * Barista's walkthrough by its id, as VS Code's Welcome page does.
 */
import * as vscode from 'vscode';

/** `<publisher>.<name>#<walkthrough id>` of Barista's package.json. */
export const WALKTHROUGH = 'barista.barista#barista.start';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('baristaE2e.openWalkthrough', () => vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false)),
    vscode.commands.registerCommand('baristaE2e.callTool', callTool),
  );
}

/** Picks one of Barista's tools, asks for its input as JSON, calls it and opens what it answered. */
async function callTool(): Promise<void> {
  const tools = vscode.lm.tools.filter((t) => t.name.startsWith('barista_'));
  const picked = await vscode.window.showQuickPick(
    tools.map((t) => ({ label: t.name, detail: t.description })),
    { placeHolder: 'Which Barista chat tool to call' },
  );
  if (!picked) return;
  const json = await vscode.window.showInputBox({ prompt: `Input of ${picked.label}, as a chat agent would send it`, placeHolder: '{ JSON }' });
  if (json === undefined) return;
  const started = Date.now();
  let answer: string;
  try {
    const input = JSON.parse(json) as object;
    const result = await vscode.lm.invokeTool(picked.label, { input, toolInvocationToken: undefined });
    answer = result.content.map((p) => ('value' in (p as object) ? String((p as vscode.LanguageModelTextPart).value) : '')).join('\n');
  } catch (e) {
    answer = `error: ${(e as Error).message}`;
  }
  const content = [
    `# A chat agent calls ${picked.label}`,
    '',
    `\`vscode.lm.invokeTool('${picked.label}', ${json.trim()})\` answered in ${Date.now() - started} ms; this is what the agent reads:`,
    '',
    '```text',
    answer,
    '```',
    '',
  ].join('\n');
  // The answer gets the whole editor area.
  await vscode.commands.executeCommand('workbench.action.closePanel');
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(doc, { preview: false });
}
