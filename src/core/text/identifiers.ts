/**
 * Text as search sees it, in one place: the index, the full-text query, snippets and highlighting.
 * Splits code identifiers into words so that full-text search finds `getUserById` for "get user by id"
 * and `retry_failed_upload` for "retry failed upload". The originals are kept beside the words.
 */
const IDENTIFIER = /[A-Za-z][A-Za-z0-9]*(?:_+[A-Za-z0-9]+)*|[A-Za-z0-9]+/g;

export function splitIdentifier(word: string): string[] {
  return word
    .split(/_+/)
    .flatMap((part) => part.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])/))
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

/** The words hidden inside compound identifiers of a text, each compound once. */
export function identifierWords(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const m of text.matchAll(IDENTIFIER)) {
    const token = m[0];
    if (seen.has(token)) continue;
    seen.add(token);
    const parts = splitIdentifier(token);
    if (parts.length > 1) words.push(...parts);
  }
  return words;
}

/** The text the full-text index reads for a chunk: where it is, what it is called, what it says. */
export function searchableText(path: string, symbol: string, text: string): string {
  const head = `${path} ${symbol}`;
  return `${head}\n${text}\n${identifierWords(`${head}\n${text}`).join(' ')}`;
}

/** The words of a text as search matches them: lower-cased, and compound identifiers split into theirs too. */
export function matchWords(text: string): string[] {
  return (text.match(/[A-Za-z0-9_]+/g) ?? []).flatMap((w) => {
    const parts = splitIdentifier(w);
    return parts.length > 1 ? [w.toLowerCase(), ...parts] : [w.toLowerCase()];
  });
}

/**
 * The chunk text inside its searchable text, so that the index keeps the text once: it follows the
 * head line (path and symbol, known) and ends at the last line break (the words hold none).
 */
export function chunkText(searchable: string, path: string, symbol: string): string {
  const start = path.length + 1 + symbol.length + 1;
  const end = searchable.lastIndexOf('\n');
  if (end < start - 1 || !searchable.startsWith(`${path} ${symbol}\n`)) {
    throw new Error(`searchable text of ${path} does not start with its path and symbol`);
  }
  return searchable.slice(start, end);
}

/** A query as the full-text index should see it: plain words, compound identifiers split too. */
export function textQuery(query: string): string {
  return [...new Set(matchWords(query))].join(' ');
}

/** The words of a query worth marking in a result (three characters or more), each once: snippets and highlighting use these. */
export function queryTerms(query: string): string[] {
  return [...new Set(matchWords(query).filter((w) => w.length >= 3))];
}
