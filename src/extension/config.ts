import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { defaultBundleDir } from '../core/model/bundle';
import { parseManifest } from '../core/model/manifest';
import { SETTING_PROVIDERS } from '../core/model/providerNames';
import type { ProviderPreference } from '../core/adapt/settings';
import type { RankingOptions } from '../core/search/ranker';
import { CRAWL_SETTINGS, FOLDER_SETTINGS } from '../core/index/crawlRules';
import type { EngineSettings } from './protocol';

export const SECTION = 'barista';

/** The `barista.*` settings, typed, read in one place. */
export interface Config {
  engine: EngineSettings;
  /** Folder holding the indexes; '' for the user cache, where the command line looks too. */
  indexLocation: string;
  codeLens: boolean;
  maxResults: number;
  /** Sent with every search: the ranking stage's switches. */
  ranking: RankingOptions;
  /** Index a new folder without asking only below these (0: never ask on that count). */
  confirmAbove: ConfirmAbove;
  /**
   * Settings whose values are not allowed (settings.json keeps them with only a warning): one
   * message each, naming the setting, what it allows and the default used instead.
   */
  problems: string[];
}

/** Sizes past which a folder with no index yet is indexed only once the user says so. */
export interface ConfirmAbove {
  files: number;
  /** Bytes of the files that would be read (the setting is in megabytes). */
  bytes: number;
}

/**
 * Settings that point the engine at files (a model to load, a place to write). In an untrusted
 * workspace the workspace's own values are ignored: only the user's settings count. The manifest
 * lists the same keys under `restrictedConfigurations`, so VS Code enforces it too.
 */
export const TRUST_SENSITIVE = ['modelPath', 'indexLocation'] as const;

const BATTERY = ['save', 'ignore'] as const;
const PROVIDERS: readonly ProviderPreference[] = ['auto', ...SETTING_PROVIDERS];

function expandHome(p: string): string {
  if (p === '~') return os.homedir();
  if (p.startsWith('~/') || p.startsWith('~\\')) return path.join(os.homedir(), p.slice(2));
  return p;
}

/**
 * The size names of the model bundle in a folder (the shipped one for ''), or undefined when its
 * manifest cannot be read: then the worker reports the model's problem when it loads it.
 */
function ladderNames(modelPath: string): string[] | undefined {
  const file = path.join(modelPath || defaultBundleDir(), 'manifest.json');
  try {
    return parseManifest(JSON.parse(readFileSync(file, 'utf8')), file).ladder.map((s) => s.name);
  } catch {
    return undefined;
  }
}

/** Reads `barista.*` values, each checked against what it allows; a value that is not allowed gives its default and a problem. */
function checkedReader(c: vscode.WorkspaceConfiguration, trusted: boolean) {
  const problems: string[] = [];
  const raw = (key: string): unknown => {
    if (trusted || !(TRUST_SENSITIVE as readonly string[]).includes(key)) return c.get(key);
    const i = c.inspect(key);
    return i?.globalValue ?? i?.defaultValue;
  };
  /** The value when `accept` gives one back, else the default (an unset value is the default, silently). */
  const read = <T>(key: string, fallback: T, allowed: string, accept: (value: unknown) => T | undefined): T => {
    const value = raw(key);
    if (value === undefined || value === null) return fallback;
    const accepted = accept(value);
    if (accepted !== undefined) return accepted;
    problems.push(`barista.${key} is ${JSON.stringify(value)}, but it must be ${allowed}; using ${JSON.stringify(fallback)} instead.`);
    return fallback;
  };
  return {
    problems,
    oneOf: <T extends string>(key: string, values: readonly T[], fallback: T): T =>
      read(key, fallback, `one of ${values.join(', ')}`, (v) => (typeof v === 'string' ? values.find((a) => a === v.toLowerCase()) : undefined)),
    number: (key: string, fallback: number, min: number, max = Infinity): number =>
      read(key, fallback, max === Infinity ? `a number of at least ${min}` : `a number from ${min} to ${max}`, (v) =>
        typeof v === 'number' && v >= min && v <= max ? v : undefined,
      ),
    flag: (key: string, fallback: boolean): boolean => read(key, fallback, 'true or false', (v) => (typeof v === 'boolean' ? v : undefined)),
    name: (key: string, fallback: string): string =>
      read(key, fallback, 'a name', (v) => (typeof v === 'string' && v.trim() ? v.trim().toLowerCase() : undefined)),
    folder: (key: string): string => read(key, '', 'a folder path (or empty)', (v) => (typeof v === 'string' ? expandHome(v.trim()) : undefined)),
  };
}

/**
 * The crawl rules (include, exclude, maxFileSizeKB, followSymlinks) are the folder's: the engine
 * reads them from its .vscode/settings.json, as `barista index` does. Set in the user's settings, or
 * in a multi-root workspace file, they would make the editor and the command line take turns
 * rewriting the one shared index, so they are not used there, and the user is told where they go.
 */
function crawlRulesElsewhere(c: vscode.WorkspaceConfiguration, multiRoot: boolean): string[] {
  const problems: string[] = [];
  for (const key of CRAWL_SETTINGS) {
    const i = c.inspect(key);
    const where = i?.globalValue !== undefined ? 'your user settings' : multiRoot && i?.workspaceValue !== undefined ? 'the workspace file' : undefined;
    if (!where) continue;
    problems.push(
      `barista.${key} is set in ${where}, where it is not used: what a folder's index holds is decided by the folder (a .baristaignore file, or barista.${key} in its ${FOLDER_SETTINGS.split(path.sep).join('/')}), so the editor and the barista command line build the same index. Move it there.`,
    );
  }
  return problems;
}

const MB = 1024 * 1024;
/** Generous: most repositories are indexed without a question; a home folder or a monorepo with its data is asked about. */
export const DEFAULT_CONFIRM_ABOVE: ConfirmAbove = { files: 50_000, bytes: 500 * MB };

export function readConfig(trusted = vscode.workspace.isTrusted): Config {
  const configuration = vscode.workspace.getConfiguration(SECTION);
  const setting = checkedReader(configuration, trusted);
  const modelPath = setting.folder('modelPath');
  const sizes = ladderNames(modelPath);
  const quality = sizes ? setting.oneOf('quality', ['auto', ...sizes], 'auto') : setting.name('quality', 'auto');
  return {
    engine: {
      quality,
      battery: setting.oneOf('battery', BATTERY, 'save'),
      provider: setting.oneOf('executionProvider', PROVIDERS, 'auto'),
      modelPath,
    },
    indexLocation: setting.folder('indexLocation'),
    codeLens: setting.flag('codeLens.enabled', true),
    maxResults: setting.number('search.maxResults', 20, 1, 200),
    ranking: {
      demote: {
        test: setting.flag('ranking.demoteTests', true),
        example: setting.flag('ranking.demoteExamples', true),
        vendored: setting.flag('ranking.demoteVendored', true),
        generated: setting.flag('ranking.demoteGenerated', true),
      },
      diversity: setting.flag('ranking.diversity', true),
    },
    confirmAbove: {
      files: Math.round(setting.number('confirmAbove.files', DEFAULT_CONFIRM_ABOVE.files, 0)),
      bytes: Math.round(setting.number('confirmAbove.sizeMB', DEFAULT_CONFIRM_ABOVE.bytes / MB, 0) * MB),
    },
    problems: [...setting.problems, ...crawlRulesElsewhere(configuration, vscode.workspace.workspaceFile !== undefined)],
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
