import type * as lancedb from '@lancedb/lancedb';
import { Schema } from 'apache-arrow';
import type { Bundle } from '../model/bundle';
import { storedLayers } from '../model/ladder';
import { searchableText } from '../text/identifiers';
import { StoreError, isDiskFull } from './damage';
import { inList } from './filter';
import { toArrowTable } from './halfTable';
import { killPoint } from './killPoint';
import type { IndexLock } from './lock';
import { diskFull } from './opening';
import { chunkSchema, fileSchema, vectorColumn } from './schema';
import type { ChunkRow, DeepenedChunk, FileRecord } from './store';

/** Queued rows are written once this many chunks wait. */
const FLUSH_AT_ROWS = 2000;

/**
 * The writes of one index: files' chunks queued and flushed, files removed, chunks deepened. Every
 * change of a table is one LanceDB commit, and the file catalog is written after the chunks it
 * describes: a process killed between two commits leaves chunks whose catalog row is missing or
 * older, which `forgetUnfinished` finds on the next open, so the next pass indexes those files again.
 */
export class IndexWrites {
  private pendingRows: ChunkRow[] = [];
  private pendingFiles: FileRecord[] = [];

  constructor(
    private readonly dir: string,
    private readonly chunks: lancedb.Table,
    private readonly files: lancedb.Table,
    private readonly bundle: Bundle,
    private readonly lock: IndexLock | undefined,
    /** Told of each finished write and its rows (the store's upkeep counts them). */
    private readonly wrote: (rows: number) => Promise<void>,
  ) {}

  /** Writes need the write lock: a store opened for reading never changes the index. */
  mustWrite(): void {
    if (!this.lock) throw new StoreError(`index ${this.dir} was opened for reading: it cannot be written`);
  }

  /** Runs a write; a disk with no room for it is said so (LanceDB's own error names no remedy). */
  async writing<T>(what: string, write: () => Promise<T>): Promise<T> {
    this.mustWrite();
    try {
      return await write();
    } catch (e) {
      if (isDiskFull(e)) throw diskFull(this.dir, what);
      throw e;
    }
  }

  /** Queues a whole file's chunks; its catalog row is written after them, in the same flush. */
  async putFile(record: FileRecord, rows: ChunkRow[]): Promise<void> {
    this.mustWrite();
    this.pendingRows.push(...rows);
    this.pendingFiles.push(record);
    if (this.pendingRows.length >= FLUSH_AT_ROWS) await this.flush();
  }

  /**
   * Writes the queued files in two commits: the chunk table (each file's old chunks replaced by its
   * new ones in one merge), then the file catalog. A reader sees a file's old chunks or its new ones,
   * never none.
   */
  async flush(): Promise<void> {
    if (this.pendingFiles.length === 0) return;
    // A file (or chunk) queued twice counts as its last version.
    const files = [...new Map(this.pendingFiles.map((f) => [f.path, f])).values()];
    const rows = [...new Map(this.pendingRows.map((r) => [r.id, r])).values()];
    this.pendingRows = [];
    this.pendingFiles = [];
    const ofThese = `path IN (${inList(files.map((f) => f.path))})`;
    await this.writing(`writing ${files.length} files' chunks`, async () => {
      if (rows.length)
        await this.chunks
          .mergeInsert('id')
          .whenMatchedUpdateAll()
          .whenNotMatchedInsertAll()
          .whenNotMatchedBySourceDelete({ where: ofThese })
          .execute(
            toArrowTable(
              chunkSchema(this.bundle.manifest.ladder),
              rows.map((r) => this.toRecord(r)),
            ),
          );
      else await this.chunks.delete(ofThese);
      killPoint('flush:chunks-written');
      await this.files
        .mergeInsert('path')
        .whenMatchedUpdateAll()
        .whenNotMatchedInsertAll()
        .execute(
          toArrowTable(
            fileSchema,
            files.map((f) => ({ path: f.path, file_hash: f.fileHash, size: f.size, chunks: f.chunks, depth: f.depth })),
          ),
        );
    });
    await this.wrote(rows.length);
  }

  /** Removes files: their catalog rows first (one commit), then their chunks (one commit). */
  async removeFiles(paths: readonly string[]): Promise<void> {
    if (paths.length === 0) return;
    const ofThese = `path IN (${inList(paths)})`;
    await this.writing('removing files that are gone', async () => {
      // Chunks left by a kill between the two are found by the next pass (Store.chunkPaths) and removed.
      await this.files.delete(ofThese);
      killPoint('remove:files-written');
      await this.chunks.delete(ofThese);
    });
  }

  /**
   * Catalog rows that do not describe the chunks stored for their file (a flush killed between its
   * two commits, or a write from before flushes were two commits) are deleted, so the next indexing
   * pass indexes those files again (reusing the vectors already stored). Returns the paths.
   */
  async forgetUnfinished(): Promise<string[]> {
    const catalog = await this.files.query().select(['path', 'file_hash', 'chunks']).toArray();
    if (catalog.length === 0) return [];
    const stored = new Map<string, { hashes: Set<string>; count: number }>();
    for await (const batch of this.chunks.query().select(['path', 'file_hash'])) {
      const [paths, hashes] = [batch.getChild('path')!, batch.getChild('file_hash')!];
      for (let i = 0; i < batch.numRows; i++) {
        const p = paths.get(i) as string;
        let s = stored.get(p);
        if (!s) stored.set(p, (s = { hashes: new Set(), count: 0 }));
        s.hashes.add(hashes.get(i) as string);
        s.count++;
      }
    }
    const unfinished = catalog
      .filter((f) => {
        const s = stored.get(f.path);
        const count = s?.count ?? 0;
        return count !== f.chunks || (s !== undefined && (s.hashes.size !== 1 || !s.hashes.has(f.file_hash)));
      })
      .map((f) => f.path as string);
    if (unfinished.length) await this.writing('forgetting unfinished files', () => this.files.delete(`path IN (${inList(unfinished)})`));
    return unfinished;
  }

  /**
   * Raises chunks to a deeper layer in place: one merge per depth, so a chunk never drops out of
   * search while it is deepened (a chunk deleted meanwhile stays deleted). A file whose chunks all
   * reach a depth gets that depth in the catalog, so the next indexing pass leaves it alone.
   */
  async deepen(updates: readonly DeepenedChunk[]): Promise<void> {
    this.mustWrite();
    if (updates.length === 0) return;
    await this.flush();
    const layers = storedLayers(this.bundle.manifest.ladder);
    for (const depth of new Set(updates.map((u) => u.depth))) {
      const records = updates
        .filter((u) => u.depth === depth)
        .map((u) => {
          const record: Record<string, unknown> = { id: u.id, depth };
          for (const { layer } of layers.filter((l) => l.layer <= depth)) {
            const v = u.vectors.get(layer);
            if (!v) throw new StoreError(`chunk ${u.id} is deepened to ${depth} without a layer-${layer} vector`);
            record[vectorColumn(layer)] = v;
          }
          return record;
        });
      const columns = new Set(['id', 'depth', ...layers.filter((l) => l.layer <= depth).map((l) => vectorColumn(l.layer))]);
      const schema = new Schema(chunkSchema(this.bundle.manifest.ladder).fields.filter((f) => columns.has(f.name)));
      await this.writing('deepening chunks', () => this.chunks.mergeInsert('id').whenMatchedUpdateAll().execute(toArrowTable(schema, records)));
    }
    const touched = await this.chunks
      .query()
      .where(`id IN (${inList(updates.map((u) => u.id))})`)
      .select(['path'])
      .toArray();
    await this.recordDepths([...new Set(touched.map((r) => r.path as string))]);
    await this.wrote(updates.length);
  }

  /**
   * Files the catalog has below `depth` whose chunks all reach it get that depth: deepen writes the
   * chunks and then the catalog, so a run killed between the two leaves such files behind, and no
   * later deepening would touch them (their chunks are deep enough).
   */
  async settleFileDepths(depth: number): Promise<void> {
    this.mustWrite();
    const behind = await this.files.query().where(`depth < ${depth}`).select(['path']).toArray();
    await this.recordDepths(behind.map((r) => r.path as string));
  }

  /** Each of these files gets, in the catalog, the least depth of its chunks (never lowered). */
  private async recordDepths(paths: readonly string[]): Promise<void> {
    if (paths.length === 0) return;
    const rows = await this.chunks
      .query()
      .where(`path IN (${inList(paths)})`)
      .select(['path', 'depth'])
      .toArray();
    const least = new Map<string, number>();
    for (const r of rows) least.set(r.path, Math.min(least.get(r.path) ?? Infinity, r.depth));
    for (const depth of new Set(least.values())) {
      const at = [...least].filter(([, d]) => d === depth).map(([p]) => p);
      await this.writing('recording depths', () =>
        this.files.update({ where: `path IN (${inList(at)}) AND depth < ${depth}`, valuesSql: { depth: String(depth) } }),
      );
    }
  }

  private toRecord(r: ChunkRow): Record<string, unknown> {
    const record: Record<string, unknown> = {
      id: r.id,
      path: r.path,
      language: r.language,
      kind: r.kind,
      start_line: r.startLine,
      end_line: r.endLine,
      symbol: r.symbol,
      // The full-text index reads this; the text itself is read back out of it (chunkText).
      search_text: searchableText(r.path, r.symbol, r.text),
      content_hash: r.contentHash,
      file_hash: r.fileHash,
      depth: r.depth,
    };
    for (const { layer } of storedLayers(this.bundle.manifest.ladder)) {
      const v = r.vectors.get(layer);
      record[vectorColumn(layer)] = v ?? null;
    }
    return record;
  }
}
