import type { Encoder } from '../model/encoder';

/**
 * Query vectors, encoded once per text: the searchers of several stores (the folders of a
 * workspace) share one, as do searches at several sizes of a layer and repeated queries. An encoding
 * in flight is shared too, so two searches of the same text at once run the model once.
 */
export class QueryVectors {
  private readonly cache = new Map<string, { depth: number; vectors: Promise<Map<number, Float32Array>> }>();

  constructor(private readonly encoder: Encoder) {}

  /** Vectors of a query at every ladder layer up to `depth`, from one pass. */
  get(query: string, depth: number): Promise<Map<number, Float32Array>> {
    const cached = this.cache.get(query);
    if (cached && cached.depth >= depth) return cached.vectors;
    const vectors = this.encoder.embed([query], depth, 'query').then((layers) => new Map([...layers].map(([layer, vs]) => [layer, vs[0]])));
    if (this.cache.size > 1000) this.cache.clear();
    const entry = { depth, vectors };
    this.cache.set(query, entry);
    // A failed encoding is not kept: the next search tries again.
    vectors.catch(() => this.cache.get(query) === entry && this.cache.delete(query));
    return vectors;
  }
}
