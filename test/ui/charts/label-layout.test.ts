import { expect, test } from 'vitest';
import { LINE_END, overlap, placeLabels } from '../../../src/ui/charts/label-layout.ts';

const bounds = { x: 0, y: 0, width: 400, height: 300 };

test('overlap is the shared area of two boxes', () => {
  expect(overlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(25);
  expect(overlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(0);
});

test('a label goes right of its point when there is room', () => {
  expect(placeLabels([{ x: 100, y: 100, width: 60, height: 20 }], bounds)).toEqual([
    { x: 112, y: 90, width: 60, height: 20 },
  ]);
});

test('near the right edge it goes left', () => {
  expect(placeLabels([{ x: 380, y: 100, width: 60, height: 20 }], bounds)).toEqual([
    { x: 308, y: 90, width: 60, height: 20 },
  ]);
});

test('two labels of one point do not overlap', () => {
  const boxes = placeLabels(
    [
      { x: 200, y: 150, width: 60, height: 20 },
      { x: 200, y: 150, width: 60, height: 20 },
    ],
    bounds,
  );
  expect(boxes[0]).toEqual({ x: 212, y: 140, width: 60, height: 20 });
  expect(boxes[1]).toEqual({ x: 128, y: 140, width: 60, height: 20 });
  expect(overlap(boxes[0], boxes[1])).toBe(0);
});

test('a label keeps clear of marks (obstacles)', () => {
  const mark = { x: 210, y: 135, width: 30, height: 30 };
  const [box] = placeLabels([{ x: 200, y: 150, width: 60, height: 20 }], bounds, [mark]);
  expect(overlap(box, mark)).toBe(0);
  expect(box).toEqual({ x: 128, y: 140, width: 60, height: 20 });
});

test('at the end of a line, a crowded label goes above it on the right, not back over the line', () => {
  const boxes = placeLabels(
    [
      { x: 300, y: 150, width: 60, height: 20 },
      { x: 300, y: 152, width: 60, height: 20 },
    ],
    bounds,
    [],
    12,
    LINE_END,
  );
  expect(boxes[0]).toEqual({ x: 312, y: 140, width: 60, height: 20 });
  expect(boxes[1]).toEqual({ x: 312, y: 120, width: 60, height: 20 });
});
