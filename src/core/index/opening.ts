import { mkdirSync } from 'node:fs';
import * as lancedb from '@lancedb/lancedb';
import type { Bundle } from '../model/bundle';
import type { Logger } from '../log';
import {
  DamagedIndexError,
  DiskFullError,
  IndexOpenError,
  StoreError,
  UnreadableIndexError,
  isDiskFull,
  lanceReason,
  openAdvice,
  recognisedDamage,
} from './damage';
import { IndexLock, IndexLockedError } from './lock';
import { MARKER_FILE, NotAnIndexError, TABLES, dropTables, ownershipOf, writeMarker } from './ownership';
import { SCHEMA_VERSION, chunkSchema, fileSchema, metaSchema } from './schema';

export const CHUNKS = 'chunks';
export const FILES = 'files';
export const META = 'meta';

export interface OpenOptions {
  /** 'write' (the default) holds the index's write lock while open; 'read' takes none. */
  access?: 'read' | 'write';
  /** What this process is, for another writer's message (`barista index`, `VS Code`). */
  what?: string;
  /** What the user can do when another process writes the index (the end of IndexLockedError's message). */
  whenBusy?: string;
  /** What the user can do when the folder is someone else's (the end of NotAnIndexError's message). */
  whenNotOurs?: string;
  /** A writer starts the index afresh: its tables are deleted (and only they) under the lock. */
  rebuild?: boolean;
}

/** An open index: its database, the chunk and file tables, and the write lock of a writer. */
export interface OpenIndex {
  db: lancedb.Connection;
  chunks: lancedb.Table;
  files: lancedb.Table;
  lock?: IndexLock;
}

/** A write the disk had no room for, said so, with what happens to the index and what to do. */
export function diskFull(dir: string, what: string): DiskFullError {
  return new DiskFullError(
    `no space left on the disk of index ${dir} (${what}): the index keeps what was written before, without this write; free some space, or keep the index on another disk, then index again`,
  );
}

const dropping = `deleting its tables (${TABLES.map((t) => `${t}.lance`).join(', ')}) and nothing else of the folder`;

/**
 * Opens the index in `dir`, creating it in a new or empty folder. A folder that is not Barista's
 * is refused (NotAnIndexError) before anything is written to it.
 *
 * A writer holds the folder's write lock until the caller releases it. It rebuilds the index (its
 * own tables only) on damage it recognises (a data file or manifest cut short, overwritten or
 * missing), on another model or schema, and on an index whose creation was cut short; any other
 * error (too many open files, an I/O error, a newer format) is reported with what to do, and the
 * index is left as it is. A reader takes no lock and never deletes: it reports what it cannot use.
 */
export async function openIndex(dir: string, bundle: Bundle, logger: Logger, options: OpenOptions = {}): Promise<OpenIndex> {
  // An address on object storage (s3://, gs://, az://) would be taken for a local folder named `s3:`.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(dir)) throw new StoreError(`${dir}: an index on object storage is not supported yet; keep the index in a local folder`);
  const writer = (options.access ?? 'write') === 'write';
  const what = options.what ?? 'Barista';
  const whenNotOurs = options.whenNotOurs ?? 'Choose a new or empty folder for the index.';
  // Checked before the lock, whose file would be the first thing written to someone's folder.
  refuseForeign(dir, whenNotOurs);
  let lock = writer ? IndexLock.acquire(dir, what, options.whenBusy) : undefined;
  // A reader that must change the index takes the lock for the change.
  const mayChange = () => {
    lock ??= IndexLock.acquire(dir, what, 'wait until it has finished, then try again');
  };
  const attempt = () => tryOpen(dir, bundle, logger, { writer, mayChange, whenNotOurs });
  try {
    if (writer && options.rebuild) {
      logger.warn(`index at ${dir}: rebuilding it as asked: ${dropping}`);
      dropTables(dir);
    }
    let opened: Omit<OpenIndex, 'lock'>;
    try {
      opened = await attempt();
    } catch (e) {
      if (e instanceof StoreError || e instanceof IndexLockedError || e instanceof NotAnIndexError) throw e;
      if (isDiskFull(e)) throw diskFull(dir, 'creating its tables');
      const damage = recognisedDamage(e, dir);
      if (!damage)
        throw new IndexOpenError(`index at ${dir} could not be opened (${lanceReason(e, dir)}); it is left as it is, nothing was deleted: ${openAdvice(e)}`);
      if (!writer) throw unreadable(dir, `is damaged: ${damage}`);
      logger.warn(`index at ${dir} is damaged: ${damage}; rebuilding it: ${dropping}; every file is indexed again`);
      dropTables(dir);
      opened = await attempt();
    }
    if (writer) return { ...opened, lock };
    lock?.release();
    return opened;
  } catch (e) {
    lock?.release();
    throw e;
  }
}

function refuseForeign(dir: string, whenNotOurs: string): void {
  const own = ownershipOf(dir);
  if (own.kind === 'foreign') throw new NotAnIndexError(dir, own.others, whenNotOurs);
}

/**
 * What a reader says of an index it cannot use: a writer at work on it, or what is wrong and that
 * the next indexing run (which rebuilds it) puts it right. A reader never deletes an index.
 */
function unreadable(dir: string, what: string): StoreError | IndexLockedError {
  const holder = IndexLock.holder(dir);
  if (holder) return new IndexLockedError(dir, holder, 'search again when it has finished');
  return new UnreadableIndexError(`index at ${dir} ${what}; the next indexing run (barista index, or the editor's) rebuilds it`);
}

interface Attempt {
  writer: boolean;
  mayChange: () => void;
  whenNotOurs: string;
}

async function tryOpen(dir: string, bundle: Bundle, logger: Logger, { writer, mayChange, whenNotOurs }: Attempt): Promise<Omit<OpenIndex, 'lock'>> {
  // Again under the lock: the folder may have changed since the first look.
  const own = ownershipOf(dir);
  if (own.kind === 'foreign') throw new NotAnIndexError(dir, own.others, whenNotOurs);
  if (own.kind === 'new' || (own.kind === 'unmarked' && writer)) {
    mayChange();
    mkdirSync(dir, { recursive: true });
    if (own.kind === 'unmarked') logger.info(`index at ${dir} predates index markers: marked as Barista's (${MARKER_FILE})`);
    // Before the tables: a folder whose creation is cut short is still known to be Barista's.
    writeMarker(dir);
  }
  let db = await lancedb.connect(dir, { readConsistencyInterval: 0 });
  const expected = expectedMeta(bundle);
  const names = await db.tableNames();
  if (names.some((n) => (TABLES as readonly string[]).includes(n))) {
    const reason = await mismatch(db, names, expected);
    if (reason) {
      if (!writer) throw unreadable(dir, reason);
      mayChange();
      logger.warn(`index at ${dir} ${reason}; rebuilding it: ${dropping}`);
      db.close();
      dropTables(dir);
      db = await lancedb.connect(dir, { readConsistencyInterval: 0 });
    }
  }
  if (!(await db.tableNames()).includes(META)) {
    mayChange();
    await db.createEmptyTable(CHUNKS, chunkSchema(bundle.manifest.ladder), { existOk: true });
    await db.createEmptyTable(FILES, fileSchema, { existOk: true });
    // Meta is written last: its presence says the other tables were created whole.
    await db.createTable(
      META,
      Object.entries(expected).map(([key, value]) => ({ key, value })),
      { schema: metaSchema },
    );
  }
  const chunks = await db.openTable(CHUNKS);
  const files = await db.openTable(FILES);
  await checkReadable(dir, { [CHUNKS]: chunks, [FILES]: files });
  return { db, chunks, files };
}

/**
 * Reads one small column of every row: that reads the footer of every data file, so a file cut
 * short fails here, named, rather than in the middle of a search or of every indexing run.
 */
async function checkReadable(dir: string, tables: Record<string, lancedb.Table>): Promise<void> {
  for (const table of Object.values(tables)) {
    try {
      await table.query().select(['depth']).toArray();
    } catch (e) {
      const damage = recognisedDamage(e, dir);
      throw damage ? new DamagedIndexError(damage) : e;
    }
  }
}

function expectedMeta(bundle: Bundle): Record<string, string> {
  return {
    schemaVersion: String(SCHEMA_VERSION),
    model: bundle.manifest.name,
    modelFingerprint: bundle.fingerprint,
    ladder: JSON.stringify(bundle.manifest.ladder),
  };
}

/** Why an existing database cannot be used as is, or undefined when it can. */
async function mismatch(db: lancedb.Connection, names: string[], expected: Record<string, string>): Promise<string | undefined> {
  if (!names.includes(META) || !names.includes(CHUNKS) || !names.includes(FILES)) return 'is incomplete (its creation was cut short)';
  const rows = await (await db.openTable(META)).query().toArray();
  const meta = Object.fromEntries(rows.map((r) => [r.key as string, r.value as string]));
  if (meta.schemaVersion !== expected.schemaVersion) return `has schema version ${meta.schemaVersion}, this version uses ${expected.schemaVersion}`;
  if (meta.modelFingerprint !== expected.modelFingerprint)
    return `was built with model ${meta.model} (${meta.modelFingerprint}), not ${expected.model} (${expected.modelFingerprint})`;
  return undefined;
}
