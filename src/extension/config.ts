import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { RankingOptions } from '../core/search/ranker';
import type { EngineSettings } from './protocol';

export const SECTION = 'barista';

/** The `barista.*` settings, typed, read in one place. */
export interface Config {
  engine: EngineSettings;
  /** Folder holding the indexes; '' for the extension's global storage. */
  indexLocation: string;
  codeLens: boolean;
  maxResults: number;
  /** Sent with every search: the ranking stage's switches. */
  ranking: RankingOptions;
}

/**
 * Settings that point the engine at files (a model to load, a place to write). In an untrusted
 * workspace the workspace's own values are ignored: only the user's settings count. The manifest
 * lists the same keys under `restrictedConfigurations`, so VS Code enforces it too.
 */
export const TRUST_SENSITIVE = ['modelPath', 'indexLocation'] as const;

function userValue<T>(c: vscode.WorkspaceConfiguration, key: string, fallback: T): T {
  const i = c.inspect<T>(key);
  return i?.globalValue ?? i?.defaultValue ?? fallback;
}

function expandHome(p: string): string {
  if (p === '~') return os.homedir();
  if (p.startsWith('~/') || p.startsWith('~\\')) return path.join(os.homedir(), p.slice(2));
  return p;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

export function readConfig(trusted = vscode.workspace.isTrusted): Config {
  const c = vscode.workspace.getConfiguration(SECTION);
  const sensitive = <T>(key: (typeof TRUST_SENSITIVE)[number], fallback: T): T => (trusted ? c.get<T>(key, fallback) : userValue(c, key, fallback));
  const battery = c.get<string>('battery', 'save') === 'ignore' ? 'ignore' : 'save';
  const maxKb = Math.max(1, c.get<number>('maxFileSizeKB', 1024));
  return {
    engine: {
      quality: c.get<string>('quality', 'auto'),
      battery,
      provider: c.get<string>('executionProvider', 'auto'),
      modelPath: expandHome(sensitive('modelPath', '').trim()),
      include: strings(c.get('include')),
      exclude: strings(c.get('exclude')),
      maxFileBytes: Math.round(maxKb * 1024),
    },
    indexLocation: expandHome(sensitive('indexLocation', '').trim()),
    codeLens: c.get<boolean>('codeLens.enabled', true),
    maxResults: Math.min(200, Math.max(1, c.get<number>('search.maxResults', 20))),
    ranking: {
      demote: {
        test: c.get<boolean>('ranking.demoteTests', true) !== false,
        example: c.get<boolean>('ranking.demoteExamples', true) !== false,
        vendored: c.get<boolean>('ranking.demoteVendored', true) !== false,
        generated: c.get<boolean>('ranking.demoteGenerated', true) !== false,
      },
      diversity: c.get<boolean>('ranking.diversity', true) !== false,
    },
  };
}

/** What a settings change means for the engine. */
export interface ConfigChange {
  /** The engine must be told (plan, model, provider, crawl rules changed). */
  engine: boolean;
  /** Indexes move to another folder. */
  location: boolean;
  codeLens: boolean;
}

export function diffConfig(before: Config, after: Config): ConfigChange {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return { engine: !same(before.engine, after.engine), location: before.indexLocation !== after.indexLocation, codeLens: before.codeLens !== after.codeLens };
}
