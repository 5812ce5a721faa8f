import * as vscode from 'vscode';
import { OutsideFolderError, pathInFolder } from '../core/index/folderPath';
import type { Barista, Running } from './barista';
import type { Hit } from './protocol';
import { hitUri } from './results';
import { runSearch } from './search';

/** The chat tools of package.json's `languageModelTools`: what a chat agent calls to use Barista. */
export const SEARCH_TOOL = 'barista_search';
export const SIMILAR_TOOL = 'barista_similar';

const MAX_K = 50;

interface SearchInput {
  query: string;
  k?: number;
  kind?: 'code' | 'docs';
}

interface SimilarInput {
  path: string;
  line: number;
  k?: number;
}

/** Registers both tools; they answer through the running worker, as the quick pick and "find similar" do. */
export function registerTools(ctx: Barista): vscode.Disposable[] {
  return [
    vscode.lm.registerTool<SearchInput>(SEARCH_TOOL, {
      prepareInvocation: (o) => ({ invocationMessage: `Searching the workspace for "${String(o.input.query ?? '')}"` }),
      invoke: async (o) => {
        const input = checkSearch(o.input);
        const running = runningOf(ctx);
        const answer = await runSearch(running.client, {
          query: input.query,
          k: input.k ?? ctx.config.maxResults,
          filter: input.kind ? { kind: input.kind } : undefined,
          ranking: ctx.config.ranking,
        });
        const sizes = [...new Set(Object.values(answer.sizes).map((s) => s.name))];
        if (!sizes.length) throw new Error('the Barista index of this workspace is still being built: nothing is searchable yet; try again shortly');
        return result(`${answer.hits.length} results for "${input.query}" at ${sizes.join('/')} in ${answer.ms} ms`, answer.hits);
      },
    }),
    vscode.lm.registerTool<SimilarInput>(SIMILAR_TOOL, {
      prepareInvocation: (o) => ({ invocationMessage: `Finding code like ${String(o.input.path ?? '')}:${String(o.input.line ?? '')}` }),
      invoke: async (o) => {
        const input = checkSimilar(o.input);
        const running = runningOf(ctx);
        const file = await resolveFile(input.path);
        const state = running.indexing.folderOf(file.uri);
        if (!state) throw new Error(`${input.path} is not in an indexed workspace folder`);
        const answer = await running.client.request({
          type: 'similar',
          key: state.key,
          path: file.path,
          line: input.line,
          k: input.k ?? ctx.config.maxResults,
        });
        const s = answer.source;
        return result(`${answer.hits.length} chunks like ${where(s)}${s.symbol ? ` (${s.symbol})` : ''} at ${answer.size.name}`, answer.hits);
      },
    }),
  ];
}

function runningOf(ctx: Barista): Running {
  if (!ctx.running) throw new Error('Barista searches trusted workspaces only: this workspace is not trusted, so it is not indexed');
  return ctx.running;
}

function checkSearch(input: Partial<SearchInput>): SearchInput {
  if (typeof input?.query !== 'string' || !input.query.trim())
    throw new Error('barista_search needs "query": a non-empty string (a question, some words, or a name)');
  if (input.kind !== undefined && input.kind !== 'code' && input.kind !== 'docs')
    throw new Error(`barista_search: "kind" must be "code" or "docs", got ${JSON.stringify(input.kind)}`);
  return { query: input.query.trim(), k: checkK(input.k, SEARCH_TOOL), kind: input.kind };
}

function checkSimilar(input: Partial<SimilarInput>): SimilarInput {
  if (typeof input?.path !== 'string' || !input.path.trim())
    throw new Error('barista_similar needs "path": a file of the workspace (relative to it, or absolute)');
  if (!Number.isInteger(input.line) || (input.line as number) < 1)
    throw new Error(`barista_similar needs "line": a line number from 1, got ${JSON.stringify(input.line)}`);
  return { path: input.path.trim(), line: input.line as number, k: checkK(input.k, SIMILAR_TOOL) };
}

function checkK(k: unknown, tool: string): number | undefined {
  if (k === undefined) return undefined;
  if (!Number.isInteger(k) || (k as number) < 1 || (k as number) > MAX_K)
    throw new Error(`${tool}: "k" must be a whole number from 1 to ${MAX_K}, got ${JSON.stringify(k)}`);
  return k as number;
}

/**
 * A file named by an agent: absolute, relative to a workspace folder, or (multi-root) starting with
 * the folder's name, as the results write it; with its path as the folder's index keys it. Confined
 * to the workspace folders: a path that leads outside them, by `..`, by being absolute elsewhere or
 * through a symbolic link, is refused before anything there is looked at.
 */
async function resolveFile(p: string): Promise<{ uri: vscode.Uri; path: string }> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  const candidates: { folder: vscode.WorkspaceFolder; path: string }[] = [];
  if (/^([a-zA-Z]:)?[\\/]/.test(p)) candidates.push(...folders.map((folder) => ({ folder, path: p })));
  else {
    const parts = p.replace(/\\/g, '/').replace(/^\.\//, '').split('/');
    const named = folders.find((f) => f.name === parts[0]);
    if (named && parts.length > 1) candidates.push({ folder: named, path: parts.slice(1).join('/') });
    candidates.push(...folders.map((folder) => ({ folder, path: parts.join('/') })));
  }
  let inside = false;
  for (const c of candidates) {
    try {
      const key = await pathInFolder(c.folder.uri.fsPath, c.path);
      inside = true;
      const uri = vscode.Uri.joinPath(c.folder.uri, ...key.split('/'));
      if ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) return { uri, path: key };
    } catch (e) {
      if (!(e instanceof OutsideFolderError)) inside = true;
      // not this one
    }
  }
  if (!inside && candidates.length)
    throw new Error(
      `${p} is outside the workspace folders: barista_similar reads only files of the workspace; name one relative to a workspace folder, or absolute inside it`,
    );
  throw new Error(`no file ${p} in the workspace`);
}

/** A place as an agent can use it: the path the workspace knows it by (with the folder's name in a multi-root workspace), and lines. */
function where(hit: Pick<Hit, 'folder' | 'path' | 'startLine' | 'endLine'>): string {
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  return `${vscode.workspace.asRelativePath(hitUri(hit), multiRoot)}:${hit.startLine}-${hit.endLine}`;
}

function result(head: string, hits: Hit[]): vscode.LanguageModelToolResult {
  const rows = hits.map((h, i) => {
    const line = `${i + 1}. ${where(h)}${h.symbol ? `  ${h.symbol}` : ''}  (${h.kind}, score ${h.score.toFixed(4)})`;
    return h.snippet.text.trim() ? `${line}\n   ${h.snippet.line}: ${h.snippet.text.trim()}` : line;
  });
  return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart([head, ...rows].join('\n'))]);
}
