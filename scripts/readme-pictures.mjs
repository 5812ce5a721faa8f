// Makes the README's pictures from the end-to-end test's screenshots: `npm run test:e2e`, then
// `node scripts/readme-pictures.mjs`. Reads test-output/e2e/ (step screenshots NN-<step>.png,
// close-ups readme-<name>.png, GIF frames gif/NN.png) and writes docs/images/: small palette PNGs
// and search.gif (type a query, the results, the opened result). A missing screenshot is an error.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import gifenc from 'gifenc';
import sharp from 'sharp';

const { GIFEncoder, applyPalette, quantize } = gifenc; // a CommonJS module

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.join(root, 'test-output', 'e2e');
const to = path.join(root, 'docs', 'images');
const WIDE = 1000; // whole-window screenshots are scaled to this width
const GIF_WIDE = 880;
/** The GIF shows the editor area only (the quick pick opens over it): the window less the activity and side bars. */
const GIF_CROP = { left: 345, top: 0, width: 1055, height: 900 };
const BUDGET_MB = 1.5;

/**
 * docs/images name -> the screenshot it comes from (a step's or a close-up), and whether to scale it
 * down. Not the peek view: its title shows the test's scratch folder.
 */
const PICTURES = {
  'walkthrough.png': { step: 'walkthrough', scale: true },
  'quick-pick.png': { closeUp: 'quick-pick' },
  'codelens.png': { closeUp: 'codelens' },
  'results-panel.png': { step: 'results-panel', scale: true },
  'status-bar.png': { closeUp: 'status-bar' },
  'chat-tool.png': { step: 'chat-tool-result', scale: true },
};
/** How long each GIF frame shows (ms): the empty quick pick, the typing, the results, the opened file. */
const FIRST_MS = 800;
const TYPING_MS = 450;
const RESULTS_MS = 2200;
const OPENED_MS = 2600;

function source({ step, closeUp }) {
  const name = closeUp ? `readme-${closeUp}.png` : readdirSync(from).find((f) => f.replace(/^\d+-/, '') === `${step}.png`);
  const file = name && path.join(from, name);
  if (!file || !existsSync(file))
    throw new Error(`no screenshot ${closeUp ? name : `NN-${step}.png`} in ${path.relative(root, from)}: run npm run test:e2e first`);
  return file;
}

async function picture(out, spec) {
  let image = sharp(source(spec));
  if (spec.scale) image = image.resize({ width: WIDE });
  await image.png({ palette: true, quality: 90, compressionLevel: 9, effort: 10 }).toFile(path.join(to, out));
}

async function gif(out) {
  const dir = path.join(from, 'gif');
  const frames = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.png'))
        .sort()
    : [];
  if (frames.length < 3) throw new Error(`${path.relative(root, dir)} has ${frames.length} frames, not the 3 or more a GIF needs: run npm run test:e2e first`);
  const encoder = GIFEncoder();
  for (const [i, f] of frames.entries()) {
    const { data, info } = await sharp(path.join(dir, f))
      .extract(GIF_CROP)
      .resize({ width: GIF_WIDE })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const palette = quantize(data, 256);
    const last = i === frames.length - 1;
    const delay = i === 0 ? FIRST_MS : last ? OPENED_MS : i === frames.length - 2 ? RESULTS_MS : TYPING_MS;
    encoder.writeFrame(applyPalette(data, palette), info.width, info.height, { palette, delay });
  }
  encoder.finish();
  writeFileSync(path.join(to, out), encoder.bytes());
  return frames.length;
}

mkdirSync(to, { recursive: true });
for (const [out, spec] of Object.entries(PICTURES)) await picture(out, spec);
const frames = await gif('search.gif');
let total = 0;
for (const out of [...Object.keys(PICTURES), 'search.gif']) {
  const { size } = statSync(path.join(to, out));
  total += size;
  console.log(`${path.relative(root, path.join(to, out))}: ${(size / 1024).toFixed(0)} KB${out.endsWith('.gif') ? ` (${frames} frames)` : ''}`);
}
console.log(`total ${(total / 1024 / 1024).toFixed(2)} MB`);
if (total > BUDGET_MB * 1024 * 1024) console.warn(`more than the ${BUDGET_MB} MB the README's pictures may take: scale them down`);
