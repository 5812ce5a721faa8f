/**
 * EncoderSlot: the one encoder an AdaptiveIndexer holds, opened for a plan's provider and threads,
 * reopened when they change, closed when the indexer stops. The passes see it through
 * DocumentEncoder, with the encoder's own errors named EncoderFailure so that they can be told from
 * the store's and the files' (only an encoder failure makes the provider suspect).
 */
import { CancelledError, Encoder } from '../model/encoder';
import type { ProviderName } from '../model/providers';
import type { DocumentEncoder } from '../index/indexer';

/** An error of the encoder itself (as opposed to the store or the files): the provider is suspect. */
export class EncoderFailure extends Error {
  override name = 'EncoderFailure';
}

export type OpenEncoder = (provider: ProviderName, threads: number) => Promise<Encoder>;

export class EncoderSlot {
  private encoder?: Encoder;
  private key?: string;
  private wrapped?: DocumentEncoder;

  constructor(private readonly open: OpenEncoder) {}

  /** The provider of the open encoder, if one is open. */
  get provider(): ProviderName | undefined {
    return this.encoder?.provider;
  }

  /**
   * Opens the encoder for this provider and thread count unless it is open already. Returns false
   * (and opens nothing) when the provider did not load and the encoder fell back to another one.
   */
  async ensure(provider: ProviderName, threads: number): Promise<boolean> {
    const key = `${provider}/${threads}`;
    if (this.encoder && this.key === key) return true;
    await this.close();
    const encoder = await this.open(provider, threads);
    if (encoder.provider !== provider) {
      await encoder.close();
      return false;
    }
    this.encoder = encoder;
    this.key = key;
    this.wrapped = failuresNamed(encoder);
    return true;
  }

  /** The open encoder as the passes use it. */
  documents(): DocumentEncoder {
    if (!this.wrapped) throw new Error('no encoder is open');
    return this.wrapped;
  }

  async close(): Promise<void> {
    const e = this.encoder;
    this.encoder = this.key = this.wrapped = undefined;
    await e?.close();
  }
}

/** The encoder with its own errors renamed EncoderFailure; the encoder object itself is left as it is. */
function failuresNamed(encoder: Encoder): DocumentEncoder {
  return {
    bundle: encoder.bundle,
    tokenizer: encoder.tokenizer,
    embed: async (...args) => {
      try {
        return await encoder.embed(...args);
      } catch (e) {
        if (e instanceof CancelledError) throw e;
        throw new EncoderFailure((e as Error).message);
      }
    },
  };
}
