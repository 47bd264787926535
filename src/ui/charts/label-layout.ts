/**
 * Places the labels of marked points so they overlap neither each other nor the marks: each label tries the
 * spots around its point in order, first close to it and then further out, and takes the first free one inside
 * the bounds (or the least crowded).
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelRequest {
  /** The point's screen position. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type Spot = readonly [number, number];

/** Candidate positions, as (dx, dy) factors: right, left, above, below, then the diagonals. */
export const AROUND: readonly Spot[] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
];

/** For the end of a line: to the right first, then above or below it, then to the left. */
export const LINE_END: readonly Spot[] = [
  [1, 0],
  [1, -1],
  [1, 1],
  [0, -1],
  [0, 1],
  [-1, -1],
  [-1, 1],
  [-1, 0],
];

export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function spotBox(request: LabelRequest, spot: Spot, gap: number): Box {
  const [sx, sy] = spot;
  const x =
    sx > 0 ? request.x + gap : sx < 0 ? request.x - gap - request.width : request.x - request.width / 2;
  const y =
    sy > 0 ? request.y + gap : sy < 0 ? request.y - gap - request.height : request.y - request.height / 2;
  return { x, y, width: request.width, height: request.height };
}

function outside(box: Box, bounds: Box): number {
  const left = Math.max(0, bounds.x - box.x);
  const right = Math.max(0, box.x + box.width - (bounds.x + bounds.width));
  const top = Math.max(0, bounds.y - box.y);
  const bottom = Math.max(0, box.y + box.height - (bounds.y + bounds.height));
  return (left + right) * box.height + (top + bottom) * box.width;
}

/**
 * Boxes for the labels, in request order. `obstacles` are areas to keep clear (the marks themselves); `gap`
 * is the distance from a point to its label; `spots` the positions to try, in order (each at the gap, then at
 * two and a half times it).
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  obstacles: readonly Box[] = [],
  gap = 12,
  spots: readonly Spot[] = AROUND,
): Box[] {
  const candidates = [1, 2.5].flatMap((distance) => spots.map((spot) => [spot, distance] as const));
  const placed: Box[] = [];
  for (const request of requests) {
    let best: Box | null = null;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const [spot, distance] of candidates) {
      const box = spotBox(request, spot, gap * distance);
      const cost =
        outside(box, bounds) * 4 +
        [...placed, ...obstacles].reduce((sum, other) => sum + overlap(box, other), 0);
      if (cost < bestCost) {
        best = box;
        bestCost = cost;
      }
      if (cost === 0) break;
    }
    placed.push(best ?? spotBox(request, spots[0], gap));
  }
  return placed;
}
