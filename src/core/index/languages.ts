import * as path from 'node:path';
import type { ChunkKind } from './chunk';

/** What the crawler needs to know to keep a file, and the chunkers to pick a strategy. */
export interface LanguageInfo {
  language: string;
  kind: ChunkKind;
  /**
   * The tree-sitter grammar (file `tree-sitter-<grammar>.wasm` of tree-sitter-wasms) that chunks it
   * by definitions; absent when the language is chunked by line windows or as prose.
   */
  grammar?: string;
}

interface Entry extends LanguageInfo {
  extensions: string[];
}

// One row per language. Config-like formats are code chunked by line windows: they are worth
// finding (settings, schemas, CI files) but have no definitions to cut at.
const TABLE: Entry[] = [
  { language: 'typescript', kind: 'code', grammar: 'typescript', extensions: ['.ts', '.mts', '.cts'] },
  // TSX needs its own grammar: the plain one reads `<T>x` as a cast, not an element.
  { language: 'typescript', kind: 'code', grammar: 'tsx', extensions: ['.tsx'] },
  { language: 'javascript', kind: 'code', grammar: 'javascript', extensions: ['.js', '.jsx', '.mjs', '.cjs'] },
  { language: 'python', kind: 'code', grammar: 'python', extensions: ['.py', '.pyi'] },
  { language: 'go', kind: 'code', grammar: 'go', extensions: ['.go'] },
  { language: 'java', kind: 'code', grammar: 'java', extensions: ['.java'] },
  { language: 'rust', kind: 'code', grammar: 'rust', extensions: ['.rs'] },
  { language: 'c', kind: 'code', grammar: 'c', extensions: ['.c', '.h'] },
  { language: 'cpp', kind: 'code', grammar: 'cpp', extensions: ['.cc', '.cpp', '.cxx', '.c++', '.hpp', '.hh', '.hxx', '.h++', '.ipp'] },
  { language: 'csharp', kind: 'code', grammar: 'c_sharp', extensions: ['.cs'] },
  { language: 'ruby', kind: 'code', grammar: 'ruby', extensions: ['.rb', '.rake', '.gemspec'] },
  { language: 'php', kind: 'code', grammar: 'php', extensions: ['.php'] },
  { language: 'kotlin', kind: 'code', grammar: 'kotlin', extensions: ['.kt', '.kts'] },
  { language: 'swift', kind: 'code', grammar: 'swift', extensions: ['.swift'] },
  { language: 'scala', kind: 'code', grammar: 'scala', extensions: ['.scala', '.sc'] },
  { language: 'bash', kind: 'code', grammar: 'bash', extensions: ['.sh', '.bash', '.zsh', '.bats'] },
  { language: 'elixir', kind: 'code', grammar: 'elixir', extensions: ['.ex', '.exs'] },
  { language: 'zig', kind: 'code', grammar: 'zig', extensions: ['.zig'] },
  { language: 'haskell', kind: 'code', extensions: ['.hs', '.lhs'] },
  { language: 'dart', kind: 'code', extensions: ['.dart'] },
  { language: 'ocaml', kind: 'code', extensions: ['.ml', '.mli'] },
  { language: 'elm', kind: 'code', extensions: ['.elm'] },
  { language: 'erlang', kind: 'code', extensions: ['.erl', '.hrl'] },
  { language: 'clojure', kind: 'code', extensions: ['.clj', '.cljs', '.cljc'] },
  { language: 'fsharp', kind: 'code', extensions: ['.fs', '.fsi', '.fsx'] },
  { language: 'groovy', kind: 'code', extensions: ['.groovy', '.gradle'] },
  { language: 'perl', kind: 'code', extensions: ['.pl', '.pm'] },
  { language: 'julia', kind: 'code', extensions: ['.jl'] },
  { language: 'r', kind: 'code', extensions: ['.r'] },
  { language: 'nim', kind: 'code', extensions: ['.nim'] },
  { language: 'solidity', kind: 'code', extensions: ['.sol'] },
  { language: 'terraform', kind: 'code', extensions: ['.tf'] },
  // Line windows only. Lua has a grammar in tree-sitter-wasms, but its scanner misparses once
  // another grammar has been loaded in the same process.
  { language: 'lua', kind: 'code', extensions: ['.lua'] },
  { language: 'json', kind: 'code', extensions: ['.json', '.jsonc', '.json5'] },
  { language: 'yaml', kind: 'code', extensions: ['.yaml', '.yml'] },
  { language: 'toml', kind: 'code', extensions: ['.toml'] },
  { language: 'css', kind: 'code', extensions: ['.css', '.scss', '.sass', '.less'] },
  { language: 'html', kind: 'code', extensions: ['.html', '.htm', '.vue', '.svelte'] },
  { language: 'sql', kind: 'code', extensions: ['.sql'] },
  { language: 'protobuf', kind: 'code', extensions: ['.proto'] },
  { language: 'graphql', kind: 'code', extensions: ['.graphql', '.gql'] },
  { language: 'markdown', kind: 'docs', extensions: ['.md', '.markdown', '.mdx'] },
  { language: 'rst', kind: 'docs', extensions: ['.rst', '.rest'] },
  { language: 'text', kind: 'docs', extensions: ['.txt', '.text'] },
];

const BY_EXTENSION = new Map<string, LanguageInfo>();
for (const { extensions, ...info } of TABLE) for (const ext of extensions) BY_EXTENSION.set(ext, info);

// Files known by their whole name (compared lower-case). Lock files are deliberately absent.
const BY_NAME = new Map<string, LanguageInfo>([
  ['readme', { language: 'text', kind: 'docs' }],
  ['changelog', { language: 'text', kind: 'docs' }],
  ['contributing', { language: 'text', kind: 'docs' }],
  ['history', { language: 'text', kind: 'docs' }],
  ['news', { language: 'text', kind: 'docs' }],
  ['dockerfile', { language: 'dockerfile', kind: 'code' }],
  ['makefile', { language: 'make', kind: 'code' }],
  ['gnumakefile', { language: 'make', kind: 'code' }],
  ['cmakelists.txt', { language: 'cmake', kind: 'code' }],
]);

/** The language of a file from its name alone; undefined means the crawler leaves the file out. */
export function languageOf(filePath: string): LanguageInfo | undefined {
  const base = path.posix.basename(filePath.replace(/\\/g, '/')).toLowerCase();
  const byName = BY_NAME.get(base);
  if (byName) return byName;
  const ext = path.posix.extname(base);
  return ext ? BY_EXTENSION.get(ext) : undefined;
}

const LANGUAGE_NAMES = new Set(TABLE.map((e) => e.language));

/** A language as a person types it: its name (`python`) or a file extension of it (`py`, `.ts`). */
export function languageNamed(name: string): string | undefined {
  const n = name.toLowerCase();
  if (LANGUAGE_NAMES.has(n)) return n;
  return BY_EXTENSION.get(n.startsWith('.') ? n : `.${n}`)?.language;
}
