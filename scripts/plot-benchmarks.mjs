#!/usr/bin/env node
// Draws the plots of docs/BENCHMARKS.md as SVG from the JSON the benchmarks write:
//
//   node scripts/plot-benchmarks.mjs [docs/benchmarks]
//
// reads scale.json (`barista bench --scale --json`), peer.json (`barista bench --peer --json`) and
// quality.json (nDCG@10 per size, see BENCHMARKS.md) from that folder and writes beside them
// quality-vs-speed.svg, latency-vs-corpus.svg and rss-vs-corpus.svg. An earlier scale run kept as
// scale-before.json is drawn beside the latest one. No dependencies.
import { existsSync } from 'node:fs';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const dir = path.resolve(process.argv[2] ?? 'docs/benchmarks');
const read = (name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));

const W = 640;
const H = 400;
const M = { left: 70, right: 150, top: 40, bottom: 55 };
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e'];
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');

function scale(lo, hi, log, a, b) {
  const f = log ? Math.log10 : (x) => x;
  return (x) => a + ((f(x) - f(lo)) / (f(hi) - f(lo) || 1)) * (b - a);
}

function ticks(lo, hi, log) {
  if (log) {
    const out = [];
    for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) for (const m of [1, 2, 5]) out.push(m * 10 ** e);
    return out.filter((t) => t >= lo && t <= hi);
  }
  const step = 10 ** Math.floor(Math.log10((hi - lo) / 4 || 1));
  const nice = [1, 2, 5, 10].map((m) => m * step).find((s) => (hi - lo) / s <= 6) ?? step * 10;
  const out = [];
  for (let t = Math.ceil(lo / nice) * nice; t <= hi + 1e-9; t += nice) out.push(+t.toFixed(6));
  return out;
}

const fmt = (t) => (t >= 1000 ? `${t / 1000}k` : String(t));

/**
 * series: [{ name, points: [{x, y, label?}], line: boolean }]; axes: { x: {title, log, min?, max?}, y: {...} }.
 */
function plot({ title, series, x, y }) {
  const all = series.flatMap((s) => s.points);
  const pad = (lo, hi, log) => (log ? [lo / 1.3, hi * 1.3] : [Math.min(0, lo), hi * 1.1]);
  const [x0, x1] = [x.min, x.max].every((v) => v !== undefined)
    ? [x.min, x.max]
    : pad(Math.min(...all.map((p) => p.x)), Math.max(...all.map((p) => p.x)), x.log);
  const [y0, y1] = [y.min, y.max].every((v) => v !== undefined)
    ? [y.min, y.max]
    : pad(Math.min(...all.map((p) => p.y)), Math.max(...all.map((p) => p.y)), y.log);
  const sx = scale(x0, x1, x.log, M.left, W - M.right);
  const sy = scale(y0, y1, y.log, H - M.bottom, M.top);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`];
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  out.push(`<text x="${M.left}" y="22" font-size="14" font-weight="bold">${esc(title)}</text>`);
  for (const t of ticks(x0, x1, x.log)) {
    out.push(`<line x1="${sx(t)}" x2="${sx(t)}" y1="${M.top}" y2="${H - M.bottom}" stroke="#eee"/>`);
    out.push(`<text x="${sx(t)}" y="${H - M.bottom + 16}" text-anchor="middle">${fmt(t)}</text>`);
  }
  for (const t of ticks(y0, y1, y.log)) {
    out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${sy(t)}" y2="${sy(t)}" stroke="#eee"/>`);
    out.push(`<text x="${M.left - 6}" y="${sy(t) + 4}" text-anchor="end">${fmt(t)}</text>`);
  }
  out.push(`<rect x="${M.left}" y="${M.top}" width="${W - M.left - M.right}" height="${H - M.top - M.bottom}" fill="none" stroke="#333"/>`);
  out.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - 14}" text-anchor="middle">${esc(x.title)}</text>`);
  out.push(`<text transform="translate(18 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">${esc(y.title)}</text>`);
  series.forEach((s, i) => {
    const c = s.color ?? COLORS[i % COLORS.length];
    if (s.line && s.points.length > 1)
      out.push(`<polyline fill="none" stroke="${c}" stroke-width="2" points="${s.points.map((p) => `${sx(p.x)},${sy(p.y)}`).join(' ')}"/>`);
    for (const p of s.points) {
      out.push(`<circle cx="${sx(p.x)}" cy="${sy(p.y)}" r="4" fill="${c}"/>`);
      if (p.label) out.push(`<text x="${sx(p.x) + 6}" y="${sy(p.y) - 6}" fill="${c}">${esc(p.label)}</text>`);
    }
    out.push(`<rect x="${W - M.right + 12}" y="${M.top + i * 20}" width="12" height="12" fill="${c}"/>`);
    out.push(`<text x="${W - M.right + 30}" y="${M.top + i * 20 + 10}">${esc(s.name)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

const write = (name, svg) => {
  writeFileSync(path.join(dir, name), svg);
  console.log(`wrote ${path.join(dir, name)}`);
};

const peer = read('peer.json');
const quality = read('quality.json');
const scaleRun = read('scale.json');
const scaleBefore = existsSync(path.join(dir, 'scale-before.json')) ? read('scale-before.json') : undefined;

// Quality against speed: every ladder size (chunks/s from bench --peer) at its nDCG@10, and the peer.
const qualityOf = (size) => quality.sizes.find((q) => q.size === size)?.ndcg10;
write(
  'quality-vs-speed.svg',
  plot({
    title: `nDCG@10 (${quality.measure}) against chunks/s (${peer.threads} threads)`,
    x: { title: 'chunks per second (log scale)', log: true },
    y: { title: 'nDCG@10', log: false, min: 0, max: 1 },
    series: [
      {
        name: 'Barista sizes',
        line: true,
        points: peer.rows.filter((r) => qualityOf(r.size) !== undefined).map((r) => ({ x: r.chunksPerSecond, y: qualityOf(r.size), label: r.size })),
      },
      { name: 'peer, batched', points: [{ x: peer.peer.batched.chunksPerSecond, y: quality.peer.ndcg10 }] },
      { name: 'peer, one by one', points: [{ x: peer.peer.oneByOne.chunksPerSecond, y: quality.peer.ndcg10 }] },
    ],
  }),
);

const points = scaleRun.points;
const sizes = [...new Set(points.map((p) => p.size))].join(', ');
write(
  'latency-vs-corpus.svg',
  plot({
    title: `Hybrid query latency against corpus size (${sizes})`,
    x: { title: 'chunks in the index (log scale)', log: true },
    y: { title: 'ms per query (encode + search)', log: false },
    series: [
      { name: 'p50', line: true, points: points.map((p) => ({ x: p.chunks, y: p.p50Ms })) },
      { name: 'p95', line: true, points: points.map((p) => ({ x: p.chunks, y: p.p95Ms })) },
      ...(scaleBefore
        ? [
            { name: 'p50 before', line: true, color: '#9ecae1', points: scaleBefore.points.map((p) => ({ x: p.chunks, y: p.p50Ms })) },
            { name: 'p95 before', line: true, color: '#fcbba1', points: scaleBefore.points.map((p) => ({ x: p.chunks, y: p.p95Ms })) },
          ]
        : []),
    ],
  }),
);
write(
  'rss-vs-corpus.svg',
  plot({
    title: `Peak RSS while indexing against corpus size (${sizes})`,
    x: { title: 'chunks in the index (log scale)', log: true },
    y: { title: 'peak RSS, MB', log: false },
    series: [{ name: 'peak RSS', line: true, points: points.map((p) => ({ x: p.chunks, y: p.peakRssMB })) }],
  }),
);

// The tables of BENCHMARKS.md, printed for pasting, from the same JSON.
const f1 = (x) => x.toFixed(1);
const scaleTable = (run) => {
  console.log(
    '\n| chunks | size | index s | chunks/s | peak RSS MB | bytes/chunk beyond text | vector index | p50 ms | p95 ms | recall@10 | chunk catalog | load (1/5/15 min) |',
  );
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |');
  for (const p of run.points) {
    const catalogMB = p.catalogMB ?? p.nameCatalogMB; // runs before 2026-12-02 said nameCatalog*
    const catalog = catalogMB === undefined ? 'none (LIKE scan)' : `${f1(catalogMB)} MB, read in ${(p.catalogReadMs ?? p.nameCatalogMs).toFixed(0)} ms`;
    console.log(
      `| ${p.chunks} | ${p.size} | ${f1(p.indexSeconds)} | ${p.chunksPerSecond.toFixed(0)} | ${p.peakRssMB.toFixed(0)} | ${p.bytesPerChunkBeyondText.toFixed(0)} | ${p.vectorIndex ? `yes (${f1(p.vectorIndexSeconds)} s)` : 'no (brute force)'} | ${f1(p.p50Ms)} | ${f1(p.p95Ms)} | ${p.recallAt10.toFixed(3)} | ${catalog} | ${p.loadAverage?.join(' / ') ?? 'not recorded'} |`,
    );
  }
};
scaleTable(scaleRun);
if (scaleBefore) scaleTable(scaleBefore);
console.log('\n| pipeline | chunks/s | peak RSS MB | x peer batched |');
console.log('| --- | ---: | ---: | ---: |');
const base = peer.peer.batched.chunksPerSecond;
for (const r of peer.rows)
  console.log(`| Barista ${r.size} | ${f1(r.chunksPerSecond)} | ${r.peakRssMB.toFixed(0)} | ${(r.chunksPerSecond / base).toFixed(2)} |`);
console.log(
  `| peer, one chunk at a time | ${f1(peer.peer.oneByOne.chunksPerSecond)} | ${peer.peer.oneByOne.peakRssMB.toFixed(0)} | ${(peer.peer.oneByOne.chunksPerSecond / base).toFixed(2)} |`,
);
console.log(`| peer, batches of ${peer.peer.batch} | ${f1(base)} | ${peer.peer.batched.peakRssMB.toFixed(0)} | 1.00 |`);
