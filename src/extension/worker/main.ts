/**
 * The index worker (dist/worker.js): a worker thread of the extension host that owns the engine.
 * ONNX Runtime and LanceDB load here, on first use, so the extension host's thread never waits on
 * model loading, embedding or index writes.
 */
import { parentPort } from 'node:worker_threads';
import type { Logger } from '../../core/log';
import type { Answers, Envelope, FromWorker, Request } from '../protocol';
import { Engines } from './engines';

const port = parentPort;
if (!port) throw new Error('dist/worker.js runs as a worker thread of the Barista extension');

const send = (message: FromWorker): void => port.postMessage(message);

const logger: Logger = {
  info: (message) => send({ kind: 'event', type: 'log', level: 'info', message }),
  warn: (message) => send({ kind: 'event', type: 'log', level: 'warn', message }),
  error: (message) => send({ kind: 'event', type: 'log', level: 'error', message }),
};

const engines = new Engines(logger, (key, activity, plan) => send({ kind: 'event', type: 'activity', key, activity, plan }));

/** One handler per request type, each typed by its request and the answer the host expects (protocol.ts Answers). */
type Handlers = { [T in Request['type']]: (request: Extract<Request, { type: T }>) => Promise<Answers[T]> };

const handlers: Handlers = {
  configure: (r) => engines.configure(r.settings),
  open: (r) => engines.open(r.folder, r.paused),
  close: (r) => engines.close(r.key),
  index: async (r) => engines.index(r.key),
  rebuild: (r) => engines.rebuild(r.key),
  pause: (r) => engines.pause(r.key),
  resume: async (r) => engines.resume(r.key),
  settle: (r) => engines.settle(r.keys),
  idle: async (r) => engines.setIdle(r.idle),
  search: (r) => engines.search(r.request),
  similar: (r) => engines.similar(r.key, r.path, r.line, r.k),
  outline: (r) => engines.outline(r.key, r.path),
  status: (r) => engines.status(r.key),
  shutdown: () => engines.shutdown(),
};

function handle<T extends Request['type']>(request: Extract<Request, { type: T }>): Promise<Answers[T]> {
  return (handlers[request.type] as (r: typeof request) => Promise<Answers[T]>)(request);
}

// Requests that change what is open run one at a time, in order (two quick settings changes must
// not reopen the model twice at once); searches and status reads never wait for them.
const SERIAL = new Set<Request['type']>(['configure', 'open', 'close', 'rebuild', 'pause', 'resume', 'shutdown']);
let serial: Promise<unknown> = Promise.resolve();

function dispatch(request: Request): Promise<unknown> {
  // Settling means after whatever is being opened or reconfigured.
  if (request.type === 'settle') return serial.then(() => handle(request));
  if (!SERIAL.has(request.type)) return handle(request);
  const run = serial.then(() => handle(request));
  serial = run.catch(() => undefined);
  return run;
}

port.on('message', (envelope: Envelope) => {
  const { id } = envelope;
  dispatch(envelope).then(
    (value) => send({ kind: 'reply', id, ok: true, value }),
    (e: unknown) => {
      const error = e instanceof Error ? { name: e.name, message: e.message } : { name: 'Error', message: String(e) };
      send({ kind: 'reply', id, ok: false, error });
    },
  );
});
