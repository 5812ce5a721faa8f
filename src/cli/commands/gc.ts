import { deleteIndex, staleIndexes, type SweepEntry } from '../../core/index/sweep';
import { floatOption, parse } from '../args';

export const usage =
  'barista gc [--days N (also indexes not used for N days)] [--dry-run (list, delete nothing)] [--json]: deletes the indexes in the user cache whose folder is gone';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function why(e: SweepEntry): string {
  const r = e.reason;
  if (r.kind === 'gone') return `its folder ${r.folder} is gone`;
  return `not used for ${r.days} days${r.folder ? ` (folder ${r.folder})` : ' (an index from before folders were recorded)'}`;
}

/**
 * Sweeps the user cache: deletes the indexes whose folder no longer exists (each index's marker
 * records its folder) and, with --days, those not used for that long. Only marked Barista indexes,
 * and only Barista's own entries in them; an index a live process writes is left alone. A folder on a
 * disk that is not mounted counts as gone: --dry-run lists first.
 */
export async function run(argv: string[]): Promise<void> {
  const { values } = parse(argv, { days: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } });
  const days = floatOption(values.days, 'days');
  const dryRun = values['dry-run'];
  const stale = staleIndexes({ days });
  const results = stale.map((e) => {
    if (dryRun) return { ...e, deleted: false };
    try {
      const gone = deleteIndex(e.dir, 'It was left as it is.');
      return { ...e, deleted: gone !== undefined };
    } catch (err) {
      return { ...e, deleted: false, error: (err as Error).message };
    }
  });
  const freed = results.filter((r) => r.deleted).reduce((sum, r) => sum + r.bytes, 0);
  if (values.json) {
    console.log(
      JSON.stringify({
        dryRun,
        days,
        indexes: results.map(({ dir, reason, bytes, deleted, ...r }) => ({ dir, reason, bytes, deleted, error: 'error' in r ? r.error : undefined })),
        freedBytes: freed,
      }),
    );
  } else {
    if (!results.length)
      console.log(
        days === undefined
          ? 'no index in the user cache has lost its folder'
          : `no index in the user cache has lost its folder or gone unused for ${days} days`,
      );
    for (const r of results) {
      const verb = dryRun ? 'would delete' : r.deleted ? 'deleted' : 'could not delete';
      console.log(`${verb} ${r.dir} (${mb(r.bytes)}): ${why(r)}${'error' in r && r.error ? `: ${r.error}` : ''}`);
    }
    if (!dryRun && results.length) console.log(`freed ${mb(freed)}`);
  }
  if (results.some((r) => 'error' in r && r.error)) process.exitCode = 1;
}
