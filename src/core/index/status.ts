import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import type { Bundle } from '../model/bundle';
import { NOT_SEARCHABLE, searchSizeAt, storedLayers, type Ladder, type Size } from '../model/ladder';
import type { Store } from './store';

/** What an index holds and how fresh it is: what `index_status` answers and a status view shows. */
export interface IndexStatus {
  folder: string;
  index: string;
  model: { name: string; fingerprint: string };
  files: number;
  chunks: number;
  /** The deepest layer every chunk has (-1: nothing searchable yet). */
  searchableDepth: number;
  /** The sizes a search can use now (every chunk embedded to their layer). */
  searchableSizes: string[];
  /** The size a search uses when none is asked for: the largest at the searchable depth. */
  defaultSize?: string;
  /** Per stored layer: its stored dims, the sizes it serves and how many chunks are embedded to it. */
  layers: { layer: number; dim: number; sizes: string[]; chunks: number }[];
  /** When the index was last written (ISO time) and how many seconds ago. */
  updatedAt?: string;
  ageSeconds?: number;
}

/** The size a search uses by default (see searchSizeAt). */
export function defaultSearchSize(ladder: readonly Size[], depth: number): Size | undefined {
  return searchSizeAt(ladder, depth);
}

export async function indexStatus(folder: string, store: Store, bundle: Bundle, now = Date.now()): Promise<IndexStatus> {
  const stats = await store.stats();
  return describe(
    {
      folder,
      index: store.dir,
      model: { name: bundle.manifest.name, fingerprint: bundle.fingerprint },
      ladder: bundle.manifest.ladder,
      files: stats.files,
      chunks: stats.chunks,
      depths: stats.depths,
    },
    now,
  );
}

/** An index folder holds a meta table, written last when the index is created. */
export function indexExists(dir: string): boolean {
  return existsSync(path.join(dir, 'meta.lance'));
}

/** The status of the index in `dir` as it is on disk, plus its size and schema: undefined when there is none. */
export type StoredIndexStatus = IndexStatus & { bytes: number; schemaVersion: number };

/**
 * Reads an index without opening it as a Store, which would create a missing one and rebuild one of
 * another model or schema: what `barista status` shows, whatever model is in use now.
 */
export async function readIndexStatus(dir: string, folder: string, now = Date.now()): Promise<StoredIndexStatus | undefined> {
  if (!indexExists(dir)) return undefined;
  const db = await lancedb.connect(dir);
  try {
    const meta = Object.fromEntries((await (await db.openTable('meta')).query().toArray()).map((r) => [r.key as string, r.value as string]));
    const chunks = await db.openTable('chunks');
    const files = await db.openTable('files');
    const ladder = JSON.parse(meta.ladder ?? '[]') as Ladder;
    const byDepth = new Map<number, number>();
    for (const r of await chunks.query().select(['depth']).toArray()) byDepth.set(r.depth as number, (byDepth.get(r.depth as number) ?? 0) + 1);
    const depths: Record<number, number> = {};
    for (const { layer } of storedLayers(ladder)) depths[layer] = [...byDepth].filter(([d]) => d >= layer).reduce((a, [, n]) => a + n, 0);
    const total = [...byDepth.values()].reduce((a, n) => a + n, 0);
    const fileCount = await files.countRows();
    chunks.close();
    files.close();
    const model = { name: meta.model ?? '', fingerprint: meta.modelFingerprint ?? '' };
    return {
      ...describe({ folder, index: dir, model, ladder, files: fileCount, chunks: total, depths }, now),
      bytes: bytesUnder(dir),
      schemaVersion: Number(meta.schemaVersion),
    };
  } finally {
    db.close();
  }
}

interface Counts {
  folder: string;
  index: string;
  model: { name: string; fingerprint: string };
  ladder: Ladder;
  files: number;
  chunks: number;
  /** Per stored layer, the chunks embedded to it or deeper. */
  depths: Record<number, number>;
}

function describe(c: Counts, now: number): IndexStatus {
  const { ladder } = c;
  const layers = storedLayers(ladder).map(({ layer, dim }) => ({
    layer,
    dim,
    sizes: ladder.filter((s) => s.layer === layer).map((s) => s.name),
    chunks: c.depths[layer] ?? 0,
  }));
  const depth = c.chunks === 0 ? NOT_SEARCHABLE : (layers.filter((l) => l.chunks === c.chunks).at(-1)?.layer ?? NOT_SEARCHABLE);
  const written = lastWrite(c.index);
  return {
    folder: c.folder,
    index: c.index,
    model: c.model,
    files: c.files,
    chunks: c.chunks,
    searchableDepth: depth,
    searchableSizes: depth === NOT_SEARCHABLE ? [] : ladder.filter((s) => s.layer <= depth).map((s) => s.name),
    defaultSize: depth === NOT_SEARCHABLE ? undefined : defaultSearchSize(ladder, depth)?.name,
    layers,
    updatedAt: written === undefined ? undefined : new Date(written).toISOString(),
    ageSeconds: written === undefined ? undefined : Math.max(0, Math.round((now - written) / 1000)),
  };
}

function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(full) : entry.isFile() ? statSync(full).size : 0;
  }
  return total;
}

/** The time of the newest table version in a LanceDB folder: every write makes one. */
function lastWrite(dir: string): number | undefined {
  let newest: number | undefined;
  for (const table of safeList(dir).filter((n) => n.endsWith('.lance'))) {
    const versions = path.join(dir, table, '_versions');
    for (const file of safeList(versions)) {
      const mtime = statSync(path.join(versions, file)).mtimeMs;
      if (newest === undefined || mtime > newest) newest = mtime;
    }
  }
  return newest;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
