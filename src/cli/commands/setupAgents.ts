import * as os from 'node:os';
import * as path from 'node:path';
import { AGENTS, agentById, setUpAgents } from '../../core/agents/configs';
import { installLauncher } from '../../core/agents/launcher';
import { parse, UsageError } from '../args';

export const usage = `barista setup-agents [--agents ${AGENTS.map((a) => a.id).join(',')}] [--json]   writes the MCP config of coding agents (user scope) so that they start barista mcp, through a launcher that survives updates`;

/** The shared work of "Barista: Set Up Agents": a launcher in Barista's folder, then each agent's config merged. */
export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, { agents: { type: 'string' } });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"\n${usage}`);
  let agents;
  try {
    agents = values.agents ? values.agents.split(',').map((a) => agentById(a.trim())) : AGENTS;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  // This command line is the fallback the launcher runs when no extension is installed.
  const launcher = installLauncher({ node: process.execPath, cli: path.resolve(process.argv[1]) });
  const results = setUpAgents({ home: os.homedir(), server: launcher.server, agents });
  if (values.json) {
    console.log(JSON.stringify({ launcher, agents: results.map((r) => ({ agent: r.agent.id, ...r.result, text: undefined, error: r.error })) }));
  } else {
    console.log(`launcher: ${launcher.server.command} ${launcher.server.args.join(' ')}`);
    for (const r of results) {
      if (r.result) console.log(`${r.agent.name}: ${r.result.action} ${r.result.file}${r.result.backup ? ` (the file as it was: ${r.result.backup})` : ''}`);
      else console.error(`${r.agent.name}: not written: ${r.error}`);
    }
  }
  if (results.some((r) => r.error)) process.exitCode = 1;
}
