/**
 * The index worker (dist/worker.js): a worker thread of the extension host that owns the engine.
 * ONNX Runtime and LanceDB load here, on first use, so the extension host's thread never waits on
 * model loading, embedding or index writes.
 */
import { parentPort } from 'node:worker_threads';
import type { IndexProgress } from '../../core/index/indexer';
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

// Progress is sent at most a few times a second, but phase changes always go out.
const lastSent = new Map<string, { at: number; phase: string }>();
function progress(key: string, p: IndexProgress): void {
  const last = lastSent.get(key);
  const now = Date.now();
  if (last && last.phase === p.phase && now - last.at < 200 && p.filesDone < p.filesTotal) return;
  lastSent.set(key, { at: now, phase: p.phase });
  send({ kind: 'event', type: 'progress', key, progress: p });
}

const engines = new Engines(logger, progress);

async function handle(request: Request): Promise<unknown> {
  switch (request.type) {
    case 'configure':
      return engines.configure(request.settings);
    case 'open':
      return engines.open(request.folder);
    case 'close':
      return engines.close(request.key);
    case 'index':
      return engines.index(request.key, request.rebuild);
    case 'cancel':
      return engines.cancel(request.key);
    case 'search':
      return engines.search(request.request);
    case 'similar':
      return engines.similar(request.key, request.path, request.line, request.k);
    case 'outline':
      return engines.outline(request.key, request.path);
    case 'status':
      return engines.status(request.key);
    case 'plan':
      return engines.plan();
    case 'shutdown':
      return engines.shutdown();
  }
}

port.on('message', (envelope: Envelope) => {
  const { id } = envelope;
  handle(envelope).then(
    (value) => send({ kind: 'reply', id, ok: true, value }),
    (e: unknown) => {
      const error = e instanceof Error ? { name: e.name, message: e.message } : { name: 'Error', message: String(e) };
      send({ kind: 'reply', id, ok: false, error });
    },
  );
});
