import { settings } from './fakeVscode';
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, beforeEach, test } from 'node:test';
import { readConfig } from '../../../src/extension/config';
import { defaultBundleDir } from '../../../src/core/model/bundle';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-config-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
beforeEach(() => {
  settings.values = {};
  settings.user = {};
});

test('settings outside what they allow fall back to their defaults, each with a message naming it and what it allows', () => {
  settings.values = {
    quality: 'huge',
    battery: 'sometimes',
    executionProvider: 'tpu',
    'confirmAbove.files': -1,
    'search.maxResults': 500,
    'codeLens.enabled': 'yes',
    'ranking.demoteTests': 'no',
    modelPath: 42,
  };
  const config = readConfig(true);
  assert.equal(config.engine.quality, 'auto');
  assert.equal(config.engine.battery, 'save');
  assert.equal(config.engine.provider, 'auto');
  assert.equal(config.confirmAbove.files, 50_000);
  assert.equal(config.maxResults, 20);
  assert.equal(config.codeLens, true);
  assert.equal(config.ranking.demote.test, true);
  assert.equal(config.engine.modelPath, '');
  const problems = config.problems.join('\n');
  const sizes = JSON.parse(readFileSync(path.join(defaultBundleDir(), 'manifest.json'), 'utf8')).ladder.map((s: { name: string }) => s.name);
  assert.ok(problems.includes(`barista.quality is "huge", but it must be one of auto, ${sizes.join(', ')}; using "auto" instead`), problems);
  assert.match(problems, /barista\.battery is "sometimes", but it must be one of save, ignore; using "save" instead/);
  assert.match(problems, /barista\.executionProvider is "tpu", but it must be one of auto, cpu, dml, coreml, webgpu/);
  assert.match(problems, /barista\.confirmAbove\.files is -1, but it must be a number of at least 0; using 50000 instead/);
  assert.match(problems, /barista\.search\.maxResults is 500, but it must be a number from 1 to 200; using 20 instead/);
  assert.match(problems, /barista\.codeLens\.enabled is "yes", but it must be true or false; using true instead/);
  assert.match(problems, /barista\.ranking\.demoteTests is "no"/);
  assert.match(problems, /barista\.modelPath is 42, but it must be a folder path/);
  assert.equal(config.problems.length, 8);
});

test('allowed values are read as they are, with no message', () => {
  settings.values = {
    quality: 'Tall',
    battery: 'ignore',
    executionProvider: 'cpu',
    'confirmAbove.files': 0,
    'confirmAbove.sizeMB': 2,
    'search.maxResults': 5,
    'ranking.diversity': false,
  };
  const config = readConfig(true);
  assert.deepEqual(config.problems, []);
  assert.equal(config.engine.quality, 'tall');
  assert.equal(config.engine.battery, 'ignore');
  assert.equal(config.engine.provider, 'cpu');
  assert.deepEqual(config.confirmAbove, { files: 0, bytes: 2 * 1024 * 1024 });
  assert.equal(config.maxResults, 5);
  assert.equal(config.ranking.diversity, false);
});

test('quality is checked against the ladder of the model in use, not a fixed list', () => {
  // A bundle whose ladder has a smaller size below demi (rung 0, a static table) and stops short of trenta.
  const bundle = path.join(tmp, 'bundle');
  mkdirSync(bundle);
  const manifest = JSON.parse(readFileSync(path.join(defaultBundleDir(), 'manifest.json'), 'utf8'));
  manifest.static = { file: 'static.bin', dim: 16, vocabSize: 100 };
  manifest.files['static.bin'] = '00';
  manifest.ladder = [
    { name: 'shot', layer: 0, dim: 16 },
    ...manifest.ladder.filter((s: { name: string; layer: number }) => s.layer > 0 && s.name !== 'trenta'),
  ];
  writeFileSync(path.join(bundle, 'manifest.json'), JSON.stringify(manifest));

  settings.values = { quality: 'shot', modelPath: bundle };
  let config = readConfig(true);
  assert.deepEqual(config.problems, []);
  assert.equal(config.engine.quality, 'shot');

  settings.values = { quality: 'trenta', modelPath: bundle };
  config = readConfig(true);
  assert.equal(config.engine.quality, 'auto');
  assert.match(
    config.problems.join('\n'),
    /barista\.quality is "trenta", but it must be one of auto, shot, demi, short, tall, grande, venti; using "auto" instead/,
  );

  settings.values = { quality: 'trenta' };
  assert.deepEqual(readConfig(true).problems, [], 'the shipped model has trenta');
});

test("crawl rules in the user's settings are not used, and the message says where they go (the folder decides, for every face)", () => {
  settings.user = { exclude: ['dist/**'], maxFileSizeKB: 10 };
  settings.values = { exclude: ['dist/**'], maxFileSizeKB: 10 };
  const problems = readConfig(true).problems;
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(
    problems[0],
    /^barista\.exclude is set in your user settings, where it is not used: .*a \.baristaignore file, or barista\.exclude in its \.vscode\/settings\.json.*Move it there\.$/,
  );
  assert.match(problems[1], /^barista\.maxFileSizeKB is set in your user settings/);
  // Set in the folder's own settings (not the user's): read by the engine from the folder, no message.
  settings.user = {};
  assert.deepEqual(readConfig(true).problems, []);
});
