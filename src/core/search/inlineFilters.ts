/**
 * Filters typed inline with a query, as in a search box: `lang:go`, `kind:docs`, `in:src/api`. They
 * are taken out of the query and become a SearchFilter; the words left are the query. A filter that
 * names nothing Barista knows (`lang:cobolx`, `kind:tests`) is reported, not silently dropped.
 */
import { languageNamed } from '../index/languages';
import type { SearchFilter } from './searcher';

export interface InlineQuery {
  query: string;
  filter: SearchFilter;
  /** Filters that were not understood, each with why. */
  problems: string[];
}

const FILTER = /(?<=^|\s)(lang|language|kind|in):(\S*)/gi;

export function parseInlineFilters(text: string): InlineQuery {
  const filter: SearchFilter = {};
  const problems: string[] = [];
  const query = text
    .replace(FILTER, (_whole, key: string, value: string) => {
      const k = key.toLowerCase();
      if (!value) {
        problems.push(`${k}: needs a value`);
      } else if (k === 'kind') {
        const kind = value.toLowerCase();
        if (kind === 'code' || kind === 'docs') filter.kind = kind;
        else problems.push(`kind:${value} is not code or docs`);
      } else if (k === 'in') {
        const under = value.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
        if (under && under !== '.') filter.under = under;
      } else {
        const language = languageNamed(value);
        if (language) filter.language = language;
        else problems.push(`lang:${value} is not a language Barista indexes`);
      }
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { query, filter, problems };
}
