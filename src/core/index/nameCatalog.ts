import type { Table } from '@lancedb/lancedb';
import type { SearchFilter } from './store';

/** A chunk a name lookup found: where the table keeps it (for a take by row id) and its id (to check the take). */
export interface NamedChunk {
  rowId: bigint;
  id: string;
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

/**
 * The path and symbol of every chunk of one version of the chunk table, squashed, held in memory:
 * finds the chunks whose path or symbol holds a word without scanning the table (a LIKE over every
 * row took about 300 ms at 100k chunks). Paths, languages and kinds are kept once each; a chunk costs
 * its squashed symbol, its id and a few numbers. The store reloads it when the table's version
 * changes (any write, compaction included, since row ids move with it).
 */
export class NameCatalog {
  private constructor(
    /** The chunk table version it was read from. */
    readonly version: number,
    private readonly rowIds: BigUint64Array,
    private readonly ids: string[],
    private readonly symbols: string[],
    private readonly pathOf: Uint32Array,
    private readonly kindOf: Uint16Array,
    private readonly languageOf: Uint16Array,
    /** Distinct values, as stored, with the squashed paths beside them. */
    private readonly paths: string[],
    private readonly squashedPaths: string[],
    private readonly kinds: string[],
    private readonly languages: string[],
  ) {}

  /** Reads the catalog of a table at its current version (one scan of its small columns). */
  static async load(table: Table): Promise<NameCatalog> {
    const version = await table.version();
    const rowIds: bigint[] = [];
    const ids: string[] = [];
    const symbols: string[] = [];
    const pathOf: number[] = [];
    const kindOf: number[] = [];
    const languageOf: number[] = [];
    const paths = new Dictionary();
    const kinds = new Dictionary();
    const languages = new Dictionary();
    const stream = table.query().select(['id', 'path', 'symbol', 'kind', 'language']).withRowId();
    for await (const batch of stream) {
      const column = (name: string) => batch.getChild(name)!;
      const [rowId, id, path, symbol, kind, language] = ['_rowid', 'id', 'path', 'symbol', 'kind', 'language'].map(column);
      for (let i = 0; i < batch.numRows; i++) {
        rowIds.push(BigInt(rowId.get(i)));
        ids.push(id.get(i));
        symbols.push(squashName(symbol.get(i)));
        pathOf.push(paths.code(path.get(i)));
        kindOf.push(kinds.code(kind.get(i)));
        languageOf.push(languages.code(language.get(i)));
      }
    }
    return new NameCatalog(
      version,
      BigUint64Array.from(rowIds),
      ids,
      symbols,
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
    return this.ids.length;
  }

  /**
   * Up to `limit` chunks whose squashed path or symbol holds one of the words (see lookupWords), in
   * table order, kept to the filter.
   */
  mentioning(words: readonly string[], limit: number, filter?: SearchFilter): NamedChunk[] {
    if (words.length === 0 || limit <= 0) return [];
    const kind = filter?.kind === undefined ? -1 : this.kinds.indexOf(filter.kind);
    const language = filter?.language === undefined ? -1 : this.languages.indexOf(filter.language);
    if (kind === -1 && filter?.kind !== undefined) return [];
    if (language === -1 && filter?.language !== undefined) return [];
    const folder = filter?.under ? `${filter.under.replace(/\/$/, '')}/` : undefined;
    // Per distinct path: kept by the filter, and whether it holds a word.
    const pathKept = this.paths.map((p) => folder === undefined || p.startsWith(folder));
    const pathHolds = this.squashedPaths.map((p) => words.some((w) => p.includes(w)));
    const found: NamedChunk[] = [];
    for (let i = 0; i < this.ids.length && found.length < limit; i++) {
      const path = this.pathOf[i];
      if (!pathKept[path] || (kind !== -1 && this.kindOf[i] !== kind) || (language !== -1 && this.languageOf[i] !== language)) continue;
      if (pathHolds[path] || words.some((w) => this.symbols[i].includes(w))) found.push({ rowId: this.rowIds[i], id: this.ids[i] });
    }
    return found;
  }

  /** About how many bytes it holds (strings at 2 bytes a character, plus their headers). */
  bytes(): number {
    const strings = (values: readonly string[]) => values.reduce((total, s) => total + 16 + 2 * s.length, 0);
    return (
      this.rowIds.byteLength +
      this.pathOf.byteLength +
      this.kindOf.byteLength +
      this.languageOf.byteLength +
      strings(this.ids) +
      strings(this.symbols) +
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
