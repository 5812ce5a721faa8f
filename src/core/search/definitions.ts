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

function definitionPattern(name: string): RegExp {
  let re = cache.get(name);
  if (!re) {
    // `class Foo`, `pub struct Foo<T>`, `def foo(`, `func (r *T) Foo(`, `impl<T> Foo for`, `ns::Foo`.
    const qualifier = '(?:[\\w$]+(?:\\.|::))*';
    re = new RegExp(`(?:^|[\\s(])(?:${KEYWORDS.join('|')}|${MACRO})(?:<[^>\\n]*>)?\\s+(?:\\([^)\\n]*\\)\\s*)?${qualifier}${escape(name)}(?![\\w$])`, 'm');
    if (cache.size > 500) cache.clear();
    cache.set(name, re);
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

export function definesName(chunk: { symbol: string; text: string }, name: string): boolean {
  const short = lastPart(name);
  if (!short) return false;
  const names = symbolNames(chunk.symbol);
  if (names.has(name) || names.has(short) || names.has(name.replace(/::/g, '.'))) return true;
  return definitionPattern(short).test(chunk.text);
}
