/**
 * The soak bench (a bench, not a test): drives the extension's engine process, dist/worker.js,
 * forked as the extension host forks it, for a while with what an editing session does to it:
 * edits and saves (each save asks for an incremental pass, as the file watcher does), searches,
 * find-similar, typing and idle flips, and "power flips" (the battery behaviour and the quality
 * slider switched, which re-plan the indexer the way a change of power source does; the engine has
 * no hook to fake the OS's power state). Every minute it prints the engine process's RSS, its open file
 * descriptors, the index's chunk-table versions and its bytes on disk, so growth shows; at the end,
 * first/max/last of each and the search latency.
 *
 *   npm run build && npm run soak -- [--minutes 30] [--corpus DIR] [--seed N] [--json]
 *
 * Exits 1 when a request failed or the engine died. Linux: RSS and descriptors are read from /proc.
 */
import { fork } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { percentile } from '../../src/core/scale/measure';
import type { Answers, EngineSettings, FolderSpec, FromWorker, Request } from '../../src/extension/protocol';

const repo = path.join(__dirname, '..', '..');
const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    corpus: { type: 'string', default: path.join(repo, 'src') },
    seed: { type: 'string', default: '7' },
    json: { type: 'boolean', default: false },
  },
});
const minutes = Number(values.minutes);
if (!(minutes > 0)) throw new Error(`--minutes must be a positive number, got ${values.minutes}`);
const workerScript = path.join(repo, 'dist', 'worker.js');
if (!existsSync(workerScript)) throw new Error(`${workerScript} is missing: run npm run build first`);

/** A small deterministic generator, so a run can be repeated. */
let state = Number(values.seed) >>> 0 || 1;
function random(): number {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 2 ** 32;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

const QUERIES = [
  'where do we retry a failed request',
  'parse command line arguments',
  'how is the index locked against two writers',
  'tokenize text for the encoder',
  'fuse dense and text results',
  'percentile of latencies',
  'write lock',
  'chunk a markdown file by headings',
  'Store',
  'searchDense',
  'read the battery state',
];
const WORDS = ['upload', 'retry', 'cache', 'token', 'ranking', 'symbol', 'vector', 'budget', 'window', 'layer', 'shard', 'merge'];

class WorkerClient {
  private readonly child = fork(workerScript, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  private next = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  readonly logs: string[] = [];
  dead?: Error;

  constructor() {
    this.child.on('message', (m: FromWorker) => {
      if (m.kind === 'event') {
        if (m.type === 'log' && m.level !== 'info') this.logs.push(`${m.level}: ${m.message}`);
        return;
      }
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.ok) p?.resolve(m.value);
      else p?.reject(new Error(`${m.error.name}: ${m.error.message}`));
    });
    this.child.on('error', (e) => (this.dead = e));
    this.child.on('exit', (code, signal) => {
      if (code !== 0) this.dead ??= new Error(`the engine exited with ${signal ?? `code ${code}`}`);
      for (const p of this.pending.values()) p.reject(this.dead ?? new Error('the engine exited'));
      this.pending.clear();
    });
  }

  request<T extends Request['type']>(request: Extract<Request, { type: T }>): Promise<Answers[T]> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ id, ...request });
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  async stop(): Promise<void> {
    await this.request({ type: 'shutdown' }).catch(() => undefined);
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    // The engine exits when its channel closes.
    this.child.disconnect();
    await exited;
  }
}

/** Bytes of every file under a folder. */
function bytesUnder(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) total += bytesUnder(p);
    else if (e.isFile()) total += statSync(p).size;
  }
  return total;
}

/** Version manifests of the chunk table on disk (what optimize and cleanup keep bounded). */
function chunkVersions(db: string): number {
  const dir = path.join(db, 'chunks.lance', '_versions');
  return existsSync(dir) ? readdirSync(dir).length : 0;
}

/** Resident memory of a process in MB (0 where there is no /proc). */
function rssMB(pid: number): number {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024);
  } catch {
    return 0;
  }
}

function openFiles(pid: number): number | undefined {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return undefined;
  }
}

/** Open descriptors by what they point at, so a leak shows its kind ("index", "socket", "pipe", ...). */
function openFileKinds(pid: number, db: string): Record<string, number> {
  const kinds: Record<string, number> = {};
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      let target = '';
      try {
        target = readlinkSync(path.join(`/proc/${pid}/fd`, fd));
      } catch {
        continue;
      }
      const kind = target.startsWith(db)
        ? `index ${path.relative(db, target).split(path.sep).slice(0, 2).join('/')}`
        : (/^(\w+):/.exec(target)?.[1] ?? (target.startsWith('/') ? 'other file' : target));
      const shown = target.endsWith(' (deleted)') ? `${kind} (deleted)` : kind;
      kinds[shown] = (kinds[shown] ?? 0) + 1;
    }
  } catch {
    // not Linux
  }
  return kinds;
}

/** A latency percentile in whole ms; 0 when nothing was timed. */
const msAt = (ms: readonly number[], p: number): number => (ms.length ? Math.round(percentile(ms, p)) : 0);

interface Sample {
  minute: number;
  rssMB: number;
  openFiles?: number;
  versions: number;
  indexMB: number;
  chunks: number;
  searches: number;
  searchP50Ms: number;
  searchP95Ms: number;
  edits: number;
  flips: number;
  errors: number;
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-soak-'));
  const root = path.join(tmp, 'ws');
  const db = path.join(tmp, 'index');
  cpSync(path.resolve(values.corpus), root, { recursive: true });
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
  if (files.length === 0) throw new Error(`no files under ${values.corpus}`);
  const originals = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

  const settings: EngineSettings = { quality: 'auto', battery: 'save', provider: 'auto', modelPath: '' };
  const folder: FolderSpec = { key: 'file:///soak', name: 'soak', root, db };
  const worker = new WorkerClient();
  const samples: Sample[] = [];
  const allSearchMs: number[] = [];
  let minuteSearchMs: number[] = [];
  let edits = 0;
  let flips = 0;
  let errors = 0;
  const failures: string[] = [];
  const attempt = async (what: string, work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (e) {
      errors++;
      if (failures.length < 20) failures.push(`${what}: ${(e as Error).message}`);
    }
  };

  const started = Date.now();
  await worker.request({ type: 'configure', settings });
  await worker.request({ type: 'open', folder });
  await worker.request({ type: 'settle', keys: [folder.key] });
  const firstIndexS = (Date.now() - started) / 1000;
  if (!values.json) console.log(`soak: ${files.length} files indexed in ${firstIndexS.toFixed(0)} s; ${minutes} min of edits, searches and flips follow`);

  const sample = async (minute: number) => {
    const status = await worker.request({ type: 'status', key: folder.key });
    const s: Sample = {
      minute,
      rssMB: rssMB(worker.pid),
      openFiles: openFiles(worker.pid),
      versions: chunkVersions(db),
      indexMB: Math.round(bytesUnder(db) / 2 ** 20),
      chunks: status.chunks,
      searches: minuteSearchMs.length,
      searchP50Ms: msAt(minuteSearchMs, 0.5),
      searchP95Ms: msAt(minuteSearchMs, 0.95),
      edits,
      flips,
      errors,
    };
    samples.push(s);
    minuteSearchMs = [];
    if (!values.json) {
      console.log(
        `min ${String(minute).padStart(3)}  rss ${s.rssMB} MB  fds ${s.openFiles ?? 'n/a'}  versions ${s.versions}  index ${s.indexMB} MB  chunks ${s.chunks}  ` +
          `searches ${s.searches} (p50 ${s.searchP50Ms} ms, p95 ${s.searchP95Ms} ms)  edits ${edits}  flips ${flips}  errors ${errors}`,
      );
    }
  };
  await sample(0);

  const created: string[] = [];
  const deadline = Date.now() + minutes * 60_000;
  let nextSample = Date.now() + 60_000;
  let nextFlip = Date.now() + 3 * 60_000;
  while (Date.now() < deadline && !worker.dead) {
    const roll = random();
    if (roll < 0.3) {
      // An edit and a save: append a function, restore a file, or add or remove a new one.
      const kind = random();
      if (kind < 0.6) {
        const f = pick(files);
        const name = `${pick(WORDS)}${pick(WORDS).replace(/^./, (c) => c.toUpperCase())}${edits}`;
        writeFileSync(f, `${originals.get(f)}\n// soak edit ${edits}\nexport function ${name}(x: number): number {\n  return x * ${edits};\n}\n`);
      } else if (kind < 0.8) {
        const f = pick(files);
        writeFileSync(f, originals.get(f)!);
      } else if (kind < 0.9 || created.length === 0) {
        const f = path.join(root, `soak-${edits}.ts`);
        writeFileSync(f, `/** ${pick(WORDS)} ${pick(WORDS)} helper */\nexport const soak${edits} = ${edits};\n`);
        created.push(f);
      } else {
        rmSync(created.shift()!, { force: true });
      }
      edits++;
      await attempt('index', () => worker.request({ type: 'index', key: folder.key }));
    } else if (roll < 0.8) {
      await attempt('search', async () => {
        const t = performance.now();
        await worker.request({ type: 'search', request: { query: pick(QUERIES), folders: [], k: 20 } });
        const ms = performance.now() - t;
        minuteSearchMs.push(ms);
        allSearchMs.push(ms);
      });
    } else if (roll < 0.9) {
      // Find similar on a chunk of a file, as the CodeLens offers it (the outline says where chunks are).
      const f = path.relative(root, pick(files)).split(path.sep).join('/');
      await attempt('similar', async () => {
        const outline = await worker.request({ type: 'outline', key: folder.key, path: f });
        if (outline.length) await worker.request({ type: 'similar', key: folder.key, path: f, line: pick(outline).startLine, k: 10 });
      });
    } else {
      await attempt('idle', () => worker.request({ type: 'idle', idle: random() < 0.5 }));
    }
    if (Date.now() >= nextFlip) {
      // Battery behaviour and the slider, as a power change and a user would move them.
      settings.battery = settings.battery === 'save' ? 'ignore' : 'save';
      settings.quality = settings.quality === 'auto' ? 'short' : 'auto';
      flips++;
      await attempt('configure', () => worker.request({ type: 'configure', settings: { ...settings } }));
      nextFlip = Date.now() + 3 * 60_000;
    }
    if (Date.now() >= nextSample) {
      await attempt('status', () => sample(samples.length));
      nextSample = Date.now() + 60_000;
    }
    await new Promise((r) => setTimeout(r, 250 + random() * 750));
  }
  await attempt('settle', () => worker.request({ type: 'settle', keys: [folder.key] }));
  await attempt('status', () => sample(samples.length));
  const dead = worker.dead;
  const fdKinds = openFileKinds(worker.pid, db);
  await worker.stop();
  rmSync(tmp, { recursive: true, force: true });

  const spread = (key: 'rssMB' | 'openFiles' | 'versions' | 'indexMB') => {
    const xs = samples.map((s) => s[key]).filter((x): x is number => typeof x === 'number');
    return { first: xs[0], max: Math.max(...xs), last: xs[xs.length - 1] };
  };
  const summary = {
    minutes,
    files: files.length,
    firstIndexSeconds: Math.round(firstIndexS),
    searches: allSearchMs.length,
    searchP50Ms: msAt(allSearchMs, 0.5),
    searchP95Ms: msAt(allSearchMs, 0.95),
    edits,
    flips,
    errors,
    rssMB: spread('rssMB'),
    openFiles: spread('openFiles'),
    versions: spread('versions'),
    indexMB: spread('indexMB'),
    openFileKinds: fdKinds,
    samples,
    failures,
    workerWarnings: worker.logs.slice(0, 20),
  };
  if (values.json) console.log(JSON.stringify(summary));
  else {
    const line = (name: string, s: { first?: number; max: number; last?: number }, unit = '') =>
      console.log(`${name.padEnd(10)} first ${s.first}${unit}  max ${s.max}${unit}  last ${s.last}${unit}`);
    console.log(
      `\nsoak: ${minutes} min, ${edits} edits, ${allSearchMs.length} searches (p50 ${summary.searchP50Ms} ms, p95 ${summary.searchP95Ms} ms), ${flips} flips, ${errors} errors`,
    );
    line('rss', summary.rssMB, ' MB');
    line('open fds', summary.openFiles);
    console.log(
      `           at the end: ${Object.entries(fdKinds)
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
    line('versions', summary.versions);
    line('index', summary.indexMB, ' MB');
    for (const f of failures) console.log(`failed: ${f}`);
    for (const w of summary.workerWarnings) console.log(`worker ${w}`);
  }
  if (dead) console.error(`the worker died: ${dead.message}`);
  if (errors > 0 || dead) process.exitCode = 1;
}

main().catch((e) => {
  console.error((e as Error).stack ?? String(e));
  process.exit(1);
});
