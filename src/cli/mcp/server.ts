import * as path from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
export { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
export { RootsListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { Engine } from '../../core/engine';
import { isInside, pathInFolder } from '../../core/index/folderPath';
import { indexStatus } from '../../core/index/status';
import type { Size } from '../../core/model/ladder';
import type { SearchResult } from '../../core/search/searcher';
import { querySize } from '../commands/search';
import type { Folders } from './folders';

const resultShape = z.object({
  folder: z.string().describe('the served folder the file is in (absolute)'),
  path: z.string().describe('file path, relative to its folder'),
  startLine: z.number().int(),
  endLine: z.number().int(),
  symbol: z.string().describe('the function, class or heading the chunk is, or empty'),
  kind: z.enum(['code', 'docs']),
  language: z.string(),
  score: z.number(),
  snippet: z.object({ line: z.number().int(), text: z.string() }).describe('the line of the chunk that matches best'),
  content: z.string().optional().describe("the chunk's code or text, lines startLine to endLine (only when asked for with content)"),
});
type Result = z.infer<typeof resultShape>;

const sizeArg = z
  .string()
  .optional()
  .describe('model size to query at: a cup name (shot, demi, short, tall, grande, venti, trenta) or LAYER:DIM; default: the deepest size the whole index has');
const kArg = z.number().int().min(1).max(100).default(10).describe('how many results (1-100)');
const contentArg = z.boolean().default(false).describe("add each result's code (its full text) so that no second read is needed");
const folderArg = z.string().optional().describe('only this served folder (its path or name); default: every folder served');

/** An MCP server over the indexes of some folders: search, find similar, and the indexes' status. */
export function createServer(folders: Folders, version: string, served: string): McpServer {
  const server = new McpServer({ name: 'barista', version });

  server.registerTool(
    'search',
    {
      title: 'Barista semantic code search',
      description:
        `Searches the code and docs of ${served} by meaning and by words (local embedding model + full text, fused and ranked). ` +
        'Use it to find where something is done ("where do we retry failed uploads?") or where a name is defined (parseArgs). ' +
        'Returns ranked chunks: path, line range, symbol, score and the best-matching line; with content: true, the code of each chunk too.',
      inputSchema: {
        query: z.string().trim().min(1).describe('what to look for: a question, some words, or a name'),
        k: kArg,
        mode: z.enum(['hybrid', 'dense', 'text']).default('hybrid').describe('hybrid (default) fuses meaning and words; dense: meaning only; text: words only'),
        kind: z.enum(['code', 'docs']).optional().describe('only code, or only documentation'),
        under: z.string().optional().describe('only paths under this folder, relative to the served folder (e.g. src/)'),
        size: sizeArg,
        content: contentArg,
        folder: folderArg,
      },
      outputSchema: { query: z.string(), size: z.string(), ms: z.number(), results: z.array(resultShape) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ query, k, mode, kind, under, size: asked, content, folder: name }) => {
      const started = performance.now();
      const picked = await folders.pick(name);
      const sizes = new Set<string>();
      const found: Result[] = [];
      for (const folder of picked) {
        const engine = await folder.engine();
        const size = await sizeFor(engine, asked);
        sizes.add(size.name);
        const results = await engine.searcher.search(query, {
          size,
          mode,
          k,
          filter: kind || under ? { kind, under: under ? relativeTo(folder.root, under) : undefined } : undefined,
        });
        found.push(...results.map((r) => plain(folder.root, r, content)));
      }
      // Several folders: one list, best first (each folder's scores come from the same model and ranker).
      const results = found.sort((a, b) => b.score - a.score).slice(0, k);
      const ms = Math.round(performance.now() - started);
      const size = [...sizes].join(', ');
      const where = picked.map((f) => f.root).join(', ');
      const head = `${results.length} results for "${query}" in ${where} at ${size} (${mode}, ${ms} ms)`;
      return answer(listing(head, results, picked.length > 1), { query, size, ms, results });
    },
  );

  server.registerTool(
    'similar',
    {
      title: 'Barista find similar code',
      description: `Finds code in ${served} like the chunk (function, class, section) at a line of a file: near duplicates, other implementations of the same idea.`,
      inputSchema: {
        path: z.string().trim().min(1).describe("file path: relative to its folder (with several folders, the folder's name first), or absolute inside it"),
        line: z.number().int().min(1).describe('a line (1-based) inside the chunk to start from'),
        k: kArg,
        size: sizeArg,
        content: contentArg,
        folder: z.string().optional().describe('the served folder the path is relative to (its path or name)'),
      },
      outputSchema: { source: resultShape, size: z.string(), results: z.array(resultShape) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ path: given, line, k, size: asked, content, folder: name }) => {
      const { folder, file } = await folders.forFile(given, name);
      const engine = await folder.engine();
      const size = await sizeFor(engine, asked);
      // Confined to the folder, links resolved: an agent's path never reaches a file outside it.
      const { source, results: found } = await engine.searcher.similar(await pathInFolder(folder.root, file), line, { size, k });
      const results = found.map((r) => plain(folder.root, r, content));
      const head = `${results.length} chunks like ${source.path}:${source.startLine}-${source.endLine}${source.symbol ? ` (${source.symbol})` : ''} at ${size.name}`;
      return answer(listing(head, results, false), { source: plain(folder.root, source, content), size: size.name, results });
    },
  );

  server.registerTool(
    'index_status',
    {
      title: 'Barista index status',
      description: `What the Barista index of ${served} holds: files, chunks, how deep they are embedded (the sizes a search can use), the model, when it was last written, and whether this server keeps it current.`,
      inputSchema: {},
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async () => {
      const all = await folders.all();
      const statuses = [];
      const lines: string[] = [];
      for (const folder of all) {
        const engine = await folder.engine();
        const s = { ...(await indexStatus(folder.root, engine.store, engine.bundle)), upkeep: folder.activity() };
        statuses.push(s);
        lines.push(
          `folder: ${s.folder}`,
          `index: ${s.index}`,
          `model: ${s.model.name} (${s.model.fingerprint})`,
          `files: ${s.files}, chunks: ${s.chunks}`,
          `searchable sizes: ${s.searchableSizes.join(', ') || 'none yet'}${s.defaultSize ? ` (search uses ${s.defaultSize} by default)` : ''}`,
          ...s.layers.map((l) => `  layer ${l.layer} (${l.sizes.join('/')}): ${l.chunks} of ${s.chunks} chunks`),
          `last written: ${s.updatedAt ? `${s.updatedAt} (${s.ageSeconds} s ago)` : 'unknown'}`,
          `upkeep: ${s.upkeep}`,
          '',
        );
      }
      // One folder: its status as such (the shape clients of one folder read); several: a list.
      return answer(lines.join('\n').trimEnd(), statuses.length === 1 ? { ...statuses[0] } : { folders: statuses });
    },
  );

  return server;
}

/**
 * The size to answer at: the one asked for, or the deepest the whole index has. A size deeper than
 * every chunk is embedded to is refused rather than answered from the few chunks that have it.
 */
async function sizeFor(engine: Engine, asked: string | undefined): Promise<Size> {
  const size = await querySize(engine, asked);
  const depth = await engine.store.searchableDepth();
  if (size.layer > depth) {
    const have = engine.bundle.manifest.ladder.filter((s) => s.layer <= depth).map((s) => s.name);
    throw new Error(
      `size ${size.name} needs layer ${size.layer}, but the index is embedded only to layer ${depth} (sizes ${have.join(', ')}); ask for one of those, or deepen it with: barista index ${engine.root} --size ${size.name}`,
    );
  }
  return size;
}

/** A result as the tools give it: without the chunk's id, and its text only when asked for. */
function plain(folder: string, r: SearchResult, content: boolean): Result {
  const out: Result = {
    folder,
    path: r.path,
    startLine: r.startLine,
    endLine: r.endLine,
    symbol: r.symbol,
    kind: r.kind,
    language: r.language,
    score: r.score,
    snippet: r.snippet,
  };
  if (content) out.content = r.text;
  return out;
}

/** The results as text: one line each (the folder's name first when there are several), the best line, and the code when asked for. */
function listing(head: string, results: Result[], named: boolean): string {
  const rows = results.map((r, i) => {
    const file = named ? `${path.basename(r.folder)}/${r.path}` : r.path;
    const where = `${i + 1}. ${file}:${r.startLine}-${r.endLine}${r.symbol ? `  ${r.symbol}` : ''}  (score ${r.score.toFixed(4)})`;
    if (r.content !== undefined) {
      // A fence longer than any run of backticks in the chunk (a Markdown chunk may hold fences of its own).
      const fence = '`'.repeat(Math.max(3, ...[...r.content.matchAll(/`+/g)].map((m) => m[0].length + 1)));
      return `${where}\n${fence}${r.language}\n${r.content.replace(/\n+$/, '')}\n${fence}`;
    }
    return r.snippet.text ? `${where}\n   ${r.snippet.line}: ${r.snippet.text.trim()}` : where;
  });
  return [head, ...rows].join('\n');
}

function answer(text: string, structured: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text }], structuredContent: structured };
}

/**
 * A folder filter as the index keys paths: relative to the folder, '/' separated; an absolute one
 * must lie inside the folder. Only a prefix to match, no file is touched (a file goes through pathInFolder).
 */
export function relativeTo(root: string, p: string): string {
  if (!path.isAbsolute(p)) return p.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!isInside(root, p)) throw new Error(`${p} is outside the indexed folder ${root}`);
  return path.relative(root, p).split(path.sep).join('/');
}
