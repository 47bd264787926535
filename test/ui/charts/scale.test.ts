import { describe, expect, test } from 'vitest';
import { linearScale, niceAxis, niceStep, stepDecimals } from '../../../src/ui/charts/scale.ts';

describe('linearScale', () => {
  test('maps the domain onto the range, inverted ranges included', () => {
    const x = linearScale([0, 1], [100, 500]);
    expect(x.map(0)).toBe(100);
    expect(x.map(0.25)).toBe(200);
    expect(x.map(1)).toBe(500);
    const y = linearScale([0, 100], [600, 200]);
    expect(y.map(0)).toBe(600);
    expect(y.map(50)).toBe(400);
    expect(y.map(100)).toBe(200);
  });

  test('an empty domain maps to the middle of the range', () => {
    expect(linearScale([3, 3], [0, 10]).map(3)).toBe(5);
  });
});

describe('niceStep', () => {
  test.each([
    [1, 5, 0.2],
    [0.8, 6, 0.2],
    [100, 5, 20],
    [37, 4, 10],
    [0.05, 5, 0.01],
    [7, 3, 5],
  ])('span %d in about %d ticks steps by %d', (span, ticks, step) => {
    expect(niceStep(span, ticks)).toBeCloseTo(step, 12);
  });

  test('an empty span steps by 1', () => {
    expect(niceStep(0, 5)).toBe(1);
  });
});

test.each([
  [1, 0],
  [0.2, 1],
  [0.05, 2],
  [20, 0],
])('step %d prints with %d decimals', (step, decimals) => {
  expect(stepDecimals(step)).toBe(decimals);
});

describe('niceAxis', () => {
  test('covers the data with whole steps, and ticks without rounding noise', () => {
    expect(niceAxis(0.25, 0.79, 8)).toEqual({
      domain: [0.2, 0.8],
      step: 0.1,
      ticks: [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
    });
    expect(niceAxis(16, 45.04, 5)).toEqual({ domain: [10, 50], step: 10, ticks: [10, 20, 30, 40, 50] });
  });

  test('stays inside its bounds', () => {
    expect(niceAxis(0, 1, 6, [0, 1])).toEqual({
      domain: [0, 1],
      step: 0.2,
      ticks: [0, 0.2, 0.4, 0.6, 0.8, 1],
    });
  });

  test('widens a single value into a range', () => {
    expect(niceAxis(40, 40, 4).domain).toEqual([36, 44]);
  });
});
