import type { Table } from '@lancedb/lancedb';
import type { SearchFilter } from './store';

/** A chunk a name lookup found: where the table keeps it (for a take by row id), and a hash of its id to check the take by. */
export interface NamedChunk {
  rowId: bigint;
  idHash: number;
}

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
 * The path and symbol of every chunk of one version of the chunk table, squashed, held in memory:
 * finds the chunks whose path or symbol holds a word without scanning the table (a LIKE over every
 * row took 70-100 ms at 100k chunks). The squashed symbols are one string, searched with indexOf;
 * paths, languages and kinds are kept once each. The store brings it up to date when the table's
 * version changes (any write; see current).
 */
export class NameCatalog {
  private constructor(
    /** The chunk table version it was read from. */
    readonly version: number,
    private readonly rowIds: BigUint64Array,
    private readonly idHashes: Uint32Array,
    /** Every chunk's squashed symbol, in table order, each followed by SEPARATOR. */
    private readonly symbols: string,
    /** Where each chunk's symbol starts in `symbols`. */
    private readonly symbolStart: Uint32Array,
    private readonly pathOf: Uint32Array,
    private readonly kindOf: Uint16Array,
    private readonly languageOf: Uint16Array,
    /** Distinct values, as stored, and the paths squashed. */
    private readonly paths: string[],
    private readonly squashedPaths: string[],
    private readonly kinds: string[],
    private readonly languages: string[],
  ) {}

  /** Reads the catalog of a table at its current version (one scan of its small columns). */
  static async load(table: Table): Promise<NameCatalog> {
    const version = await table.version();
    const builder = new CatalogBuilder();
    for await (const batch of table.query().select(CATALOG_COLUMNS).withRowId()) {
      const [rowId, id, path, symbol, kind, language] = ['_rowid', ...CATALOG_COLUMNS].map((name) => batch.getChild(name)!.toArray());
      for (let i = 0; i < batch.numRows; i++) builder.add(BigInt(rowId[i]), idHash(id[i]), squashName(symbol[i]), path[i], kind[i], language[i]);
    }
    return NameCatalog.built(version, builder);
  }

  /**
   * The catalog of the table as it is now, from this one where the table has only gained and lost
   * rows since. A row keeps its row id until compaction or a merge rewrites it, so only the table's
   * row ids are read (no strings), rows gone are dropped and new ones taken by row id, and the rows
   * kept are copied from this catalog in runs (patched). After one file is saved at 100k chunks:
   * 133 ms against 844 ms for a full read (`bench --scale`, nameCatalogUpdateMs; 311-411 ms when the
   * arrays were rebuilt row by row). When many rows are new (a compaction, a deepening pass), or
   * the take fails because the table moved meanwhile, the catalog is read afresh. Either way it holds
   * what a full read would, row for row (`entries`).
   */
  async current(table: Table): Promise<NameCatalog> {
    const version = await table.version();
    if (version === this.version) return this;
    // One small column with the row ids: the scan reads no strings.
    const batches: BigUint64Array[] = [];
    for await (const batch of table.query().select(['kind']).withRowId()) {
      const ids = batch.getChild('_rowid')!.toArray();
      batches.push(ids instanceof BigUint64Array ? ids : BigUint64Array.from(ids));
    }
    const rowIds = concatRowIds(batches);
    const at = new RowPositions(this.rowIds).positionsOf(rowIds);
    const fresh: bigint[] = [];
    for (let i = 0; i < rowIds.length; i++) if (at[i] < 0) fresh.push(rowIds[i]);
    if (fresh.length > Math.max(UPDATE_MAX_NEW_ROWS, rowIds.length / 4)) return NameCatalog.load(table);
    let taken: Record<string, unknown>[] = [];
    try {
      if (fresh.length) taken = await table.takeRowIds(fresh).select(CATALOG_COLUMNS).withRowId().toArray();
    } catch {
      return NameCatalog.load(table);
    }
    const byRowId = new Map(taken.map((r) => [BigInt(r._rowid as bigint | number), r]));
    if (byRowId.size !== fresh.length) return NameCatalog.load(table);
    return this.patched(version, rowIds, at, byRowId);
  }

  /**
   * A catalog of the rows `rowIds`, where `at[i]` is row i's position in this one, or -1 for a new
   * row, found in `taken`. Runs of rows that kept their order share one slice of the old symbols.
   */
  private patched(version: number, rowIds: BigUint64Array, at: Int32Array, taken: Map<bigint, Record<string, unknown>>): NameCatalog {
    const n = rowIds.length;
    const idHashes = new Uint32Array(n);
    const symbolStart = new Uint32Array(n);
    const pathOf = new Uint32Array(n);
    const kindOf = new Uint16Array(n);
    const languageOf = new Uint16Array(n);
    const paths = Dictionary.of(this.paths);
    const kinds = Dictionary.of(this.kinds);
    const languages = Dictionary.of(this.languages);
    const parts: string[] = [];
    let offset = 0;
    for (let i = 0; i < n;) {
      const from = at[i];
      if (from < 0) {
        const r = taken.get(rowIds[i])!;
        const symbol = squashName(r.symbol as string) + SEPARATOR;
        idHashes[i] = idHash(r.id as string);
        pathOf[i] = paths.code(r.path as string);
        kindOf[i] = kinds.code(r.kind as string);
        languageOf[i] = languages.code(r.language as string);
        symbolStart[i] = offset;
        parts.push(symbol);
        offset += symbol.length;
        i++;
        continue;
      }
      // A run of old rows still in their order: copied as they are, their symbols in one slice.
      let end = i + 1;
      while (end < n && at[end] === at[end - 1] + 1) end++;
      const to = at[end - 1];
      const shift = offset - this.symbolStart[from];
      for (let k = i; k < end; k++) {
        const old = at[k];
        idHashes[k] = this.idHashes[old];
        pathOf[k] = this.pathOf[old];
        kindOf[k] = this.kindOf[old];
        languageOf[k] = this.languageOf[old];
        symbolStart[k] = this.symbolStart[old] + shift;
      }
      const sliceEnd = to + 1 < this.size ? this.symbolStart[to + 1] : this.symbols.length;
      parts.push(this.symbols.slice(this.symbolStart[from], sliceEnd));
      offset += sliceEnd - this.symbolStart[from];
      i = end;
    }
    const pathValues = keepUsed(paths.values, pathOf);
    return new NameCatalog(
      version,
      rowIds,
      idHashes,
      parts.join(''),
      symbolStart,
      pathOf,
      kindOf,
      languageOf,
      pathValues,
      pathValues.map(squashName),
      keepUsed(kinds.values, kindOf),
      keepUsed(languages.values, languageOf),
    );
  }

  /** Every chunk's entry, in table order: what two catalogs of one table version must agree on. */
  entries(): { rowId: bigint; idHash: number; symbol: string; path: string; kind: string; language: string }[] {
    return Array.from({ length: this.size }, (_, i) => ({
      rowId: this.rowIds[i],
      idHash: this.idHashes[i],
      symbol: this.symbolOf(i),
      path: this.paths[this.pathOf[i]],
      kind: this.kinds[this.kindOf[i]],
      language: this.languages[this.languageOf[i]],
    }));
  }

  private static built(version: number, b: CatalogBuilder): NameCatalog {
    const c = b.columns();
    return new NameCatalog(
      version,
      c.rowIds,
      c.idHashes,
      c.symbols,
      c.symbolStart,
      c.pathOf,
      c.kindOf,
      c.languageOf,
      c.paths,
      c.squashedPaths,
      c.kinds,
      c.languages,
    );
  }

  get size(): number {
    return this.rowIds.length;
  }

  /**
   * Up to `limit` chunks whose squashed path or symbol holds one of the words (see lookupWords), in
   * table order, kept to the filter. With `match: 'name'` a symbol counts only where the word is one
   * of the names it lists, whole (see listsName): a search for `send` then skips `sendAll` and
   * `resend`, which cannot define it, and takes fewer rows from the table.
   */
  mentioning(words: readonly string[], limit: number, filter?: SearchFilter, match: SymbolMatch = 'part'): NamedChunk[] {
    if (words.length === 0 || limit <= 0) return [];
    const kind = filter?.kind === undefined ? -1 : this.kinds.indexOf(filter.kind);
    const language = filter?.language === undefined ? -1 : this.languages.indexOf(filter.language);
    if ((kind === -1 && filter?.kind !== undefined) || (language === -1 && filter?.language !== undefined)) return [];
    const folder = filter?.under ? `${filter.under.replace(/\/$/, '')}/` : undefined;
    const pathKept = this.paths.map((p) => folder === undefined || p.startsWith(folder));
    const pathHolds = this.squashedPaths.map((p, i) => pathKept[i] && words.some((w) => p.includes(w)));
    const hit = new Uint8Array(this.size);
    for (let i = 0; i < this.size; i++) if (pathHolds[this.pathOf[i]]) hit[i] = 1;
    for (const word of words) {
      for (let at = this.symbols.indexOf(word); at !== -1;) {
        const row = this.rowAt(at);
        if (match === 'part' || listsName(this.symbolOf(row), word)) hit[row] = 1;
        // On to the next chunk's symbol: one hit a chunk is enough.
        at = row + 1 < this.size ? this.symbols.indexOf(word, this.symbolStart[row + 1]) : -1;
      }
    }
    const found: NamedChunk[] = [];
    for (let i = 0; i < this.size && found.length < limit; i++) {
      if (!hit[i] || !pathKept[this.pathOf[i]]) continue;
      if ((kind !== -1 && this.kindOf[i] !== kind) || (language !== -1 && this.languageOf[i] !== language)) continue;
      found.push({ rowId: this.rowIds[i], idHash: this.idHashes[i] });
    }
    return found;
  }

  /** Row `i`'s squashed symbol. */
  private symbolOf(i: number): string {
    const end = i + 1 < this.size ? this.symbolStart[i + 1] : this.symbols.length;
    return this.symbols.slice(this.symbolStart[i], end - SEPARATOR.length);
  }

  /** The chunk whose symbol holds this offset of `symbols`. */
  private rowAt(offset: number): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.symbolStart[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** About how many bytes it holds (strings at 1 byte a character when Latin-1, as V8 keeps them, plus headers). */
  bytes(): number {
    const strings = (values: readonly string[]) => values.reduce((total, s) => total + 16 + s.length, 0);
    return (
      this.rowIds.byteLength +
      this.idHashes.byteLength +
      this.symbolStart.byteLength +
      this.pathOf.byteLength +
      this.kindOf.byteLength +
      this.languageOf.byteLength +
      this.symbols.length +
      strings(this.paths) +
      strings(this.squashedPaths) +
      strings(this.kinds) +
      strings(this.languages)
    );
  }
}

const CATALOG_COLUMNS = ['id', 'path', 'symbol', 'kind', 'language'];

/** New rows up to which `current` updates a catalog in place (above a quarter of the table too, it reads it afresh). */
const UPDATE_MAX_NEW_ROWS = 1_000;

/** A catalog's columns, gathered row by row in table order. */
class CatalogBuilder {
  private readonly rowIds: bigint[] = [];
  private readonly hashes: number[] = [];
  private readonly symbols: string[] = [];
  private readonly starts: number[] = [];
  private readonly pathOf: number[] = [];
  private readonly kindOf: number[] = [];
  private readonly languageOf: number[] = [];
  private readonly paths = new Dictionary();
  private readonly kinds = new Dictionary();
  private readonly languages = new Dictionary();
  private offset = 0;

  add(rowId: bigint, hash: number, squashedSymbol: string, path: string, kind: string, language: string): void {
    this.rowIds.push(rowId);
    this.hashes.push(hash);
    this.symbols.push(squashedSymbol);
    this.starts.push(this.offset);
    this.offset += squashedSymbol.length + SEPARATOR.length;
    this.pathOf.push(this.paths.code(path));
    this.kindOf.push(this.kinds.code(kind));
    this.languageOf.push(this.languages.code(language));
  }

  columns() {
    return {
      rowIds: BigUint64Array.from(this.rowIds),
      idHashes: Uint32Array.from(this.hashes),
      symbols: this.symbols.map((s) => s + SEPARATOR).join(''),
      symbolStart: Uint32Array.from(this.starts),
      pathOf: Uint32Array.from(this.pathOf),
      kindOf: Uint16Array.from(this.kindOf),
      languageOf: Uint16Array.from(this.languageOf),
      paths: this.paths.values,
      squashedPaths: this.paths.values.map(squashName),
      kinds: this.kinds.values,
      languages: this.languages.values,
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
