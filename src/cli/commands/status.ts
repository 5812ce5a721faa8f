import * as path from 'node:path';
import { defaultIndexDir } from '../../core/index/location';
import { readIndexStatus, type StoredIndexStatus } from '../../core/index/status';
import { defaultBundleDir, loadBundle } from '../../core/model/bundle';
import { NOT_SEARCHABLE } from '../../core/model/ladder';
import { parse } from '../args';
import { NoIndexError } from '../exit';
import { formatDuration } from '../progress';

export const usage = 'barista status [--dir D] [--db D] [--model BUNDLE] [--json]';

export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}

/** Whether the index was built with the bundle search would load now; a different one is rebuilt by the next index run. */
async function modelMatches(status: StoredIndexStatus, model: string | undefined): Promise<boolean | undefined> {
  try {
    return (await loadBundle(model ?? defaultBundleDir())).fingerprint === status.model.fingerprint;
  } catch {
    return undefined;
  }
}

/** What the index of a folder holds, read without opening it for writing: folder, size on disk, depth, model, age. */
export async function run(argv: string[]): Promise<void> {
  const { values } = parse(argv, {});
  const root = values.db && !values.dir ? undefined : path.resolve(values.dir ?? '.');
  const db = values.db ? path.resolve(values.db) : defaultIndexDir(root!);
  const status = await readIndexStatus(db, root ?? '');
  if (!status) throw new NoIndexError(`no index at ${db}${root ? `: run "barista index ${root}" first` : ''}`);
  const matches = await modelMatches(status, values.model);
  if (values.json) {
    console.log(JSON.stringify({ ...status, folder: root, modelMatches: matches }));
    return;
  }
  const lines: [string, string][] = [
    ['folder', root ?? '(not known: give --dir)'],
    ['index', status.index],
    ['size', formatBytes(status.bytes)],
    ['files', String(status.files)],
    ['chunks', String(status.chunks)],
    ['depth', status.searchableDepth === NOT_SEARCHABLE ? 'not searchable yet' : `layer ${status.searchableDepth} (search up to ${status.defaultSize})`],
    [
      'model',
      `${status.model.name}, fingerprint ${status.model.fingerprint}${matches === false ? ': not the model in use; the next index run rebuilds the index' : ''}`,
    ],
    // A run that finds nothing to do writes nothing, so this is the last change, not the last run.
    ['changed', status.ageSeconds === undefined ? 'unknown' : `${formatDuration(status.ageSeconds)} ago (${status.updatedAt})`],
  ];
  for (const [key, value] of lines) console.log(`${key.padEnd(8)} ${value}`);
  console.log('layers');
  for (const l of status.layers) {
    const mark = status.chunks > 0 && l.chunks === status.chunks ? 'built' : l.chunks > 0 ? `${l.chunks}/${status.chunks} chunks` : 'not built';
    console.log(`  ${String(l.layer).padStart(2)}  ${`${l.sizes.join('/')} (${l.dim} dims)`.padEnd(24)} ${mark}`);
  }
}
