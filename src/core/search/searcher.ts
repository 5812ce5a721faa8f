import type { ChunkKind } from '../index/chunk';
import type { ChunkRow, FoundChunk, FoundHit, Store } from '../index/store';
import type { Encoder } from '../model/encoder';
import { storedLayers, type Size } from '../model/ladder';
import { finish } from '../model/pooling';
import { definesName } from './definitions';
import { denseWeight } from './weights';
import { textQuery } from '../text/identifiers';
import { stemMatches } from './paths';
import { analyzeQuery, lastPart, type QueryIntent } from './query';
import { QueryVectors } from './queryVectors';
import { DEFAULT_RANKING, type Ranked, type RankingOptions } from './ranker';
import { roleProfile, type RoleProfile } from './roles';
import { arrange, type Retrieval, type SearchMode } from './arrange';
import type { ChunkCatalog } from '../index/chunkCatalog';
import { snippetLine } from './snippet';

export type { Retrieval, SearchMode };

import type { SearchFilter } from '../index/store';

export type { SearchFilter };

export interface SearchOptions {
  size: Size;
  mode?: SearchMode;
  k?: number;
  groupByFile?: boolean;
  filter?: SearchFilter;
  /** How much the dense list counts in hybrid fusion; default: the size's weight (see weights.ts). */
  denseWeight?: number;
  /** The ranking stage's settings; false returns the fused lists as retrieved (for measuring it). */
  ranking?: RankingOptions | false;
}

/** Candidates taken from each list: deep enough for fusion, diversity and grouping to choose from. */
const POOL = 100;
/** Chunks scanned for a name the query mentions (see Store.chunksMentioning). */
const NAME_SCAN = 500;

export interface SearchResult {
  path: string;
  startLine: number;
  endLine: number;
  symbol: string;
  language: string;
  kind: ChunkKind;
  score: number;
  snippet: { line: number; text: string };
  text: string;
  id: string;
}

/** A stored chunk that "find similar" looks for the like of (see Searcher.similarSource). */
export interface SimilarSource {
  row: ChunkRow;
  size: Size;
  /** The chunk's vector cut to the size's dims, normalised as a query's is. */
  vector: Float32Array;
  /** The store the chunk is in, and the ids there of the chunk and the other pieces of its definition. */
  store: Store;
  pieces: Set<string>;
}

export class IndexNotReadyError extends Error {
  override name = 'IndexNotReadyError';
}

/** Score of a stored vector against a query on the first `dim` values only (a Matryoshka prefix). */
function prefixScore(query: Float32Array, vector: Float32Array, cosine: boolean): number {
  let dot = 0;
  let norm = 0;
  for (let i = 0; i < query.length; i++) {
    dot += query[i] * vector[i];
    norm += vector[i] * vector[i];
  }
  return cosine ? dot / (Math.sqrt(norm) || 1) : dot;
}

/**
 * Answers a query over one store: dense search in the column of the size's layer, full-text search,
 * or both fused by rank. A query is encoded once per layer and cached (in `queries`, which the
 * searchers of several stores may share), so trying several sizes of the same layer, repeating a
 * query, or searching several folders costs no more encoding.
 */
export class Searcher {
  constructor(
    private readonly store: Store,
    private readonly encoder: Encoder,
    private readonly queries = new QueryVectors(encoder),
  ) {}

  /** The index's make-up per version of its chunk table (see profile). */
  private readonly profiles = new WeakMap<ChunkCatalog, RoleProfile>();

  /** Vectors of a query at every ladder layer up to `depth`, from one pass. */
  queryVectors(query: string, depth: number): Promise<Map<number, Float32Array>> {
    return this.queries.get(query, depth);
  }

  async search(query: string, options: SearchOptions): Promise<SearchResult[]> {
    const k = options.k ?? 20;
    const retrieval = await this.retrieve(query, options);
    return this.arrange(retrieval, options)
      .slice(0, k)
      .map(({ row, score }) => resultOf(row, score, query));
  }

  /**
   * The store's half of a search: the dense and text lists (as the mode asks), the chunks defining
   * names the query mentions and the index's make-up (both only when ranking is on). `arrange` does
   * the rest; an evaluation retrieves once in hybrid mode and arranges in every mode.
   */
  async retrieve(query: string, options: Omit<SearchOptions, 'denseWeight'>): Promise<Retrieval> {
    const mode = options.mode ?? 'hybrid';
    const k = options.k ?? 20;
    const ranking = options.ranking ?? DEFAULT_RANKING;
    const where = options.filter;
    const pool = Math.max(k * (options.groupByFile ? 4 : 1), POOL);
    const analysis = analyzeQuery(query);
    // The two lists and the name lookup run at once: LanceDB works on its own threads.
    const [dense, text, named, profile] = await Promise.all([
      mode !== 'text' ? this.dense(query, options.size, pool, where) : [],
      mode !== 'dense' ? this.store.searchText(textQuery(query), pool, where) : [],
      ranking ? this.named(analysis.symbols, where) : [],
      ranking ? this.profile() : undefined,
    ]);
    return { analysis, dense, text, named, profile };
  }

  /** How much the dense list counts in hybrid fusion at a size, for a query of this intent (see weights.ts). */
  denseWeightFor(size: Size, intent: QueryIntent): number {
    return denseWeight(this.encoder.bundle.manifest, size, intent);
  }

  /** Fuses and ranks what `retrieve` brought back, with the size's dense weight unless the options state one. */
  arrange(retrieval: Retrieval, options: SearchOptions): Ranked<FoundChunk>[] {
    return arrange(retrieval, {
      mode: options.mode ?? 'hybrid',
      denseWeight: options.denseWeight ?? ((intent) => this.denseWeightFor(options.size, intent)),
      ranking: options.ranking ?? DEFAULT_RANKING,
      groupByFile: options.groupByFile,
    });
  }

  /** How many chunks of the index each part (tests, examples, docs...) holds, read once per version of the chunk table. */
  private async profile(): Promise<RoleProfile | undefined> {
    try {
      const catalog = await this.store.chunkCatalog();
      let profile = this.profiles.get(catalog);
      if (!profile) this.profiles.set(catalog, (profile = roleProfile(catalog.entries())));
      return profile;
    } catch {
      // The catalog is read again at the next search; meanwhile ranking goes without the make-up.
      return undefined;
    }
  }

  /**
   * Chunks that define a name the query mentions, or belong to a file named after it: a name query
   * must find its definition even where the words around it are common. Those neither list
   * retrieved enter with no fused score; the ranker's name bonus places them.
   */
  private async named(names: readonly string[], where?: SearchFilter): Promise<FoundChunk[]> {
    if (names.length === 0) return [];
    // A symbol must list the name whole (`sendAll` cannot define `send`), as definesName asks.
    const found = await this.store.chunksMentioning(names.map(lastPart), NAME_SCAN, where, 'name');
    return found.filter((row) => names.some((n) => definesName(row, n) || stemMatches(row.path, lastPart(n))));
  }

  /** Chunks nearest to a stored chunk, at the size, leaving out the chunk and the other pieces of its definition. */
  async similar(path: string, line: number, options: SearchOptions): Promise<{ source: SearchResult; results: SearchResult[] }> {
    const source = await this.similarSource(path, line, options.size);
    return { source: similarResult(source.row, 1), results: await this.similarTo(source, options) };
  }

  /** The chunk at a line of a file, with its vector cut to the size: where "find similar" starts. */
  async similarSource(path: string, line: number, size: Size): Promise<SimilarSource> {
    const chunks = await this.store.chunksOf(path, [size.layer]);
    const row = chunks.find((c) => c.startLine <= line && line <= c.endLine);
    if (!row) throw new IndexNotReadyError(`${path}:${line} is not in the index (is the file indexed, and the line inside it?)`);
    const vector = row.vectors.get(size.layer);
    if (!vector) throw new IndexNotReadyError(`${path}:${line} is not embedded to layer ${size.layer} yet`);
    const pieces = chunks.filter((c) => c.id === row.id || (row.symbol !== '' && c.symbol === row.symbol)).map((c) => c.id);
    return { row, size, vector: finish(vector.slice(0, size.dim), this.encoder.bundle.manifest.similarity), store: this.store, pieces: new Set(pieces) };
  }

  /**
   * Chunks of this store nearest to a source (from this store or another one of the same model),
   * scored on the source's size. The source and the other pieces of its definition are left out.
   */
  async similarTo(source: SimilarSource, options: Omit<SearchOptions, 'size'>): Promise<SearchResult[]> {
    const k = options.k ?? 20;
    const own = source.store === this.store;
    const hits = await this.denseByVector(source.vector, source.size, k + (own ? source.pieces.size : 0), options.filter);
    let rows = hits.filter((h) => !(own && source.pieces.has(h.row.id)));
    if (options.groupByFile) {
      const seen = new Set<string>();
      rows = rows.filter(({ row }) => !seen.has(row.path) && seen.add(row.path));
    }
    return rows.slice(0, k).map((h) => similarResult(h.row, h.score));
  }

  private async dense(query: string, size: Size, limit: number, where?: SearchFilter): Promise<FoundHit[]> {
    const vectors = await this.queryVectors(query, size.layer);
    const full = vectors.get(size.layer)!;
    const vector = finish(full.slice(0, size.dim), this.encoder.bundle.manifest.similarity);
    return this.denseByVector(vector, size, limit, where);
  }

  private async denseByVector(vector: Float32Array, size: Size, limit: number, where?: SearchFilter): Promise<FoundHit[]> {
    const stored = storedLayers(this.encoder.bundle.manifest.ladder).find((l) => l.layer === size.layer);
    if (!stored) throw new Error(`layer ${size.layer} is not stored`);
    if (size.dim === stored.dim) return this.store.searchDense(vector, size.layer, limit, where);
    // A custom prefix: pad the query with zeros to search the stored column, then rescore the
    // candidates exactly on the prefix (the padded search already favours the prefix's neighbours).
    const padded = new Float32Array(stored.dim);
    padded.set(vector);
    const candidates = await this.store.searchDenseWithVectors(padded, size.layer, limit * 4, where);
    const cosine = this.encoder.bundle.manifest.similarity === 'cosine';
    return candidates
      .map((h) => ({ row: h.row, score: prefixScore(vector, h.row.vectors.get(size.layer)!, cosine) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }
}

/** A chunk found similar as a result: its snippet is the line naming its symbol (the definition's first line). */
export function similarResult(row: FoundChunk, score: number): SearchResult {
  return resultOf(row, score, row.symbol);
}

/** A stored chunk as a result, its snippet the line that shares most words with `query`. */
export function resultOf(row: FoundChunk, score: number, query: string): SearchResult {
  return {
    id: row.id,
    path: row.path,
    startLine: row.startLine,
    endLine: row.endLine,
    symbol: row.symbol,
    language: row.language,
    kind: row.kind,
    score,
    snippet: snippetLine(row.text, query, row.startLine),
    text: row.text,
  };
}
