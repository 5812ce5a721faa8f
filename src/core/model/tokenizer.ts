import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import type { Bundle } from './bundle';

export type Role = 'query' | 'document';

/**
 * The bundle's tokenizer with the model's prefixes and window applied. The JS tokenizer ignores the
 * truncation settings in tokenizer.json, so the window is enforced here.
 */
export class TextTokenizer {
  private readonly tokenizer: Tokenizer;
  /** Ids of the special tokens ([CLS], [SEP], [PAD], ...): structure, not text. */
  readonly specialIds: readonly number[];

  constructor(private readonly bundle: Bundle) {
    const json = JSON.parse(readFileSync(path.join(bundle.dir, bundle.manifest.tokenizer), 'utf8'));
    this.tokenizer = new Tokenizer(json, {});
    const added = (json.added_tokens ?? []) as { id: number; special?: boolean }[];
    this.specialIds = added.filter((t) => t.special).map((t) => t.id);
  }

  /** Token ids with the special tokens, cut to the model window (keeping the closing [SEP]). */
  encode(text: string, role: Role): number[] {
    const { queryPrefix, documentPrefix, maxTokens } = this.bundle.manifest;
    const ids = this.tokenizer.encode((role === 'query' ? queryPrefix : documentPrefix) + text).ids;
    if (ids.length <= maxTokens) return ids;
    return [...ids.slice(0, maxTokens - 1), ids[ids.length - 1]];
  }

  /** Tokens the text itself takes, without prefix or special tokens: what chunkers budget with. */
  count(text: string): number {
    return this.tokenizer.encode(text, { add_special_tokens: false }).ids.length;
  }
}
