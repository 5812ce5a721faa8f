/**
 * The engine process (dist/worker.js): a child of the extension host, forked with an IPC channel
 * (client.ts), that owns the engine. ONNX Runtime and LanceDB load here, on first use, so that a
 * native crash in either (SIGSEGV, SIGILL) ends this process only: the extension host, and every
 * other extension in it, live on, and the host starts the engine again.
 */
import { unsupportedCpu } from '../../core/index/cpuCheck';
import type { Logger } from '../../core/log';
import type { Answers, Envelope, FromWorker, Request } from '../protocol';
import type { Engines } from './engines';

if (!process.send) throw new Error('dist/worker.js is the engine process of the Barista extension: it runs forked, with an IPC channel to the extension host');
const toHost = process.send.bind(process);

// The host may be gone (its channel closed) while an answer is on its way: nobody is left to tell.
const send = (message: FromWorker): void => {
  if (process.connected) toHost(message);
};

const logger: Logger = {
  info: (message) => send({ kind: 'event', type: 'log', level: 'info', message }),
  warn: (message) => send({ kind: 'event', type: 'log', level: 'warn', message }),
  error: (message) => send({ kind: 'event', type: 'log', level: 'error', message }),
};

// LanceDB's x64 library dies with SIGILL on a processor without AVX2 and FMA, and the host would
// restart the engine only to see it die again: on such a processor the engines module (which loads
// LanceDB) is never loaded, and every request is answered with the reason instead.
const cpuProblem = unsupportedCpu();
if (cpuProblem) logger.error(cpuProblem.message);
const engines: Promise<Engines> | undefined = cpuProblem
  ? undefined
  : import('./engines').then(({ Engines }) => new Engines(logger, (key, activity, plan) => send({ kind: 'event', type: 'activity', key, activity, plan })));

function theEngines(): Promise<Engines> {
  return engines ?? Promise.reject(cpuProblem);
}

/** One handler per request type, each typed by its request and the answer the host expects (protocol.ts Answers). */
type Handlers = { [T in Request['type']]: (request: Extract<Request, { type: T }>) => Promise<Answers[T]> };

const handlers: Handlers = {
  configure: async (r) => (await theEngines()).configure(r.settings),
  open: async (r) => (await theEngines()).open(r.folder, r.paused),
  close: async (r) => (await theEngines()).close(r.key),
  index: async (r) => (await theEngines()).index(r.key),
  rebuild: async (r) => (await theEngines()).rebuild(r.key),
  pause: async (r) => (await theEngines()).pause(r.key),
  resume: async (r) => (await theEngines()).resume(r.key),
  settle: async (r) => (await theEngines()).settle(r.keys),
  idle: async (r) => (await theEngines()).setIdle(r.idle),
  search: async (r) => (await theEngines()).search(r.request),
  similar: async (r) => (await theEngines()).similar(r.key, r.path, r.line, r.k),
  outline: async (r) => (await theEngines()).outline(r.key, r.path),
  status: async (r) => (await theEngines()).status(r.key),
  shutdown: async () => (await engines)?.shutdown(),
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

process.on('message', (envelope: Envelope) => {
  const { id } = envelope;
  dispatch(envelope).then(
    (value) => send({ kind: 'reply', id, ok: true, value }),
    (e: unknown) => {
      const error = e instanceof Error ? { name: e.name, message: e.message } : { name: 'Error', message: String(e) };
      send({ kind: 'reply', id, ok: false, error });
    },
  );
});

/** How long the stores get to flush their writes when the host goes away without asking. */
const FLUSH_GRACE_MS = 5000;

// The channel closes when the host is done with the engine (after a shutdown request) or when the
// host itself is gone (a crash, a kill): either way the engine must not outlive it, holding the
// indexes' write locks. Closing the stores keeps what is written; a stuck close does not keep the
// process alive.
process.on('disconnect', () => {
  setTimeout(() => process.exit(0), FLUSH_GRACE_MS).unref();
  serial
    .then(() => dispatch({ type: 'shutdown' }))
    .catch(() => undefined)
    .finally(() => process.exit(0));
});
