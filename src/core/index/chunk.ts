/** A chunk is the unit the index stores and search returns: a contiguous line range of one file. */
export type ChunkKind = 'code' | 'docs';

export interface Chunk {
  /** Path relative to the indexed root, with '/' separators. */
  path: string;
  language: string;
  kind: ChunkKind;
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
  /** Function, class or heading the chunk belongs to; '' when there is none. */
  symbol: string;
  text: string;
}

/** Counts model tokens, so chunkers can keep every chunk within the model's window. */
export type TokenCounter = (text: string) => number;
