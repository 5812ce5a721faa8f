// Packages the extension as a .vsix for one platform: `npm run package [-- --target win32-x64]`.
// The target defaults to this machine; `npm run package:all` (package-all.mjs) builds every target.
//
// The package is built from a staging folder (out/vsix/stage-<target>/), never from the working tree:
// only the files vsce would take, less every other platform's native binaries (ONNX Runtime ships all
// of them in one package, koffi too), plus the target's own LanceDB package, fetched from the registry
// when it is not this machine's. Linux libraries are stripped in the stage where this machine can load
// them afterwards to check. vsce rewrites the README's relative links to the repository package.json
// names, so the marketplace pages show the pictures. The .vsix goes to out/vsix/.
import { execFileSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hostTarget, TARGETS, UNSUPPORTED } from './vsix-targets.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const outDir = path.join(root, 'out', 'vsix');
/** Native packages fetched for other platforms, kept between runs (an ignored folder). */
const fetchCache = path.join(root, '.cache', 'vsix');

/** Tells vscode:prepublish (vsix-guard.mjs) that vsce runs on this script's behalf. */
export const PACKAGING_ENV = 'BARISTA_PACKAGING';

export class TargetUnavailableError extends Error {
  name = 'TargetUnavailableError';
}

/** LanceDB's native package for the target: installed here, or fetched once into the cache with `npm pack`. */
function lancedbPackage(target) {
  const name = TARGETS[target].lancedb;
  const version = pkg.dependencies['@lancedb/lancedb'];
  const installed = path.join(root, 'node_modules', '@lancedb', name);
  if (existsSync(path.join(installed, 'package.json'))) return installed;
  const dir = path.join(fetchCache, `${name}-${version}`);
  if (existsSync(path.join(dir, 'package.json'))) return dir;
  mkdirSync(fetchCache, { recursive: true });
  let tarball;
  try {
    const out = execFileSync('npm', ['pack', `@lancedb/${name}@${version}`, '--pack-destination', fetchCache, '--json'], {
      cwd: fetchCache,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    tarball = path.join(fetchCache, JSON.parse(out)[0].filename);
  } catch (e) {
    const why = String(e.stderr ?? e.message)
      .split('\n')
      .find((l) => /404|ERR|error/i.test(l));
    throw new TargetUnavailableError(
      `LanceDB's native package for ${target}, @lancedb/${name}@${version}, could not be fetched from the npm registry (${why?.trim() ?? 'npm pack failed'}). ` +
        `Package this target where the registry has it (\`npm pack @lancedb/${name}@${version}\` must work), or put the package's files into ${path.relative(root, dir)}/.`,
    );
  }
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '--strip-components=1', '-C', dir]);
  rmSync(tarball);
  return dir;
}

/**
 * What no target ships: .vscodeignore, koffi's sources, unused grammars, every LanceDB native package
 * installed here (the target's own is put into the stage) and packages nothing loads; `left` lists the
 * packages left out whole (folders relative to the root).
 */
function commonIgnore() {
  const ignore = [readFileSync(path.join(root, '.vscodeignore'), 'utf8'), '# Added by scripts/package-vsix.mjs'];
  ignore.push('node_modules/koffi/src/**', 'node_modules/koffi/vendor/**', 'node_modules/koffi/doc/**', 'node_modules/koffi/lib/**');
  // tree-sitter grammars nobody loads: the chunkers use the ones src/core/index/languages.ts names.
  const languages = readFileSync(path.join(root, 'src', 'core', 'index', 'languages.ts'), 'utf8');
  const grammars = new Set([...languages.matchAll(/grammar:\s*'([a-z_]+)'/g)].map((m) => m[1]));
  for (const f of readdirSync(path.join(root, 'node_modules', 'tree-sitter-wasms', 'out'))) {
    const m = /^tree-sitter-(.+)\.wasm$/.exec(f);
    if (m && !grammars.has(m[1])) ignore.push(`node_modules/tree-sitter-wasms/out/${f}`);
  }
  const left = readdirSync(path.join(root, 'node_modules', '@lancedb'))
    .filter((p) => p.startsWith('lancedb-'))
    .map((p) => `node_modules/@lancedb/${p}`);
  left.push(...unreachablePackages());
  ignore.push(...left.map((dir) => `${dir}/**`));
  return { ignore, left };
}

/** Folders (relative to the root, ending in /) of other platforms' binaries in ONNX Runtime and koffi. */
function otherPlatforms(target) {
  const spec = TARGETS[target];
  const ortRoot = path.join(root, 'node_modules', 'onnxruntime-node', 'bin');
  if (!existsSync(path.join(ortRoot, 'napi-v6', ...spec.ort.split('/')))) {
    throw new TargetUnavailableError(`ONNX Runtime has no binary for ${target} (node_modules/onnxruntime-node/bin/napi-v6/${spec.ort} is missing)`);
  }
  const dirs = [];
  for (const napi of readdirSync(ortRoot)) {
    for (const os of readdirSync(path.join(ortRoot, napi))) {
      for (const arch of readdirSync(path.join(ortRoot, napi, os))) {
        if (`${os}/${arch}` !== spec.ort) dirs.push(`node_modules/onnxruntime-node/bin/${napi}/${os}/${arch}/`);
      }
    }
  }
  for (const build of readdirSync(path.join(root, 'node_modules', 'koffi', 'build', 'koffi'))) {
    if (!spec.koffi.includes(build)) dirs.push(`node_modules/koffi/build/koffi/${build}/`);
  }
  return dirs;
}

let listing;
/**
 * The files vsce would take from the working tree for any target, listed once per run (vsce's listing
 * walks the whole dependency tree: minutes here). .vscodeignore keeps every package's LICENSE: not
 * those of packages left out whole, whose folders would otherwise reach the stage without a package.json.
 */
async function commonFiles() {
  listing ??= (async () => {
    const { ignore, left } = commonIgnore();
    const ignoreFile = path.join(outDir, '.vscodeignore-staged');
    writeFileSync(ignoreFile, ignore.join('\n') + '\n');
    const { listFiles } = require('@vscode/vsce');
    const files = await listFiles({ cwd: root, ignoreFile });
    return files.filter((f) => !left.some((dir) => f.startsWith(`${dir}/`)));
  })();
  return listing;
}

/**
 * Every package folder with a file in the stage gets its package.json, even where .vscodeignore keeps
 * only its LICENSE (@types/*): vsce lists the stage's dependencies with `npm list`, which fails on a
 * package folder without one.
 */
function withManifests(files) {
  const have = new Set(files);
  const extra = new Set();
  for (const f of files) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(f);
    if (m && !have.has(`${m[1]}/package.json`)) extra.add(`${m[1]}/package.json`);
  }
  return [...files, ...extra];
}

/**
 * Packages nothing loads: LanceDB's optional embedding back ends (@huggingface/transformers, openai,
 * with onnxruntime-web and sharp behind them) are imported only if one asks LanceDB to embed, which
 * Barista never does; and anything extraneous in node_modules. What stays is what Node's resolution
 * reaches from the extension's dependencies.
 */
function unreachablePackages() {
  const SKIPPED_EDGES = new Set(['@lancedb/lancedb>@huggingface/transformers', '@lancedb/lancedb>openai']);
  const resolvePackage = (fromDir, name) => {
    for (let dir = fromDir; dir.startsWith(root); dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules', name);
      if (existsSync(path.join(candidate, 'package.json'))) return candidate;
      if (dir === root) break;
    }
    return undefined;
  };
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
  const listPackages = (dir) => {
    if (!existsSync(dir)) return [];
    const found = [];
    for (const entry of readdirSync(dir)) {
      if (entry.startsWith('.')) continue;
      const full = path.join(dir, entry);
      if (entry.startsWith('@')) found.push(...readdirSync(full).map((e) => path.join(full, e)));
      else found.push(full);
    }
    return found.flatMap((p) => [p, ...listPackages(path.join(p, 'node_modules'))]);
  };
  return listPackages(path.join(root, 'node_modules'))
    .filter((dir) => !reachable.has(dir) && ![...reachable].some((r) => dir.startsWith(r + path.sep) && !path.relative(r, dir).includes('node_modules')))
    .map((dir) => path.relative(root, dir).split(path.sep).join('/'));
}

function isElf(file) {
  const head = Buffer.alloc(4);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  return head.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/**
 * Strips the stage's Linux libraries (LanceDB's alone carries some 200 MB of symbols) when the target is
 * this machine's, so that the stripped libraries are loaded and used before they are packed. Other
 * targets' libraries are packed as their projects ship them: nothing here could check them.
 */
function stripLinuxLibraries(stage, target) {
  if (!target.startsWith('linux-') || target !== hostTarget()) return [];
  const stripped = [];
  for (const file of walk(path.join(stage, 'node_modules'))) {
    if (!/\.(node|so(\.\d+)*)$/.test(file) || !isElf(file)) continue;
    const before = statSync(file).size;
    execFileSync('strip', ['--strip-unneeded', file]);
    stripped.push({ file: path.relative(stage, file), before, after: statSync(file).size });
  }
  // Load every stripped library and use it: a damaged one fails here, not in a user's editor.
  execFileSync(process.execPath, [path.join(root, 'scripts', 'vsix-loadcheck.mjs'), stage], { stdio: 'inherit' });
  return stripped;
}

/** Builds the .vsix of one target from a staging folder; returns where it is and what it holds. */
export async function packageTarget(target, { build = true } = {}) {
  if (UNSUPPORTED[target]) throw new TargetUnavailableError(`no ${target} build: ${UNSUPPORTED[target]}`);
  if (!TARGETS[target]) throw new TargetUnavailableError(`unknown target "${target}": use one of ${Object.keys(TARGETS).join(', ')}`);
  const started = Date.now();
  const lancedb = lancedbPackage(target);
  if (build) execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });

  mkdirSync(outDir, { recursive: true });
  const skip = otherPlatforms(target);
  const files = withManifests((await commonFiles()).filter((f) => !skip.some((dir) => f.startsWith(dir))));

  const stage = path.join(outDir, `stage-${target}`);
  rmSync(stage, { recursive: true, force: true });
  for (const f of files) cpSync(path.join(root, f), path.join(stage, f));
  cpSync(lancedb, path.join(stage, 'node_modules', '@lancedb', TARGETS[target].lancedb), { recursive: true });
  // The stage holds only what ships: nothing for vsce to leave out, and nothing to build first.
  writeFileSync(path.join(stage, '.vscodeignore'), '# The stage holds only what ships (scripts/package-vsix.mjs).\n');
  const manifest = JSON.parse(readFileSync(path.join(stage, 'package.json'), 'utf8'));
  delete manifest.scripts['vscode:prepublish'];
  writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`staged ${target}: ${files.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const stripped = stripLinuxLibraries(stage, target);

  const vsix = path.join(outDir, `${pkg.name}-${target}-${pkg.version}.vsix`);
  execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--target', target, '--out', vsix, '--allow-star-activation'], {
    cwd: stage,
    stdio: 'inherit',
    env: { ...process.env, [PACKAGING_ENV]: '1' },
  });
  const shipped = walk(stage);
  const unpacked = shipped.reduce((n, f) => n + statSync(f).size, 0);
  rmSync(stage, { recursive: true, force: true });
  return { target, vsix, bytes: statSync(vsix).size, unpacked, files: shipped.length, stripped, seconds: (Date.now() - started) / 1000 };
}

export const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--target');
  const target = i >= 0 ? process.argv[i + 1] : hostTarget();
  try {
    const r = await packageTarget(target);
    for (const s of r.stripped) console.log(`stripped ${s.file}: ${mb(s.before)} -> ${mb(s.after)}`);
    console.log(`${path.relative(root, r.vsix)}: ${mb(r.bytes)} (${r.files} files, ${mb(r.unpacked)} unpacked) in ${r.seconds.toFixed(1)} s`);
  } catch (e) {
    console.error(e instanceof TargetUnavailableError ? e.message : e);
    process.exit(1);
  }
}
