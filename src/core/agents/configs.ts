/**
 * The MCP configuration of coding agents that run outside the editor, written so that they start
 * `barista mcp`. Each agent keeps its servers in a file of its own format; an entry is merged into
 * the file with every other entry kept, a changed file is backed up first, and a file that cannot
 * be read is refused (left as it is, with the entry to add by hand). Writing twice changes nothing.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** How an agent starts the server: a program, its arguments and environment. */
export interface ServerCommand {
  command: string;
  args: string[];
  env?: Record<string, string>;
}

export type AgentId = 'claude' | 'cursor' | 'codex' | 'windsurf';

export interface Agent {
  id: AgentId;
  name: string;
  /** The file the agent reads its MCP servers from, for every project (user scope). */
  file(home: string, env?: NodeJS.ProcessEnv): string;
  format: 'json' | 'toml';
  /** The entry under mcpServers (JSON formats). */
  entry?(server: ServerCommand): Record<string, unknown>;
}

const stdioEntry = (server: ServerCommand): Record<string, unknown> => ({
  command: server.command,
  args: server.args,
  ...(server.env && Object.keys(server.env).length ? { env: server.env } : {}),
});

/**
 * The agents, each with its documented user-scope file. Claude Code: ~/.claude.json's top-level
 * mcpServers (what `claude mcp add --scope user` writes; a project's .mcp.json is meant to be
 * committed, and a launcher's path is this machine's). Cursor: ~/.cursor/mcp.json. Codex:
 * $CODEX_HOME/config.toml (~/.codex by default), a [mcp_servers.NAME] table. Windsurf:
 * ~/.codeium/windsurf/mcp_config.json.
 */
export const AGENTS: readonly Agent[] = [
  {
    id: 'claude',
    name: 'Claude Code',
    file: (home) => path.join(home, '.claude.json'),
    format: 'json',
    entry: (server) => ({ type: 'stdio', ...stdioEntry(server) }),
  },
  { id: 'cursor', name: 'Cursor', file: (home) => path.join(home, '.cursor', 'mcp.json'), format: 'json', entry: stdioEntry },
  {
    id: 'codex',
    name: 'Codex',
    file: (home, env = process.env) => path.join(env.CODEX_HOME || path.join(home, '.codex'), 'config.toml'),
    format: 'toml',
  },
  { id: 'windsurf', name: 'Windsurf', file: (home) => path.join(home, '.codeium', 'windsurf', 'mcp_config.json'), format: 'json', entry: stdioEntry },
];

export function agentById(id: string): Agent {
  const agent = AGENTS.find((a) => a.id === id);
  if (!agent) throw new AgentConfigError(`unknown agent "${id}": use ${AGENTS.map((a) => a.id).join(', ')}`);
  return agent;
}

/** A config file that cannot be merged into safely: it is left as it is, and the message holds the entry to add by hand. */
export class AgentConfigError extends Error {
  override name = 'AgentConfigError';
}

export interface WriteResult {
  agent: AgentId;
  file: string;
  /** created: a new file; updated: the entry added or changed; unchanged: it was there already. */
  action: 'created' | 'updated' | 'unchanged';
  /** The copy of the file as it was, made before it was changed. */
  backup?: string;
  /** The file's text as it is now. */
  text: string;
}

/** The backup of a config file, beside it. */
export const backupOf = (file: string): string => `${file}.barista-backup`;

/** Adds (or replaces) the server entry `name` in the agent's config under `home`; see the module comment. */
export function writeAgentConfig(agent: Agent, home: string, server: ServerCommand, name = 'barista', env: NodeJS.ProcessEnv = process.env): WriteResult {
  const file = agent.file(home, env);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const text = agent.format === 'json' ? mergeJson(file, before, name, agent.entry!(server)) : mergeToml(file, before, name, server);
  if (text === before) return { agent: agent.id, file, action: 'unchanged', text };
  mkdirSync(path.dirname(file), { recursive: true });
  let backup: string | undefined;
  if (before !== undefined) {
    backup = backupOf(file);
    copyFileSync(file, backup);
  }
  // Written beside it and renamed into place: an agent reading it meanwhile sees the old file or the new, whole.
  const draft = `${file}.barista-${process.pid}.tmp`;
  writeFileSync(draft, text);
  renameSync(draft, file);
  return { agent: agent.id, file, action: before === undefined ? 'created' : 'updated', backup, text };
}

function mergeJson(file: string, before: string | undefined, name: string, entry: Record<string, unknown>): string {
  let config: Record<string, unknown> = {};
  if (before !== undefined && before.trim() !== '') {
    try {
      config = JSON.parse(before) as Record<string, unknown>;
    } catch (e) {
      throw new AgentConfigError(
        `${file} is not plain JSON (${(e as Error).message}); it is left as it is. Add this under "mcpServers" by hand: ${JSON.stringify({ [name]: entry })}`,
      );
    }
    if (!config || typeof config !== 'object' || Array.isArray(config)) throw new AgentConfigError(`${file} does not hold a JSON object; it is left as it is`);
  }
  const servers = config.mcpServers ?? {};
  if (typeof servers !== 'object' || Array.isArray(servers)) throw new AgentConfigError(`${file}: "mcpServers" is not an object; it is left as it is`);
  const current = (servers as Record<string, unknown>)[name];
  if (before !== undefined && JSON.stringify(current) === JSON.stringify(entry)) return before;
  // Every other key and server stays, in its place.
  const merged = { ...config, mcpServers: { ...(servers as Record<string, unknown>), [name]: entry } };
  return JSON.stringify(merged, null, 2) + '\n';
}

/** A TOML basic string: JSON's escapes are TOML's (paths with backslashes, quotes). */
const tomlString = (s: string): string => JSON.stringify(s);
const tomlKey = (k: string): string => (/^[A-Za-z0-9_-]+$/.test(k) ? k : tomlString(k));

/** The [mcp_servers.NAME] table Codex reads. */
export function codexTable(name: string, server: ServerCommand): string {
  const lines = [`[mcp_servers.${tomlKey(name)}]`, `command = ${tomlString(server.command)}`, `args = [${server.args.map(tomlString).join(', ')}]`];
  if (server.env && Object.keys(server.env).length)
    lines.push(
      `env = { ${Object.entries(server.env)
        .map(([k, v]) => `${tomlKey(k)} = ${tomlString(v)}`)
        .join(', ')} }`,
    );
  return lines.join('\n') + '\n';
}

/**
 * The config with the table of server `name` replaced (with its sub-tables), or added at the end.
 * No TOML library is needed for this one table; a file that defines the server another way
 * (dotted keys, an inline table under [mcp_servers]) is refused rather than half rewritten.
 */
function mergeToml(file: string, before: string | undefined, name: string, server: ServerCommand): string {
  const table = codexTable(name, server);
  if (before === undefined || before.trim() === '') return table;
  const lines = before.split(/\r?\n/);
  const key = `mcp_servers\\.(?:${name}|"${name}")`;
  const header = new RegExp(`^\\s*\\[\\s*${key}\\s*\\]\\s*(#.*)?$`);
  const subHeader = new RegExp(`^\\s*\\[\\s*${key}\\.`);
  const anyHeader = /^\s*\[/;
  const start = lines.findIndex((l) => header.test(l));
  const otherwise = new RegExp(`^\\s*(${key}\\s*[.=]|(?:${name}|"${name}")\\s*=)`);
  const elsewhere = lines.some((l, i) => otherwise.test(l) && (start < 0 || i < start));
  if (elsewhere)
    throw new AgentConfigError(
      `${file} defines the server "${name}" in a form this command does not rewrite; it is left as it is. Replace that definition by hand with:\n${table}`,
    );
  if (start < 0) return before.replace(/\n*$/, '\n') + '\n' + table;
  let end = start + 1;
  while (end < lines.length && (!anyHeader.test(lines[end]) || subHeader.test(lines[end]))) end++;
  // Blank lines before the next table stay with it.
  while (end > start + 1 && lines[end - 1].trim() === '') end--;
  const merged = [...lines.slice(0, start), ...table.trimEnd().split('\n'), ...lines.slice(end)].join('\n');
  const out = merged.endsWith('\n') ? merged : merged + '\n';
  return out === before ? before : out;
}

export interface SetUpResult {
  agent: Agent;
  result?: WriteResult;
  error?: string;
}

/** Writes the entry for each agent; one that cannot be written is reported and the others are still written. */
export function setUpAgents(o: { home: string; server: ServerCommand; agents?: readonly Agent[]; name?: string; env?: NodeJS.ProcessEnv }): SetUpResult[] {
  return (o.agents ?? AGENTS).map((agent) => {
    try {
      return { agent, result: writeAgentConfig(agent, o.home, o.server, o.name, o.env) };
    } catch (e) {
      return { agent, error: (e as Error).message };
    }
  });
}
