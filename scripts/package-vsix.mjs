// Packages the extension as a .vsix for one platform: `npm run package [-- --target linux-x64]`.
// The target defaults to this machine. Native binaries of every other platform are left out
// (ONNX Runtime ships all of them in one package; LanceDB's come in per-platform packages), and so
// are tree-sitter grammars the chunkers do not use. The .vsix goes to out/vsix/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

// vsce target -> ONNX Runtime's bin folder, LanceDB's native package and koffi's build folders.
const TARGETS = {
  'linux-x64': { ort: 'linux/x64', lancedb: ['lancedb-linux-x64-gnu', 'lancedb-linux-x64-musl'], koffi: ['linux_x64', 'musl_x64'] },
  'linux-arm64': { ort: 'linux/arm64', lancedb: ['lancedb-linux-arm64-gnu', 'lancedb-linux-arm64-musl'], koffi: ['linux_arm64', 'musl_arm64'] },
  'alpine-x64': { ort: 'linux/x64', lancedb: ['lancedb-linux-x64-musl'], koffi: ['musl_x64'] },
  'alpine-arm64': { ort: 'linux/arm64', lancedb: ['lancedb-linux-arm64-musl'], koffi: ['musl_arm64'] },
  'darwin-x64': { ort: 'darwin/x64', lancedb: ['lancedb-darwin-x64'], koffi: ['darwin_x64'] },
  'darwin-arm64': { ort: 'darwin/arm64', lancedb: ['lancedb-darwin-arm64'], koffi: ['darwin_arm64'] },
  'win32-x64': { ort: 'win32/x64', lancedb: ['lancedb-win32-x64-msvc'], koffi: ['win32_x64'] },
  'win32-arm64': { ort: 'win32/arm64', lancedb: ['lancedb-win32-arm64-msvc'], koffi: ['win32_arm64'] },
};

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const target = argValue('--target') ?? `${process.platform}-${process.arch}`;
const spec = TARGETS[target];
if (!spec) {
  console.error(`unknown target "${target}": use one of ${Object.keys(TARGETS).join(', ')}`);
  process.exit(2);
}

// LanceDB's binary for the target must be installed: npm installs only this machine's by default.
const lancedbDir = path.join(root, 'node_modules', '@lancedb');
const installed = existsSync(lancedbDir) ? readdirSync(lancedbDir) : [];
const present = spec.lancedb.filter((p) => installed.includes(p));
if (!present.length) {
  const version = pkg.dependencies['@lancedb/lancedb'];
  console.error(
    `LanceDB's native package for ${target} (${spec.lancedb.join(' or ')}) is not in node_modules.\n` +
      `Install it first, e.g.: npm install --no-save --force @lancedb/${spec.lancedb[0]}@${version}`,
  );
  process.exit(1);
}
const ortBin = path.join(root, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6', ...spec.ort.split('/'));
if (!existsSync(ortBin)) {
  console.error(`ONNX Runtime has no binary for ${target} (${ortBin} is missing)`);
  process.exit(1);
}

// Grammars the chunkers can use: the ones src/core/index/languages.ts names.
const languages = readFileSync(path.join(root, 'src', 'core', 'index', 'languages.ts'), 'utf8');
const grammars = new Set([...languages.matchAll(/grammar:\s*'([a-z_]+)'/g)].map((m) => m[1]));

const ignore = [readFileSync(path.join(root, '.vscodeignore'), 'utf8'), `# Added for ${target} by scripts/package-vsix.mjs`];
// ONNX Runtime: every platform and architecture but the target's.
const ortRoot = path.join(root, 'node_modules', 'onnxruntime-node', 'bin');
for (const napi of readdirSync(ortRoot)) {
  for (const os of readdirSync(path.join(ortRoot, napi))) {
    for (const arch of readdirSync(path.join(ortRoot, napi, os))) {
      if (`${os}/${arch}` !== spec.ort) ignore.push(`node_modules/onnxruntime-node/bin/${napi}/${os}/${arch}/**`);
    }
  }
}
// koffi (core/memory.ts): one package with every platform's build, and the sources to build more.
const koffiBuilds = path.join(root, 'node_modules', 'koffi', 'build', 'koffi');
for (const build of readdirSync(koffiBuilds)) if (!spec.koffi.includes(build)) ignore.push(`node_modules/koffi/build/koffi/${build}/**`);
ignore.push('node_modules/koffi/src/**', 'node_modules/koffi/vendor/**', 'node_modules/koffi/doc/**', 'node_modules/koffi/lib/**');
// LanceDB: native packages of other platforms (present after a cross-platform install).
for (const p of installed) if (p.startsWith('lancedb-') && !spec.lancedb.includes(p)) ignore.push(`node_modules/@lancedb/${p}/**`);
// tree-sitter grammars nobody loads.
const wasmDir = path.join(root, 'node_modules', 'tree-sitter-wasms', 'out');
for (const f of readdirSync(wasmDir)) {
  const m = /^tree-sitter-(.+)\.wasm$/.exec(f);
  if (m && !grammars.has(m[1])) ignore.push(`node_modules/tree-sitter-wasms/out/${f}`);
}

// Packages nothing loads: LanceDB's optional embedding back ends (@huggingface/transformers, openai,
// with onnxruntime-web and sharp behind them) are imported only if one asks LanceDB to embed, which
// Barista never does; and anything extraneous in node_modules. What stays is what Node's resolution
// reaches from the extension's dependencies.
const SKIPPED_EDGES = new Set(['@lancedb/lancedb>@huggingface/transformers', '@lancedb/lancedb>openai']);
const nodeModules = path.join(root, 'node_modules');
function resolvePackage(fromDir, name) {
  for (let dir = fromDir; dir.startsWith(root); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === root) break;
  }
  return undefined;
}
const reachable = new Set();
const stack = Object.keys(pkg.dependencies)
  .map((n) => resolvePackage(root, n))
  .filter(Boolean);
while (stack.length) {
  const dir = stack.pop();
  if (reachable.has(dir)) continue;
  reachable.add(dir);
  const meta = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  for (const dep of Object.keys({ ...meta.dependencies, ...meta.optionalDependencies })) {
    if (SKIPPED_EDGES.has(`${meta.name}>${dep}`)) continue;
    const found = resolvePackage(dir, dep);
    if (found) stack.push(found);
  }
}
function listPackages(dir) {
  const found = [];
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith('.')) continue;
    const full = path.join(dir, entry);
    if (entry.startsWith('@')) found.push(...readdirSync(full).map((e) => path.join(full, e)));
    else found.push(full);
  }
  return found.flatMap((p) => [p, ...listPackages(path.join(p, 'node_modules'))]);
}
for (const dir of listPackages(nodeModules)) {
  if (!reachable.has(dir) && ![...reachable].some((r) => dir.startsWith(r + path.sep) && !path.relative(r, dir).includes('node_modules'))) {
    ignore.push(`${path.relative(root, dir).split(path.sep).join('/')}/**`);
  }
}

const outDir = path.join(root, 'out', 'vsix');
mkdirSync(outDir, { recursive: true });
const ignoreFile = path.join(outDir, `.vscodeignore-${target}`);
writeFileSync(ignoreFile, ignore.join('\n') + '\n');
const vsix = path.join(outDir, `${pkg.name}-${target}-${pkg.version}.vsix`);

const started = Date.now();
execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'),
    'package',
    '--target',
    target,
    '--ignoreFile',
    ignoreFile,
    '--out',
    vsix,
    '--skip-license',
    '--allow-missing-repository',
    '--allow-star-activation',
    // The README's pictures stay relative links to files in the package (docs/images/), where VS
    // Code's extension page finds them; vsce would otherwise want a repository URL to make them absolute.
    '--no-rewrite-relative-links',
  ],
  { cwd: root, stdio: 'inherit' },
);
const size = readFileSync(vsix).length;
console.log(`${path.relative(root, vsix)}: ${(size / 1024 / 1024).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
