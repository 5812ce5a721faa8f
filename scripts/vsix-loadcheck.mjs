// Loads and uses the native libraries of a staged extension (node scripts/vsix-loadcheck.mjs STAGE):
// run by package-vsix.mjs after stripping them, so a library the strip damaged fails the packaging
// instead of the user's editor. Every module resolves from the stage, not from the working tree.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

const stage = path.resolve(process.argv[2]);
const require = createRequire(path.join(stage, 'package.json'));

// ONNX Runtime: open the shipped model's first segment.
const ort = require('onnxruntime-node');
const manifest = require(path.join(stage, 'models', 'default', 'manifest.json'));
const session = await ort.InferenceSession.create(path.join(stage, 'models', 'default', manifest.segments[0].file), { executionProviders: ['cpu'] });
console.log(`onnxruntime-node: ${manifest.segments[0].file} opened (inputs ${session.inputNames.join(', ')})`);
await session.release();

// LanceDB: write a table and search it.
const lancedb = require('@lancedb/lancedb');
const dir = mkdtempSync(path.join(os.tmpdir(), 'barista-loadcheck-'));
try {
  const db = await lancedb.connect(dir);
  const table = await db.createTable('t', [
    { id: 1, vector: [1, 0, 0] },
    { id: 2, vector: [0, 1, 0] },
  ]);
  const hits = await table.search([0, 1, 0]).limit(1).toArray();
  if (hits[0]?.id !== 2) throw new Error(`LanceDB answered ${JSON.stringify(hits)} for the nearest of [0, 1, 0]`);
  console.log('@lancedb/lancedb: table written and searched');
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// koffi: call into the C library.
const koffi = require('koffi');
const libc = koffi.load(process.platform === 'linux' ? 'libc.so.6' : process.platform === 'darwin' ? 'libSystem.dylib' : 'msvcrt.dll');
const getpid = libc.func(process.platform === 'win32' ? 'int _getpid()' : 'int getpid()');
if (getpid() !== process.pid) throw new Error(`koffi: getpid() gave ${getpid()}, not ${process.pid}`);
console.log('koffi: getpid() answered');
