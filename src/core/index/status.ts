import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Bundle } from '../model/bundle';
import { NOT_SEARCHABLE, storedLayers, type Size } from '../model/ladder';
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
  /** Per stored layer: the sizes it serves and how many chunks are embedded to it. */
  layers: { layer: number; sizes: string[]; chunks: number }[];
  /** When the index was last written (ISO time) and how many seconds ago. */
  updatedAt?: string;
  ageSeconds?: number;
}

/** The size a search uses by default: the largest dim on the deepest layer every chunk has. */
export function defaultSearchSize(ladder: readonly Size[], depth: number): Size | undefined {
  return ladder.filter((s) => s.layer === depth).sort((a, b) => b.dim - a.dim)[0];
}

export async function indexStatus(folder: string, store: Store, bundle: Bundle, now = Date.now()): Promise<IndexStatus> {
  const ladder = bundle.manifest.ladder;
  const stats = await store.stats();
  const depth = await store.searchableDepth();
  const written = lastWrite(store.dir);
  return {
    folder,
    index: store.dir,
    model: { name: bundle.manifest.name, fingerprint: bundle.fingerprint },
    files: stats.files,
    chunks: stats.chunks,
    searchableDepth: depth,
    searchableSizes: depth === NOT_SEARCHABLE ? [] : ladder.filter((s) => s.layer <= depth).map((s) => s.name),
    defaultSize: depth === NOT_SEARCHABLE ? undefined : defaultSearchSize(ladder, depth)?.name,
    layers: storedLayers(ladder).map(({ layer }) => ({ layer, sizes: ladder.filter((s) => s.layer === layer).map((s) => s.name), chunks: stats.depths[layer] ?? 0 })),
    updatedAt: written === undefined ? undefined : new Date(written).toISOString(),
    ageSeconds: written === undefined ? undefined : Math.max(0, Math.round((now - written) / 1000)),
  };
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
