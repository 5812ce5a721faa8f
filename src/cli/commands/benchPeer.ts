import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { userCacheDir } from '../../core/index/location';
import { stderrLogger } from '../../core/log';
import { defaultBundleDir, loadBundle } from '../../core/model/bundle';
import { Encoder } from '../../core/model/encoder';
import { parseSize, storedLayers } from '../../core/model/ladder';
import { peakRssMB } from '../../core/index/stages';
import { intOption, UsageError } from '../args';
import { corpusTexts, defaultCorpus } from './bench';
import { benchChild } from './benchChild';

/**
 * `bench --peer`: Barista's encoder at every ladder size beside the pipeline other editor extensions
 * run, `@xenova/transformers` feature-extraction with all-MiniLM-L6-v2 (its int8 graph, as the
 * pipeline loads by default), one chunk at a time and in batches, on the same chunks. Every
 * measurement runs in a process of its own, so each peak RSS is that phase's alone.
 */

export interface PeerPhase {
  chunks: number;
  chunksPerSecond: number;
  peakRssMB: number;
}

type Phase = 'barista' | 'one-by-one' | 'batched';
const PHASES: readonly Phase[] = ['barista', 'one-by-one', 'batched'];

/** Chunks per call in the batched peer phase. */
const PEER_BATCH = 32;

interface PeerValues {
  corpus?: string;
  limit?: string;
  repeat?: string;
  model?: string;
  size?: string;
  threads?: string;
  json?: boolean;
  verbose?: boolean;
  phase?: string;
  texts?: string;
  'peer-model'?: string;
}

/** Where the peer's model is looked for: the user's cache, in the layout transformers.js reads. */
export const defaultPeerModelDir = (): string => path.join(userCacheDir(), 'peer', 'all-MiniLM-L6-v2');

/** What makes the peer's model files, for the message when they are missing. */
export function peerExportCommand(out: string): string {
  return `PYTHONPATH=scripts .venv/bin/python -m barista_model.peer --checkpoint "$(.venv/bin/python scripts/fetch_base.py)" --out "${out}"`;
}

export function checkPeerModel(dir: string): void {
  const needed = ['config.json', 'tokenizer.json', 'tokenizer_config.json', path.join('onnx', 'model_quantized.onnx')];
  const missing = needed.filter((f) => !existsSync(path.join(dir, f)));
  if (missing.length) {
    throw new UsageError(
      `the peer model is not in ${dir} (missing ${missing.join(', ')}). Export it once, from the repository root (needs the Python environment, scripts/python-env.sh):\n  ${peerExportCommand(dir)}\nor point --peer-model at a folder holding it.`,
    );
  }
}

export async function benchPeer(values: PeerValues): Promise<void> {
  if (values.phase) return peerPhase(values);
  const peerModel = path.resolve(values['peer-model'] ?? defaultPeerModelDir());
  checkPeerModel(peerModel);
  const bundle = await loadBundle(values.model ?? defaultBundleDir());
  // The chunks are made once, here, and read from a file by every phase: no phase carries the cost of making them.
  const chunker = await Encoder.open(bundle, { threads: 1, logger: stderrLogger(values.verbose) });
  const textsFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'barista-peer-')), 'texts.json');
  try {
    writeFileSync(
      textsFile,
      JSON.stringify(
        await corpusTexts(path.resolve(values.corpus ?? defaultCorpus()), chunker, intOption(values.limit, 'limit', 256), stderrLogger(values.verbose)),
      ),
    );
  } finally {
    await chunker.close();
  }
  const chunks = JSON.parse(readFileSync(textsFile, 'utf8')) as string[];
  if (chunks.length === 0) throw new UsageError(`no chunks in ${path.resolve(values.corpus ?? defaultCorpus())}: give --corpus a folder of code`);
  const common = ['--peer', '--texts', textsFile, '--repeat', values.repeat ?? '3', '--threads', values.threads ?? '2', '--peer-model', peerModel, '--json'];
  if (values.model) common.push('--model', values.model);
  const rows = [];
  for (const size of bundle.manifest.ladder) {
    const phase = await benchChild<PeerPhase>([...common, '--phase', 'barista', '--size', size.name]);
    rows.push({ size: size.name, layer: size.layer, chunksPerSecond: phase.chunksPerSecond, peakRssMB: phase.peakRssMB, chunks: phase.chunks });
    if (!values.json) console.error(`barista ${size.name}: ${phase.chunksPerSecond.toFixed(1)} chunks/s, peak RSS ${phase.peakRssMB.toFixed(0)} MB`);
  }
  let oneByOne: PeerPhase;
  let batched: PeerPhase;
  try {
    oneByOne = await benchChild<PeerPhase>([...common, '--phase', 'one-by-one']);
    batched = await benchChild<PeerPhase>([...common, '--phase', 'batched']);
  } finally {
    rmSync(path.dirname(textsFile), { recursive: true, force: true });
  }
  const peer = { model: 'all-MiniLM-L6-v2 (int8, transformers.js 2.17.2)', batch: PEER_BATCH, oneByOne, batched };
  const ratios = Object.fromEntries(rows.map((r) => [r.size, r.chunksPerSecond / batched.chunksPerSecond]));
  const result = { chunks: oneByOne.chunks, threads: Number(values.threads ?? 2), rows, peer, ratiosToPeerBatched: ratios };
  if (values.json) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(`${result.chunks} chunks, ${result.threads} threads; every figure from its own process`);
  console.log('pipeline                     chunks/s  peak RSS MB  x peer batched');
  const line = (name: string, cps: number, rss: number) =>
    console.log(`${name.padEnd(28)} ${cps.toFixed(1).padStart(8)} ${rss.toFixed(0).padStart(12)} ${(cps / batched.chunksPerSecond).toFixed(2).padStart(15)}`);
  for (const r of rows) line(`barista ${r.size}`, r.chunksPerSecond, r.peakRssMB);
  line('peer, one chunk at a time', oneByOne.chunksPerSecond, oneByOne.peakRssMB);
  line(`peer, batches of ${PEER_BATCH}`, batched.chunksPerSecond, batched.peakRssMB);
}

/** The peer's feature-extraction pipeline, loaded from local files only. */
async function peerPipeline(dir: string, threads: number) {
  // A real ES module import (the package is ESM), kept out of the bundle: it is a dev dependency.
  const load = new Function('s', 'return import(s)') as (s: string) => Promise<typeof import('@xenova/transformers')>;
  const { pipeline, env } = await load('@xenova/transformers');
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = path.dirname(dir) + path.sep;
  env.useBrowserCache = false;
  // As for Barista: the same number of threads.
  const onnx = env.backends.onnx as { numThreads?: number; wasm?: { numThreads?: number } };
  onnx.numThreads = threads;
  if (onnx.wasm) onnx.wasm.numThreads = threads;
  return pipeline('feature-extraction', path.basename(dir), { quantized: true });
}

/** One measured phase, in this process: the fastest of `repeat` passes over the chunks. */
async function peerPhase(values: PeerValues): Promise<void> {
  const phase = values.phase as Phase;
  if (!PHASES.includes(phase)) throw new UsageError(`--phase must be one of ${PHASES.join(', ')}`);
  const logger = stderrLogger(values.verbose);
  const threads = intOption(values.threads, 'threads', 2);
  const repeat = intOption(values.repeat, 'repeat', 3);
  const bundle = await loadBundle(values.model ?? defaultBundleDir());
  if (!values.texts) throw new UsageError('--phase needs --texts FILE (a JSON list of chunk texts)');
  const texts = JSON.parse(readFileSync(values.texts, 'utf8')) as string[];
  let pass: () => Promise<void>;
  let encoder: Encoder | undefined;
  if (phase === 'barista') {
    encoder = await Encoder.open(bundle, { threads, logger });
    const size = parseSize(values.size ?? 'trenta', bundle.manifest.ladder);
    const barista = encoder;
    await barista.embed(texts.slice(0, 8), storedLayers(bundle.manifest.ladder).at(-1)!.layer, 'document');
    pass = async () => void (await barista.embed(texts, size.layer, 'document'));
  } else {
    const extract = await peerPipeline(path.resolve(values['peer-model'] ?? defaultPeerModelDir()), threads);
    await extract(texts[0], { pooling: 'mean', normalize: true });
    pass =
      phase === 'one-by-one'
        ? async () => {
            for (const t of texts) await extract(t, { pooling: 'mean', normalize: true });
          }
        : async () => {
            for (let i = 0; i < texts.length; i += PEER_BATCH) await extract(texts.slice(i, i + PEER_BATCH), { pooling: 'mean', normalize: true });
          };
  }
  let seconds = Infinity;
  for (let r = 0; r < repeat; r++) {
    const started = performance.now();
    await pass!();
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
  }
  await encoder?.close();
  const result: PeerPhase = { chunks: texts.length, chunksPerSecond: texts.length / seconds, peakRssMB: peakRssMB() };
  console.log(JSON.stringify(result));
}
