import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { openEngine } from '../../src/core/engine';
import { indexFolder } from '../../src/core/index/indexer';
import { defaultIndexDir } from '../../src/core/index/location';
import { parseSize } from '../../src/core/model/ladder';

/**
 * `barista mcp` as an agent meets it: a child process spoken to over stdio by the SDK's own client.
 * The folder is indexed the way `barista index` does, into the default index location (a cache
 * folder of this test's own), and the server is given only the folder.
 */
const repo = path.join(__dirname, '..', '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-mcp-'));
const root = path.join(tmp, 'mini');
const cache = path.join(tmp, 'cache');
const transcript: string[] = [];
let client: Client;
let stderr = '';
const protocolErrors: Error[] = [];

before(async () => {
  cpSync(path.join(__dirname, '..', 'fixtures', 'mini'), root, { recursive: true });
  // A file beside the folder, and a link to it from inside: neither may be reached through a tool.
  writeFileSync(path.join(tmp, 'outside.md'), '# not part of the folder\n');
  symlinkSync(path.join(tmp, 'outside.md'), path.join(root, 'notes.md'));
  process.env.BARISTA_CACHE_DIR = cache;
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ['--import', 'tsx', path.join(repo, 'src', 'cli', 'main.ts'), 'mcp', '--dir', root, '-v'],
    cwd: repo,
    env: { ...(process.env as Record<string, string>), BARISTA_CACHE_DIR: cache },
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  client = new Client({ name: 'barista-mcp-test', version: '0' });
  // Anything on the server's stdout that is not the protocol shows up here.
  client.onerror = (e) => protocolErrors.push(e);
  await client.connect(transport);
});

after(async () => {
  await client?.close();
  mkdirSync(path.join(repo, 'test-output'), { recursive: true });
  writeFileSync(path.join(repo, 'test-output', 'mcp-transcript.txt'), transcript.join('\n') + '\n');
  rmSync(tmp, { recursive: true, force: true });
});

const call = async (name: string, args: Record<string, unknown>, record = false): Promise<CallToolResult> => {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  if (record) {
    transcript.push(`> tools/call ${name} ${JSON.stringify(args)}`, `< isError: ${result.isError ?? false}`, textOf(result), '');
    if (result.structuredContent) transcript.push('< structuredContent:', JSON.stringify(result.structuredContent, null, 2), '');
  }
  return result;
};
const textOf = (r: CallToolResult): string => r.content.map((c) => (c.type === 'text' ? c.text : `[${c.type}]`)).join('\n');

test('lists its three tools with their input schemas', async () => {
  const { tools } = await client.listTools();
  transcript.push('> tools/list', ...tools.map((t) => `< ${t.name}: ${t.description}\n  input: ${JSON.stringify(t.inputSchema.properties)}`), '');
  assert.deepEqual(tools.map((t) => t.name).sort(), ['index_status', 'search', 'similar']);
  const search = tools.find((t) => t.name === 'search')!;
  assert.deepEqual(search.inputSchema.required, ['query']);
  assert.ok(search.outputSchema, 'search declares its structured output');
});

test('with no index yet, a tool says so and how to make one, and the server keeps serving', async () => {
  const result = await call('search', { query: 'retry a failed upload' }, true);
  assert.equal(result.isError, true);
  assert.match(textOf(result), /no Barista index for .*mini/);
  assert.match(textOf(result), /barista index /);
  const status = await call('index_status', {});
  assert.equal(status.isError, true);
  assert.match(textOf(status), /barista index /);
});

test('once the folder is indexed, search answers with paths, lines, symbols and snippets', async () => {
  const engine = await openEngine({ root, db: defaultIndexDir(root), providers: ['cpu'] });
  try {
    await indexFolder({ root, store: engine.store, encoder: engine.encoder, depth: parseSize('demi', engine.bundle.manifest.ladder).layer });
  } finally {
    await engine.close();
  }
  const result = await call('search', { query: 'try an upload again after it fails, waiting longer each time', k: 3 }, true);
  assert.equal(result.isError, undefined, textOf(result));
  const { results, size } = result.structuredContent as {
    size: string;
    results: { path: string; startLine: number; endLine: number; symbol: string; snippet: { line: number; text: string } }[];
  };
  assert.equal(size, 'demi', 'the deepest size the index has');
  assert.ok(results.length > 0 && results.length <= 3);
  const hit = results[0];
  assert.equal(hit.path, 'src/uploads.py');
  assert.match(hit.symbol, /retry_failed_upload/);
  assert.ok(hit.startLine <= 14 && hit.endLine >= 23, `line range ${hit.startLine}-${hit.endLine}`);
  assert.ok(hit.snippet.line >= hit.startLine && hit.snippet.line <= hit.endLine);
  assert.match(textOf(result), /1\. src\/uploads\.py:\d+-\d+ .*retry_failed_upload/);

  const docs = await call('search', { query: 'how to install', kind: 'docs', k: 5 });
  const docPaths = (docs.structuredContent as { results: { path: string }[] }).results.map((r) => r.path);
  assert.ok(docPaths.length > 0 && docPaths.every((p) => p.startsWith('docs/')), docPaths.join(', '));
  const under = await call('search', { query: 'upload', under: 'src/', mode: 'text', k: 5 });
  const underPaths = (under.structuredContent as { results: { path: string }[] }).results.map((r) => r.path);
  assert.ok(underPaths.length > 0 && underPaths.every((p) => p.startsWith('src/')), underPaths.join(', '));
});

test('bad arguments get a clear error naming what is wrong', async () => {
  const noQuery = await call('search', { k: 3 }, true);
  assert.equal(noQuery.isError, true);
  assert.match(textOf(noQuery), /Invalid arguments for tool search/);
  assert.match(textOf(noQuery), /query/);

  const badMode = await call('search', { query: 'upload', mode: 'fuzzy' });
  assert.equal(badMode.isError, true);
  assert.match(textOf(badMode), /mode/);

  const badK = await call('search', { query: 'upload', k: 0 });
  assert.equal(badK.isError, true);
  assert.match(textOf(badK), /\bk\b/);

  const badSize = await call('search', { query: 'upload', size: 'huge' });
  assert.equal(badSize.isError, true);
  assert.match(textOf(badSize), /unknown size "huge"/);

  const deeper = await call('search', { query: 'upload', size: 'trenta' });
  assert.equal(deeper.isError, true, 'the index is only embedded to demi');
  assert.match(textOf(deeper), /size trenta needs layer \d+, but the index is embedded only to layer 1 \(sizes shot, demi\)/);

  const outside = await call('similar', { path: '/etc/passwd', line: 1 });
  assert.equal(outside.isError, true);
  assert.match(textOf(outside), /outside the indexed folder/);
  const climbing = await call('similar', { path: '../outside.md', line: 1 }, true);
  assert.equal(climbing.isError, true);
  assert.match(textOf(climbing), /\.\.\/outside\.md is outside the indexed folder/);
  const linked = await call('similar', { path: 'notes.md', line: 1 });
  assert.equal(linked.isError, true);
  assert.match(textOf(linked), /notes\.md leads outside the indexed folder .* through a symbolic link/);

  const noChunk = await call('similar', { path: 'src/uploads.py', line: 9999 });
  assert.equal(noChunk.isError, true);
  assert.match(textOf(noChunk), /src\/uploads\.py:9999 is not in the index/);
});

test('similar starts from the chunk at a line and leaves that chunk out', async () => {
  const result = await call('similar', { path: 'src/uploads.py', line: 16, k: 3 });
  assert.equal(result.isError, undefined, textOf(result));
  const { source, results } = result.structuredContent as {
    source: { path: string; startLine: number; endLine: number };
    results: { path: string; startLine: number }[];
  };
  assert.equal(source.path, 'src/uploads.py');
  assert.ok(source.startLine <= 16 && 16 <= source.endLine);
  assert.ok(results.length > 0);
  assert.ok(!results.some((r) => r.path === source.path && r.startLine === source.startLine), 'the source itself is not a result');
});

test('index_status tells chunks, depth, sizes, model and age', async () => {
  const result = await call('index_status', {}, true);
  assert.equal(result.isError, undefined, textOf(result));
  const s = result.structuredContent as {
    folder: string;
    index: string;
    chunks: number;
    files: number;
    searchableSizes: string[];
    defaultSize: string;
    model: { name: string };
    ageSeconds: number;
  };
  assert.equal(s.folder, root);
  assert.equal(s.index, defaultIndexDir(root));
  assert.equal(s.files, 4);
  assert.ok(s.chunks >= 4);
  assert.deepEqual(s.searchableSizes, ['shot', 'demi']);
  assert.equal(s.defaultSize, 'demi');
  assert.ok(s.model.name);
  assert.ok(s.ageSeconds >= 0 && s.ageSeconds < 600);
});

test('nothing but the protocol reached stdout; logs went to stderr', () => {
  assert.deepEqual(
    protocolErrors.map((e) => e.message),
    [],
  );
  assert.match(stderr, /barista mcp: serving/);
});
