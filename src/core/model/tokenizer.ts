import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import type { Bundle } from './bundle';

export type Role = 'query' | 'document';

/**
 * The bundle's tokenizer with the model's prefixes and window applied. The JS tokenizer ignores the
 * truncation settings in tokenizer.json, so the window is enforced here.
 *
 * For BERT's tokenizer (BertNormalizer, BertPreTokenizer) ASCII spaces, tabs and line breaks always end a
 * word and nothing crosses them, so the text is tokenized word by word with each distinct word's ids
 * remembered: source code repeats its words, and this is several times faster than the whole text
 * through the library (a test checks the ids are the library's own). Other tokenizers take the library path.
 */
export class TextTokenizer {
  private readonly tokenizer: Tokenizer;
  /** Ids of the special tokens ([CLS], [SEP], [PAD], ...): structure, not text. */
  readonly specialIds: readonly number[];
  private readonly words?: WordCache;

  constructor(private readonly bundle: Bundle) {
    const json = JSON.parse(readFileSync(path.join(bundle.dir, bundle.manifest.tokenizer), 'utf8'));
    this.tokenizer = new Tokenizer(json, {});
    const added = (json.added_tokens ?? []) as { id: number; special?: boolean }[];
    this.specialIds = added.filter((t) => t.special).map((t) => t.id);
    const bert = json.pre_tokenizer?.type === 'BertPreTokenizer' && [undefined, null, 'BertNormalizer'].includes(json.normalizer?.type);
    if (bert) this.words = new WordCache(this.tokenizer);
  }

  /** Token ids with the special tokens, cut to the model window (keeping the closing [SEP]). */
  encode(text: string, role: Role): number[] {
    const { queryPrefix, documentPrefix, maxTokens } = this.bundle.manifest;
    const full = (role === 'query' ? queryPrefix : documentPrefix) + text;
    const ids = this.words ? this.words.encode(full, maxTokens) : this.tokenizer.encode(full).ids;
    if (ids.length <= maxTokens) return ids;
    return [...ids.slice(0, maxTokens - 1), ids[ids.length - 1]];
  }

  /** Tokens the text itself takes, without prefix or special tokens: what chunkers budget with. */
  count(text: string): number {
    return this.words ? this.words.count(text) : this.tokenizer.encode(text, { add_special_tokens: false }).ids.length;
  }

  /** The library's own ids for a text (for tests that hold the fast path to it). */
  libraryIds(text: string, role: Role): number[] {
    const { queryPrefix, documentPrefix } = this.bundle.manifest;
    return this.tokenizer.encode((role === 'query' ? queryPrefix : documentPrefix) + text).ids;
  }
}

/** Splits on what BERT's pre-tokenizer always splits on, and nothing it might not. */
const WORD_BREAK = /[ \t\n\r]+/;
/** Distinct words remembered before the memory is cleared and starts again. */
const MAX_WORDS = 200_000;

class WordCache {
  private readonly ids = new Map<string, readonly number[]>();
  private readonly head: number[];
  private readonly tail: number[];

  constructor(private readonly tokenizer: Tokenizer) {
    // The template's special tokens around a text: what encode("a") adds around encode("a", no specials).
    const bare = tokenizer.encode('a', { add_special_tokens: false }).ids;
    const full = tokenizer.encode('a').ids;
    const at = full.indexOf(bare[0]);
    this.head = full.slice(0, at);
    this.tail = full.slice(at + bare.length);
  }

  private word(word: string): readonly number[] {
    let ids = this.ids.get(word);
    if (!ids) {
      if (this.ids.size >= MAX_WORDS) this.ids.clear();
      ids = this.tokenizer.encode(word, { add_special_tokens: false }).ids;
      this.ids.set(word, ids);
    }
    return ids;
  }

  /** The template around the words' ids; stops collecting once past `limit` (the caller cuts to the window). */
  encode(text: string, limit = Infinity): number[] {
    const out = [...this.head];
    for (const word of text.split(WORD_BREAK)) {
      if (!word) continue;
      for (const id of this.word(word)) out.push(id);
      if (out.length > limit + 1) break;
    }
    out.push(...this.tail);
    return out;
  }

  count(text: string): number {
    let n = 0;
    for (const word of text.split(WORD_BREAK)) if (word) n += this.word(word).length;
    return n;
  }
}
