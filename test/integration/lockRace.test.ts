/**
 * Six processes race for one stale write lock, a hundred times over: in every round exactly one of
 * them holds it, the others are refused naming the winner, and once the winner lets go the folder
 * holds nothing of the lock (no draft, no takeover marker). The stale lock takes turns being one of
 * a process that has ended (in the format written before locks recorded start times), and where this
 * system tells process start times, one whose pid now belongs to another process (this test's own)
 * and one taken before the machine last started.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { after, test } from 'node:test';
import { bootId, LOCK_FILE, processStart } from '../../src/core/index/lock';

const LOCK_MODULE = path.join(__dirname, '..', '..', 'src', 'core', 'index', 'lock.ts');
const RACER = path.join(__dirname, '..', 'helpers', 'lockRacer.ts');
const RACERS = 6;
const ROUNDS = 100;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-lockrace-'));
const dir = path.join(tmp, 'index');
mkdirSync(dir);

/** A racing process and the lines it answers, one at a time. */
class Racer {
  private readonly waiting: ((line: string) => void)[] = [];
  private readonly queued: string[] = [];
  private stderr = '';

  constructor(readonly child: ChildProcess) {
    child.stderr!.on('data', (d) => (this.stderr += d));
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const waiter = this.waiting.shift();
      if (waiter) waiter(line);
      else this.queued.push(line);
    });
    child.once('exit', (code) => {
      for (const waiter of this.waiting.splice(0)) waiter(`exited ${code}: ${this.stderr}`);
    });
  }

  next(): Promise<string> {
    const line = this.queued.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.child.exitCode !== null) return Promise.resolve(`exited ${this.child.exitCode}: ${this.stderr}`);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  send(line: string): void {
    this.child.stdin!.write(`${line}\n`);
  }
}

const racers: Racer[] = [];
after(() => {
  for (const r of racers) r.child.kill();
  rmSync(tmp, { recursive: true, force: true });
});

/** The pid of a process that has ended. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

/** The stale locks the rounds take turns with: what makes each one stale, and its file's content. */
function staleLocks(): [string, () => string][] {
  const common = { host: os.hostname(), since: new Date(Date.now() - 3_600_000).toISOString(), what: 'barista index' };
  const kinds: [string, () => string][] = [['its process ended (old format)', () => JSON.stringify({ pid: deadPid(), ...common })]];
  const boot = bootId();
  const started = processStart(process.pid);
  if (started !== undefined) {
    kinds.push(['its pid is reused', () => JSON.stringify({ pid: process.pid, ...common, token: 'stale', boot, started: `${started}0` })]);
  }
  if (boot !== undefined) {
    kinds.push(['taken before the machine restarted', () => JSON.stringify({ pid: process.pid, ...common, token: 'stale', boot: `${boot}-before`, started })]);
  }
  return kinds;
}

test(`${RACERS} processes race for one stale lock, ${ROUNDS} rounds: exactly one wins each round`, { timeout: 120_000 }, async () => {
  for (let i = 0; i < RACERS; i++) {
    racers.push(new Racer(spawn(process.execPath, ['--import', 'tsx', RACER, LOCK_MODULE, dir], { stdio: ['pipe', 'pipe', 'pipe'] })));
  }
  for (const r of racers) assert.equal(await r.next(), 'ready');
  const kinds = staleLocks();
  const wrong: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const [kind, content] = kinds[round % kinds.length];
    writeFileSync(path.join(dir, LOCK_FILE), content());
    for (const r of racers) r.send('go');
    const answers = await Promise.all(racers.map((r) => r.next()));
    const winners = racers.filter((_, i) => answers[i] === 'won');
    const odd = answers.filter((a) => a !== 'won' && !a.startsWith('lost IndexLockedError: '));
    if (winners.length !== 1 || odd.length > 0) wrong.push(`round ${round} (${kind}): ${winners.length} won; ${odd.join('; ')}`);
    if (winners.length === 1) {
      const pid = winners[0].child.pid;
      for (const a of answers) if (a !== 'won') assert.match(a, new RegExp(`process ${pid} \\(racer ${pid}\\)`), 'a loser names the winner');
    }
    for (const w of winners) w.send('release');
    for (const w of winners) assert.equal(await w.next(), 'released');
    const left = readdirSync(dir);
    if (left.length > 0) wrong.push(`round ${round} (${kind}): left in the folder once released: ${left.join(', ')}`);
    for (const name of left) rmSync(path.join(dir, name));
  }
  assert.deepEqual(wrong, [], `rounds where not exactly one process won, or the lock left files behind:\n${wrong.join('\n')}`);
});
