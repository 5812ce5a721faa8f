/**
 * Code chunking by definitions, from a tree-sitter syntax tree.
 *
 * Scheme: each top-level function (and enum, interface, type, struct...) is one piece, named by
 * its name (`retry_upload`). A class is cut in two kinds of pieces: its header (decorators, the
 * declaration line, fields and anything else up to its first member definition) named after the
 * class (`Session`), and one piece per member definition named `Class.member` (`Session.send`);
 * code between or after members (more fields, the closing brace) is a piece named after the class.
 * Nested classes nest the names (`Outer.Inner.method`); functions inside functions stay inside
 * theirs. Namespaces and modules are looked through without adding to names. Comments and
 * attributes directly above a definition (no blank line between) belong to it. Code outside every
 * definition (imports, module statements) is cut into pieces between them, with no symbol.
 */
import * as path from 'node:path';
import { Language, Parser, type Node } from 'web-tree-sitter';
import type { Piece } from './pieces';
import { compile, genericName, SPECS, type Definition, type Spec } from './specs';

// Grammars load lazily, once per process: most workspaces use a handful of languages.
let runtime: Promise<void> | undefined;
const parsers = new Map<string, Promise<Parser>>();
const compiled = new Map<string, Spec>();

// Resolved at run time from node_modules: the .wasm grammars are files beside the bundle, never
// bundled (a name in a constant keeps esbuild from trying).
const GRAMMARS_PACKAGE = 'tree-sitter-wasms/package.json';

function grammarDir(): string {
  return path.join(path.dirname(require.resolve(GRAMMARS_PACKAGE)), 'out');
}

export function hasGrammar(grammar: string): boolean {
  return grammar in SPECS;
}

async function parserFor(grammar: string): Promise<Parser> {
  let parser = parsers.get(grammar);
  if (!parser) {
    parser = (async () => {
      runtime ??= Parser.init();
      await runtime;
      const language = await Language.load(path.join(grammarDir(), `tree-sitter-${grammar}.wasm`));
      const p = new Parser();
      p.setLanguage(language);
      return p;
    })();
    parsers.set(grammar, parser);
    // A failed load is not cached: the next file may try again (and report again).
    parser.catch(() => parsers.delete(grammar));
  }
  return parser;
}

function specFor(grammar: string): Spec {
  let spec = compiled.get(grammar);
  if (!spec) {
    spec = compile(SPECS[grammar]);
    compiled.set(grammar, spec);
  }
  return spec;
}

/** 1-based first line of a node. */
const startLine = (n: Node): number => n.startPosition.row + 1;
/** 1-based last line; a node that ends at column 0 ends on the line before (a trailing newline). */
const endLine = (n: Node): number => (n.endPosition.column === 0 && n.endPosition.row > n.startPosition.row ? n.endPosition.row : n.endPosition.row + 1);

function classify(node: Node, spec: Spec, depth = 0): Definition | null {
  const custom = spec.classify?.(node);
  if (custom !== undefined) return custom;
  const role = spec.roles.get(node.type);
  if (!role) return null;
  if (role === 'wrapper') {
    if (depth > 4) return null;
    const candidates = [node.childForFieldName('declaration'), node.childForFieldName('definition'), ...node.namedChildren];
    for (const child of candidates) {
      if (!child) continue;
      const inner = classify(child, spec, depth + 1);
      if (inner && inner.role !== 'leading') return { ...inner, outer: node };
    }
    return null;
  }
  if (spec.needsBody.has(node.type) && !node.childForFieldName('body')) return null;
  return { role, outer: node, inner: node };
}

function bodyOf(node: Node, spec: Spec): Node | null {
  return node.childForFieldName('body') ?? node.namedChildren.find((c) => c && spec.bodies.has(c.type)) ?? null;
}

function membersOf(body: Node, spec: Spec): Node[] {
  const out: Node[] = [];
  for (const child of body.namedChildren) {
    if (!child) continue;
    if (spec.passthrough.has(child.type)) out.push(...membersOf(child, spec));
    else out.push(child);
  }
  return out;
}

interface Scope {
  /** Qualified name of the enclosing class, '' at top level. */
  prefix: string;
  key: string;
  /** Key of the scope around the enclosing class; absent at top level. */
  outer?: string;
}

/**
 * Cuts lines start..end, holding the given sibling nodes, into pieces: one per definition (with the
 * comments and attributes directly above it), one per class header, and one per stretch of other
 * code between them. Together the pieces cover every line of the range exactly once.
 */
function partition(nodes: Node[], start: number, end: number, scope: Scope, spec: Spec, out: Piece[]): void {
  let cursor = start;
  let leadStart: number | undefined;
  let leadEnd = 0;
  const gap = (to: number) => {
    if (to >= cursor) out.push({ start: cursor, end: to, symbols: [], scope: scope.prefix, parent: scope.key, outer: scope.outer });
  };
  for (const node of nodes) {
    const def = classify(node, spec);
    const ns = startLine(node);
    const ne = Math.min(endLine(node), end);
    if (def?.role === 'leading') {
      if (leadStart !== undefined && ns <= leadEnd + 1) leadEnd = Math.max(leadEnd, ne);
      else if (ns >= cursor) [leadStart, leadEnd] = [ns, ne];
      else leadStart = undefined;
      continue;
    }
    if (!def) {
      leadStart = undefined;
      continue;
    }
    let s = leadStart !== undefined && leadEnd >= ns - 1 ? leadStart : ns;
    leadStart = undefined;
    s = Math.max(s, cursor);
    if (ne < s) continue;
    gap(s - 1);
    cursor = ne + 1;
    if (def.role === 'namespace') {
      const body = def.inner.childForFieldName('body') ?? def.inner;
      partition(membersOf(body, spec), s, ne, scope, spec, out);
      continue;
    }
    const name = def.name ?? spec.name?.(def.inner, def.outer) ?? genericName(def.inner);
    const qualified = name && scope.prefix ? `${scope.prefix}.${name}` : name || scope.prefix;
    const symbols = name ? [qualified] : [];
    // A class on one line is read whole, like a function.
    const body = def.role === 'class' && ne > startLine(def.inner) ? bodyOf(def.inner, spec) : null;
    if (!body) {
      out.push({ start: s, end: ne, symbols, scope: scope.prefix, parent: scope.key, outer: scope.outer });
      continue;
    }
    // A class: its header (up to the first member, with fields) is its own piece; members follow.
    const inner: Piece[] = [];
    partition(membersOf(body, spec), s, ne, { prefix: qualified, key: `${qualified}@${s}`, outer: scope.key }, spec, inner);
    if (inner.length && inner[0].start === s && !inner[0].symbols.length) inner[0] = { ...inner[0], symbols };
    out.push(...inner);
  }
  gap(end);
}

/**
 * Pieces of a file cut at its definitions, or undefined when the grammar will not load or parse
 * (the caller falls back to line windows).
 */
export async function syntaxPieces(grammar: string, text: string, lineCount: number): Promise<Piece[] | undefined> {
  const parser = await parserFor(grammar);
  const spec = specFor(grammar);
  const tree = parser.parse(spec.prepare ? spec.prepare(text) : text);
  if (!tree) return undefined;
  try {
    const pieces: Piece[] = [];
    const root = tree.rootNode;
    partition(
      root.namedChildren.filter((n): n is Node => n !== null),
      1,
      lineCount,
      { prefix: '', key: '' },
      spec,
      pieces,
    );
    return pieces;
  } finally {
    tree.delete();
  }
}
