import { UsageError } from './args';
import * as bench from './commands/bench';
import * as doctor from './commands/doctor';
import * as evalCommand from './commands/eval';
import * as index from './commands/index';
import * as mcp from './commands/mcp';
import * as search from './commands/search';
import * as similar from './commands/similar';

/** Each command is a module with a usage line and a run(argv); main only dispatches. */
const commands: Record<string, { usage: string; run(argv: string[]): Promise<void> }> = {
  index,
  search,
  similar,
  eval: evalCommand,
  bench,
  doctor,
  mcp,
};

function help(): string {
  return ['barista: local semantic search over code and docs', '', ...Object.values(commands).map((c) => `  ${c.usage}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.usage);
    return 0;
  }
  try {
    await command.run(rest);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    const err = e as Error;
    console.error(`error: ${err.message}`);
    if (err instanceof UsageError) return 2;
    if (process.env.BARISTA_DEBUG) console.error(err.stack);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
