import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Target } from './spans';

/**
 * A query of a suite. File-level suites (requests, cosqa-dev) label files and a kind; span-level
 * suites (semble-dev) label targets (a file, or a line span of one) and a category.
 */
export type SuiteQuery =
  | { level: 'file'; id: string; query: string; relevant: string[]; kind: 'code' | 'docs' }
  | { level: 'span'; id: string; query: string; targets: Target[]; category: string };

export interface Suite {
  name: string;
  /** Span suites are scored on the top ten chunks (semble's metric); file suites on distinct files. */
  level: 'file' | 'span';
  corpus: string;
  queries: SuiteQuery[];
}

export class SuiteError extends Error {
  override name = 'SuiteError';
}

export function isSuite(dir: string): boolean {
  return existsSync(path.join(dir, 'corpus')) && existsSync(path.join(dir, 'queries.jsonl'));
}

/** The suites directly inside a folder of suites (semble-dev), by name. */
export function suitesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  // By name, not by directory entry type: a suite may be a symbolic link to one elsewhere.
  return readdirSync(dir)
    .map((name) => path.join(dir, name))
    .filter(isSuite)
    .sort();
}

interface RawTarget {
  path: string;
  start_line?: number;
  end_line?: number;
}

function toTarget(raw: RawTarget, where: string): Target {
  if (typeof raw?.path !== 'string') throw new SuiteError(`${where}: a target needs a path`);
  if ((raw.start_line === undefined) !== (raw.end_line === undefined))
    throw new SuiteError(`${where}: a target needs both start_line and end_line, or neither`);
  return raw.start_line === undefined ? { path: raw.path } : { path: raw.path, startLine: raw.start_line, endLine: raw.end_line };
}

function toQuery(raw: Record<string, unknown>, where: string): SuiteQuery {
  const { id, query, relevant } = raw as { id: string; query: string; relevant: unknown[] };
  if (typeof id !== 'string' || typeof query !== 'string' || !Array.isArray(relevant)) {
    throw new SuiteError(`${where}: a query needs id, query and relevant`);
  }
  if (relevant.every((r) => typeof r === 'string')) {
    return { level: 'file', id, query, relevant: relevant as string[], kind: raw.kind === 'docs' ? 'docs' : 'code' };
  }
  const secondary = Array.isArray(raw.secondary) ? raw.secondary : [];
  const targets = [...relevant, ...secondary].map((t) => toTarget(t as RawTarget, where));
  return { level: 'span', id, query, targets, category: typeof raw.category === 'string' ? raw.category : 'uncategorised' };
}

/** Reads a suite folder: queries.jsonl beside a corpus/ folder (see ../shared/eval/README.md). */
export function loadSuite(dir: string): Suite {
  const corpus = path.join(dir, 'corpus');
  const queriesFile = path.join(dir, 'queries.jsonl');
  if (!isSuite(dir)) throw new SuiteError(`${dir} is not an evaluation suite: it needs corpus/ and queries.jsonl`);
  const queries = readFileSync(queriesFile, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, where: `${queriesFile}:${i + 1}` }))
    .filter(({ line }) => line.trim())
    .map(({ line, where }) => {
      let raw: Record<string, unknown>;
      try {
        raw = JSON.parse(line);
      } catch (e) {
        throw new SuiteError(`${where}: ${(e as Error).message}`);
      }
      return toQuery(raw, where);
    });
  const levels = new Set(queries.map((q) => q.level));
  if (levels.size > 1) throw new SuiteError(`${queriesFile} mixes file-level and span-level queries`);
  return { name: path.basename(path.resolve(dir)), level: queries[0]?.level ?? 'file', corpus, queries };
}
