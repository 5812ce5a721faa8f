/**
 * What a query asks for, read from its text alone: a symbol to find (`parseArgs`, `Foo::bar`), or a
 * question in words; the names it mentions; the words worth matching against paths; and whether it
 * is after prose (documentation) rather than code.
 */
import { splitIdentifier } from '../text/identifiers';
import type { Role } from './roles';

export type QueryIntent = 'symbol' | 'question';
export type QueryTarget = 'code' | 'docs' | 'either';

export interface QueryAnalysis {
  intent: QueryIntent;
  /** Names the query mentions, as written (`StrCat`, `flat_hash_map`, `Response` from `Rack::Response`). */
  symbols: string[];
  /** Lower-case content words, stop words left out, for matching file and folder names. */
  keywords: string[];
  target: QueryTarget;
  /** Roles the words name: "example of", "is there a test", "upgrade guide". */
  asks: Role[];
  /** Asks how to use something ("how do I", "usage"): an example or a guide answers as well as the code. */
  howTo: boolean;
  /** Names a feature in a few words, not a question ("bash completion generation"): the code that implements it first. */
  feature: boolean;
}

// One identifier, maybe qualified: `Foo::bar`, `os.path`, `$x->y`, `ns\Cls`; parts of two characters
// or more, so that "e.g" and "i.e" are not names.
const QUALIFIED = /^[A-Za-z_$][\w$]+(?:(?:::|\.|->|\\)[A-Za-z_$][\w$]+)+$/;
const IDENT = /^[A-Za-z_$][\w$]*$/;

/**
 * A word is a name when its shape says so: an inner capital (`parseArgs`, `ETag`), an underscore
 * (`flat_hash_map`, `_private`), a leading capital on a word that is not all capitals (`Mutex`,
 * `Deferred`), or a qualified name. All-capital words (`HTTP`, `JSON`) are acronyms, not names.
 */
export function looksLikeName(word: string): boolean {
  if (QUALIFIED.test(word)) return true;
  if (!IDENT.test(word) || word.length < 2) return false;
  if (word.includes('_')) return /[A-Za-z]/.test(word);
  if (/^[A-Z0-9]+$/.test(word)) return false;
  return /^[A-Z]/.test(word) || /[a-z0-9][A-Z]/.test(word);
}

/** The last part of a qualified name: `Rack::Response` -> `Response`, `os.path.join` -> `join`. */
export function lastPart(name: string): string {
  return (
    name
      .split(/::|\.|->|\\/)
      .filter(Boolean)
      .at(-1) ?? name
  );
}

const STOP = new Set(
  `a all an and any are as at be been by can could did do does for from get had has have how i in into is it its just me my
  not of on one only or other our own set should than that the their them then there these they this those to use used
  using via was way were what when where which while who whose why will with without work works would you your`.split(/\s+/),
);

// Words that ask for documentation rather than code.
const DOCS_WORDS = /\b(docs?|documentation|readme|guide|tutorial|changelog|faq|release notes|quick ?start|explained|overview)\b/i;
const CODE_WORDS = /\b(function|method|class|struct|trait|interface|implementation|implemented|implements?|defined|definition|macro|enum|impl|constructor)\b/i;

// Words that name a role: "example of", "is there a test", "upgrade guide", "vendored copy".
const ROLE_WORDS: Record<Role, RegExp> = {
  example: /\b(examples?|samples?|demos?|starter)\b/i,
  test: /\b(tests?|tested|testing|specs?|regression|golden)\b/i,
  docs: /\b(docs?|documentation|readme|guides?|tutorials?|changelog|faq|release notes|upgrad(e|ing)|migrat(e|ing|ion)|quick ?start|overview)\b/i,
  vendored: /\b(vendored|vendor(ed)? (copy|folder|directory))\b/i,
  generated: /\b(generated (code|files?|bindings|types)|codegen)\b/i,
};
// Asking how to use something: examples and guides show it as well as the code does.
// A question word, or words that put a question in a few words ("is there", "can I").
const QUESTION = /^(how|what|why|when|where|which|who|whose|is|are|does|do|did|can|could|should|would|will)\b|\?/i;
/** At most this many words and no question: a feature's name, not a question about it. */
const FEATURE_WORDS = 4;
const HOW_TO = /\b(how (do|can|should|would) (i|we|you)|how to|usage|show me)\b/i;

export function analyzeQuery(query: string): QueryAnalysis {
  const trimmed = query.trim();
  const words = trimmed.split(/[\s,;()"'`?!]+/).filter(Boolean);
  const intent: QueryIntent = words.length === 1 && looksLikeName(words[0]) ? 'symbol' : 'question';
  // A lone lower-case word ("session") is read as a question: it is as likely a topic as a name.
  const symbols = [...new Set(words.map((w) => w.replace(/[.:]+$/, '')).filter(looksLikeName))];
  const keywords = [
    ...new Set(
      words
        .flatMap((w) => (QUALIFIED.test(w) ? w.split(/::|\.|->|\\/) : w.split(/[-/]+/)))
        .flatMap((w) => [w.toLowerCase().replace(/[^a-z0-9_]/g, ''), ...splitIdentifier(w)])
        .filter((w) => w.length > 2 && !STOP.has(w)),
    ),
  ];
  // A query that is a name, or says "function", "class"..., is about code; one that asks for
  // documentation is about prose; anything else may be either. A name inside a question does not
  // decide it: prose mentions names too ("keys set to None", "OAuth add-ons").
  const target: QueryTarget = DOCS_WORDS.test(trimmed) ? 'docs' : intent === 'symbol' || CODE_WORDS.test(trimmed) ? 'code' : 'either';
  const asks = (Object.keys(ROLE_WORDS) as Role[]).filter((role) => ROLE_WORDS[role].test(trimmed));
  const howTo = HOW_TO.test(trimmed);
  const feature = intent === 'question' && words.length <= FEATURE_WORDS && !QUESTION.test(trimmed) && !howTo && asks.length === 0;
  return { intent, symbols, keywords, target, asks, howTo, feature };
}
