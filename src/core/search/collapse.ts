/**
 * Results where several chunks of one definition (the windows of a long function, the pieces of a
 * class listed under its name) show as one: the best-ranked stands for the rest. Chunks with no
 * symbol stay as they are.
 */
export function oncePerSymbol<T extends { path: string; symbol: string; folder?: string }>(results: readonly T[]): T[] {
  const seen = new Set<string>();
  return results.filter((r) => {
    if (!r.symbol) return true;
    const key = `${r.folder ?? ''}\u0000${r.path}\u0000${r.symbol}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
