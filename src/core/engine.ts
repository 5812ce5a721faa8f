import { silentLogger, type Logger } from './log';
import { defaultIndexDir } from './index/location';
import { Store } from './index/store';
import { defaultBundleDir, loadBundle, type Bundle } from './model/bundle';
import { Encoder } from './model/encoder';
import type { ProviderName } from './model/providers';
import { Searcher } from './search/searcher';

export interface EngineOptions {
  /** The folder being indexed. */
  root: string;
  /** Index folder; defaults to the user's cache, keyed by the root. */
  db?: string;
  /** Model bundle folder; defaults to the shipped bundle. */
  model?: string;
  providers?: ProviderName[];
  threads?: number;
  logger?: Logger;
  /** 'write' (the default) holds the index's write lock until close; 'read' (search) takes none. */
  access?: 'read' | 'write';
}

/** The pieces every face needs for one folder, opened together and closed together. */
export interface Engine {
  root: string;
  bundle: Bundle;
  encoder: Encoder;
  store: Store;
  searcher: Searcher;
  close(): Promise<void>;
}

export async function openEngine(options: EngineOptions): Promise<Engine> {
  const logger = options.logger ?? silentLogger;
  const bundle = await loadBundle(options.model ?? defaultBundleDir());
  const encoder = await Encoder.open(bundle, { providers: options.providers, threads: options.threads, logger });
  let store: Store;
  try {
    store = await Store.open(options.db ?? defaultIndexDir(options.root), bundle, logger, { access: options.access });
  } catch (e) {
    await encoder.close();
    throw e;
  }
  return {
    root: options.root,
    bundle,
    encoder,
    store,
    searcher: new Searcher(store, encoder),
    async close() {
      await store.close();
      await encoder.close();
    },
  };
}
