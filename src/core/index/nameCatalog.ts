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
 * paths, languages and kinds are kept once each. The store reads it again when the table's version
 * changes (any write, compaction included, since row ids move with it).
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
   * row ids are read (no strings), rows gone are dropped and new ones taken by row id: after one
   * file is saved, 38 ms against 94 ms for a full read at 10k chunks, 411 against 931 ms at 100k
   * (`bench --scale`, nameCatalogUpdateMs). When many rows are new (a compaction, a deepening
   * pass), or the take fails because the table moved meanwhile, the catalog is read afresh. Either
   * way it holds what a full read would, in the same order.
   */
  async current(table: Table): Promise<NameCatalog> {
    const version = await table.version();
    if (version === this.version) return this;
    const rowIds: bigint[] = [];
    // One small column with the row ids: the scan reads no strings.
    for await (const batch of table.query().select(['kind']).withRowId()) for (const r of batch.getChild('_rowid')!.toArray()) rowIds.push(BigInt(r));
    const position = new Map<bigint, number>();
    this.rowIds.forEach((r, i) => position.set(r, i));
    const fresh = rowIds.filter((r) => !position.has(r));
    if (fresh.length > Math.max(UPDATE_MAX_NEW_ROWS, rowIds.length / 4)) return NameCatalog.load(table);
    let taken: Record<string, unknown>[] = [];
    try {
      if (fresh.length) taken = await table.takeRowIds(fresh).select(CATALOG_COLUMNS).withRowId().toArray();
    } catch {
      return NameCatalog.load(table);
    }
    const byRowId = new Map(taken.map((r) => [BigInt(r._rowid as bigint | number), r]));
    if (byRowId.size !== fresh.length) return NameCatalog.load(table);
    const builder = new CatalogBuilder();
    for (const rowId of rowIds) {
      const at = position.get(rowId);
      if (at === undefined) builder.addRecord(byRowId.get(rowId)!);
      else
        builder.add(rowId, this.idHashes[at], this.symbolOf(at), this.paths[this.pathOf[at]], this.kinds[this.kindOf[at]], this.languages[this.languageOf[at]]);
    }
    return NameCatalog.built(version, builder);
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

  /** A row as a take gives it (CATALOG_COLUMNS and _rowid). */
  addRecord(r: Record<string, unknown>): void {
    this.add(
      BigInt(r._rowid as bigint | number),
      idHash(r.id as string),
      squashName(r.symbol as string),
      r.path as string,
      r.kind as string,
      r.language as string,
    );
  }

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
