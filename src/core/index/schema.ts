import { Field, FixedSizeList, Float16, Int32, Schema, Utf8 } from 'apache-arrow';
import type { Ladder } from '../model/ladder';
import { storedLayers } from '../model/ladder';

/**
 * Bumped whenever the tables change shape or meaning, chunk borders included (an unchanged file is
 * never chunked again, so new chunking rules reach an index only through a rebuild): an index of
 * another version is rebuilt. 2: neighbouring definitions packed; Elixir, Zig, C++ headers.
 * 3: vectors stored as float16; the chunk text is kept once, inside search_text.
 */
export const SCHEMA_VERSION = 3;

export const vectorColumn = (layer: number): string => `v${layer}`;

/**
 * One row per chunk. Each ladder layer has its own vector column (that layer's largest dim); a chunk
 * embedded only to depth D has nulls in the columns of deeper layers. Vectors are float16: half the
 * bytes of float32, and no measurable change in ranking (LanceDB compares a float32 query with them).
 * The chunk's text is not a column of its own: it is the middle of search_text (see chunkText).
 */
export function chunkSchema(ladder: Ladder): Schema {
  return new Schema([
    new Field('id', new Utf8(), false),
    new Field('path', new Utf8(), false),
    new Field('language', new Utf8(), false),
    new Field('kind', new Utf8(), false),
    new Field('start_line', new Int32(), false),
    new Field('end_line', new Int32(), false),
    new Field('symbol', new Utf8(), false),
    // What the full-text index reads: path and symbol, the text, then its identifiers split into words.
    new Field('search_text', new Utf8(), false),
    new Field('content_hash', new Utf8(), false),
    new Field('file_hash', new Utf8(), false),
    new Field('depth', new Int32(), false),
    ...storedLayers(ladder).map(({ layer, dim }) => new Field(vectorColumn(layer), new FixedSizeList(dim, new Field('item', new Float16(), true)), true)),
  ]);
}

/** The catalog of indexed files: a row is written only once all of the file's chunks are stored. */
export const fileSchema = new Schema([
  new Field('path', new Utf8(), false),
  new Field('file_hash', new Utf8(), false),
  new Field('size', new Int32(), false),
  new Field('chunks', new Int32(), false),
  new Field('depth', new Int32(), false),
]);

export const metaSchema = new Schema([new Field('key', new Utf8(), false), new Field('value', new Utf8(), false)]);
