import assert from 'node:assert/strict';
import { test } from 'node:test';
import { colorEnabled, painter } from '../../src/cli/color';
import { formatDuration, formatRate, Progress, progressStyle, type ProgressStyle } from '../../src/cli/progress';

/** A terminal (or a pipe) that records what is written, and a clock the test moves. */
function fake(style: ProgressStyle, o: { columns?: number; color?: boolean } = {}) {
  const writes: string[] = [];
  let now = 0;
  const progress = new Progress({
    stream: { isTTY: style === 'bar', columns: o.columns ?? 100, write: (s: string) => writes.push(s) },
    style,
    color: o.color ?? false,
    now: () => now,
  });
  return { progress, writes, tick: (ms: number) => (now += ms) };
}

const ESC = '\x1b[';
/** Escape codes of any kind (colour, erase line). */
const CODES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');
const COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
/** What a terminal shows last: the text after the last carriage return, without escape codes. */
const screen = (writes: string[]) => writes.join('').split('\r').at(-1)!.replace(CODES, '');

test('durations and rates read the way people write them', () => {
  assert.equal(formatDuration(0.4), '0s');
  assert.equal(formatDuration(59.6), '1m00s');
  assert.equal(formatDuration(72), '1m12s');
  assert.equal(formatDuration(3 * 3600 + 5 * 60 + 9), '3h05m');
  assert.equal(formatDuration(50 * 3600), '2d02h');
  assert.equal(formatRate(35.24, 'chunks'), '35.2 chunks/s');
  assert.equal(formatRate(1234.5, 'chunks'), '1235 chunks/s');
});

test('the bar shows the share done, the rate of the second count and the ETA from the clock', () => {
  const { progress, writes, tick } = fake('bar');
  progress.update({ label: 'embedding', done: 0, total: 400, unit: 'files', rate: { count: 0, unit: 'chunks' } });
  assert.match(screen(writes), /^embedding ░{30}\s+0%\s+0\/400 files$/, 'no rate nor ETA before a second has passed');
  tick(10_000);
  progress.update({ label: 'embedding', done: 100, total: 400, unit: 'files', rate: { count: 352, unit: 'chunks' } });
  // 100 files in 10 s: 300 left take 30 s; 352 chunks in 10 s.
  assert.equal(screen(writes), `embedding ${'█'.repeat(8)}${'░'.repeat(22)}   25%  100/400 files  35.2 chunks/s  ETA 30s`);
});

test('the bar fits a narrow terminal and redraws at most every 100 ms', () => {
  const { progress, writes, tick } = fake('bar', { columns: 72 });
  progress.update({ label: 'embedding', done: 0, total: 400, unit: 'files' });
  tick(2000);
  progress.update({ label: 'embedding', done: 200, total: 400, unit: 'files' });
  const line = screen(writes);
  assert.ok(line.length <= 71, `${line.length} columns: ${line}`);
  assert.equal(line, `embedding ${'█'.repeat(9)}${'░'.repeat(9)}   50%  200/400 files  100 files/s  ETA 2s`);
  const drawn = writes.length;
  tick(50);
  progress.update({ label: 'embedding', done: 201, total: 400, unit: 'files' });
  assert.equal(writes.length, drawn, 'no redraw 50 ms after the last');
  tick(60);
  progress.update({ label: 'embedding', done: 202, total: 400, unit: 'files' });
  assert.equal(writes.length, drawn + 1);
});

test('too narrow for a bar: the words alone, cut with an ellipsis', () => {
  const roomy = fake('bar', { columns: 60 });
  roomy.progress.update({ label: 'embedding', done: 0, total: 400, unit: 'files' });
  roomy.tick(2000);
  roomy.progress.update({ label: 'embedding', done: 200, total: 400, unit: 'files' });
  assert.equal(screen(roomy.writes), 'embedding  50%  200/400 files  100 files/s  ETA 2s', 'no room for ten cells of bar: the numbers stay');
  const { progress, writes } = fake('bar', { columns: 30 });
  progress.update({ label: 'deepening to layer 6', done: 10, total: 2000, unit: 'chunks' });
  const line = screen(writes);
  assert.ok(line.length <= 29, line);
  assert.ok(line.startsWith('deepening to layer 6 ') && line.endsWith('…'), line);
});

test('a new label starts a new measurement: the rate of the stretch before does not leak into it', () => {
  const { progress, writes, tick } = fake('bar');
  progress.update({ label: 'reading', done: 0, total: 100, unit: 'files' });
  tick(5000);
  progress.update({ label: 'reading', done: 90, total: 100, unit: 'files' });
  progress.update({ label: 'embedding', done: 90, total: 100, unit: 'files' });
  assert.doesNotMatch(screen(writes), /files\/s|ETA/);
  tick(20_000);
  progress.update({ label: 'embedding', done: 95, total: 100, unit: 'files' });
  assert.match(screen(writes), /0\.3 files\/s {2}ETA 20s$/);
});

test('colour on: the bar is painted; NO_COLOR (colour off): not one escape code', () => {
  const on = fake('bar', { color: true });
  on.progress.update({ label: 'embedding', done: 5, total: 10, unit: 'files' });
  assert.ok(on.writes.join('').includes(`${ESC}36m`), 'cyan bar');
  const off = fake('bar', { color: false });
  off.progress.update({ label: 'embedding', done: 5, total: 10, unit: 'files' });
  // Only the erase-line code a redraw needs, no colour.
  assert.deepEqual(off.writes.join('').match(COLOURS), null);
  assert.equal(colorEnabled({ isTTY: true }, { NO_COLOR: '1' }), false);
  assert.equal(colorEnabled({ isTTY: true }, { NO_COLOR: '' }), true, 'an empty NO_COLOR does not count (no-color.org)');
  assert.equal(colorEnabled({ isTTY: false }, {}), false, 'no colour into a pipe or a file');
  assert.equal(colorEnabled({ isTTY: true }, { TERM: 'dumb' }), false);
  assert.equal(painter(false)('red', 'error:'), 'error:');
});

test('not a terminal: plain lines, the first at once, then one per interval, and the last count at the end', () => {
  const { progress, writes, tick } = fake('lines');
  progress.update({ label: 'embedding', done: 0, total: 400, unit: 'files', rate: { count: 0, unit: 'chunks' } });
  for (let i = 1; i <= 30; i++) {
    tick(500);
    progress.update({ label: 'embedding', done: 10 * i, total: 400, unit: 'files', rate: { count: 30 * i, unit: 'chunks' } });
  }
  progress.done();
  assert.deepEqual(writes, [
    'embedding: 0/400 files (0%)\n',
    'embedding: 100/400 files (25%), 60.0 chunks/s, ETA 15s\n',
    'embedding: 200/400 files (50%), 60.0 chunks/s, ETA 10s\n',
    'embedding: 300/400 files (75%), 60.0 chunks/s, ETA 5s\n',
  ]);
  assert.ok(
    writes.every((w) => !w.includes('\r') && !w.includes('\x1b')),
    'no carriage returns or escape codes in a log',
  );
});

test('not a terminal: the finishing count is written once, and done() adds nothing it already wrote', () => {
  const { progress, writes, tick } = fake('lines');
  progress.update({ label: 'embedding', done: 0, total: 3, unit: 'files' });
  tick(100);
  progress.update({ label: 'embedding', done: 3, total: 3, unit: 'files' });
  progress.update({ label: 'embedding', done: 3, total: 3, unit: 'files' });
  progress.done();
  assert.deepEqual(writes, ['embedding: 0/3 files (0%)\n', 'embedding: 3/3 files (100%)\n']);
});

test('off (--json, --quiet) writes nothing; the style follows the options and the terminal', () => {
  const { progress, writes } = fake('off');
  progress.update({ label: 'embedding', done: 1, total: 2, unit: 'files' });
  progress.done();
  assert.deepEqual(writes, []);
  assert.equal(progressStyle({}, { isTTY: true }), 'bar');
  assert.equal(progressStyle({}, { isTTY: false }), 'lines');
  assert.equal(progressStyle({}, {}), 'lines');
  assert.equal(progressStyle({ json: true }, { isTTY: true }), 'off');
  assert.equal(progressStyle({ quiet: true }, { isTTY: true }), 'off');
});

test('clear() takes the bar off for a log line and redraw() puts the same line back', () => {
  const { progress, writes } = fake('bar');
  progress.update({ label: 'embedding', done: 1, total: 2, unit: 'files' });
  const shown = screen(writes);
  progress.clear();
  assert.equal(writes.at(-1), '\r\x1b[K');
  progress.clear();
  assert.equal(writes.filter((w) => w === '\r\x1b[K').length, 1, 'clearing twice writes once');
  progress.redraw();
  assert.equal(screen(writes), shown);
  progress.done();
  assert.equal(writes.at(-1), '\r\x1b[K', 'done leaves the terminal clean for the summary');
});
