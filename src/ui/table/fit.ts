/**
 * Fits a line of text into a width with an ellipsis, measured with the canvas 2D API once per string and font
 * (cached), so a Phaser Text never needs a measure-and-retry on the hot path of a lever move.
 */
import { FONT_FAMILY } from '../../scenes/theme.ts';
import { densePx } from './look.ts';

let context: CanvasRenderingContext2D | null = null;
const cache = new Map<string, string>();

function measureContext(): CanvasRenderingContext2D | null {
  if (context === null && typeof document !== 'undefined')
    context = document.createElement('canvas').getContext('2d');
  return context;
}

/** `text` shortened with "…" to fit `width` design pixels at `px` (under the text-size setting). */
export function fitText(text: string, width: number, px: number, bold = false): string {
  const font = `${bold ? 'bold ' : ''}${densePx(px)} ${FONT_FAMILY}`;
  const key = `${font}|${width}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const ctx = measureContext();
  let result = text;
  if (ctx) {
    ctx.font = font;
    if (ctx.measureText(text).width > width) {
      let lo = 0;
      let hi = text.length;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (ctx.measureText(`${text.slice(0, mid).trimEnd()}…`).width <= width) lo = mid;
        else hi = mid - 1;
      }
      result = `${text.slice(0, lo).trimEnd()}…`;
    }
  }
  // Figures change with every lever move: keep the cache from growing without end.
  if (cache.size > 4000) cache.clear();
  cache.set(key, result);
  return result;
}
