import * as path from 'node:path';
import { defaultIndexDir } from '../../core/index/location';
import { ageOf, unlockIndex } from '../../core/index/lock';
import { parse } from '../args';

export const usage = 'barista unlock [--dir D | --db D] [--json]';

/**
 * Removes an index's write lock that no live process on this machine holds: one whose process has
 * ended (a writer that was killed, a machine that restarted) or one taken on another host, which is
 * never cleared on its own. A lock whose process is alive here stays, and the command fails (exit 1).
 */
export async function run(argv: string[]): Promise<void> {
  const { values } = parse(argv, {});
  const db = values.db ? path.resolve(values.db) : defaultIndexDir(path.resolve(values.dir ?? '.'));
  const removed = unlockIndex(db);
  if (values.json) {
    console.log(JSON.stringify({ index: db, removed: removed !== undefined, owner: removed?.owner, why: removed?.why }));
    return;
  }
  if (!removed) {
    console.log(`index ${db} has no write lock: nothing to remove`);
    return;
  }
  const { owner, why } = removed;
  const age = owner && ageOf(owner.since);
  const whose = owner
    ? `the lock of process ${owner.pid} (${owner.what}) on host ${owner.host}, taken ${age ? `${age} ago` : 'at an unknown time'} (${owner.since})`
    : 'a lock file that could not be read';
  console.log(`removed ${whose} from index ${db}: ${why}`);
}
