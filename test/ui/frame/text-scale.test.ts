/**
 * The text scale under browser zoom and short windows: the Text size setting, grown by as much as the
 * 1280×720 frame is shrunk to fit the window, up to the largest Text size.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEXT_SCALES } from '../../../src/app/settings.ts';
import { effectiveTextScale, frameFit, MAX_TEXT_SCALE } from '../../../src/ui/frame/text-scale.ts';

describe('text scale', () => {
  it('is the setting where the frame is drawn at full size or larger', () => {
    expect(effectiveTextScale(1, frameFit(1280, 720))).toBe(1);
    expect(effectiveTextScale(1.25, frameFit(1920, 1080))).toBe(1.25);
  });

  it('grows on a laptop window with browser bars (1366×657) so text is not drawn below 100%', () => {
    const fit = frameFit(1366, 657);
    expect(fit).toBeCloseTo(0.9125, 4);
    const scale = effectiveTextScale(1, fit);
    expect(scale).toBe(1.1);
    expect(scale * fit).toBeGreaterThanOrEqual(1);
  });

  it('grows with browser zoom (200% at 1366×768 is 683×384 CSS pixels) up to the largest Text size', () => {
    expect(effectiveTextScale(1, frameFit(683, 384))).toBe(MAX_TEXT_SCALE);
    expect(effectiveTextScale(1, frameFit(1280 / 1.25, 720 / 1.25))).toBe(1.25);
    expect(MAX_TEXT_SCALE).toBe(1.5);
  });

  it('ignores a fit that is not a number', () => {
    expect(effectiveTextScale(1.25, Number.NaN)).toBe(1.25);
    expect(effectiveTextScale(1, 0)).toBe(1);
  });

  it('is never below the setting, never above the largest size, and never shows text smaller than set', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TEXT_SCALES),
        fc.double({ min: 0.05, max: 4, noNaN: true }),
        (s, fit) => {
          const scale = effectiveTextScale(s, fit);
          expect(scale).toBeGreaterThanOrEqual(s);
          expect(scale).toBeLessThanOrEqual(MAX_TEXT_SCALE);
          if (scale < MAX_TEXT_SCALE) expect(scale * Math.min(1, fit)).toBeGreaterThanOrEqual(s - 1e-9);
        },
      ),
    );
  });
});
