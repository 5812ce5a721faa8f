/**
 * Cuts a file into chunks within a token budget, at the borders a reader would use: definitions
 * in code (via tree-sitter), headings in Markdown and reST, paragraphs in plain text, and
 * overlapping line windows for everything else.
 *
 * Invariants, whatever the input:
 * - every chunk's text is exactly its file's lines startLine..endLine (line breaks as '\n'),
 *   except a single line longer than the budget, which keeps only the prefix that fits;
 * - every chunk counts at most maxTokens, and holds at most maxTokens × MAX_CHARS_PER_TOKEN characters;
 * - every non-blank line is in at least one chunk; chunks overlap only where an oversize piece
 *   was cut into windows.
 */
import type { Chunk, ChunkKind, TokenCounter } from '../chunk';
import { silentLogger, type Logger } from '../../log';
import { languageOf, type LanguageInfo } from '../languages';
import { SourceLines } from './lines';
import { attachComments, emitChunks, packPieces, trimPieces, wholeFile, type Piece } from './pieces';
import { markdownHeadings, rstHeadings, sectionPieces, textPieces } from './prose';
import { hasGrammar, syntaxPieces } from './syntax';

export interface ChunkOptions {
  maxTokens: number;
  countTokens: TokenCounter;
  /** Lines repeated between consecutive line windows. Default 5. */
  overlapLines?: number;
  /**
   * Neighbouring definitions of one parent (the file, a class body) and neighbouring sections of a
   * document pack into one chunk while together they count at most this. Default 3/4 of maxTokens;
   * 0 keeps every definition and section apart.
   */
  packTokens?: number;
  /** Told when a grammar fails to load or parse and the file falls back to line windows. */
  logger?: Logger;
}

const failedGrammars = new Set<string>();

/**
 * Minified or generated code (lines of thousands of characters on average) has no definitions
 * worth a chunk each, and parsing it costs more than the line windows it ends up in.
 */
function looksMinified(text: string, lineCount: number): boolean {
  return text.length / Math.max(1, lineCount) > 500;
}

// C++ in a `.h` file: the C grammar would read its classes and namespaces as errors.
const CPP_HEADER = /^\s*(namespace\s+[\w:]+\s*\{|template\s*<|class\s+\w+[^;]*$|(public|private|protected):)|\w::\w/m;

function languageFor(path: string, text: string): LanguageInfo {
  const info = languageOf(path) ?? { language: 'unknown', kind: 'code' as ChunkKind };
  if (info.language === 'c' && path.endsWith('.h') && CPP_HEADER.test(text)) return languageOf('header.hpp')!;
  return info;
}

export async function chunkFile(path: string, text: string, options: ChunkOptions): Promise<Chunk[]> {
  const { maxTokens, countTokens } = options;
  if (!Number.isFinite(maxTokens) || maxTokens < 1) throw new RangeError(`maxTokens must be at least 1, got ${maxTokens}`);
  const info = languageFor(path, text);
  const packTokens = options.packTokens ?? Math.floor((maxTokens * 3) / 4);
  // A section holding little more than its heading joins the subsection that follows it (unless
  // packing is off: then every section stays apart).
  const headingOnly = packTokens > 0 ? Math.floor(maxTokens / 16) : 0;
  const lines = new SourceLines(text, countTokens);
  let pieces: Piece[] | undefined;
  switch (info.language) {
    case 'markdown':
      pieces = sectionPieces(lines, markdownHeadings(lines), maxTokens, headingOnly, packTokens);
      break;
    case 'rst':
      pieces = sectionPieces(lines, rstHeadings(lines), maxTokens, headingOnly, packTokens);
      break;
    case 'text':
      pieces = textPieces(lines, maxTokens);
      break;
    default:
      if (info.grammar && hasGrammar(info.grammar) && !looksMinified(text, lines.count)) {
        try {
          pieces = await syntaxPieces(info.grammar, text, lines.count);
          if (pieces) pieces = packPieces(lines, attachComments(lines, trimPieces(lines, pieces)), maxTokens, packTokens);
        } catch (e) {
          if (!failedGrammars.has(info.grammar)) {
            failedGrammars.add(info.grammar);
            (options.logger ?? silentLogger).warn(
              `tree-sitter grammar ${info.grammar} failed (${(e as Error).message}); chunking ${info.language} by line windows`,
            );
          }
          pieces = undefined;
        }
      }
  }
  pieces ??= wholeFile(lines);
  return emitChunks(lines, pieces, {
    path,
    language: info.language,
    kind: info.kind,
    maxTokens,
    countTokens,
    overlapLines: options.overlapLines ?? 5,
  });
}
