/**
 * The index worker (dist/worker.js): a worker thread of the extension host that owns the engine.
 * ONNX Runtime and LanceDB load here, on first use, so the extension host's thread never waits on
 * model loading, embedding or index writes.
 */
import { parentPort } from 'node:worker_threads';
import type { Logger } from '../../core/log';
import type { Envelope, FromWorker, Request } from '../protocol';
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

async function handle(request: Request): Promise<unknown> {
  switch (request.type) {
    case 'configure':
      return engines.configure(request.settings);
    case 'open':
      return engines.open(request.folder, request.paused);
    case 'close':
      return engines.close(request.key);
    case 'index':
      return engines.index(request.key);
    case 'rebuild':
      return engines.rebuild(request.key);
    case 'pause':
      return engines.pause(request.key);
    case 'resume':
      return engines.resume(request.key);
    case 'settle':
      return engines.settle(request.keys);
    case 'idle':
      return engines.setIdle(request.idle);
    case 'search':
      return engines.search(request.request);
    case 'similar':
      return engines.similar(request.key, request.path, request.line, request.k);
    case 'outline':
      return engines.outline(request.key, request.path);
    case 'status':
      return engines.status(request.key);
    case 'shutdown':
      return engines.shutdown();
  }
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
