// Renders the marketplace icon: media/icon.svg -> media/icon.png (256x256, what package.json's
// "icon" names; marketplaces want a PNG of 128x128 or more). `node scripts/render-icon.mjs`
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const SIZE = 256;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = path.join(root, 'media', 'icon.svg');
const png = path.join(root, 'media', 'icon.png');

const drawn = Number(/<svg[^>]*\bwidth="(\d+)"/.exec(readFileSync(svg, 'utf8'))?.[1]);
if (!drawn) throw new Error(`${path.relative(root, svg)} has no width="N" on its <svg> element`);
// Rasterise at 4x and scale down: smoother edges than rendering at the final size.
const info = await sharp(svg, { density: (72 * 4 * SIZE) / drawn })
  .resize(SIZE, SIZE)
  .png({ compressionLevel: 9, palette: false })
  .toFile(png);
console.log(`${path.relative(root, png)}: ${info.width}x${info.height}, ${(info.size / 1024).toFixed(1)} KB`);
