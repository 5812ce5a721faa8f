import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseManifest, type Manifest } from './manifest';

/** A model bundle on disk: the manifest plus the files it names, checked against their sha256. */
export interface Bundle {
  dir: string;
  manifest: Manifest;
  /** A short fingerprint of the bundle's contents: an index records it to detect a model change. */
  fingerprint: string;
}

export class BundleError extends Error {
  override name = 'BundleError';
}

export function defaultBundleDir(): string {
  // dist/cli.js and dist/extension.js sit one level below the package root, as does src/core in tests.
  const candidates = [path.resolve(__dirname, '..', 'models', 'default'), path.resolve(__dirname, '..', '..', '..', 'models', 'default')];
  return candidates.find((c) => existsSync(path.join(c, 'manifest.json'))) ?? candidates[0];
}

function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (d) => hash.update(d))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/**
 * Loads and verifies a bundle. A missing or altered file is reported by name, with what to do,
 * rather than surfacing later as an opaque ONNX Runtime error.
 */
export async function loadBundle(dir: string, options: { verify?: boolean } = {}): Promise<Bundle> {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new BundleError(`no model bundle at ${dir}: manifest.json is missing (export one with scripts/export.sh or point the model path at a bundle)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (e) {
    throw new BundleError(`${manifestPath} is not valid JSON: ${(e as Error).message}`);
  }
  const manifest = parseManifest(json, manifestPath);
  if (options.verify !== false) {
    for (const [file, expected] of Object.entries(manifest.files)) {
      const full = path.join(dir, file);
      if (!existsSync(full)) throw new BundleError(`model bundle file missing: ${file} (in ${dir}); re-export or reinstall the bundle`);
      const actual = await sha256File(full);
      if (actual !== expected) {
        throw new BundleError(
          `model bundle file altered: ${file} has sha256 ${actual.slice(0, 12)}…, manifest says ${expected.slice(0, 12)}…; re-export or reinstall the bundle`,
        );
      }
    }
  }
  // What the vectors depend on: the card is documentation, and editing it keeps existing indexes.
  const modelFiles = Object.fromEntries(Object.entries(manifest.files).filter(([file]) => file !== 'MODEL_CARD.md'));
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([manifest.name, manifest.ladder, modelFiles]))
    .digest('hex')
    .slice(0, 16);
  return { dir, manifest, fingerprint };
}
