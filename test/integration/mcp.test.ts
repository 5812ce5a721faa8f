import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { openEngine } from '../../src/core/engine';
import { indexFolder } from '../../src/core/index/indexer';
import { defaultIndexDir } from '../../src/core/index/location';
import { parseSize } from '../../src/core/model/ladder';

/**
 * `barista mcp` as an agent meets it: a child process spoken to over stdio by the SDK's own client.
 * The first server is --read-only: the folder is indexed the way `barista index` does, into the
 * default index location (a cache folder of this test's own), and the server is given only the
 * folder. The second (below) serves two folders with no index and keeps them itself.
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
    args: ['--import', 'tsx', path.join(repo, 'src', 'cli', 'main.ts'), 'mcp', '--dir', root, '--read-only', '-v'],
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
  assert.equal((search.inputSchema.properties as Record<string, { type: string }>).content.type, 'boolean');
  const similar = tools.find((t) => t.name === 'similar')!;
  assert.equal((similar.inputSchema.properties as Record<string, { type: string }>).content.type, 'boolean');
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

/**
 * A server over two folders that have no index (as an agent starts it in a fresh checkout): it
 * builds both, answers with code when asked, and sees a file written while it runs.
 */
describe('barista mcp keeping indexes itself', () => {
  const fresh = path.join(tmp, 'fresh');
  const other = path.join(tmp, 'other');
  let agent: Client;
  let agentErr = '';
  const ask = async (name: string, args: Record<string, unknown>): Promise<CallToolResult> => {
    const result = (await agent.callTool({ name, arguments: args })) as CallToolResult;
    transcript.push(`> tools/call ${name} ${JSON.stringify(args)}`, `< isError: ${result.isError ?? false}`, textOf(result), '');
    return result;
  };
  type Found = { folder: string; path: string; startLine: number; endLine: number; symbol: string; content?: string };
  const found = (r: CallToolResult): Found[] => (r.structuredContent as { results: Found[] }).results;

  before(async () => {
    cpSync(path.join(__dirname, '..', 'fixtures', 'mini'), fresh, { recursive: true });
    mkdirSync(path.join(other, 'lib'), { recursive: true });
    writeFileSync(
      path.join(other, 'lib', 'temperature.ts'),
      'export function celsiusToFahrenheit(celsius: number): number {\n  // Degrees Celsius as degrees Fahrenheit.\n  return (celsius * 9) / 5 + 32;\n}\n',
    );
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: ['--import', 'tsx', path.join(repo, 'src', 'cli', 'main.ts'), 'mcp', '--dir', fresh, '--dir', other, '-v'],
      cwd: repo,
      env: { ...(process.env as Record<string, string>), BARISTA_CACHE_DIR: cache },
      stderr: 'pipe',
    });
    transport.stderr?.on('data', (d: Buffer) => (agentErr += d.toString()));
    agent = new Client({ name: 'barista-mcp-test-agent', version: '0' });
    await agent.connect(transport);
    transcript.push('# a second server: barista mcp --dir fresh --dir other (no index for either)', '');
  });

  after(async () => {
    await agent?.close();
  });

  test('search with content on a folder with no index: it is built, and each result carries its code', async () => {
    assert.equal(existsSync(path.join(defaultIndexDir(fresh), 'meta.lance')), false, 'no index before the first call');
    // The first call waits for the build, up to a bound under the clients' request timeout; a build
    // that takes longer (the machine is measured once) is said so, and the agent asks again.
    const args = { query: 'try an upload again after it fails, waiting longer each time', k: 3, content: true, folder: 'fresh' };
    let result = await ask('search', args);
    for (let i = 0; i < 10 && result.isError && /is being built/.test(textOf(result)); i++) result = await ask('search', args);
    assert.equal(result.isError, undefined, `${textOf(result)}\n${agentErr}`);
    const hit = found(result)[0];
    assert.equal(hit.folder, fresh);
    assert.equal(hit.path, 'src/uploads.py');
    assert.match(hit.content ?? '', /def retry_failed_upload\(self, item\):[\s\S]*delay \*= 2/);
    // The content is the chunk's lines, as the file has them.
    const lines = readFileSync(path.join(fresh, hit.path), 'utf8').split('\n');
    assert.equal(
      hit.content!.trimEnd(),
      lines
        .slice(hit.startLine - 1, hit.endLine)
        .join('\n')
        .trimEnd(),
    );
    assert.match(textOf(result), /```python\n[\s\S]*def retry_failed_upload/);
    const without = await ask('search', { query: 'retry a failed upload', k: 1, folder: 'fresh' });
    assert.equal(found(without)[0].content, undefined, 'no code unless asked for');
  });

  test('a file written while the server runs is found by the next search', async () => {
    const query = 'compute the sales tax owed on an invoice total';
    writeFileSync(
      path.join(fresh, 'src', 'invoices.py'),
      'def invoice_sales_tax(total, rate):\n    """The sales tax owed on an invoice total at a rate."""\n    return round(total * rate, 2)\n',
    );
    // The change reaches the server through the file watcher; a search waits for the pass it starts.
    let hit: Found | undefined;
    for (let i = 0; i < 30 && !hit; i++) {
      hit = found(await ask('search', { query, k: 3, content: true, folder: 'fresh' })).find((r) => r.path === 'src/invoices.py');
      if (!hit) await new Promise((r) => setTimeout(r, 1000));
    }
    assert.ok(hit, `src/invoices.py was never found\n${agentErr}`);
    assert.match(hit.content ?? '', /def invoice_sales_tax/);
    // An edit too: the new name is found, the old one is gone.
    writeFileSync(
      path.join(fresh, 'src', 'invoices.py'),
      'def invoice_vat(total, rate):\n    """The value added tax on an invoice total."""\n    return round(total * rate, 2)\n',
    );
    let edited: Found | undefined;
    for (let i = 0; i < 30 && !edited; i++) {
      edited = found(await ask('search', { query: 'invoice_vat', mode: 'text', k: 3, content: true, folder: 'fresh' })).find((r) =>
        /invoice_vat/.test(r.content ?? ''),
      );
      if (!edited) await new Promise((r) => setTimeout(r, 1000));
    }
    assert.ok(edited, `the edit was never seen\n${agentErr}`);
    const stale = found(await ask('search', { query: 'invoice_sales_tax', mode: 'text', k: 5, content: true, folder: 'fresh' }));
    assert.ok(!stale.some((r) => /invoice_sales_tax/.test(r.content ?? '')), 'the old text is gone from the index');
  });

  test('serves both folders: one search over both, similar with the folder name first, status of each', async () => {
    const both = await ask('search', { query: 'convert degrees celsius to fahrenheit', k: 10 });
    assert.equal(both.isError, undefined, textOf(both));
    const folders = new Set(found(both).map((r) => r.folder));
    assert.deepEqual([...folders].sort(), [fresh, other].sort());
    assert.equal(found(both)[0].folder, other);
    assert.match(textOf(both), /1\. other\/lib\/temperature\.ts:1-4/);

    const similar = await ask('similar', { path: 'fresh/src/uploads.py', line: 16, k: 2, content: true });
    assert.equal(similar.isError, undefined, textOf(similar));
    const source = (similar.structuredContent as { source: Found }).source;
    assert.equal(source.folder, fresh);
    assert.match(source.content ?? '', /retry_failed_upload/);
    const ambiguous = await ask('similar', { path: 'src/uploads.py', line: 16 });
    assert.equal(ambiguous.isError, true);
    assert.match(textOf(ambiguous), /say which folder it is in/);

    const status = await ask('index_status', {});
    const s = status.structuredContent as { folders: { folder: string; upkeep: string; chunks: number }[] };
    assert.deepEqual(s.folders.map((f) => f.folder).sort(), [fresh, other].sort());
    assert.ok(s.folders.every((f) => f.chunks > 0));
  });
});
