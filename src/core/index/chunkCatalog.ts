import type { Table } from '@lancedb/lancedb';
import type { Chunk, ChunkKind } from './chunk';
import type { SearchFilter } from './store';

/** A chunk a name lookup found: where the table keeps it (for a take by row id), and a hash of its id to check the take by. */
export interface NamedChunk {
  rowId: bigint;
  idHash: number;
  /** Its position in the catalog (see describe). */
  at: number;
}

/** What the catalog knows of a chunk: all of a search result but its id and text. */
export type ChunkInfo = Omit<Chunk, 'text'>;

/** Lower case, no '_' or '-': `StrCat` and `str_cat.h` meet as `strcat`. */
export const squashName = (s: string): string => s.toLowerCase().replace(/[_-]/g, '');

/**
 * The words a name lookup compares: squashed, letters and digits only, two characters or more,
 * each once.
 */
export function lookupWords(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, '')).filter((w) => w.length > 1))];
}

/** FNV-1a, 32 bits: enough to tell that a row taken by row id is not the chunk the catalog meant. */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** How a lookup word must stand in a symbol: anywhere in it, or as one of its names (see listsName). */
export type SymbolMatch = 'part' | 'name';

/** What a symbol's list of names ends with when the chunker cut it short (see chunkers/pieces.ts). */
const MORE_NAMES = / \(\+\d+ more\)$/;

/**
 * Whether a squashed symbol (`session, session.send (+3 more)`) lists a squashed word as a name, or
 * as the last part of a qualified one (`send` in `session.send`, `a::send`, `$a->send`, `a#send`);
 * a list cut short may name it among the rest, so it counts too.
 */
export function listsName(squashedSymbol: string, word: string): boolean {
  if (MORE_NAMES.test(squashedSymbol)) return true;
  return squashedSymbol.split(', ').some((name) => name === word || (name.endsWith(word) && '.:>#\\'.includes(name[name.length - word.length - 1])));
}

/** Between two squashed values in a joined string; a lookup word (letters and digits) never holds it. */
const SEPARATOR = '\n';

/**
 * What search needs of every chunk of one version of the chunk table, held in memory: path,
 * symbol, kind, language and lines, by row id. It answers two questions without the table:
 * - which chunks have a word in their path or symbol (a LIKE over every row took 70-100 ms at
 *   100k chunks), over the symbols squashed and joined in one string, searched with indexOf;
 * - what the rows a search list found are (describe), so the list reads only ids and text from
 *   the table: each column read costs about 1 ms per 100 rows.
 * Paths, languages and kinds are kept once each. The store brings it up to date when the table's
 * version changes (any write; see current).
 */
export class ChunkCatalog {
  private positions?: RowPositions;

  private constructor(
    /** The chunk table version it was read from. */
    readonly version: number,
    private readonly c: CatalogColumns,
  ) {}

  /** Reads the catalog of a table at its current version (one scan of its small columns). */
  static async load(table: Table): Promise<ChunkCatalog> {
    const version = await table.version();
    // Gathered first, so the builder knows how many rows there are.
    const batches: ArrayLike<unknown>[][] = [];
    for await (const batch of table.query().select(CATALOG_COLUMNS).withRowId()) {
      batches.push(['_rowid', ...CATALOG_COLUMNS].map((name) => batch.getChild(name)!.toArray()));
    }
    const builder = new CatalogBuilder(batches.reduce((n, b) => n + b[0].length, 0));
    for (const columns of batches) {
      // A batch at a time, so a search that comes meanwhile is not held up (100k rows take about half a second).
      await new Promise((resolve) => setImmediate(resolve));
      const [rowId, id, path, symbol, kind, language, startLine, endLine] = columns as unknown[][];
      for (let i = 0; i < rowId.length; i++) {
        builder.add(BigInt(rowId[i] as bigint), idHash(id[i] as string), {
          path: path[i] as string,
          symbol: symbol[i] as string,
          kind: kind[i] as ChunkKind,
          language: language[i] as string,
          startLine: startLine[i] as number,
          endLine: endLine[i] as number,
        });
      }
    }
    return new ChunkCatalog(version, builder.columns());
  }

  /**
   * The catalog of the table as it is now, from this one where the table has only gained and lost
   * rows since. A row keeps its row id until compaction or a merge rewrites it, so only the table's
   * row ids are read (no strings), rows gone are dropped and new ones taken by row id, and the rows
   * kept are copied from this catalog in runs (patched). After one file is saved at 100k chunks:
   * 133 ms against 844 ms for a full read (`bench --scale`, catalogUpdateMs; 311-411 ms when the
   * arrays were rebuilt row by row). When many rows are new (a compaction, a deepening pass), or
   * the take fails because the table moved meanwhile, the catalog is read afresh. Either way it holds
   * what a full read would, row for row (`entries`).
   */
  async current(table: Table): Promise<ChunkCatalog> {
    const version = await table.version();
    if (version === this.version) return this;
    // One small column with the row ids: the scan reads no strings.
    const batches: BigUint64Array[] = [];
    for await (const batch of table.query().select(['kind']).withRowId()) {
      const ids = batch.getChild('_rowid')!.toArray();
      batches.push(ids instanceof BigUint64Array ? ids : BigUint64Array.from(ids));
    }
    const rowIds = concatRowIds(batches);
    const at = this.rowPositions().positionsOf(rowIds);
    const fresh: bigint[] = [];
    for (let i = 0; i < rowIds.length; i++) if (at[i] < 0) fresh.push(rowIds[i]);
    if (fresh.length > Math.max(UPDATE_MAX_NEW_ROWS, rowIds.length / 4)) return ChunkCatalog.load(table);
    let taken: Record<string, unknown>[] = [];
    try {
      if (fresh.length) taken = await table.takeRowIds(fresh).select(CATALOG_COLUMNS).withRowId().toArray();
    } catch {
      return ChunkCatalog.load(table);
    }
    const byRowId = new Map(taken.map((r) => [BigInt(r._rowid as bigint | number), r]));
    if (byRowId.size !== fresh.length) return ChunkCatalog.load(table);
    return this.patched(version, rowIds, at, byRowId);
  }

  /**
   * A catalog of the rows `rowIds`, where `at[i]` is row i's position in this one, or -1 for a new
   * row, found in `taken`. Runs of rows that kept their order are copied in one go.
   */
  private patched(version: number, rowIds: BigUint64Array, at: Int32Array, taken: Map<bigint, Record<string, unknown>>): ChunkCatalog {
    const n = rowIds.length;
    const b = new CatalogBuilder(n, this.c);
    for (let i = 0; i < n;) {
      if (at[i] < 0) {
        const r = taken.get(rowIds[i])!;
        b.add(rowIds[i], idHash(r.id as string), infoOf(r));
        i++;
        continue;
      }
      let end = i + 1;
      while (end < n && at[end] === at[end - 1] + 1) end++;
      b.copyRun(this.c, at[i], at[end - 1], rowIds.subarray(i, end));
      i = end;
    }
    return new ChunkCatalog(version, b.columns(true));
  }

  private rowPositions(): RowPositions {
    this.positions ??= new RowPositions(this.c.rowIds);
    return this.positions;
  }

  /** Every chunk's entry, in table order: what two catalogs of one table version must agree on. */
  entries(): ({ rowId: bigint; idHash: number; squashed: string } & ChunkInfo)[] {
    return Array.from({ length: this.size }, (_, i) => ({
      rowId: this.c.rowIds[i],
      idHash: this.c.idHashes[i],
      squashed: this.c.squashed.at(i),
      ...this.info(i),
    }));
  }

  get size(): number {
    return this.c.rowIds.length;
  }

  /**
   * What the catalog knows of rows a search found, by row id, each checked against a hash of the
   * chunk id the search read: undefined for a row it does not hold as that chunk (one written
   * after this version of the table, or gone since).
   */
  describe(rows: readonly { rowId: bigint; id: string }[]): (ChunkInfo | undefined)[] {
    const at = this.rowPositions().positionsOf(BigUint64Array.from(rows, (r) => r.rowId));
    return rows.map((r, i) => (at[i] >= 0 && this.c.idHashes[at[i]] === idHash(r.id) ? this.info(at[i]) : undefined));
  }

  /** The chunk at a position of the catalog (a NamedChunk's `at`). */
  info(i: number): ChunkInfo {
    const c = this.c;
    return {
      path: c.paths[c.pathOf[i]],
      language: c.languages[c.languageOf[i]],
      kind: c.kinds[c.kindOf[i]] as ChunkKind,
      startLine: c.startLineOf[i],
      endLine: c.endLineOf[i],
      symbol: c.symbols.at(i),
    };
  }

  /**
   * Up to `limit` chunks whose squashed path or symbol holds one of the words (see lookupWords), in
   * table order, kept to the filter. With `match: 'name'` a symbol counts only where the word is one
   * of the names it lists, whole (see listsName): a search for `send` then skips `sendAll` and
   * `resend`, which cannot define it, and takes fewer rows from the table.
   */
  mentioning(words: readonly string[], limit: number, filter?: SearchFilter, match: SymbolMatch = 'part'): NamedChunk[] {
    const c = this.c;
    if (words.length === 0 || limit <= 0) return [];
    const kind = filter?.kind === undefined ? -1 : c.kinds.indexOf(filter.kind);
    const language = filter?.language === undefined ? -1 : c.languages.indexOf(filter.language);
    if ((kind === -1 && filter?.kind !== undefined) || (language === -1 && filter?.language !== undefined)) return [];
    const folder = filter?.under ? `${filter.under.replace(/\/$/, '')}/` : undefined;
    const pathKept = c.paths.map((p) => folder === undefined || p.startsWith(folder));
    const pathHolds = c.squashedPaths.map((p, i) => pathKept[i] && words.some((w) => p.includes(w)));
    const hit = new Uint8Array(this.size);
    for (let i = 0; i < this.size; i++) if (pathHolds[c.pathOf[i]]) hit[i] = 1;
    const { text, start } = c.squashed;
    for (const word of words) {
      for (let at = text.indexOf(word); at !== -1;) {
        const row = c.squashed.rowAt(at);
        if (match === 'part' || listsName(c.squashed.at(row), word)) hit[row] = 1;
        // On to the next chunk's symbol: one hit a chunk is enough.
        at = row + 1 < this.size ? text.indexOf(word, start[row + 1]) : -1;
      }
    }
    const found: NamedChunk[] = [];
    for (let i = 0; i < this.size && found.length < limit; i++) {
      if (!hit[i] || !pathKept[c.pathOf[i]]) continue;
      if ((kind !== -1 && c.kindOf[i] !== kind) || (language !== -1 && c.languageOf[i] !== language)) continue;
      found.push({ rowId: c.rowIds[i], idHash: c.idHashes[i], at: i });
    }
    return found;
  }

  /** About how many bytes it holds (strings at 1 byte a character when Latin-1, as V8 keeps them, plus headers). */
  bytes(): number {
    const c = this.c;
    const strings = (values: readonly string[]) => values.reduce((total, s) => total + 16 + s.length, 0);
    const arrays = [c.rowIds, c.idHashes, c.startLineOf, c.endLineOf, c.pathOf, c.kindOf, c.languageOf];
    return (
      arrays.reduce((total, a) => total + a.byteLength, 0) +
      c.squashed.bytes() +
      c.symbols.bytes() +
      strings(c.paths) +
      strings(c.squashedPaths) +
      strings(c.kinds) +
      strings(c.languages)
    );
  }
}

/** A catalog's columns, one entry a chunk in table order; paths, kinds and languages by code. */
interface CatalogColumns {
  rowIds: BigUint64Array;
  idHashes: Uint32Array;
  /** Every chunk's squashed symbol (what lookups search). */
  squashed: Joined;
  /** Every chunk's symbol as stored. */
  symbols: Joined;
  startLineOf: Uint32Array;
  endLineOf: Uint32Array;
  pathOf: Uint32Array;
  kindOf: Uint16Array;
  languageOf: Uint16Array;
  /** Distinct values, as stored, and the paths squashed. */
  paths: string[];
  squashedPaths: string[];
  kinds: string[];
  languages: string[];
}

const CATALOG_COLUMNS = ['id', 'path', 'symbol', 'kind', 'language', 'start_line', 'end_line'];

/** A row's ChunkInfo, from its columns as the table names them. */
export function infoOf(r: Record<string, unknown>): ChunkInfo {
  return {
    path: r.path as string,
    language: r.language as string,
    kind: r.kind as ChunkKind,
    startLine: r.start_line as number,
    endLine: r.end_line as number,
    symbol: r.symbol as string,
  };
}

/** New rows up to which `current` updates a catalog in place (above a quarter of the table too, it reads it afresh). */
const UPDATE_MAX_NEW_ROWS = 1_000;

/** One string per row, joined into one (each followed by SEPARATOR), with where each starts. */
class Joined {
  constructor(
    readonly text: string,
    readonly start: Uint32Array,
  ) {}

  get size(): number {
    return this.start.length;
  }

  /** Row `i`'s string. */
  at(i: number): string {
    return this.text.slice(this.start[i], this.end(i) - SEPARATOR.length);
  }

  /** Where row `i`'s string ends, its separator included. */
  end(i: number): number {
    return i + 1 < this.size ? this.start[i + 1] : this.text.length;
  }

  /** The row whose string holds this offset of `text`. */
  rowAt(offset: number): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.start[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  bytes(): number {
    return this.text.length + this.start.byteLength;
  }
}

/** Joined strings gathered row by row, or a run of rows at a time from another Joined. */
class JoinedBuilder {
  private readonly parts: string[] = [];
  private offset = 0;
  readonly start: Uint32Array;

  constructor(rows: number) {
    this.start = new Uint32Array(rows);
  }

  add(row: number, value: string): void {
    this.start[row] = this.offset;
    this.parts.push(value + SEPARATOR);
    this.offset += value.length + SEPARATOR.length;
  }

  /** Rows `from`..`to` (inclusive) of `source`, as rows `row`... */
  addRun(row: number, source: Joined, from: number, to: number): void {
    const shift = this.offset - source.start[from];
    for (let k = from; k <= to; k++) this.start[row + k - from] = source.start[k] + shift;
    this.parts.push(source.text.slice(source.start[from], source.end(to)));
    this.offset += source.end(to) - source.start[from];
  }

  joined(): Joined {
    return new Joined(this.parts.join(''), this.start);
  }
}

/** A catalog's columns, gathered in table order: row by row, or in runs copied from an older catalog. */
class CatalogBuilder {
  private readonly rowIds: BigUint64Array;
  private readonly idHashes: Uint32Array;
  private readonly squashed: JoinedBuilder;
  private readonly symbols: JoinedBuilder;
  private readonly startLineOf: Uint32Array;
  private readonly endLineOf: Uint32Array;
  private readonly pathOf: Uint32Array;
  private readonly kindOf: Uint16Array;
  private readonly languageOf: Uint16Array;
  private readonly paths: Dictionary;
  private readonly kinds: Dictionary;
  private readonly languages: Dictionary;
  private rows = 0;

  /** For `size` rows; a patch starts from the old catalog's values, so the codes it copies keep their meaning. */
  constructor(size: number, old?: CatalogColumns) {
    this.rowIds = new BigUint64Array(size);
    this.idHashes = new Uint32Array(size);
    this.squashed = new JoinedBuilder(size);
    this.symbols = new JoinedBuilder(size);
    this.startLineOf = new Uint32Array(size);
    this.endLineOf = new Uint32Array(size);
    this.pathOf = new Uint32Array(size);
    this.kindOf = new Uint16Array(size);
    this.languageOf = new Uint16Array(size);
    this.paths = Dictionary.of(old?.paths ?? []);
    this.kinds = Dictionary.of(old?.kinds ?? []);
    this.languages = Dictionary.of(old?.languages ?? []);
  }

  add(rowId: bigint, hash: number, info: ChunkInfo): void {
    const i = this.rows++;
    this.rowIds[i] = rowId;
    this.idHashes[i] = hash;
    this.squashed.add(i, squashName(info.symbol));
    this.symbols.add(i, info.symbol);
    this.startLineOf[i] = info.startLine;
    this.endLineOf[i] = info.endLine;
    this.pathOf[i] = this.paths.code(info.path);
    this.kindOf[i] = this.kinds.code(info.kind);
    this.languageOf[i] = this.languages.code(info.language);
  }

  /** Rows `from`..`to` (inclusive) of the catalog this one started from, now at `rowIds`. */
  copyRun(old: CatalogColumns, from: number, to: number, rowIds: BigUint64Array): void {
    const i = this.rows;
    const copy = <T extends Uint32Array | Uint16Array>(into: T, source: T) => into.set(source.subarray(from, to + 1), i);
    this.rowIds.set(rowIds, i);
    copy(this.idHashes, old.idHashes);
    copy(this.startLineOf, old.startLineOf);
    copy(this.endLineOf, old.endLineOf);
    copy(this.pathOf, old.pathOf);
    copy(this.kindOf, old.kindOf);
    copy(this.languageOf, old.languageOf);
    this.squashed.addRun(i, old.squashed, from, to);
    this.symbols.addRun(i, old.symbols, from, to);
    this.rows += to - from + 1;
  }

  /** The columns; `prune` drops values no row refers to any more (after a patch). */
  columns(prune = false): CatalogColumns {
    const values = (d: Dictionary, codes: Uint32Array | Uint16Array) => (prune ? keepUsed(d.values, codes) : d.values);
    const paths = values(this.paths, this.pathOf);
    return {
      rowIds: this.rowIds,
      idHashes: this.idHashes,
      squashed: this.squashed.joined(),
      symbols: this.symbols.joined(),
      startLineOf: this.startLineOf,
      endLineOf: this.endLineOf,
      pathOf: this.pathOf,
      kindOf: this.kindOf,
      languageOf: this.languageOf,
      paths,
      squashedPaths: paths.map(squashName),
      kinds: values(this.kinds, this.kindOf),
      languages: values(this.languages, this.languageOf),
    };
  }
}

/** Values kept once each, with a number for each. */
class Dictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  /** A dictionary that starts with these values, numbered as they stand. */
  static of(values: readonly string[]): Dictionary {
    const d = new Dictionary();
    for (const v of values) d.code(v);
    return d;
  }

  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}

/** The values some code still refers to, in their order, with the codes renumbered to match (in place). */
function keepUsed(values: readonly string[], codes: Uint32Array | Uint16Array): string[] {
  const used = new Uint8Array(values.length);
  for (const c of codes) used[c] = 1;
  if (used.every(Boolean)) return [...values];
  const renumbered = new Uint32Array(values.length);
  const kept: string[] = [];
  values.forEach((v, i) => {
    if (used[i]) renumbered[i] = kept.push(v) - 1;
  });
  for (let i = 0; i < codes.length; i++) codes[i] = renumbered[codes[i]];
  return kept;
}

function concatRowIds(parts: readonly BigUint64Array[]): BigUint64Array {
  const out = new BigUint64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Where each row id stands in a catalog, without a map of 64-bit keys: a LanceDB row id is a
 * fragment number (high 32 bits) and an offset in the fragment (low 32 bits), so the positions are
 * kept per fragment in an array indexed by offset. The ids are read as pairs of 32-bit words, low
 * word first (every platform Node and LanceDB ship for is little-endian).
 */
export class RowPositions {
  private readonly byFragment = new Map<number, Int32Array>();

  constructor(rowIds: BigUint64Array) {
    const words = wordsOf(rowIds);
    const largest = new Map<number, number>();
    for (let i = 0; i < rowIds.length; i++) largest.set(words[2 * i + 1], Math.max(largest.get(words[2 * i + 1]) ?? 0, words[2 * i]));
    for (const [fragment, max] of largest) this.byFragment.set(fragment, new Int32Array(max + 1).fill(-1));
    for (let i = 0; i < rowIds.length; i++) this.byFragment.get(words[2 * i + 1])![words[2 * i]] = i;
  }

  /** The position of each of `rowIds` in the catalog, -1 for one it does not hold. */
  positionsOf(rowIds: BigUint64Array): Int32Array {
    const words = wordsOf(rowIds);
    const out = new Int32Array(rowIds.length);
    for (let i = 0; i < rowIds.length; i++) {
      const offsets = this.byFragment.get(words[2 * i + 1]);
      const offset = words[2 * i];
      out[i] = offsets && offset < offsets.length ? offsets[offset] : -1;
    }
    return out;
  }
}

const wordsOf = (ids: BigUint64Array): Uint32Array => new Uint32Array(ids.buffer, ids.byteOffset, ids.length * 2);
