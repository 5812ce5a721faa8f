import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** Published scores of other tools on a folder of suites: one column per tool, one row per suite. */
export interface PeerFigures {
  tools: string[];
  /** Suite name -> score per tool, in `tools` order (undefined where a tool publishes none). */
  bySuite: Map<string, (number | undefined)[]>;
}

/**
 * Reads the first Markdown table under a "Published figures" heading of a suites folder's README
 * (semble-dev keeps the semble authors' per-repository nDCG@10 there). Columns that hold no
 * scores (chunk counts) are left out. Undefined when the README has no such table.
 */
export function readPeerFigures(suitesDir: string): PeerFigures | undefined {
  const readme = path.join(suitesDir, 'README.md');
  if (!existsSync(readme)) return undefined;
  const lines = readFileSync(readme, 'utf8').split('\n');
  const heading = lines.findIndex((l) => /^#+\s.*published figures/i.test(l));
  if (heading < 0) return undefined;
  const table: string[][] = [];
  for (const line of lines.slice(heading + 1)) {
    if (/^#+\s/.test(line)) break;
    if (line.trim().startsWith('|'))
      table.push(
        line
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((c) => c.trim()),
      );
    else if (table.length) break;
  }
  if (table.length < 3) return undefined;
  const [header, , ...rows] = table;
  const score = (cell: string): number | undefined => (/^\d*\.\d+$/.test(cell) ? Number(cell) : undefined);
  // A tool column holds scores (numbers below 1); a count column (chunks) does not.
  const columns = header.map((_, i) => i).filter((i) => i > 0 && rows.some((r) => score(r[i] ?? '') !== undefined));
  const bySuite = new Map<string, (number | undefined)[]>();
  for (const row of rows)
    bySuite.set(
      row[0],
      columns.map((i) => score(row[i] ?? '')),
    );
  return { tools: columns.map((i) => header[i]), bySuite };
}
