/** The line of a chunk to show under a result: the one sharing most words with the query. */
export function snippetLine(text: string, query: string, startLine: number): { line: number; text: string } {
  const words = new Set((query.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 2));
  const lines = text.split('\n');
  let best = -1;
  let bestScore = -1;
  lines.forEach((l, i) => {
    if (!l.trim()) return;
    const score = (l.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => words.has(w)).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  if (best < 0) return { line: startLine, text: '' };
  return { line: startLine + best, text: lines[best].trim().slice(0, 200) };
}
