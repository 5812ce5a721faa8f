/** Where the engine reports what it did and why it skipped something. Faces decide where it goes. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** Writes to stderr so that stdout stays clean for results (and --json). */
export function stderrLogger(verbose = false): Logger {
  return {
    info: (m) => {
      if (verbose) process.stderr.write(`${m}\n`);
    },
    warn: (m) => process.stderr.write(`warning: ${m}\n`),
    error: (m) => process.stderr.write(`error: ${m}\n`),
  };
}
