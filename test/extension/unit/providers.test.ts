/**
 * The executionProvider setting offers only providers the extension's package can run: the manifest's
 * choices are the engine's SETTING_PROVIDERS, each a provider the engine knows, each GPU one compiled
 * into (or shipped beside) an ONNX Runtime binary the package carries; CUDA is not, so it is no choice.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { PROVIDER_NAMES, SETTING_PROVIDERS } from '../../../src/core/model/providerNames';
import { PROVIDER_LABELS } from '../../../src/extension/statusText';

const root = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const setting = manifest.contributes.configuration.properties['barista.executionProvider'];
/** onnxruntime-node's per-platform folders: what scripts/package-vsix.mjs puts into each target's package. */
const ortBin = path.join(root, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6');
const platformDirs = readdirSync(ortBin).flatMap((os) => readdirSync(path.join(ortBin, os)).map((arch) => path.join(ortBin, os, arch)));

test('the setting offers auto and the engine list SETTING_PROVIDERS, in order, each described', () => {
  assert.deepEqual(setting.enum, ['auto', ...SETTING_PROVIDERS]);
  assert.equal(setting.enumDescriptions.length, setting.enum.length, 'one description per choice');
  assert.equal(setting.default, 'auto');
  for (const p of SETTING_PROVIDERS) {
    assert.ok((PROVIDER_NAMES as readonly string[]).includes(p), `${p} is a provider the engine knows`);
    assert.ok(PROVIDER_LABELS[p], `the status bar can name ${p}`);
  }
});

test('cuda is no choice while its provider library is not in the package', () => {
  assert.ok(!(SETTING_PROVIDERS as readonly string[]).includes('cuda'));
  const shipped = platformDirs.filter((d) => readdirSync(d).some((f) => /providers_cuda/.test(f)));
  assert.deepEqual(shipped, [], "ONNX Runtime's CUDA provider library is in node_modules now: prove it on a GPU, ship it, then make cuda a choice again");
});

/** Where each GPU choice's code is in the binaries the packages carry. */
const EVIDENCE: Record<string, (dir: string) => boolean> = {
  // The DirectML runtime ships beside the Windows binding.
  dml: (dir) => existsSync(path.join(dir, 'DirectML.dll')),
  // Core ML and WebGPU are compiled into the binding: it registers them by these names.
  coreml: (dir) => readFileSync(path.join(dir, 'onnxruntime_binding.node')).includes('coreml'),
  webgpu: (dir) => readFileSync(path.join(dir, 'onnxruntime_binding.node')).includes('webgpu'),
};

test("every GPU choice is in some target's ONNX Runtime binaries", () => {
  for (const p of SETTING_PROVIDERS.filter((p) => p !== 'cpu')) {
    const check = EVIDENCE[p];
    assert.ok(check, `say where ${p} is shipped`);
    const where = platformDirs.filter(check).map((d) => path.relative(ortBin, d));
    assert.ok(where.length > 0, `${p}: no ONNX Runtime binary carries it`);
  }
});
