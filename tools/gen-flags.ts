/**
 * Draws the game's flags (assets/flag-*.svg) as PNGs at the size the game's canvas uses them (src/ui/assets.ts:
 * `width` × `height`), in Chromium, the way the browser drew the SVGs into the textures before: so the title loads
 * small pictures it decodes off the main thread instead of rasterising SVG documents on it. The DOM keeps the SVGs
 * (they scale). Run `npx tsx tools/gen-flags.ts` after changing a flag; the PNGs are committed, and a browser
 * test (test/browser/boot.spec.ts) fails when one no longer matches its SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumOrInstall } from './lib/chromium.ts';

const ASSETS = resolve(import.meta.dirname, '..', 'assets');
/** The flags and their texture sizes, as src/ui/assets.ts lists them (test/ui/flag-assets.test.ts checks). */
export const FLAGS = [
  { name: 'flag-japan', width: 240, height: 160 },
  { name: 'flag-us', width: 304, height: 160 },
] as const;

/** In the page: the SVG at `width` × `height` (a viewBox from its own size if it has none), drawn on a canvas. */
export const DRAW_SVG = `async ({ text, width, height }) => {
  const svg = new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('svg')[0];
  const ownWidth = Number.parseFloat(svg.getAttribute('width') ?? '');
  const ownHeight = Number.parseFloat(svg.getAttribute('height') ?? '');
  if (!svg.hasAttribute('viewBox') && ownWidth && ownHeight) svg.setAttribute('viewBox', '0 0 ' + ownWidth + ' ' + ownHeight);
  svg.setAttribute('width', width + 'px');
  svg.setAttribute('height', height + 'px');
  const blob = new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml;charset=utf-8' });
  const image = new Image();
  image.src = URL.createObjectURL(blob);
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d').drawImage(image, 0, 0);
  return canvas.toDataURL('image/png');
}`;

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumOrInstall(), args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    for (const flag of FLAGS) {
      const text = readFileSync(join(ASSETS, `${flag.name}.svg`), 'utf8');
      const url = (await page.evaluate(`(${DRAW_SVG})(${JSON.stringify({ text, ...flag })})`)) as string;
      const out = join(ASSETS, `${flag.name}.png`);
      writeFileSync(out, Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
      console.log(`wrote ${out}`);
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
