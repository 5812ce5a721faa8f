import * as ort from 'onnxruntime-node';
import type { Logger } from '../log';

import type { ProviderName } from './providerNames';

export type { ProviderName } from './providerNames';

// Trying a provider that is not installed is routine here; ONNX Runtime would print a native error
// for each attempt. Failures still throw, and are logged once, with the reason, below.
ort.env.logLevel = 'fatal';

export const DEFAULT_PROVIDERS: ProviderName[] =
  process.platform === 'win32' ? ['cuda', 'dml', 'cpu'] : process.platform === 'darwin' ? ['coreml', 'cpu'] : ['cuda', 'cpu'];

export interface SessionOptions {
  threads: number;
}

/**
 * Opens one segment with the first provider that really loads. Providers are tried one at a time
 * because ONNX Runtime throws, rather than falling back, when a listed provider is unavailable.
 */
export async function openWithFallback(
  file: string,
  preference: ProviderName[],
  options: SessionOptions,
  logger: Logger,
): Promise<{ session: ort.InferenceSession; provider: ProviderName }> {
  const order = preference.includes('cpu') ? preference : [...preference, 'cpu' as const];
  const failures: string[] = [];
  for (const provider of order) {
    try {
      const session = await ort.InferenceSession.create(file, sessionOptions(provider, options));
      if (failures.length) logger.info(`execution provider ${provider} in use; ${failures.join('; ')}`);
      return { session, provider };
    } catch (e) {
      const reason = `${provider} did not load (${firstLine((e as Error).message)})`;
      failures.push(reason);
      logger.info(reason);
    }
  }
  throw new Error(`no execution provider could open ${file}: ${failures.join('; ')}`);
}

/** Opens a segment with exactly one provider, failing if it does not load. */
export async function openWith(file: string, provider: ProviderName, options: SessionOptions): Promise<ort.InferenceSession> {
  return ort.InferenceSession.create(file, sessionOptions(provider, options));
}

function sessionOptions(provider: ProviderName, options: SessionOptions): ort.InferenceSession.SessionOptions {
  return {
    executionProviders: [provider],
    intraOpNumThreads: options.threads,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
    // Memory patterns make every batch shape reserve its own planned block, and each segment's session
    // keeps its own arena: with six sessions that reached 3.4 GB at the deepest size. Without the arena
    // too, a batch's buffers go back when it ends, so an idle encoder holds only its weights: the
    // soak's RSS once src/ is indexed 600-610 -> 519 MB (`npm run soak`), peak indexing requests at
    // trenta 558 -> 525 MB in the same time within noise (`/usr/bin/time -v barista index`).
    enableCpuMemArena: false,
    enableMemPattern: false,
    // ONNX Runtime's threads spin after each run by default, taking the cores LanceDB's search needs
    // right after a query is encoded.
    extra: { session: { intra_op: { allow_spinning: '0' } } },
  };
}

function firstLine(s: string): string {
  return s.split('\n')[0].slice(0, 200);
}
