/** The flags' textures (PNGs, tools/gen-flags.ts) are as large as the textures the game makes of them. */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { SVG_ASSETS } from '../../src/ui/assets.ts';
import { FLAGS } from '../../tools/gen-flags.ts';
import { fromRoot } from '../helpers.ts';

describe("the flags' textures", () => {
  it('are drawn by the generator at the sizes the game lists', () => {
    expect(Object.values(SVG_ASSETS).map((a) => ({ name: a.key, width: a.width, height: a.height }))).toEqual(
      FLAGS,
    );
  });

  it.each(FLAGS)('$name.png is $width × $height', (flag) => {
    const png = PNG.sync.read(readFileSync(fromRoot(`assets/${flag.name}.png`)));
    expect([png.width, png.height]).toEqual([flag.width, flag.height]);
  });
});
