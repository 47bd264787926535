/**
 * Drawing primitives the debrief's charts share (Phaser Graphics and Text): text styles at the player's text
 * size, marker shapes, dashed and hatched strokes.
 */
import type { GameObjects, Types } from 'phaser';
import { textScale } from '../frame/text-scale.ts';
import { FONT_FAMILY, PALETTE, toCss } from '../theme.ts';
import type { MarkerShape } from './party-style.ts';

/**
 * How much chart text grows with the text-size setting: half as much as body text (1, 1.125, 1.25), because a
 * chart's geometry is fixed on the 1280×720 screen and its labels must not run into each other.
 */
export const denseScale = (): number => 1 + (textScale() - 1) / 2;

/** Chart text: at least 16 px at design size, grown by `denseScale` unless `grow` is false (tightly packed). */
export function chartText(
  size: number,
  colour: number = PALETTE.ink,
  bold = false,
  grow = true,
): Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: FONT_FAMILY,
    fontSize: `${Math.round(Math.max(16, size) * (grow ? denseScale() : 1))}px`,
    fontStyle: bold ? 'bold' : '',
    color: toCss(colour),
    resolution: 2,
  };
}

/** A marker of `shape` centred on (x, y), `size` across; filled, with an outline for contrast. */
export function drawMarker(
  g: GameObjects.Graphics,
  shape: MarkerShape,
  x: number,
  y: number,
  size: number,
  fill: number,
  outline: number = PALETTE.ink,
  outlineWidth = 2,
): void {
  const r = size / 2;
  g.fillStyle(fill, 1);
  g.lineStyle(outlineWidth, outline, 1);
  switch (shape) {
    case 'circle':
      g.fillCircle(x, y, r);
      g.strokeCircle(x, y, r);
      return;
    case 'square':
      g.fillRect(x - r * 0.88, y - r * 0.88, r * 1.76, r * 1.76);
      g.strokeRect(x - r * 0.88, y - r * 0.88, r * 1.76, r * 1.76);
      return;
    case 'diamond':
      polygon(g, [
        [x, y - r * 1.2],
        [x + r * 1.2, y],
        [x, y + r * 1.2],
        [x - r * 1.2, y],
      ]);
      return;
    case 'triangle':
      polygon(g, [
        [x, y - r * 1.15],
        [x + r * 1.1, y + r * 0.8],
        [x - r * 1.1, y + r * 0.8],
      ]);
      return;
    case 'star': {
      const points: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r * 1.35 : r * 0.6;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        points.push([x + radius * Math.cos(angle), y + radius * Math.sin(angle)]);
      }
      polygon(g, points);
      return;
    }
    case 'cross': {
      // A thick X: drawn twice, the outline under the colour.
      const d = r * 0.9;
      g.lineStyle(outlineWidth + 5, outline, 1);
      g.lineBetween(x - d, y - d, x + d, y + d);
      g.lineBetween(x - d, y + d, x + d, y - d);
      g.lineStyle(4, fill, 1);
      g.lineBetween(x - d, y - d, x + d, y + d);
      g.lineBetween(x - d, y + d, x + d, y - d);
      return;
    }
  }
}

function polygon(g: GameObjects.Graphics, points: readonly (readonly [number, number])[]): void {
  const trace = () => {
    g.beginPath();
    g.moveTo(points[0][0], points[0][1]);
    for (const [x, y] of points.slice(1)) g.lineTo(x, y);
    g.closePath();
  };
  trace();
  g.fillPath();
  trace();
  g.strokePath();
}

/** A polyline, solid or dashed (dash and gap in pixels, carried across corners). */
export function drawLine(
  g: GameObjects.Graphics,
  points: readonly { readonly x: number; readonly y: number }[],
  dashed: boolean,
  dash = 12,
  gap = 7,
): void {
  if (points.length < 2) return;
  if (!dashed) {
    g.beginPath();
    g.moveTo(points[0].x, points[0].y);
    for (const p of points.slice(1)) g.lineTo(p.x, p.y);
    g.strokePath();
    return;
  }
  let on = true;
  let left = dash;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    let at = 0;
    while (at < length) {
      const run = Math.min(left, length - at);
      if (on) {
        const t0 = at / length;
        const t1 = (at + run) / length;
        g.lineBetween(
          a.x + (b.x - a.x) * t0,
          a.y + (b.y - a.y) * t0,
          a.x + (b.x - a.x) * t1,
          a.y + (b.y - a.y) * t1,
        );
      }
      at += run;
      left -= run;
      if (left <= 0) {
        on = !on;
        left = on ? dash : gap;
      }
    }
  }
}

/** Diagonal hatching inside a rectangle (lines at 45°, `spacing` apart), in the current line style. */
export function hatchRect(
  g: GameObjects.Graphics,
  x: number,
  y: number,
  w: number,
  h: number,
  spacing = 7,
): void {
  // Lines x' - y' = c for c from -h to w, clipped to the rectangle.
  for (let c = -h + spacing / 2; c < w; c += spacing) {
    const x0 = Math.max(0, c);
    const y0 = x0 - c;
    const x1 = Math.min(w, c + h);
    const y1 = x1 - c;
    if (x1 > x0) g.lineBetween(x + x0, y + h - y0, x + x1, y + h - y1);
  }
}
