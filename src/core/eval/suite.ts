import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export interface SuiteQuery {
  id: string;
  query: string;
  relevant: string[];
  kind: 'code' | 'docs';
}

export interface Suite {
  name: string;
  corpus: string;
  queries: SuiteQuery[];
}

export class SuiteError extends Error {
  override name = 'SuiteError';
}

/** Reads a suite folder: queries.jsonl beside a corpus/ folder (see ../shared/eval/README.md). */
export function loadSuite(dir: string): Suite {
  const corpus = path.join(dir, 'corpus');
  const queriesFile = path.join(dir, 'queries.jsonl');
  if (!existsSync(corpus) || !existsSync(queriesFile)) {
    throw new SuiteError(`${dir} is not an evaluation suite: it needs corpus/ and queries.jsonl`);
  }
  const queries = readFileSync(queriesFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as SuiteQuery;
      } catch (e) {
        throw new SuiteError(`${queriesFile}:${i + 1}: ${(e as Error).message}`);
      }
    });
  return { name: path.basename(path.resolve(dir)), corpus, queries };
}
