import * as path from 'node:path';
import * as ort from 'onnxruntime-node';
import { silentLogger, type Logger } from '../log';
import { releaseFreedMemory, releaseWhenQuiet } from '../memory';
import { planBatches } from './batching';
import type { Bundle } from './bundle';
import { storedLayers } from './ladder';
import { finish, poolRow } from './pooling';
import { DEFAULT_PROVIDERS, openWith, openWithFallback, type ProviderName } from './providers';
import { Readout } from './readout';
import { StaticTable } from './staticTable';
import { TextTokenizer, type Role } from './tokenizer';

export interface EncoderOptions {
  providers?: ProviderName[];
  threads?: number;
  maxBatch?: number;
  /** Padded tokens per batch: bounds the activation memory of one run. */
  tokenBudget?: number;
  /** Quiet time after which the encoder lets go of its sessions and static table (DEFAULT_REST_AFTER_MS). */
  restAfterMs?: number;
  logger?: Logger;
}

/**
 * Padded tokens per batch. Activation memory grows with it (attention scores alone are
 * batch x heads x tokens x tokens floats, held by each segment's arena), while CPU time per chunk
 * does not fall beyond a few chunks a batch: 1,024 kept trenta's peak near 450 MB where 8,192 took
 * 3.4 GB, at the same CPU seconds per chunk.
 */
export const DEFAULT_TOKEN_BUDGET = 1024;

/**
 * Quiet time before the encoder rests: its ONNX Runtime sessions (35 MB at trenta) and static table
 * (8 MB) go, and the next call opens them again, which costs that call about 0.2-0.4 s. Two minutes
 * keeps them through a burst of searches and an indexing pass, and returns the memory to an idle
 * editor (`npm run bench:idle`).
 */
export const DEFAULT_REST_AFTER_MS = 2 * 60_000;

/** One vector per input text for each ladder layer up to the depth asked, at that layer's stored dim. */
export type LayerVectors = Map<number, Float32Array[]>;

/** A later segment's hidden-state input: the one input that is not the attention mask. */
function hiddenInput(session: ort.InferenceSession): string {
  return session.inputNames.find((n) => n !== 'attention_mask')!;
}

export class CancelledError extends Error {
  override name = 'CancelledError';
}

/**
 * Runs the model's layer chain only as deep as asked: segment k is loaded (lazily) and run only when
 * the depth needs it, so a shallow size costs a fraction of a full pass, and one pass to layer L gives
 * every shallower ladder layer's vector too.
 */
export class Encoder {
  private readonly sessions = new Map<number, Promise<ort.InferenceSession>>();
  readonly tokenizer: TextTokenizer;
  private readonly layers: { layer: number; dim: number }[];
  private table?: StaticTable;
  private readonly readouts = new Map<number, Readout>();
  /** Calls to embed under way: the encoder rests only when there are none. */
  private running = 0;
  private restTimer?: NodeJS.Timeout;

  private constructor(
    readonly bundle: Bundle,
    readonly provider: ProviderName,
    first: ort.InferenceSession,
    private readonly options: Required<Omit<EncoderOptions, 'providers'>>,
  ) {
    this.tokenizer = new TextTokenizer(bundle);
    this.layers = storedLayers(bundle.manifest.ladder);
    this.sessions.set(0, Promise.resolve(first));
    this.restWhenQuiet();
  }

  static async open(bundle: Bundle, options: EncoderOptions = {}): Promise<Encoder> {
    const logger = options.logger ?? silentLogger;
    const threads = options.threads ?? 2;
    const firstFile = path.join(bundle.dir, bundle.manifest.segments[0].file);
    const { session, provider } = await openWithFallback(firstFile, options.providers ?? DEFAULT_PROVIDERS, { threads }, logger);
    return new Encoder(bundle, provider, session, {
      threads,
      maxBatch: options.maxBatch ?? 32,
      tokenBudget: options.tokenBudget ?? DEFAULT_TOKEN_BUDGET,
      restAfterMs: options.restAfterMs ?? DEFAULT_REST_AFTER_MS,
      logger,
    });
  }

  get maxDepth(): number {
    return this.bundle.manifest.numLayers;
  }

  private session(index: number): Promise<ort.InferenceSession> {
    let s = this.sessions.get(index);
    if (!s) {
      const file = path.join(this.bundle.dir, this.bundle.manifest.segments[index].file);
      s = openWith(file, this.provider, { threads: this.options.threads });
      this.sessions.set(index, s);
    }
    return s;
  }

  /**
   * Embeds texts to `depth` (a ladder layer) and returns every ladder layer's vectors up to it.
   * Once embedding pauses, the heap memory the runs freed goes back to the system (core/memory.ts).
   */
  async embed(texts: readonly string[], depth: number, role: Role, signal?: AbortSignal): Promise<LayerVectors> {
    this.running++;
    try {
      return await this.embedTexts(texts, depth, role, signal);
    } finally {
      this.running--;
      if (depth > 0) releaseWhenQuiet();
      this.restWhenQuiet();
    }
  }

  /** Whether the encoder has let go of its sessions and static table (see rest). */
  get resting(): boolean {
    return this.sessions.size === 0 && this.table === undefined;
  }

  /** (Re)starts the quiet-time clock; the timer never keeps the process alive. */
  private restWhenQuiet(): void {
    clearTimeout(this.restTimer);
    this.restTimer = setTimeout(() => void this.rest(), this.options.restAfterMs);
    this.restTimer.unref();
  }

  /**
   * Lets go of the sessions and the static table when no call is under way; the next call opens
   * what it needs again (sessions lazily, per segment). Readouts are small and stay. Never throws:
   * it runs from a timer.
   */
  private async rest(): Promise<void> {
    if (this.running > 0) return;
    this.table = undefined;
    try {
      await this.releaseSessions();
    } catch (e) {
      this.options.logger.warn(`encoder resting: a session did not release cleanly (${(e as Error).message})`);
    }
    releaseFreedMemory();
    this.options.logger.info('encoder resting: model sessions released until the next call');
  }

  private async embedTexts(texts: readonly string[], depth: number, role: Role, signal?: AbortSignal): Promise<LayerVectors> {
    const wanted = this.layers.filter((l) => l.layer <= depth);
    if (!wanted.some((l) => l.layer === depth)) {
      throw new Error(`depth ${depth} is not a ladder layer (${this.layers.map((l) => l.layer).join(', ')})`);
    }
    const out: LayerVectors = new Map(wanted.map((l) => [l.layer, new Array<Float32Array>(texts.length)]));
    const ids = texts.map((t) => this.tokenizer.encode(t, role));
    const rung0 = wanted.find((l) => l.layer === 0);
    if (rung0) {
      const table = this.staticTable();
      out.set(
        0,
        ids.map((x) => table.embed(x, rung0.dim)),
      );
      if (depth === 0) return out;
    }
    const batches = planBatches(
      ids.map((x) => x.length),
      this.options.maxBatch,
      this.options.tokenBudget,
    );
    for (const batch of batches) {
      if (signal?.aborted) throw new CancelledError('encoding cancelled');
      const vectors = await this.runBatch(
        batch.map((i) => ids[i]),
        depth,
        wanted,
      );
      for (const [layer, rows] of vectors) {
        const target = out.get(layer)!;
        batch.forEach((textIndex, row) => (target[textIndex] = rows[row]));
      }
    }
    return out;
  }

  /** Rung 0's table, read on first use. */
  private staticTable(): StaticTable {
    const spec = this.bundle.manifest.static;
    if (!spec) throw new Error('the bundle has no static table for layer 0');
    this.table ??= StaticTable.load(this.bundle.dir, spec, this.tokenizer.specialIds);
    return this.table;
  }

  /** The layer's readout, if the bundle has one, read on first use. */
  private readout(layer: number): Readout | undefined {
    const spec = this.bundle.manifest.readouts?.find((r) => r.layer === layer);
    if (!spec) return undefined;
    let readout = this.readouts.get(layer);
    if (!readout) this.readouts.set(layer, (readout = Readout.load(this.bundle.dir, spec, this.bundle.manifest.hiddenSize)));
    return readout;
  }

  private async runBatch(batchIds: number[][], depth: number, wanted: { layer: number; dim: number }[]): Promise<LayerVectors> {
    const { manifest } = this.bundle;
    const batch = batchIds.length;
    const seq = Math.max(...batchIds.map((x) => x.length));
    const inputIds = new BigInt64Array(batch * seq);
    const mask = new BigInt64Array(batch * seq);
    batchIds.forEach((row, b) => {
      row.forEach((id, t) => {
        inputIds[b * seq + t] = BigInt(id);
        mask[b * seq + t] = 1n;
      });
    });
    const maskTensor = new ort.Tensor('int64', mask, [batch, seq]);
    const result: LayerVectors = new Map();
    let hidden: ort.Tensor | undefined;
    for (let k = 0; k < manifest.segments.length; k++) {
      const segment = manifest.segments[k];
      if (segment.fromLayer >= depth) break;
      const session = await this.session(k);
      const feeds: Record<string, ort.Tensor> =
        k === 0
          ? {
              input_ids: new ort.Tensor('int64', inputIds, [batch, seq]),
              attention_mask: maskTensor,
              token_type_ids: new ort.Tensor('int64', new BigInt64Array(batch * seq), [batch, seq]),
            }
          : { [hiddenInput(session)]: hidden!, attention_mask: maskTensor };
      const outputs = await session.run(feeds);
      hidden = outputs[session.outputNames[0]];
      const stored = wanted.find((l) => l.layer === segment.toLayer);
      if (stored) {
        const data = hidden.data as Float32Array;
        const readout = this.readout(stored.layer);
        const rows: Float32Array[] = [];
        for (let b = 0; b < batch; b++) {
          const pooled = readout
            ? readout.apply(poolRow(data, b, seq, manifest.hiddenSize, mask, manifest.pooling, manifest.hiddenSize), stored.dim)
            : poolRow(data, b, seq, manifest.hiddenSize, mask, manifest.pooling, stored.dim);
          rows.push(finish(pooled, manifest.similarity));
        }
        result.set(stored.layer, rows);
      }
    }
    return result;
  }

  async close(): Promise<void> {
    clearTimeout(this.restTimer);
    await this.releaseSessions();
    releaseWhenQuiet();
  }

  /** Releases every open session; the map is emptied first, so a call meanwhile opens its own. */
  private async releaseSessions(): Promise<void> {
    const sessions = [...this.sessions.values()];
    this.sessions.clear();
    for (const s of sessions) await (await s).release();
  }
}
