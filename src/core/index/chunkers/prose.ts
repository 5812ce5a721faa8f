import type { SourceLines } from './lines';
import { packPieces, type Piece } from './pieces';

/** A heading: the line range it occupies and its level (1 = top). */
interface Heading {
  start: number;
  end: number;
  level: number;
  title: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;

/** Markdown headings, ATX (`## Title`) and setext (a line underlined with === or ---), outside code fences. */
export function markdownHeadings(lines: SourceLines): Heading[] {
  const out: Heading[] = [];
  let fence: string | undefined;
  let first = 1;
  // YAML front matter is not a heading underline.
  if (lines.count > 1 && /^---\s*$/.test(lines.line(1))) {
    for (let n = 2; n <= lines.count; n++) {
      if (/^(---|\.\.\.)\s*$/.test(lines.line(n))) {
        first = n + 1;
        break;
      }
    }
  }
  for (let n = first; n <= lines.count; n++) {
    const line = lines.line(n);
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && /^\s*[`~]+\s*$/.test(line)) fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      out.push({ start: n, end: n, level: atx[1].length, title: (atx[2] ?? '').trim() });
      continue;
    }
    const setext = SETEXT.exec(line);
    const previous = n > first ? lines.line(n - 1) : '';
    const taken = out.length && out[out.length - 1].end === n - 1;
    if (setext && /\S/.test(previous) && !taken && isParagraphLine(previous)) {
      out.push({ start: n - 1, end: n, level: setext[1][0] === '=' ? 1 : 2, title: previous.trim() });
    }
  }
  return out;
}

/** A line that can be a setext title: not a list item, quote, table row or indented code. */
function isParagraphLine(line: string): boolean {
  return !/^( {4}|\t)/.test(line) && !/^\s*([-*+>|]|\d+[.)])(\s|$)/.test(line);
}

const ADORNMENT = /^([=\-~^"'`#*+:._!$%&,/;<>?@\\|{}[\]()])\1+\s*$/;

/**
 * reStructuredText section titles: a title line underlined (and optionally overlined) with one
 * repeated punctuation character, at least as long as the title. Levels follow the order in which
 * each style (character, with or without overline) first appears, as reST defines them.
 */
export function rstHeadings(lines: SourceLines): Heading[] {
  const out: Heading[] = [];
  const styles: string[] = [];
  const levelOf = (style: string) => {
    if (!styles.includes(style)) styles.push(style);
    return styles.indexOf(style) + 1;
  };
  let n = 1;
  while (n < lines.count) {
    const title = lines.line(n);
    const under = lines.line(n + 1);
    const over = n > 1 ? lines.line(n - 1) : '';
    const u = ADORNMENT.exec(under);
    const text = title.trim();
    const fresh = n === 1 || !/\S/.test(over) || ADORNMENT.test(over);
    if (u && text && !ADORNMENT.test(title) && under.trimEnd().length >= text.length && fresh) {
      const overlined = n > 1 && over.trimEnd() === under.trimEnd();
      if (overlined || !/^\s/.test(title)) {
        const start = overlined ? n - 1 : n;
        out.push({ start, end: n + 1, level: levelOf(`${u[1]}${overlined ? '+' : ''}`), title: text });
        n += 2;
        continue;
      }
    }
    n++;
  }
  return out;
}

/** Blocks of a range: paragraphs separated by blank lines, fenced code kept whole. */
function blocks(lines: SourceLines, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s: number | undefined;
  let fence: string | undefined;
  for (let n = start; n <= end; n++) {
    const line = lines.line(n);
    const f = FENCE.exec(line);
    if (f && !fence) fence = f[1];
    else if (f && fence && f[1][0] === fence[0]) fence = undefined;
    if (lines.blank(n) && !fence) {
      if (s !== undefined) out.push([s, n - 1]);
      s = undefined;
    } else if (s === undefined) s = n;
  }
  if (s !== undefined) out.push([s, end]);
  return out;
}

/**
 * A range cut into pieces of whole paragraphs packed up to the budget. A paragraph over budget
 * is a piece on its own (with a tiny block before it), which the emitter then cuts into line windows.
 */
function packParagraphs(lines: SourceLines, start: number, end: number, maxTokens: number, symbol: string, parent: string): Piece[] {
  const out: Piece[] = [];
  let current: [number, number] | undefined;
  const flush = () => {
    if (current) out.push({ start: current[0], end: current[1], symbols: symbol ? [symbol] : [], scope: '', parent });
    current = undefined;
  };
  // A block this small (a heading line, a lead-in sentence) goes with the block after it even past
  // the budget: the line windows that then cut the piece keep it at the head of the first one.
  const tiny = maxTokens / 16;
  for (const [s, e] of blocks(lines, start, end)) {
    if (current && (lines.tokens(current[0], e) <= maxTokens || lines.tokens(current[0], current[1]) < tiny)) current[1] = e;
    else {
      flush();
      current = [s, e];
    }
  }
  flush();
  return out;
}

/**
 * Pieces of a document cut at its headings, each named by its heading path (`Install > From source`).
 * A section that fits the budget is one piece; a longer one is packed by paragraphs. A section
 * holding little more than its heading is merged into the subsection that follows it, so the
 * heading is found with the text it introduces; short neighbouring sections then pack together up
 * to `packTokens`.
 */
export function sectionPieces(lines: SourceLines, headings: Heading[], maxTokens: number, minTokens: number, packTokens = 0): Piece[] {
  const sections: Array<{ start: number; end: number; path: string[] }> = [];
  const stack: Heading[] = [];
  if (!headings.length || headings[0].start > 1) sections.push({ start: 1, end: (headings[0]?.start ?? lines.count + 1) - 1, path: [] });
  headings.forEach((h, i) => {
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    stack.push(h);
    sections.push({ start: h.start, end: (headings[i + 1]?.start ?? lines.count + 1) - 1, path: stack.map((x) => x.title) });
  });
  const out: Piece[] = [];
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i];
    const next = sections[i + 1];
    const nested = next && next.path.length > section.path.length && section.path.every((t, k) => next.path[k] === t);
    if (nested && section.path.length && lines.tokens(section.start, section.end) < minTokens && lines.tokens(section.start, next.end) <= maxTokens) {
      next.start = section.start;
      continue;
    }
    const symbol = section.path.join(' > ');
    if (lines.tokens(section.start, section.end) <= maxTokens) {
      // Whole sections share a parent, so short neighbouring sections can pack together.
      out.push({ start: section.start, end: section.end, symbols: symbol ? [symbol] : [], scope: '', parent: '' });
    } else out.push(...packParagraphs(lines, section.start, section.end, maxTokens, symbol, symbol));
  }
  return packPieces(lines, out, maxTokens, packTokens);
}

/** Plain text: paragraphs packed up to the budget, no symbol. */
export function textPieces(lines: SourceLines, maxTokens: number): Piece[] {
  return packParagraphs(lines, 1, lines.count, maxTokens, '', '');
}
