/**
 * Whether a chunk defines a name (rather than only using it): the chunker's symbol for the chunk
 * names it, or a definition keyword of some language stands right before it in the text.
 */
import { lastPart } from './query';

// Keywords that introduce a named definition, across the languages the chunkers know.
const KEYWORDS = [
  'class',
  'struct',
  'interface',
  'trait',
  'enum',
  'union',
  'type',
  'typedef',
  'module',
  'object',
  'record',
  'protocol',
  'namespace',
  'def',
  'defp',
  'defmodule',
  'fn',
  'func',
  'function',
  'fun',
  'sub',
  'macro_rules!',
  'impl',
  'package',
  'extension',
  'concept',
  'using',
  'const',
  'let',
  'val',
  'var',
].map((k) => k.replace(/[!]/g, '\\$&'));
// A C macro: `#define NAME` or `# define NAME(x)`.
const MACRO = '#\\s*define';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cache = new Map<string, RegExp>();

// In prose a definition keyword counts only where a line of code would have it: at the start of
// a line (a code sample), after modifiers. "using TypeScript" in a sentence defines nothing.
const MODIFIERS =
  '(?:(?:export|public|private|protected|internal|pub(?:\\([^)\\n]*\\))?|static|async|abstract|final|default|declare|open|data|sealed|inline|override|unsafe|extern)\\s+)*';

function definitionPattern(name: string, inProse = false): RegExp {
  const key = `${inProse ? 'p' : 'c'}${name}`;
  let re = cache.get(key);
  if (!re) {
    // `class Foo`, `pub struct Foo<T>`, `def foo(`, `func (r *T) Foo(`, `impl<T> Foo for`, `ns::Foo`.
    const qualifier = '(?:[\\w$]+(?:\\.|::))*';
    const before = inProse ? `^[ \\t>]*${MODIFIERS}` : '(?:^|[\\s(])';
    re = new RegExp(`${before}(?:${KEYWORDS.join('|')}|${MACRO})(?:<[^>\\n]*>)?\\s+(?:\\([^)\\n]*\\)\\s*)?${qualifier}${escape(name)}(?![\\w$])`, 'm');
    if (cache.size > 500) cache.clear();
    cache.set(key, re);
  }
  return re;
}

/** The names a chunk's symbol lists, whole and by their last part: `Session, Session.send` -> Session, send. */
export function symbolNames(symbol: string): Set<string> {
  const names = new Set<string>();
  for (const entry of symbol.replace(/\s*\(\+\d+ more\)$/, '').split(', ')) {
    if (!entry) continue;
    names.add(entry);
    names.add(lastPart(entry));
  }
  return names;
}

export function definesName(chunk: { symbol: string; text: string; kind?: string }, name: string): boolean {
  const short = lastPart(name);
  if (!short) return false;
  const names = symbolNames(chunk.symbol);
  if (names.has(name) || names.has(short) || names.has(name.replace(/::/g, '.'))) return true;
  return definitionPattern(short, chunk.kind === 'docs').test(chunk.text);
}
