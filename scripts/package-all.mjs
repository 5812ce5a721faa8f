// Builds the .vsix of every target Barista supports (`npm run package:all`) into out/vsix/ and lists
// them with their sizes. A target that cannot be built (its LanceDB package not in the registry, say)
// is reported with the reason, and the run fails, so that a release never goes out short of one silently.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mb, packageTarget, TargetUnavailableError } from './package-vsix.mjs';
import { TARGETS, UNSUPPORTED } from './vsix-targets.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });

const built = [];
const failed = [];
for (const target of Object.keys(TARGETS)) {
  console.log(`\n== ${target}`);
  try {
    built.push(await packageTarget(target, { build: false }));
  } catch (e) {
    if (!(e instanceof TargetUnavailableError)) throw e;
    console.error(e.message);
    failed.push({ target, why: e.message });
  }
}
console.log('\nBuilt:');
for (const r of built) {
  const strip = r.stripped.length ? `, ${r.stripped.length} libraries stripped` : '';
  console.log(`  ${path.relative(root, r.vsix)}  ${mb(r.bytes)}  (${r.files} files, ${mb(r.unpacked)} unpacked${strip})`);
}
for (const f of failed) console.log(`Not built: ${f.target}: ${f.why}`);
for (const [target, why] of Object.entries(UNSUPPORTED)) console.log(`No build for ${target}: ${why}`);
if (failed.length) process.exit(1);
