import { RANKING_PARTS, rankingWithout, type RankingOptions } from '../core/search/ranker';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** Options every command understands. */
export const commonOptions = {
  dir: { type: 'string' },
  db: { type: 'string' },
  model: { type: 'string' },
  size: { type: 'string' },
  threads: { type: 'string' },
  json: { type: 'boolean', default: false },
  verbose: { type: 'boolean', short: 'v', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parse<T extends ParseArgsOptionsConfig>(argv: string[], options: T) {
  try {
    const config = {
      args: argv,
      options: { ...commonOptions, ...options } as typeof commonOptions & T,
      allowPositionals: true as const,
      strict: true as const,
    };
    return parseArgs(config);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function intOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive integer, got "${value}"`);
  return n;
}

export function floatOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a number of at least 0, got "${value}"`);
  return n;
}

/** `--ranking-off test,diversity`: the default ranking with those parts off; `all` turns it off. */
export function rankingOption(value: string | undefined): RankingOptions | false | undefined {
  if (value === undefined) return undefined;
  try {
    return rankingWithout(
      value
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    );
  } catch (e) {
    throw new UsageError(`--ranking-off: ${(e as Error).message}`);
  }
}

export const RANKING_OFF_USAGE = `[--ranking-off ${RANKING_PARTS.join('|')},...]`;
