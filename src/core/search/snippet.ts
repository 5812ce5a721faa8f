import { matchWords, queryTerms } from '../text/identifiers';

/** The line of a chunk to show under a result: the one sharing most words with the query (identifiers split as the index splits them). */
export function snippetLine(text: string, query: string, startLine: number): { line: number; text: string } {
  const terms = new Set(queryTerms(query));
  const lines = text.split('\n');
  let best = -1;
  let bestScore = -1;
  lines.forEach((l, i) => {
    if (!l.trim()) return;
    const score = matchWords(l).filter((w) => terms.has(w)).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  if (best < 0) return { line: startLine, text: '' };
  return { line: startLine + best, text: lines[best].trim().slice(0, 200) };
}
