import { painter } from './color';

/** What progress is written to: stderr, or a fake one in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** `bar` redraws one line on a terminal; `lines` writes a plain line now and then (logs, pipes); `off` writes nothing. */
export type ProgressStyle = 'bar' | 'lines' | 'off';

export function progressStyle(o: { json?: boolean; quiet?: boolean }, stream: { isTTY?: boolean }): ProgressStyle {
  if (o.json || o.quiet) return 'off';
  return stream.isTTY ? 'bar' : 'lines';
}

export interface ProgressUpdate {
  /** The stretch of work, e.g. "embedding"; a new label starts a new measurement of rate and ETA. */
  label: string;
  done: number;
  /** 0 when not known: then only the label and the count are shown. */
  total: number;
  /** What done and total count, e.g. "files". */
  unit: string;
  /** Another count whose rate is the one shown (chunks embedded while files are counted). */
  rate?: { count: number; unit: string };
}

export interface ProgressOptions {
  stream: ProgressStream;
  style: ProgressStyle;
  color?: boolean;
  /** Milliseconds; a fake clock in tests. */
  now?: () => number;
  /** Least milliseconds between two plain lines. */
  lineInterval?: number;
  /** Least milliseconds between two redraws of the bar. */
  redrawInterval?: number;
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  if (s >= 86400) return `${Math.floor(s / 86400)}d${String(Math.floor((s % 86400) / 3600)).padStart(2, '0')}h`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export function formatRate(perSecond: number, unit: string): string {
  return `${perSecond >= 100 ? perSecond.toFixed(0) : perSecond.toFixed(1)} ${unit}/s`;
}

interface Start {
  label: string;
  at: number;
  done: number;
  count: number;
}

/** Rate and ETA since the stretch started; nothing in its first second, which says too little. */
export function measure(start: Start, u: ProgressUpdate, now: number): { rate?: number; eta?: number } {
  const seconds = (now - start.at) / 1000;
  if (seconds < 1) return {};
  const rate = ((u.rate?.count ?? u.done) - start.count) / seconds;
  const doneRate = (u.done - start.done) / seconds;
  return { rate, eta: u.total > 0 && doneRate > 0 ? (u.total - u.done) / doneRate : undefined };
}

const BAR_MIN = 10;
const BAR_MAX = 30;

/**
 * Progress of long work (indexing, deepening) on stderr: a bar with rate and ETA on a terminal,
 * plain lines every few seconds elsewhere, nothing with --json or --quiet.
 */
export class Progress {
  private readonly now: () => number;
  private readonly paint: ReturnType<typeof painter>;
  private start?: Start;
  private last?: ProgressUpdate;
  private lastWrite = -Infinity;
  private lastLineFinal = false;
  /** The count the last plain line showed. */
  private lastLineDone = -1;
  private shown = false;

  constructor(private readonly o: ProgressOptions) {
    this.now = o.now ?? (() => Date.now());
    this.paint = painter(o.style === 'bar' && o.color === true);
  }

  update(u: ProgressUpdate): void {
    if (this.o.style === 'off') return;
    const now = this.now();
    const fresh = !this.start || this.start.label !== u.label;
    if (fresh) this.start = { label: u.label, at: now, done: u.done, count: u.rate?.count ?? u.done };
    this.last = u;
    const final = u.total > 0 && u.done >= u.total;
    if (this.o.style === 'bar') {
      if (fresh || final || now - this.lastWrite >= (this.o.redrawInterval ?? 100)) this.draw(now);
    } else if (fresh || (final && !this.lastLineFinal) || now - this.lastWrite >= (this.o.lineInterval ?? 5000)) {
      this.writeLine(u, now);
    }
  }

  /** Takes the bar off the terminal, so a log line can be written; redraw() puts it back. */
  clear(): void {
    if (!this.shown) return;
    this.o.stream.write('\r\x1b[K');
    this.shown = false;
  }

  redraw(): void {
    if (this.o.style === 'bar' && this.last) this.draw(this.now());
  }

  /** The work is over: the bar leaves the terminal; a plain log gets the last count if it has not had it. */
  done(): void {
    if (this.o.style === 'lines' && this.last && this.last.total > 0 && this.last.done !== this.lastLineDone) this.writeLine(this.last, this.now());
    this.clear();
    this.start = undefined;
    this.last = undefined;
  }

  /** One plain line: "embedding: 120/400 files (30%), 35.2 chunks/s, ETA 1m12s". */
  line(u: ProgressUpdate, now: number): string {
    const { rate, eta } = this.start ? measure(this.start, u, now) : {};
    const parts = [u.total > 0 ? `${u.done}/${u.total} ${u.unit} (${percent(u)}%)` : `${u.done} ${u.unit}`];
    if (rate !== undefined) parts.push(formatRate(rate, u.rate?.unit ?? u.unit));
    if (eta !== undefined) parts.push(`ETA ${formatDuration(eta)}`);
    return `${u.label}: ${parts.join(', ')}`;
  }

  /** The bar line, fitted to the terminal's width. */
  bar(u: ProgressUpdate, now: number): string {
    const { rate, eta } = this.start ? measure(this.start, u, now) : {};
    const tail = [
      u.total > 0 ? `${String(percent(u)).padStart(3)}%` : '',
      u.total > 0 ? `${u.done}/${u.total} ${u.unit}` : `${u.done} ${u.unit}`,
      rate !== undefined ? formatRate(rate, u.rate?.unit ?? u.unit) : '',
      eta !== undefined ? `ETA ${formatDuration(eta)}` : '',
    ].filter(Boolean);
    const columns = this.o.stream.columns || 80;
    const text = `${u.label} ${tail.join('  ')}`;
    const room = columns - 1 - text.length - 3;
    if (u.total <= 0 || room < BAR_MIN) return this.paint('bold', u.label) + fit(text.slice(u.label.length), columns - 1 - u.label.length);
    const width = Math.min(BAR_MAX, room);
    const filled = Math.round((width * Math.min(u.done, u.total)) / u.total);
    const bar = this.paint('cyan', '█'.repeat(filled)) + this.paint('dim', '░'.repeat(width - filled));
    return `${this.paint('bold', u.label)} ${bar}  ${tail.join('  ')}`;
  }

  private writeLine(u: ProgressUpdate, now: number): void {
    this.o.stream.write(`${this.line(u, now)}\n`);
    this.lastWrite = now;
    this.lastLineFinal = u.total > 0 && u.done >= u.total;
    this.lastLineDone = u.done;
  }

  private draw(now: number): void {
    if (!this.last) return;
    this.o.stream.write(`\r\x1b[K${this.bar(this.last, now)}`);
    this.lastWrite = now;
    this.shown = true;
  }
}

const percent = (u: ProgressUpdate): number => Math.floor((100 * Math.min(u.done, u.total)) / u.total);

const fit = (text: string, width: number): string => (text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`);
