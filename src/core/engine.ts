/**
 * How every face opens the engine: the model (bundle and encoder) and a folder's index (the store).
 * The command line and `barista mcp` open one folder with both at once (openEngine); the extension's
 * engine process opens the model once and a store per workspace folder (openModel, openIndex). Either
 * way the bundle is found, the providers tried and the index located the same way.
 */
import * as path from 'node:path';
import { silentLogger, type Logger } from './log';
import { defaultIndexDir } from './index/location';
import { recordUse } from './index/ownership';
import { Store, type StoreOptions } from './index/store';
import { defaultBundleDir, loadBundle, type Bundle } from './model/bundle';
import { Encoder } from './model/encoder';
import { DEFAULT_PROVIDERS, type ProviderName } from './model/providers';
import { isProviderName } from './model/providerNames';
import { Searcher } from './search/searcher';

export interface ModelOptions {
  /** Model bundle folder; defaults to the shipped bundle. */
  model?: string;
  providers?: ProviderName[];
  threads?: number;
  logger?: Logger;
}

/** The model, loaded: its bundle and an encoder on the first provider that really loads. */
export interface Model {
  bundle: Bundle;
  encoder: Encoder;
  close(): Promise<void>;
}

export interface IndexOptions extends Pick<StoreOptions, 'access' | 'what' | 'whenBusy' | 'whenNotOurs' | 'rebuild'> {
  /** The folder being indexed. */
  root: string;
  /** Index folder; defaults to the user's cache, keyed by the root. */
  db?: string;
  logger?: Logger;
}

export type EngineOptions = ModelOptions & IndexOptions;

/** The pieces every face needs for one folder, opened together and closed together. */
export interface Engine {
  root: string;
  bundle: Bundle;
  encoder: Encoder;
  store: Store;
  searcher: Searcher;
  close(): Promise<void>;
}

/**
 * The providers to try for a setting that names one ('cuda', ...) or says 'auto': the named one,
 * then the CPU, which always loads; the platform's usual order for 'auto' or a name Barista does not know.
 */
export function providerOrder(preference: string): ProviderName[] {
  if (preference === 'auto' || !isProviderName(preference)) return DEFAULT_PROVIDERS;
  return preference === 'cpu' ? ['cpu'] : [preference, 'cpu'];
}

export async function openModel(options: ModelOptions): Promise<Model> {
  const logger = options.logger ?? silentLogger;
  const dir = options.model || defaultBundleDir();
  const started = Date.now();
  const bundle = await loadBundle(dir);
  const encoder = await Encoder.open(bundle, { providers: options.providers, threads: options.threads, logger });
  logger.info(`model ${bundle.manifest.name} from ${dir} (queries on ${encoder.provider}) in ${Date.now() - started} ms`);
  return { bundle, encoder, close: () => encoder.close() };
}

/** A folder's index with the model's bundle: where the options say, or the folder's place in the user's cache. */
export async function openIndex(bundle: Bundle, options: IndexOptions): Promise<Store> {
  const { access, what, whenBusy, whenNotOurs, rebuild } = options;
  const store = await Store.open(options.db ?? defaultIndexDir(options.root), bundle, options.logger ?? silentLogger, {
    access,
    what,
    whenBusy,
    whenNotOurs,
    rebuild,
  });
  // Its marker names the folder and the time of use, which barista gc goes by.
  recordUse(store.dir, path.resolve(options.root));
  return store;
}

export async function openEngine(options: EngineOptions): Promise<Engine> {
  const model = await openModel(options);
  let store: Store;
  try {
    store = await openIndex(model.bundle, options);
  } catch (e) {
    await model.close();
    throw e;
  }
  const { bundle, encoder } = model;
  return {
    root: options.root,
    bundle,
    encoder,
    store,
    searcher: new Searcher(store, encoder),
    async close() {
      await store.close();
      await model.close();
    },
  };
}
