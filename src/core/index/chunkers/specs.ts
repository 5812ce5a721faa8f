import type { Node } from 'web-tree-sitter';

/**
 * What a syntax tree node is to the chunker:
 * - function: a definition chunked whole (function, method, enum, interface, type);
 * - class: a definition whose body holds member definitions, each chunked on its own;
 * - namespace: a grouping searched for definitions but with no chunk or name of its own;
 * - leading: a comment or attribute that belongs to the definition right below it.
 */
export type Role = 'function' | 'class' | 'namespace' | 'leading';

export interface Definition {
  role: Role;
  /** The node whose lines the definition covers (an export or decorator wrapper included). */
  outer: Node;
  /** The definition itself: where its name and body are read. */
  inner: Node;
  /** Set when the name is not where nameOf looks (a `const f = () => ...`). */
  name?: string;
}

export interface LanguageSpec {
  functions?: string[];
  classes?: string[];
  namespaces?: string[];
  /** Nodes around a definition (export, decorators, templates) whose lines belong to it. */
  wrappers?: string[];
  leading?: string[];
  /** Definitions only when they have a body (abstract and interface methods stay with their type). */
  needsBody?: string[];
  /** Body node types, for grammars whose classes have no `body` field. */
  bodies?: string[];
  /** Nodes in a class body to look through for members (Java's enum_body_declarations). */
  passthrough?: string[];
  /** Classifies what the tables cannot; `null` means "not a definition", undefined "ask the tables". */
  classify?(node: Node): Definition | null | undefined;
  /** Reads a name the generic rules cannot. */
  name?(node: Node, outer: Node): string | undefined;
  /** Rewrites the text before parsing, keeping every character's offset (blanks for what confuses the grammar). */
  prepare?(text: string): string;
}

/** Compiled form of a LanguageSpec: tables as sets. */
export interface Spec {
  roles: Map<string, Role | 'wrapper'>;
  needsBody: Set<string>;
  bodies: Set<string>;
  passthrough: Set<string>;
  classify?: LanguageSpec['classify'];
  name?: LanguageSpec['name'];
  prepare?: LanguageSpec['prepare'];
}

const IDENTIFIERS = new Set([
  'identifier',
  'type_identifier',
  'simple_identifier',
  'field_identifier',
  'property_identifier',
  'constant',
  'name',
  'word',
  'qualified_identifier',
  'scoped_identifier',
  'operator_name',
  'destructor_name',
]);

export function cleanName(text: string): string {
  return text.replace(/::/g, '.').replace(/\s+/g, ' ').trim();
}

/** The name a generic grammar gives a definition: its `name` field, else its first identifier child. */
export function genericName(node: Node): string {
  const field = node.childForFieldName('name');
  if (field) return cleanName(field.text);
  for (const child of node.namedChildren) if (child && IDENTIFIERS.has(child.type)) return cleanName(child.text);
  return '';
}

const FUNCTION_VALUES = new Set(['arrow_function', 'function_expression', 'function', 'generator_function', 'class', 'class_expression']);

/** `const f = () => {}`, `exports.f = function () {}`, `handle = () => {}` in a class body. */
function classifyScript(node: Node): Definition | null | undefined {
  switch (node.type) {
    case 'lexical_declaration':
    case 'variable_declaration': {
      const declarators = node.namedChildren.filter((c) => c?.type === 'variable_declarator');
      if (declarators.length !== 1) return null;
      const value = declarators[0]!.childForFieldName('value');
      const name = declarators[0]!.childForFieldName('name');
      if (!value || !name || !FUNCTION_VALUES.has(value.type)) return null;
      return { role: 'function', outer: node, inner: value, name: cleanName(name.text) };
    }
    case 'expression_statement': {
      const expr = node.namedChild(0);
      if (expr?.type === 'internal_module' || expr?.type === 'module') return { role: 'namespace', outer: node, inner: expr };
      if (expr?.type !== 'assignment_expression') return null;
      const left = expr.childForFieldName('left');
      const right = expr.childForFieldName('right');
      if (!left || !right || !FUNCTION_VALUES.has(right.type)) return null;
      return { role: 'function', outer: node, inner: right, name: cleanName(left.text) };
    }
    case 'public_field_definition':
    case 'field_definition': {
      const value = node.childForFieldName('value');
      const name = node.childForFieldName('name') ?? node.childForFieldName('property');
      if (!value || !name || !FUNCTION_VALUES.has(value.type)) return null;
      return { role: 'function', outer: node, inner: value, name: cleanName(name.text) };
    }
    default:
      return undefined;
  }
}

const SCRIPT: LanguageSpec = {
  functions: [
    'function_declaration',
    'generator_function_declaration',
    'method_definition',
    'interface_declaration',
    'enum_declaration',
    'type_alias_declaration',
  ],
  classes: ['class_declaration', 'abstract_class_declaration'],
  namespaces: ['internal_module', 'module'],
  wrappers: ['export_statement', 'ambient_declaration'],
  leading: ['comment', 'decorator'],
  classify: classifyScript,
};

/** The declared name at the bottom of a C declarator chain (`*name(args)`, `Class::name(args)`). */
function declaratorName(node: Node | null): string {
  let d = node;
  for (let depth = 0; d && depth < 16; depth++) {
    if (IDENTIFIERS.has(d.type)) return cleanName(d.text);
    const next = d.childForFieldName('declarator') ?? d.namedChildren.find((c) => c && c.type.endsWith('declarator')) ?? null;
    if (!next) break;
    d = next;
  }
  return d ? cleanName(d.text.replace(/\(.*$/s, '')) : '';
}

const TYPE_SPECIFIERS = new Set(['struct_specifier', 'union_specifier', 'class_specifier', 'enum_specifier']);

/** C and C++ types with a body are definitions, also inside a `typedef` or a declaration. */
function classifyC(node: Node): Definition | null | undefined {
  if (TYPE_SPECIFIERS.has(node.type)) {
    if (!node.childForFieldName('body')) return null;
    return { role: node.type === 'enum_specifier' ? 'function' : 'class', outer: node, inner: node };
  }
  if (node.type === 'type_definition' || node.type === 'declaration') {
    const type = node.childForFieldName('type');
    if (!type || !TYPE_SPECIFIERS.has(type.type) || !type.childForFieldName('body')) return null;
    const name = type.childForFieldName('name')?.text ?? declaratorName(node.childForFieldName('declarator'));
    return { role: type.type === 'enum_specifier' ? 'function' : 'class', outer: node, inner: type, name: cleanName(name) };
  }
  return undefined;
}

function nameC(node: Node): string | undefined {
  if (node.type === 'function_definition') return declaratorName(node.childForFieldName('declarator'));
  return undefined;
}

/**
 * A line holding only an upper-case macro (`ABSL_NAMESPACE_BEGIN`, `Q_OBJECT`) reads to the grammar
 * as a stray type and turns the rest of the file into an error: such lines are blanked.
 */
function blankMacroLines(text: string): string {
  return text.replace(/^[ \t]*[A-Z][A-Z0-9_]{2,}[ \t]*(?:\(\))?[ \t]*;?[ \t]*$/gm, (line) => ' '.repeat(line.length));
}

const C: LanguageSpec = {
  functions: ['function_definition'],
  // Include guards and #if blocks wrap whole files: definitions are looked for inside them, and
  // inside what the grammar could not parse.
  namespaces: ['linkage_specification', 'preproc_if', 'preproc_ifdef', 'preproc_else', 'preproc_elif', 'ERROR'],
  prepare: blankMacroLines,
  leading: ['comment'],
  classify: classifyC,
  name: nameC,
};

const CPP: LanguageSpec = {
  ...C,
  namespaces: ['namespace_definition', ...C.namespaces!],
  wrappers: ['template_declaration'],
};

/** A Go method is named after its receiver's type: `Session.Send`. */
function nameGo(node: Node): string | undefined {
  if (node.type === 'method_declaration') {
    const receiver = node.childForFieldName('receiver')?.namedChild(0)?.childForFieldName('type')?.text ?? '';
    const type = receiver.replace(/^\*\s*/, '').replace(/\[.*\]$/s, '');
    const name = node.childForFieldName('name')?.text ?? '';
    return type ? `${type}.${name}` : name;
  }
  if (node.type === 'type_declaration') {
    return node.namedChildren
      .filter((c) => c && (c.type === 'type_spec' || c.type === 'type_alias'))
      .map((c) => c!.childForFieldName('name')?.text ?? '')
      .filter(Boolean)
      .join(', ');
  }
  return undefined;
}

/** An `impl` block is named after the type it implements, without generic arguments. */
function nameRust(node: Node): string | undefined {
  if (node.type !== 'impl_item') return undefined;
  const type = node.childForFieldName('type');
  const base = type?.type === 'generic_type' ? type.childForFieldName('type') : type;
  return base ? cleanName(base.text) : undefined;
}

/** C# properties with accessor bodies are code worth a chunk; `{ get; set; }` stays with the fields. */
function classifyCSharp(node: Node): Definition | null | undefined {
  if (node.type === 'property_declaration') {
    return node.endPosition.row > node.startPosition.row ? { role: 'function', outer: node, inner: node } : null;
  }
  return undefined;
}

function nameCSharp(node: Node): string | undefined {
  if (node.type !== 'operator_declaration' && node.type !== 'conversion_operator_declaration') return undefined;
  const children = node.children;
  const at = children.findIndex((c) => c?.type === 'operator');
  const op = at >= 0 ? children[at + 1]?.text : undefined;
  return op ? `operator ${op}` : 'operator';
}

const ELIXIR_FUNCTIONS = new Set(['def', 'defp', 'defmacro', 'defmacrop', 'defguard', 'defguardp', 'defdelegate', 'defn', 'defnp']);
const ELIXIR_MODULES = new Set(['defmodule', 'defprotocol', 'defimpl']);
// Attributes that document or type the definition below them: `@doc`, `@spec`, `@impl`.
const ELIXIR_LEADING = new Set(['doc', 'spec', 'impl', 'deprecated', 'typedoc']);

/** Elixir has no definition nodes: `def`, `defmodule` and `@doc` are calls, told apart by their name. */
function classifyElixir(node: Node): Definition | null | undefined {
  if (node.type === 'unary_operator') {
    const attribute = node.namedChild(0);
    const name = attribute?.type === 'call' ? attribute.namedChild(0)?.text : undefined;
    return name && ELIXIR_LEADING.has(name) ? { role: 'leading', outer: node, inner: node } : null;
  }
  if (node.type !== 'call') return undefined;
  const target = node.namedChild(0);
  if (target?.type !== 'identifier') return null;
  if (ELIXIR_FUNCTIONS.has(target.text)) return { role: 'function', outer: node, inner: node };
  if (ELIXIR_MODULES.has(target.text)) return { role: 'class', outer: node, inner: node };
  return null;
}

/** `defmodule Plug.Conn` -> `Plug.Conn`; `def send_resp(conn) when ...` -> `send_resp`. */
function nameElixir(node: Node): string | undefined {
  let head = node.namedChildren.find((c) => c?.type === 'arguments')?.namedChild(0) ?? null;
  if (head?.type === 'binary_operator') head = head.namedChild(0);
  if (head?.type === 'call') head = head.namedChild(0);
  return head ? cleanName(head.text) : undefined;
}

const ZIG_CONTAINERS = ['struct_declaration', 'enum_declaration', 'union_declaration', 'opaque_declaration'];

/** Zig names a type by binding it: `pub const Point = struct { ... }` is a class named `Point`. */
function classifyZig(node: Node): Definition | null | undefined {
  if (node.type !== 'variable_declaration') return undefined;
  return node.namedChildren.some((c) => c && ZIG_CONTAINERS.includes(c.type)) ? { role: 'class', outer: node, inner: node } : null;
}

export const SPECS: Record<string, LanguageSpec> = {
  typescript: SCRIPT,
  tsx: SCRIPT,
  javascript: SCRIPT,
  python: {
    functions: ['function_definition'],
    classes: ['class_definition'],
    wrappers: ['decorated_definition'],
    leading: ['comment'],
  },
  go: {
    functions: ['function_declaration', 'method_declaration', 'type_declaration'],
    leading: ['comment'],
    name: nameGo,
  },
  java: {
    functions: ['method_declaration', 'constructor_declaration', 'compact_constructor_declaration'],
    classes: ['class_declaration', 'interface_declaration', 'enum_declaration', 'record_declaration', 'annotation_type_declaration'],
    leading: ['line_comment', 'block_comment', 'comment'],
    needsBody: ['method_declaration'],
    passthrough: ['enum_body_declarations'],
  },
  rust: {
    functions: ['function_item', 'struct_item', 'enum_item', 'union_item', 'macro_definition'],
    classes: ['impl_item', 'trait_item'],
    namespaces: ['mod_item'],
    leading: ['line_comment', 'block_comment', 'attribute_item'],
    name: nameRust,
  },
  c: C,
  cpp: CPP,
  c_sharp: {
    functions: [
      'method_declaration',
      'constructor_declaration',
      'destructor_declaration',
      'operator_declaration',
      'conversion_operator_declaration',
      'enum_declaration',
      'delegate_declaration',
    ],
    classes: ['class_declaration', 'struct_declaration', 'interface_declaration', 'record_declaration', 'record_struct_declaration'],
    namespaces: ['namespace_declaration', 'file_scoped_namespace_declaration'],
    leading: ['comment', 'attribute_list'],
    needsBody: ['method_declaration'],
    classify: classifyCSharp,
    name: nameCSharp,
  },
  ruby: {
    functions: ['method', 'singleton_method'],
    classes: ['class', 'module', 'singleton_class'],
    leading: ['comment'],
  },
  php: {
    functions: ['function_definition', 'method_declaration', 'enum_declaration'],
    classes: ['class_declaration', 'interface_declaration', 'trait_declaration'],
    namespaces: ['namespace_definition'],
    leading: ['comment', 'attribute_list'],
    needsBody: ['method_declaration'],
  },
  kotlin: {
    functions: ['function_declaration', 'secondary_constructor'],
    classes: ['class_declaration', 'object_declaration', 'companion_object'],
    leading: ['comment', 'line_comment', 'multiline_comment'],
    bodies: ['class_body', 'enum_class_body'],
  },
  swift: {
    functions: ['function_declaration', 'init_declaration', 'deinit_declaration'],
    classes: ['class_declaration', 'protocol_declaration'],
    leading: ['comment', 'multiline_comment'],
    bodies: ['class_body', 'protocol_body', 'enum_class_body'],
  },
  scala: {
    functions: ['function_definition'],
    classes: ['class_definition', 'object_definition', 'trait_definition'],
    leading: ['comment', 'block_comment'],
  },
  bash: {
    functions: ['function_definition'],
    leading: ['comment'],
  },
  elixir: {
    leading: ['comment'],
    bodies: ['do_block'],
    classify: classifyElixir,
    name: nameElixir,
  },
  zig: {
    functions: ['function_declaration', 'test_declaration'],
    leading: ['comment'],
    bodies: ZIG_CONTAINERS,
    classify: classifyZig,
  },
};

export function compile(spec: LanguageSpec): Spec {
  const roles = new Map<string, Role | 'wrapper'>();
  const add = (types: string[] | undefined, role: Role | 'wrapper') => types?.forEach((t) => roles.set(t, role));
  add(spec.functions, 'function');
  add(spec.classes, 'class');
  add(spec.namespaces, 'namespace');
  add(spec.wrappers, 'wrapper');
  add(spec.leading, 'leading');
  return {
    roles,
    needsBody: new Set(spec.needsBody),
    bodies: new Set(spec.bodies),
    passthrough: new Set(spec.passthrough),
    classify: spec.classify,
    name: spec.name,
    prepare: spec.prepare,
  };
}
