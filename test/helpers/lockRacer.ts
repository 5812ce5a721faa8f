/**
 * One of the processes the lock race test runs: `node --import tsx lockRacer.ts LOCK_MODULE DIR`.
 * It prints "ready", then answers each line on stdin: "go" makes it try to take DIR's write lock
 * and answer "won" (holding the lock) or "lost NAME: MESSAGE"; "release" lets go of a lock it won
 * and answers "released". It ends when stdin closes.
 */
import * as readline from 'node:readline';
import { pathToFileURL } from 'node:url';

interface Lock {
  release(): void;
}
interface LockModule {
  IndexLock: { acquire(dir: string, what: string): Lock };
}

async function main(): Promise<void> {
  const [modulePath, dir] = process.argv.slice(2);
  // The module comes from the command line so that the test can race an older copy of it.
  const { IndexLock } = (await import(pathToFileURL(modulePath).href)) as LockModule;
  let held: Lock | undefined;
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const lines = readline.createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    if (line === 'go') {
      try {
        held = IndexLock.acquire(dir, `racer ${process.pid}`);
        say('won');
      } catch (e) {
        say(`lost ${(e as Error).name}: ${(e as Error).message.replace(/\n/g, ' ')}`);
      }
    } else if (line === 'release') {
      held?.release();
      held = undefined;
      say('released');
    }
  });
  say('ready');
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
