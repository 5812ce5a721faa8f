import { statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stderrLogger } from '../../core/log';
import { parse, UsageError } from '../args';
import { Folders } from '../mcp/folders';
import { version } from '../../../package.json';

export const usage =
  "barista mcp [--dir D ...] [--db D] [--model BUNDLE] [--read-only] [-v]   an MCP server over stdio (tools: search, similar, index_status) for the folders D (default: the client's roots, else the working folder); builds a missing index and follows file changes unless --read-only";

/**
 * Serves folders' indexes to an MCP client (an agent) over stdin/stdout until the client closes
 * stdin or the process is told to stop. Only the protocol goes to stdout; logs go to stderr.
 */
export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, { dir: { type: 'string', multiple: true }, 'read-only': { type: 'boolean', default: false } });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}": give the folder with --dir\n${usage}`);
  const dirs = (values.dir ?? []).map((d) => path.resolve(d));
  for (const root of dirs) if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--dir ${root} is not a folder`);
  if (values.db && dirs.length > 1) throw new UsageError('--db names the index of one folder: give one --dir with it');
  const logger = stderrLogger(values.verbose);
  const folders = new Folders({ db: values.db, model: values.model, logger, keepFresh: !values['read-only'] });
  // Loaded here, not with the other commands: the SDK and its schema libraries are most of the CLI's size.
  const { createServer, StdioServerTransport, RootsListChangedNotificationSchema } = await import('../mcp/server');
  const served = dirs.length ? dirs.join(', ') : "the client's workspace folders";
  const server = createServer(folders, version, served);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = resolve;
    process.stdin.once('end', () => void server.close());
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void server.close());
  });
  // Without --dir: the client's roots where it has them (asked once it has said hello), else the working folder.
  const fromRoots = async (): Promise<void> => {
    let roots: string[] = [];
    if (server.server.getClientCapabilities()?.roots) {
      try {
        const listed = await server.server.listRoots();
        roots = listed.roots.filter((r) => r.uri.startsWith('file:')).map((r) => fileURLToPath(r.uri));
      } catch (e) {
        logger.warn(`barista mcp: the client's roots could not be read (${(e as Error).message}); serving the working folder`);
      }
    }
    await folders.set(roots.length ? roots : [process.cwd()]);
    logger.info(`barista mcp: serving ${(await folders.all()).map((f) => `${f.root} (index ${f.db}${f.exists() ? '' : ', not made yet'})`).join(', ')}`);
  };
  if (dirs.length) await folders.set(dirs);
  else {
    server.server.oninitialized = () => void fromRoots();
    server.server.setNotificationHandler(RootsListChangedNotificationSchema, () => void fromRoots());
  }
  await server.connect(transport);
  if (dirs.length)
    logger.info(`barista mcp: serving ${(await folders.all()).map((f) => `${f.root} (index ${f.db}${f.exists() ? '' : ', not made yet'})`).join(', ')}`);
  await closed;
  await folders.close();
}
