import type { Logger } from '../core/log';
import { colorEnabled, painter } from './color';
import { Progress, progressStyle } from './progress';

/** The options that decide what a command writes besides its results. */
export interface OutputOptions {
  json?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

/**
 * The engine's log on stderr: info only with --verbose (and never with --quiet), warnings and
 * errors always, coloured on a terminal. A progress bar on the terminal steps aside for each line.
 */
export function cliLogger(o: OutputOptions, progress?: Progress): Logger {
  const paint = painter(colorEnabled(process.stderr));
  const write = (line: string) => {
    progress?.clear();
    process.stderr.write(`${line}\n`);
    progress?.redraw();
  };
  return {
    info: (m) => {
      if (o.verbose && !o.quiet) write(m);
    },
    warn: (m) => write(`${paint('yellow', 'warning:')} ${m}`),
    error: (m) => write(`${paint('red', 'error:')} ${m}`),
  };
}

/** Progress on stderr as the options and the terminal allow. */
export function cliProgress(o: OutputOptions): Progress {
  return new Progress({ stream: process.stderr, style: progressStyle(o, process.stderr), color: colorEnabled(process.stderr) });
}

/** A line about what a command is doing (not its result): on stderr, silenced by --quiet and --json. */
export function note(o: OutputOptions, message: string, progress?: Progress): void {
  if (o.quiet || o.json) return;
  progress?.clear();
  process.stderr.write(`${message}\n`);
  progress?.redraw();
}
