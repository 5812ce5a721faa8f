/**
 * Idle memory of the extension's engine process (a bench, not a test): forks dist/worker.js as the
 * extension host does (a plain Node process of its own, no TypeScript loader beside it), has it index a copy of a corpus at one quality and answer a few searches, waits (10 s, then until the
 * encoder has rested), and prints the engine process's resident memory at each step, split into
 * anonymous memory (heaps, model weights, buffers) and pages mapped from files (Node, LanceDB's and
 * ONNX Runtime's libraries). Linux: the numbers come from /proc.
 *
 *   npm run build && node test/soak/idle.mjs [--corpus DIR] [--quality trenta] [--wait-seconds 10] [--rest-seconds 125] [--json]
 */
import { fork } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.join(repo, 'src') },
    quality: { type: 'string', default: 'trenta' },
    'wait-seconds': { type: 'string', default: '10' },
    // The encoder rests after 2 minutes without a call (DEFAULT_REST_AFTER_MS): then a last reading.
    'rest-seconds': { type: 'string', default: '125' },
    json: { type: 'boolean', default: false },
  },
});

/** A figure of /proc/PID/status in MB (VmRSS: resident now, VmHWM: the peak). */
const statusMB = (pid, field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

/** Resident and anonymous memory of the engine process in MB. */
function memory() {
  const rss = statusMB(engine.pid, 'VmRSS');
  const anonymous = Number(/Anonymous:\s+(\d+)/.exec(readFileSync(`/proc/${engine.pid}/smaps_rollup`, 'utf8'))[1]) / 1024;
  return { rssMB: Math.round(rss), anonymousMB: Math.round(anonymous), fileMappedMB: Math.round(rss - anonymous) };
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-idle-'));
const root = path.join(tmp, 'ws');
cpSync(path.resolve(values.corpus), root, { recursive: true });

const engine = fork(path.join(repo, 'dist', 'worker.js'), [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const pending = new Map();
let next = 1;
engine.on('message', (m) => {
  if (m.kind === 'event') return;
  const p = pending.get(m.id);
  pending.delete(m.id);
  if (m.ok) p.resolve(m.value);
  else p.reject(new Error(`${m.error.name}: ${m.error.message}`));
});
const request = (r) =>
  new Promise((resolve, reject) => {
    const id = next++;
    pending.set(id, { resolve, reject });
    engine.send({ id, ...r });
  });

const steps = { started: memory() };
const key = 'file:///idle';
await request({
  type: 'configure',
  settings: { quality: values.quality, battery: 'ignore', provider: 'auto', modelPath: '', include: [], exclude: [], maxFileBytes: 1024 * 1024 },
});
const t0 = performance.now();
await request({ type: 'open', folder: { key, name: 'idle', root, db: path.join(tmp, 'index') } });
await request({ type: 'settle', keys: [key] });
const indexSeconds = (performance.now() - t0) / 1000;
steps.indexed = memory();
for (const query of ['where is the index locked against two writers', 'Store', 'tokenize text for the encoder', 'fuse dense and text results']) {
  await request({ type: 'search', request: { query, folders: [], k: 20 } });
}
steps.searched = memory();
await new Promise((r) => setTimeout(r, Number(values['wait-seconds']) * 1000));
steps.idle = memory();
await new Promise((r) => setTimeout(r, Math.max(0, Number(values['rest-seconds']) - Number(values['wait-seconds'])) * 1000));
steps.rested = memory();
const status = await request({ type: 'status', key });
const peakMB = statusMB(engine.pid, 'VmHWM');
await request({ type: 'shutdown' }).catch(() => undefined);
// The engine exits when its channel closes.
const exited = new Promise((resolve) => engine.once('exit', resolve));
engine.disconnect();
await exited;
rmSync(tmp, { recursive: true, force: true });

const result = { quality: values.quality, chunks: status.chunks, indexSeconds: Math.round(indexSeconds), peakMB: Math.round(peakMB), steps };
if (values.json) console.log(JSON.stringify(result));
else {
  console.log(`${status.chunks} chunks indexed at ${values.quality} in ${result.indexSeconds} s; peak RSS ${result.peakMB} MB`);
  for (const [step, m] of Object.entries(steps)) {
    const split = m.anonymousMB === undefined ? '' : ` (anonymous ${m.anonymousMB} MB, mapped from files ${m.fileMappedMB} MB)`;
    console.log(`${step.padEnd(9)} RSS ${m.rssMB} MB${split}`);
  }
}
