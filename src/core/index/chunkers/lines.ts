import type { TokenCounter } from '../chunk';

/**
 * A file's lines with their token counts, counted once each and summed by prefix, so that any
 * line range costs O(1) to measure however many candidate ranges a chunker tries.
 * Lines are 1-based everywhere, as in Chunk.
 */
export class SourceLines {
  readonly lines: string[];
  private readonly prefix: Float64Array;

  constructor(text: string, countTokens: TokenCounter) {
    // A trailing '\r' belongs to the line break, not to the line (CRLF files).
    this.lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    if (this.lines.length > 1 && this.lines[this.lines.length - 1] === '') this.lines.pop();
    this.prefix = new Float64Array(this.lines.length + 1);
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i];
      this.prefix[i + 1] = this.prefix[i] + (isBlank(line) ? 0 : countTokens(line));
    }
  }

  get count(): number {
    return this.lines.length;
  }

  line(n: number): string {
    return this.lines[n - 1];
  }

  blank(n: number): boolean {
    return isBlank(this.lines[n - 1]);
  }

  /** Sum of the lines' own token counts over start..end (inclusive); 0 for an empty range. */
  tokens(start: number, end: number): number {
    if (end < start) return 0;
    return this.prefix[end] - this.prefix[start - 1];
  }

  text(start: number, end: number): string {
    return this.lines.slice(start - 1, end).join('\n');
  }

  /** The range without its leading and trailing blank lines; undefined when nothing is left. */
  trim(start: number, end: number): [number, number] | undefined {
    while (start <= end && this.blank(start)) start++;
    while (end >= start && this.blank(end)) end--;
    return start <= end ? [start, end] : undefined;
  }
}

export function isBlank(line: string): boolean {
  return !/\S/.test(line);
}

/**
 * Cuts start..end into windows whose summed line tokens stay within maxTokens, each repeating up
 * to `overlapLines` lines of the previous one so that a statement cut at a border is whole in one
 * of them. Overlap never takes more than half the budget and never stops a window from reaching
 * a new line, so every window makes progress. A single line over budget is a window on its own;
 * the caller shortens its text.
 */
export function lineWindows(lines: SourceLines, start: number, end: number, maxTokens: number, overlapLines: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const range = lines.trim(start, end);
  if (!range) return out;
  [start, end] = range;
  let s = start;
  while (s <= end) {
    let e = s;
    while (e < end && lines.tokens(s, e + 1) <= maxTokens) e++;
    const kept = lines.trim(s, e);
    if (kept) out.push(kept);
    if (e >= end) break;
    let next = e + 1;
    const nextTokens = lines.tokens(e + 1, e + 1);
    while (
      next - 1 > s &&
      e + 1 - (next - 1) <= overlapLines &&
      lines.tokens(next - 1, e) <= maxTokens / 2 &&
      lines.tokens(next - 1, e) + nextTokens <= maxTokens
    )
      next--;
    s = next;
    while (s <= end && lines.blank(s)) s++;
  }
  return out;
}
