import { UsageError } from './args';
import { colorEnabled, painter } from './color';
import * as bench from './commands/bench';
import * as doctor from './commands/doctor';
import * as evalCommand from './commands/eval';
import * as gc from './commands/gc';
import * as index from './commands/index';
import * as mcp from './commands/mcp';
import * as search from './commands/search';
import * as setupAgents from './commands/setupAgents';
import * as similar from './commands/similar';
import * as status from './commands/status';
import * as unlock from './commands/unlock';
import { EXIT, exitCodeOf } from './exit';

/** Each command is a module with a usage line and a run(argv); main only dispatches. */
const commands: Record<string, { usage: string; run(argv: string[]): Promise<void> }> = {
  index,
  search,
  similar,
  status,
  unlock,
  gc,
  eval: evalCommand,
  bench,
  doctor,
  mcp,
  'setup-agents': setupAgents,
};

function help(): string {
  return [
    'barista: local semantic search over code and docs',
    '',
    ...Object.values(commands).map((c) => `  ${c.usage}`),
    '',
    'Every command: --quiet (-q) no progress or notes, --verbose (-v) log what was skipped and why, --json results as JSON.',
    'Exit codes: 0 ok, 1 error, 2 bad usage, 3 no index or no model, 130 cancelled (Ctrl-C).',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = commands[name];
  if (!command) {
    console.error(`unknown command "${name}"\n\n${help()}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.usage);
    return EXIT.ok;
  }
  try {
    await command.run(rest);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    const err = e as Error;
    const code = exitCodeOf(err);
    const paint = painter(colorEnabled(process.stderr));
    if (code === EXIT.cancelled) console.error(`${paint('yellow', 'cancelled:')} ${err.message}`);
    else console.error(`${paint('red', 'error:')} ${err.message}`);
    if (err instanceof UsageError && err.message !== command.usage) console.error(`usage: ${command.usage}`);
    if (code === EXIT.error && process.env.BARISTA_DEBUG) console.error(err.stack);
    return code;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
