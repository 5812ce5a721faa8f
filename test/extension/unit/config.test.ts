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
    maxFileSizeKB: 0,
    'search.maxResults': 500,
    'codeLens.enabled': 'yes',
    'ranking.demoteTests': 'no',
    include: 'src/**',
    exclude: ['dist/**', 3],
    followSymlinks: 'yes',
    modelPath: 42,
  };
  const config = readConfig(true);
  assert.equal(config.engine.quality, 'auto');
  assert.equal(config.engine.battery, 'save');
  assert.equal(config.engine.provider, 'auto');
  assert.equal(config.engine.maxFileBytes, 1024 * 1024);
  assert.equal(config.maxResults, 20);
  assert.equal(config.codeLens, true);
  assert.equal(config.ranking.demote.test, true);
  assert.deepEqual(config.engine.include, []);
  assert.deepEqual(config.engine.exclude, ['dist/**']);
  assert.equal(config.engine.followSymlinks, false, 'links out of the folder are not followed unless asked');
  assert.equal(config.engine.modelPath, '');
  const problems = config.problems.join('\n');
  const sizes = JSON.parse(readFileSync(path.join(defaultBundleDir(), 'manifest.json'), 'utf8')).ladder.map((s: { name: string }) => s.name);
  assert.ok(problems.includes(`barista.quality is "huge", but it must be one of auto, ${sizes.join(', ')}; using "auto" instead`), problems);
  assert.match(problems, /barista\.battery is "sometimes", but it must be one of save, ignore; using "save" instead/);
  assert.match(problems, /barista\.executionProvider is "tpu", but it must be one of auto, cpu, cuda, dml, coreml, webgpu/);
  assert.match(problems, /barista\.maxFileSizeKB is 0, but it must be a number of at least 1; using 1024 instead/);
  assert.match(problems, /barista\.search\.maxResults is 500, but it must be a number from 1 to 200; using 20 instead/);
  assert.match(problems, /barista\.codeLens\.enabled is "yes", but it must be true or false; using true instead/);
  assert.match(problems, /barista\.ranking\.demoteTests is "no"/);
  assert.match(problems, /barista\.include is "src\/\*\*", but it must be a list of glob strings; using \[\] instead/);
  assert.match(problems, /barista\.followSymlinks is "yes", but it must be true or false; using false instead/);
  assert.match(problems, /barista\.exclude is \["dist\/\*\*",3\], but it must be a list of glob strings; using \["dist\/\*\*"\] instead/);
  assert.match(problems, /barista\.modelPath is 42, but it must be a folder path/);
  assert.equal(config.problems.length, 11);
});

test('allowed values are read as they are, with no message', () => {
  settings.values = {
    quality: 'Tall',
    battery: 'ignore',
    executionProvider: 'cpu',
    maxFileSizeKB: 10,
    'search.maxResults': 5,
    include: ['src/**'],
    followSymlinks: true,
    'ranking.diversity': false,
  };
  const config = readConfig(true);
  assert.deepEqual(config.problems, []);
  assert.equal(config.engine.quality, 'tall');
  assert.equal(config.engine.battery, 'ignore');
  assert.equal(config.engine.provider, 'cpu');
  assert.equal(config.engine.maxFileBytes, 10 * 1024);
  assert.equal(config.maxResults, 5);
  assert.deepEqual(config.engine.include, ['src/**']);
  assert.equal(config.engine.followSymlinks, true);
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
