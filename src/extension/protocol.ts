/**
 * The messages between the extension host and the engine process (worker/main.ts, forked by
 * client.ts; they travel over its IPC channel, structured-cloned). Both sides import this file and
 * nothing else of each other: the host never loads the engine (ONNX Runtime, LanceDB), the engine
 * never loads `vscode`.
 */
import type { AdaptiveState, AdaptiveStatus } from '../core/adapt/adaptiveIndexer';
import type { Settings } from '../core/adapt/settings';
import type { ChunkKind } from '../core/index/chunk';
import type { Size } from '../core/model/ladder';
import type { ProviderName } from '../core/model/providerNames';
import type { SearchFilter, SearchMode, SearchResult } from '../core/search/searcher';
import type { RankingOptions } from '../core/search/ranker';

/**
 * What the user chose, as the engine needs it (the host reads it from `barista.*` settings). What
 * a folder's index holds (include, exclude, size limit, links) is not here: the engine reads it from
 * the folder itself (core/index/crawlRules.ts), as the command line does, so both build the same index.
 */
export interface EngineSettings extends Settings {
  /** A model bundle folder; '' for the bundle shipped with the extension. */
  modelPath: string;
}

/** One workspace folder as the engine knows it. */
export interface FolderSpec {
  /** The folder's URI as a string: the key every message uses. */
  key: string;
  name: string;
  root: string;
  /** Index folder (LanceDB database). */
  db: string;
}

/** The adaptive planner's plan for a folder (src/core/adapt/planner.ts), as the status bar shows it. */
export interface PlanView {
  /** Layer a pass embeds new and changed chunks to. */
  indexDepth: number;
  /** Where the index is headed when the machine allows (the layer of `size`). */
  targetDepth: number;
  /** The size queries use once every chunk has its layer. */
  size: Size;
  /** One line a person can read: what and why ("short: 2 layers first, then trenta when idle; ..."). */
  reason: string;
  /** The execution provider indexing runs on (the status bar names it). */
  provider: ProviderName;
}

/** What a folder's indexer is doing (src/core/adapt/adaptiveIndexer.ts AdaptiveStatus, plus pause). */
export interface Activity extends Omit<AdaptiveStatus, 'state' | 'plan'> {
  state: AdaptiveState | 'paused';
  /** The size searches of this folder use now. */
  sizeInUse?: Size;
}

export interface FolderStatus {
  key: string;
  activity: Activity;
  plan?: PlanView;
  files: number;
  chunks: number;
  /** Bytes on disk of the index folder. */
  bytes: number;
  /** The deepest layer every chunk has; 0 for an empty index. */
  searchableDepth: number;
  /** The size searches of this folder use right now (undefined while nothing is searchable). */
  sizeInUse?: Size;
  /** Newest modification of the index on disk (ms since the epoch), 0 when empty. */
  updated: number;
  db: string;
  /** The model the folder's index is built with: its bundle, and which load of a model in this engine process it is (1 for the first). */
  model?: { dir: string; fingerprint: string; load: number };
}

/** A search hit tagged with the folder it came from. */
export type Hit = Omit<SearchResult, 'id'> & { folder: string };

export interface OutlineEntry {
  startLine: number;
  endLine: number;
  symbol: string;
  kind: ChunkKind;
}

export interface SearchRequest {
  query: string;
  /** Folders to search; all open ones when empty. */
  folders: string[];
  k: number;
  mode?: SearchMode;
  filter?: SearchFilter;
  /** Results overlapping this range are left out (a selection searching for its look-alikes). */
  exclude?: { folder: string; path: string; startLine: number; endLine: number };
  /** The ranking stage's switches (barista.ranking.*); the default ranking when absent. */
  ranking?: RankingOptions;
}

export interface SearchAnswer {
  hits: Hit[];
  /** Size used per folder; folders with nothing searchable are missing. */
  sizes: Record<string, Size>;
  ms: number;
}

/** Requests the host sends; each gets exactly one Reply with the same id. */
export type Request =
  | { type: 'configure'; settings: EngineSettings }
  | { type: 'open'; folder: FolderSpec; paused?: boolean }
  | { type: 'close'; key: string }
  /** Files changed: an incremental pass (unchanged files cost a hash). */
  | { type: 'index'; key: string }
  /** Deletes the folder's index and builds it again. */
  | { type: 'rebuild'; key: string }
  /** Stops between two batches, keeping every finished batch. */
  | { type: 'pause'; key: string }
  | { type: 'resume'; key: string }
  /** Resolves when the folders have nothing left to do under their plans (done, or waiting for power). */
  | { type: 'settle'; keys: string[] }
  /** The user is typing (false) or has stopped (true): deepening waits while they type. */
  | { type: 'idle'; idle: boolean }
  | { type: 'search'; request: SearchRequest }
  | { type: 'similar'; key: string; path: string; line: number; k: number }
  | { type: 'outline'; key: string; path: string }
  | { type: 'status'; key: string }
  | { type: 'shutdown' };

/** The value each request type resolves to. */
export interface Answers {
  configure: void;
  open: FolderStatus;
  close: void;
  index: void;
  rebuild: void;
  pause: void;
  resume: void;
  settle: void;
  idle: void;
  search: SearchAnswer;
  similar: { source: Hit; hits: Hit[]; size: Size };
  outline: OutlineEntry[];
  status: FolderStatus;
  shutdown: void;
}

export type Envelope = { id: number } & Request;

export interface WireError {
  name: string;
  message: string;
}

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };

/** Messages the engine sends on its own. */
export type WorkerEvent =
  { type: 'activity'; key: string; activity: Activity; plan?: PlanView } | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string };

export type FromWorker = ({ kind: 'reply' } & Reply) | ({ kind: 'event' } & WorkerEvent);
