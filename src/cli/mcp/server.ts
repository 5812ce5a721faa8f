import * as path from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
export { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { Engine } from '../../core/engine';
import { isInside, pathInFolder } from '../../core/index/folderPath';
import { indexStatus } from '../../core/index/status';
import type { Size } from '../../core/model/ladder';
import type { SearchResult } from '../../core/search/searcher';
import { querySize } from '../commands/search';
import type { FolderIndex } from './folderIndex';

const resultShape = z.object({
  path: z.string().describe('file path, relative to the indexed folder'),
  startLine: z.number().int(),
  endLine: z.number().int(),
  symbol: z.string().describe('the function, class or heading the chunk is, or empty'),
  kind: z.enum(['code', 'docs']),
  language: z.string(),
  score: z.number(),
  snippet: z.object({ line: z.number().int(), text: z.string() }).describe('the line of the chunk that matches best'),
});
type Result = z.infer<typeof resultShape>;

const sizeArg = z
  .string()
  .optional()
  .describe('model size to query at: a cup name (shot, demi, short, tall, grande, venti, trenta) or LAYER:DIM; default: the deepest size the whole index has');
const kArg = z.number().int().min(1).max(100).default(10).describe('how many results (1-100)');

/** An MCP server over one folder's index: search, find similar, and the index's status. */
export function createServer(folder: FolderIndex, version: string): McpServer {
  const server = new McpServer({ name: 'barista', version });

  server.registerTool(
    'search',
    {
      title: 'Barista semantic code search',
      description:
        `Searches the code and docs of ${folder.root} by meaning and by words (local embedding model + full text, fused and ranked). ` +
        'Use it to find where something is done ("where do we retry failed uploads?") or where a name is defined (parseArgs). ' +
        'Returns ranked chunks: path, line range, symbol, score and the best-matching line.',
      inputSchema: {
        query: z.string().trim().min(1).describe('what to look for: a question, some words, or a name'),
        k: kArg,
        mode: z.enum(['hybrid', 'dense', 'text']).default('hybrid').describe('hybrid (default) fuses meaning and words; dense: meaning only; text: words only'),
        kind: z.enum(['code', 'docs']).optional().describe('only code, or only documentation'),
        under: z.string().optional().describe('only paths under this folder, relative to the indexed folder (e.g. src/)'),
        size: sizeArg,
      },
      outputSchema: { query: z.string(), size: z.string(), ms: z.number(), results: z.array(resultShape) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ query, k, mode, kind, under, size: asked }) => {
      const engine = await folder.engine();
      const size = await sizeFor(engine, asked);
      const started = performance.now();
      const found = await engine.searcher.search(query, {
        size,
        mode,
        k,
        filter: kind || under ? { kind, under: under ? relativeTo(folder.root, under) : undefined } : undefined,
      });
      const ms = Math.round(performance.now() - started);
      const results = found.map(plain);
      const head = `${results.length} results for "${query}" in ${folder.root} at ${size.name} (${mode}, ${ms} ms)`;
      return answer(listing(head, results), { query, size: size.name, ms, results });
    },
  );

  server.registerTool(
    'similar',
    {
      title: 'Barista find similar code',
      description: `Finds code in ${folder.root} like the chunk (function, class, section) at a line of a file: near duplicates, other implementations of the same idea.`,
      inputSchema: {
        path: z.string().trim().min(1).describe('file path, relative to the indexed folder (or absolute inside it)'),
        line: z.number().int().min(1).describe('a line (1-based) inside the chunk to start from'),
        k: kArg,
        size: sizeArg,
      },
      outputSchema: { source: resultShape, size: z.string(), results: z.array(resultShape) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ path: file, line, k, size: asked }) => {
      const engine = await folder.engine();
      const size = await sizeFor(engine, asked);
      // Confined to the folder, links resolved: an agent's path never reaches a file outside it.
      const { source, results: found } = await engine.searcher.similar(await pathInFolder(folder.root, file), line, { size, k });
      const results = found.map(plain);
      const head = `${results.length} chunks like ${source.path}:${source.startLine}-${source.endLine}${source.symbol ? ` (${source.symbol})` : ''} at ${size.name}`;
      return answer(listing(head, results), { source: plain(source), size: size.name, results });
    },
  );

  server.registerTool(
    'index_status',
    {
      title: 'Barista index status',
      description: `What the Barista index of ${folder.root} holds: files, chunks, how deep they are embedded (the sizes a search can use), the model, and when it was last written.`,
      inputSchema: {},
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async () => {
      const engine = await folder.engine();
      const s = await indexStatus(folder.root, engine.store, engine.bundle);
      const lines = [
        `folder: ${s.folder}`,
        `index: ${s.index}`,
        `model: ${s.model.name} (${s.model.fingerprint})`,
        `files: ${s.files}, chunks: ${s.chunks}`,
        `searchable sizes: ${s.searchableSizes.join(', ') || 'none yet'}${s.defaultSize ? ` (search uses ${s.defaultSize} by default)` : ''}`,
        ...s.layers.map((l) => `  layer ${l.layer} (${l.sizes.join('/')}): ${l.chunks} of ${s.chunks} chunks`),
        `last written: ${s.updatedAt ? `${s.updatedAt} (${s.ageSeconds} s ago)` : 'unknown'}`,
      ];
      return answer(lines.join('\n'), { ...s });
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

/** A result as the tools give it: without the chunk's full text and id. */
function plain(r: SearchResult): Result {
  return { path: r.path, startLine: r.startLine, endLine: r.endLine, symbol: r.symbol, kind: r.kind, language: r.language, score: r.score, snippet: r.snippet };
}

function listing(head: string, results: Result[]): string {
  const rows = results.map((r, i) => {
    const where = `${i + 1}. ${r.path}:${r.startLine}-${r.endLine}${r.symbol ? `  ${r.symbol}` : ''}  (score ${r.score.toFixed(4)})`;
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
