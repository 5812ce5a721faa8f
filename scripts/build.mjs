// Bundles the two faces of the engine. Native modules (ONNX Runtime, LanceDB, koffi) stay external:
// they are loaded from node_modules at run time.
import * as esbuild from 'esbuild';

const external = ['vscode', 'onnxruntime-node', '@lancedb/lancedb', 'apache-arrow', 'web-tree-sitter', 'koffi'];
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external,
  logLevel: 'warning',
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js' }),
  // The extension's engine process (forked by the extension host): the only part of the extension
  // that loads the engine.
  esbuild.build({ ...common, entryPoints: ['src/extension/worker/main.ts'], outfile: 'dist/worker.js' }),
  // bin.ts checks the processor, then loads main.ts (and with it LanceDB) lazily.
  esbuild.build({ ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js' }),
]);
