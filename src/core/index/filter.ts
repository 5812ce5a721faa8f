import type { ChunkKind } from './chunk';

/** A string as an SQL literal for LanceDB's where-clauses. */
export const sql = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Strings as the inside of an SQL `IN (...)` list. */
export const inList = (values: readonly string[]): string => values.map(sql).join(', ');

/** What a search may be kept to; the store alone turns it into SQL. */
export interface SearchFilter {
  kind?: ChunkKind;
  language?: string;
  /** Only paths under this folder (relative, '/' separated). */
  under?: string;
}

/**
 * A filter as a LanceDB where-clause (undefined when it keeps everything). A folder is matched by
 * prefix with starts_with, not LIKE: a folder name holding `_` or `%` must match only itself.
 */
export function whereOf(filter: SearchFilter | undefined): string | undefined {
  if (!filter) return undefined;
  const parts: string[] = [];
  if (filter.kind) parts.push(`kind = ${sql(filter.kind)}`);
  if (filter.language) parts.push(`language = ${sql(filter.language)}`);
  if (filter.under) parts.push(`starts_with(path, ${sql(`${filter.under.replace(/\/$/, '')}/`)})`);
  return parts.length ? parts.join(' AND ') : undefined;
}
