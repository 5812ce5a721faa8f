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
    const rowIds: bigint[] = [];
    const hashes: number[] = [];
    const symbols: string[] = [];
    const starts: number[] = [];
    const pathOf: number[] = [];
    const kindOf: number[] = [];
    const languageOf: number[] = [];
    const paths = new Dictionary();
    const kinds = new Dictionary();
    const languages = new Dictionary();
    let offset = 0;
    for await (const batch of table.query().select(['id', 'path', 'symbol', 'kind', 'language']).withRowId()) {
      const [rowId, id, path, symbol, kind, language] = ['_rowid', 'id', 'path', 'symbol', 'kind', 'language'].map((name) => batch.getChild(name)!.toArray());
      for (let i = 0; i < batch.numRows; i++) {
        const squashed = squashName(symbol[i]);
        rowIds.push(BigInt(rowId[i]));
        hashes.push(idHash(id[i]));
        symbols.push(squashed);
        starts.push(offset);
        offset += squashed.length + SEPARATOR.length;
        pathOf.push(paths.code(path[i]));
        kindOf.push(kinds.code(kind[i]));
        languageOf.push(languages.code(language[i]));
      }
    }
    return new NameCatalog(
      version,
      BigUint64Array.from(rowIds),
      Uint32Array.from(hashes),
      symbols.map((s) => s + SEPARATOR).join(''),
      Uint32Array.from(starts),
      Uint32Array.from(pathOf),
      Uint16Array.from(kindOf),
      Uint16Array.from(languageOf),
      paths.values,
      paths.values.map(squashName),
      kinds.values,
      languages.values,
    );
  }

  get size(): number {
    return this.rowIds.length;
  }

  /**
   * Up to `limit` chunks whose squashed path or symbol holds one of the words (see lookupWords), in
   * table order, kept to the filter.
   */
  mentioning(words: readonly string[], limit: number, filter?: SearchFilter): NamedChunk[] {
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
        hit[row] = 1;
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
