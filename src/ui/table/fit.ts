/**
 * Fits a line of text into a width, measured with the canvas 2D API once per string and font (cached), so a
 * Phaser Text never needs a measure-and-retry on the hot path of a lever move. Under a larger text size a
 * line first gives back some of its growth (never below its size at 100%); only then is it cut with "…".
 */
import type { GameObjects } from 'phaser';
import { FONT_FAMILY } from '../theme.ts';
import { densePx } from './look.ts';

let context: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();

function measureContext(): CanvasRenderingContext2D | null {
  if (context === null && typeof document !== 'undefined')
    context = document.createElement('canvas').getContext('2d');
  return context;
}

/** The width of `text` at `cssPx`, design pixels; 0 where there is no canvas to measure with. */
export function widthOf(text: string, cssPx: number, bold: boolean): number {
  const font = `${bold ? 'bold ' : ''}${cssPx}px ${FONT_FAMILY}`;
  const key = `${font}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    const ctx = measureContext();
    if (ctx) ctx.font = font;
    width = ctx ? ctx.measureText(text).width : 0;
    // Figures change with every lever move: keep the cache from growing without end.
    if (widths.size > 8000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

/** `text` shortened with "…" to fit `width` at `cssPx`. */
function cut(text: string, width: number, cssPx: number, bold: boolean): string {
  if (widthOf(text, cssPx, bold) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (widthOf(`${text.slice(0, mid).trimEnd()}…`, cssPx, bold) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/** `text` shortened with "…" to fit `width` design pixels at `px` (under the text-size setting). */
export function fitText(text: string, width: number, px: number, bold = false): string {
  return cut(text, width, Number.parseFloat(densePx(px)), bold);
}

/**
 * Sets a line into a Phaser text. `text` is the line, or its wordings from the fullest to the shortest: the
 * first wording that fits `width` at `px` under the text-size setting, or at a smaller size but not below `px`
 * itself, is set whole; if none does, the shortest is cut with "…" at `px`.
 */
export function fitLine(
  target: GameObjects.Text,
  text: string | readonly string[],
  width: number,
  px: number,
  bold = false,
): void {
  const wordings = typeof text === 'string' ? [text] : text;
  const largest = Number.parseFloat(densePx(px));
  let chosen = wordings[wordings.length - 1] ?? '';
  let size = Math.min(px, largest);
  search: for (const wording of wordings) {
    for (let s = largest; s >= Math.min(px, largest); s--) {
      if (widthOf(wording, s, bold) <= width) {
        chosen = wording;
        size = s;
        break search;
      }
    }
  }
  if (Number.parseFloat(String(target.style.fontSize)) !== size) target.setFontSize(size);
  target.setText(cut(chosen, width, size, bold));
}
