import type { Chunk, ChunkKind, TokenCounter } from '../chunk';
import { lineWindows, type SourceLines } from './lines';

/**
 * A candidate chunk: a line range that a chunker cut at a natural border (a definition, the code
 * between definitions, a section). Pieces are then merged when tiny, split when oversize, and
 * turned into chunks.
 */
export interface Piece {
  start: number;
  end: number;
  /** Names of the definitions (or section paths) the piece holds, in order. */
  symbols: string[];
  /** Symbol when the piece holds no definition: the enclosing class, or '' at top level. */
  scope: string;
  /** Pieces merge only with neighbours of the same parent (the same class body, the file). */
  parent: string;
  /** For a piece inside a class: the parent of the class itself, which a class packed whole joins. */
  outer?: string;
}

export interface EmitOptions {
  path: string;
  language: string;
  kind: ChunkKind;
  maxTokens: number;
  countTokens: TokenCounter;
  overlapLines: number;
}

const MAX_SYMBOLS = 5;

/** A merged piece lists its first few names, so that the symbol stays a label rather than an index. */
export function symbolOf(piece: Piece): string {
  if (!piece.symbols.length) return piece.scope;
  const names = [...new Set(piece.symbols)];
  const shown = names.slice(0, MAX_SYMBOLS).join(', ');
  return names.length > MAX_SYMBOLS ? `${shown} (+${names.length - MAX_SYMBOLS} more)` : shown;
}

/** Drops blank edges and pieces that hold nothing but blank lines. */
export function trimPieces(lines: SourceLines, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const range = lines.trim(p.start, p.end);
    if (range) out.push({ ...p, start: range[0], end: range[1] });
  }
  return out;
}

/** Closing brackets, `end`, and a trailing comment: the tail of a block, meaningless alone. */
const CLOSER = /^\s*[)\]}>;,]*\s*(?:end\b)?[)\]}>;,]*\s*(?:(?:\/\/|#|--|\/\*).*)?$/;

function isCloser(lines: SourceLines, p: Piece): boolean {
  if (p.symbols.length) return false;
  for (let n = p.start; n <= p.end; n++) if (!CLOSER.test(lines.line(n))) return false;
  return true;
}

// A comment line in the languages the chunkers know; C preprocessor lines are code, not comments.
const COMMENT_LINE = /^\s*(\/\/|\/\*|\*|#(?!\s*(include|define|undef|if|ifdef|ifndef|elif|else|endif|pragma|import)\b)|--|;;|%|@\w)/;

/**
 * Gives a definition the comment lines right above it (no blank line between) that a grammar left
 * in the code before it: Kotlin folds a class's KDoc into the import list above, some grammars
 * parse a doc comment as part of the statement before. A function is found with its doc comment.
 */
export function attachComments(lines: SourceLines, pieces: Piece[]): Piece[] {
  const out = pieces.map((p) => ({ ...p }));
  for (let i = 1; i < out.length; i++) {
    const [prev, p] = [out[i - 1], out[i]];
    if (!p.symbols.length || prev.symbols.length || prev.end !== p.start - 1) continue;
    let start = p.start;
    while (start - 1 > prev.start && !lines.blank(start - 1) && COMMENT_LINE.test(lines.line(start - 1))) start--;
    if (start < p.start) {
      prev.end = start - 1;
      p.start = start;
    }
  }
  return out;
}

/** Packs neighbours of one parent greedily, closing brackets joining the piece before them. */
function packOnce(lines: SourceLines, pieces: Piece[], maxTokens: number, packTokens: number): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (!last || last.end >= p.start) {
      out.push(p);
      continue;
    }
    const merged = lines.tokens(last.start, p.end);
    if ((last.parent === p.parent && merged <= packTokens) || (isCloser(lines, p) && merged <= maxTokens)) {
      out[out.length - 1] = { ...last, end: p.end, symbols: [...last.symbols, ...p.symbols] };
    } else out.push(p);
  }
  return out;
}

/**
 * Packs neighbouring pieces of one parent (a file's top level, one class body) into chunks of up to
 * `packTokens`: runs of small functions, fields or imports become one chunk of a readable size,
 * while a function at or above that size keeps its chunk to itself. A class whose pieces all pack
 * into one is then a single unit of its own parent and may pack with its neighbours there, so a
 * small class is read whole and a long one is split by its members, header first. Closing brackets
 * join the piece before them whatever its parent (a namespace's `}` after a class's last method).
 */
export function packPieces(lines: SourceLines, pieces: Piece[], maxTokens: number, packTokens: number): Piece[] {
  if (packTokens <= 0) return pieces;
  const outerOf = new Map<string, string | undefined>();
  for (const p of pieces) if (p.outer !== undefined) outerOf.set(p.parent, p.outer);
  let current = packOnce(lines, pieces, maxTokens, packTokens);
  for (;;) {
    const perParent = new Map<string, number>();
    const nested = new Set<string>();
    for (const p of current) {
      perParent.set(p.parent, (perParent.get(p.parent) ?? 0) + 1);
      if (p.outer !== undefined) nested.add(p.outer);
    }
    let lifted = false;
    const next = current.map((p) => {
      // Whole: the class's only piece, with no nested class of its own still in parts.
      if (p.outer === undefined || perParent.get(p.parent) !== 1 || nested.has(p.parent)) return p;
      lifted = true;
      return { ...p, parent: p.outer, outer: outerOf.get(p.outer) };
    });
    if (!lifted) return current;
    current = packOnce(lines, next, maxTokens, packTokens);
  }
}

/**
 * Turns pieces into chunks: an oversize piece becomes overlapping line windows that keep its
 * symbol. Each chunk's text is then counted whole, once, because a tokenizer may count a joined
 * text differently from the sum of its lines; a chunk still over budget is halved until it fits,
 * and a single line over budget keeps only the prefix that fits (the one case where a chunk's text
 * is shorter than its line range). The budget is in characters too: MAX_CHARS_PER_TOKEN a token.
 */
export function emitChunks(lines: SourceLines, pieces: Piece[], options: EmitOptions): Chunk[] {
  const chunks: Chunk[] = [];
  const { maxTokens, countTokens } = options;
  const maxChars = maxTokens * MAX_CHARS_PER_TOKEN;
  const push = (start: number, end: number, symbol: string): void => {
    const range = lines.trim(start, end);
    if (!range) return;
    [start, end] = range;
    let text = lines.text(start, end);
    // Too many characters is over budget without a count (a tokenizer reads a long run of
    // letters as one unknown word, so a count alone lets a megabyte through).
    const tooLong = text.length > maxChars;
    // One line's count is already known, and a long line is not worth counting twice.
    const tokens = tooLong ? Infinity : start === end ? lines.tokens(start, end) : countTokens(text);
    if (tokens > maxTokens) {
      if (start < end) {
        const mid = Math.floor((start + end) / 2);
        push(start, mid, symbol);
        push(mid + 1, end, symbol);
        return;
      }
      text = fitPrefix(cutAt(text, maxChars), maxTokens, countTokens);
    }
    chunks.push({ path: options.path, language: options.language, kind: options.kind, startLine: start, endLine: end, symbol, text });
  };
  for (const p of pieces) {
    const symbol = symbolOf(p);
    if (lines.tokens(p.start, p.end) <= maxTokens) push(p.start, p.end, symbol);
    else for (const [s, e] of lineWindows(lines, p.start, p.end, maxTokens, options.overlapLines)) push(s, e, symbol);
  }
  // Halving overlapping windows can give a range twice, or a range before its predecessor's: the
  // chunks go out in line order, each range once (a chunk's id is its path and range).
  chunks.sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine);
  return chunks.filter((c, i) => i === 0 || c.startLine !== chunks[i - 1].startLine || c.endLine !== chunks[i - 1].endLine);
}

/**
 * Characters a chunk may hold per token of its budget: far more than any real text needs (code
 * averages three or four a token), so only runs the tokenizer reads as one word (a base64 blob, a
 * minified line of one identifier) are cut by it.
 */
export const MAX_CHARS_PER_TOKEN = 32;

/** The first `n` characters of a text, one fewer where the n-th would split a surrogate pair. */
function cutAt(text: string, n: number): string {
  if (text.length <= n) return text;
  const last = text.charCodeAt(n - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? n - 1 : n);
}

/**
 * The longest prefix of a one-line text within the budget: a window found by doubling from a
 * generous guess, then a binary search on its length, so a megabyte-long line costs a few counts
 * of short prefixes rather than of the whole line.
 */
function fitPrefix(text: string, maxTokens: number, countTokens: TokenCounter): string {
  let lo = 0;
  let hi = Math.min(text.length, maxTokens * 16);
  while (hi < text.length && countTokens(text.slice(0, hi)) <= maxTokens) {
    lo = hi;
    hi = Math.min(text.length, hi * 2);
  }
  if (hi === text.length && countTokens(text) <= maxTokens) return text;
  hi--;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (countTokens(text.slice(0, mid)) <= maxTokens) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo);
}

/** The whole file as one piece: what line-window chunking starts from. */
export function wholeFile(lines: SourceLines): Piece[] {
  return [{ start: 1, end: lines.count, symbols: [], scope: '', parent: '' }];
}
