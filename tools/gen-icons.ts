/**
 * Draws the app's icons (public/icons/): one design, the negotiating table seen from above, in the game's
 * palette (src/scenes/theme.ts): a paper table on navy, an orange and a sky-blue seat facing each other.
 * Writes the SVG and the PNGs the web manifests list. Run `npx tsx tools/gen-icons.ts` after changing the design;
 * the files are committed, so a build needs no drawing and no network.
 *
 * Everything sits inside the middle 80% of the square, so the same picture serves as a maskable icon.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';

const OUT = resolve(import.meta.dirname, '..', 'public', 'icons');

type Rgb = readonly [number, number, number];
const NAVY: Rgb = [0x0b, 0x1f, 0x3a];
const PAPER: Rgb = [0xf6, 0xf1, 0xe7];
const ORANGE: Rgb = [0xe6, 0x9f, 0x00];
const SKY_BLUE: Rgb = [0x56, 0xb4, 0xe9];

/** The design on a 100×100 grid: shapes drawn in order, later ones on top. */
interface Circle {
  readonly kind: 'circle';
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  readonly fill: Rgb;
}
interface Rect {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly rx: number;
  readonly fill: Rgb;
}
type Shape = Circle | Rect;

const SHAPES: readonly Shape[] = [
  { kind: 'rect', x: 0, y: 0, w: 100, h: 100, rx: 0, fill: NAVY },
  { kind: 'circle', cx: 50, cy: 24, r: 12, fill: ORANGE },
  { kind: 'circle', cx: 50, cy: 76, r: 12, fill: SKY_BLUE },
  { kind: 'rect', x: 20, y: 34, w: 60, h: 32, rx: 6, fill: PAPER },
];

const hex = (c: Rgb) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

function svg(): string {
  const body = SHAPES.map((s) =>
    s.kind === 'circle'
      ? `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${hex(s.fill)}"/>`
      : `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.rx}" fill="${hex(s.fill)}"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">\n<title>Tariff Talks</title>\n${body.join('\n')}\n</svg>\n`;
}

function inside(s: Shape, x: number, y: number): boolean {
  if (s.kind === 'circle') return (x - s.cx) ** 2 + (y - s.cy) ** 2 <= s.r ** 2;
  if (x < s.x || y < s.y || x > s.x + s.w || y > s.y + s.h) return false;
  // Rounded corners: outside the corner circles is outside the shape.
  const cx = Math.min(Math.max(x, s.x + s.rx), s.x + s.w - s.rx);
  const cy = Math.min(Math.max(y, s.y + s.rx), s.y + s.h - s.rx);
  return (x - cx) ** 2 + (y - cy) ** 2 <= s.rx ** 2;
}

/** The design at size×size pixels, each pixel the mean of 4×4 samples (smooth edges). */
function png(size: number): Buffer {
  const image = new PNG({ width: size, height: size });
  const samples = 4;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) / size) * 100;
          const y = ((py + (sy + 0.5) / samples) / size) * 100;
          let colour = NAVY;
          for (const s of SHAPES) if (inside(s, x, y)) colour = s.fill;
          for (let i = 0; i < 3; i++) sum[i] = (sum[i] as number) + (colour[i] as number);
        }
      const at = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) image.data[at + i] = Math.round((sum[i] as number) / samples ** 2);
      image.data[at + 3] = 255;
    }
  return PNG.sync.write(image);
}

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'icon.svg'), svg());
for (const size of [180, 192, 512]) writeFileSync(join(OUT, `icon-${size}.png`), png(size));
console.log(`icons written to ${OUT}`);
