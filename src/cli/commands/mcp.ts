import { statSync } from 'node:fs';
import * as path from 'node:path';
import { stderrLogger } from '../../core/log';
import { parse, UsageError } from '../args';
import { FolderIndex } from '../mcp/folderIndex';
import { version } from '../../../package.json';

export const usage =
  'barista mcp [--dir D] [--db D] [--model BUNDLE] [-v]   an MCP server over stdio (tools: search, similar, index_status) for the index of D';

/**
 * Serves one folder's index to an MCP client (an agent) over stdin/stdout until the client closes
 * stdin or the process is told to stop. Only the protocol goes to stdout; logs go to stderr.
 */
export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, {});
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}": give the folder with --dir\n${usage}`);
  const root = path.resolve(values.dir ?? '.');
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--dir ${root} is not a folder`);
  const logger = stderrLogger(values.verbose);
  const folder = new FolderIndex({ root, db: values.db, model: values.model, logger });
  // Loaded here, not with the other commands: the SDK and its schema libraries are most of the CLI's size.
  const { createServer, StdioServerTransport } = await import('../mcp/server');
  const server = createServer(folder, version);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = resolve;
    process.stdin.once('end', () => void server.close());
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void server.close());
  });
  await server.connect(transport);
  logger.info(`barista mcp: serving ${root} (index ${folder.db}${folder.exists() ? '' : ', not made yet'})`);
  await closed;
  await folder.close();
}
