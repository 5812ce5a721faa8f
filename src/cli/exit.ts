/** The command line's exit codes; README's "Exit codes" lists them. */
export const EXIT = {
  ok: 0,
  /** Anything else that went wrong (a damaged index that could not be rebuilt, an I/O error, a bug). */
  error: 1,
  /** Bad usage: an unknown command or option, a missing or malformed argument, an index folder that is someone else's. */
  usage: 2,
  /** Not ready to answer: no index for the folder (or not deep enough), or no usable model bundle. */
  notReady: 3,
  /** Cancelled by Ctrl-C (128 + SIGINT, as shells report it); finished work is kept. */
  cancelled: 130,
} as const;

/** No index where a command needs one: run `barista index` first. */
export class NoIndexError extends Error {
  override name = 'NoIndexError';
}

/** Errors are told apart by name, so that one thrown by another copy of a class (a worker, a bundle) maps too. */
const CODE_BY_NAME: Record<string, number> = {
  UsageError: EXIT.usage,
  SizeError: EXIT.usage,
  SettingsError: EXIT.usage,
  RankingOptionError: EXIT.usage,
  SuiteError: EXIT.usage,
  NotAnIndexError: EXIT.usage,
  NoIndexError: EXIT.notReady,
  IndexNotReadyError: EXIT.notReady,
  BundleError: EXIT.notReady,
  ManifestError: EXIT.notReady,
  CancelledError: EXIT.cancelled,
};

export function exitCodeOf(e: unknown): number {
  return (e instanceof Error && CODE_BY_NAME[e.name]) || EXIT.error;
}
