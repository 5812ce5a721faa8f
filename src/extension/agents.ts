import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AGENTS, setUpAgents } from '../core/agents/configs';
import { installLauncher } from '../core/agents/launcher';
import type { Barista } from './barista';

/**
 * Agents and Barista's index. In VS Code's agent mode, an MCP server definition provider (VS Code
 * 1.101 and later; feature-detected, as engines.vscode allows older editors) offers `barista mcp`
 * over the workspace folders, run by the editor's own Node: nothing to install or configure. For
 * agents outside the editor, "Barista: Set Up Agents" writes their MCP configs (src/core/agents).
 */

/** The parts of the MCP provider API used here (not in @types/vscode 1.95, which engines.vscode pins). */
interface McpStdioServerDefinitionCtor {
  new (label: string, command: string, args?: string[], env?: Record<string, string | number | null>, version?: string): { cwd?: vscode.Uri };
}
interface McpLm {
  registerMcpServerDefinitionProvider?(
    id: string,
    provider: { onDidChangeMcpServerDefinitions?: vscode.Event<void>; provideMcpServerDefinitions(token: vscode.CancellationToken): unknown[] },
  ): vscode.Disposable;
}

/** The provider id, as package.json's contributes.mcpServerDefinitionProviders names it. */
export const MCP_PROVIDER_ID = 'barista.mcp';

/** The command line shipped in the extension (dist/cli.js). */
export const cliPath = (ctx: Barista): string => path.join(ctx.context.extensionPath, 'dist', 'cli.js');

export function registerMcpProvider(ctx: Barista): vscode.Disposable[] {
  const lm = (vscode as unknown as { lm?: McpLm }).lm;
  const Definition = (vscode as unknown as { McpStdioServerDefinition?: McpStdioServerDefinitionCtor }).McpStdioServerDefinition;
  if (!lm?.registerMcpServerDefinitionProvider || !Definition) {
    ctx.log.info(
      'this editor has no MCP server definition API (VS Code 1.101+): agent mode does not list Barista; "Barista: Set Up Agents" configures other agents',
    );
    return [];
  }
  const changed = new vscode.EventEmitter<void>();
  const provider = {
    onDidChangeMcpServerDefinitions: changed.event,
    provideMcpServerDefinitions: () => {
      // Only a trusted workspace's folders on this machine's disk (where the extension host runs).
      if (!vscode.workspace.isTrusted) return [];
      const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
      if (!folders.length) return [];
      const version = (ctx.context.extension.packageJSON as { version?: string }).version;
      // The editor's executable runs as Node (ELECTRON_RUN_AS_NODE); in a remote window, the server's Node.
      const definition = new Definition(
        'Barista',
        process.execPath,
        [cliPath(ctx), 'mcp', ...folders.flatMap((f) => ['--dir', f])],
        { ELECTRON_RUN_AS_NODE: '1' },
        version,
      );
      definition.cwd = vscode.Uri.file(folders[0]);
      return [definition];
    },
  };
  return [
    changed,
    lm.registerMcpServerDefinitionProvider(MCP_PROVIDER_ID, provider),
    vscode.workspace.onDidChangeWorkspaceFolders(() => changed.fire()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => changed.fire()),
  ];
}

/** "Barista: Set Up Agents": the agents to configure are picked (all by default), then each config is merged. */
export async function setUpAgentsCommand(ctx: Barista): Promise<void> {
  const picked = await vscode.window.showQuickPick(
    AGENTS.map((agent) => ({ label: agent.name, description: agent.file(os.homedir()), picked: true, agent })),
    { canPickMany: true, title: 'Barista: let these agents search with Barista (their MCP config, for every project)' },
  );
  if (!picked?.length) return;
  const launcher = installLauncher({ node: process.execPath, cli: cliPath(ctx) });
  ctx.log.info(`agents: launcher ${launcher.server.command} ${launcher.server.args.join(' ')} (${launcher.files.join(', ')})`);
  const results = setUpAgents({ home: os.homedir(), server: launcher.server, agents: picked.map((p) => p.agent) });
  for (const r of results) {
    if (r.result) ctx.log.info(`agents: ${r.agent.name}: ${r.result.action} ${r.result.file}${r.result.backup ? ` (backup: ${r.result.backup})` : ''}`);
    else ctx.log.warn(`agents: ${r.agent.name}: not written: ${r.error}`);
  }
  const done = results.filter((r) => r.result).map((r) => r.agent.name);
  const failed = results.filter((r) => r.error);
  if (failed.length) {
    const pick = await vscode.window.showWarningMessage(
      `Barista: ${done.length ? `set up ${done.join(', ')}; ` : ''}not ${failed.map((r) => r.agent.name).join(', ')}: ${failed[0].error}`,
      'Show Logs',
    );
    if (pick) ctx.log.show();
  } else {
    const open = await vscode.window.showInformationMessage(
      `Barista: ${done.join(', ')} can search with Barista now (restart them to load it).`,
      'Open a Config',
    );
    if (open) {
      const file = await vscode.window.showQuickPick(
        results.filter((r) => r.result).map((r) => ({ label: r.agent.name, description: r.result!.file })),
        { title: 'Open which config?' },
      );
      if (file) await vscode.window.showTextDocument(vscode.Uri.file(file.description));
    }
  }
}
