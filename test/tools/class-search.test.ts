/** The load test's largest-class search: doubling, then halving, each size once, even sizes, capped. */
import { describe, expect, test } from 'vitest';
import { searchLargest } from '../../tools/lib/class-search.ts';

const below = (limit: number) => async (n: number) => n <= limit;

describe('largest class search', () => {
  test('doubles while it passes, then halves between the largest pass and the smallest failure', async () => {
    expect(await searchLargest(below(130), { start: 50, max: 400, step: 40 })).toEqual({
      largest: 126,
      tried: [50, 100, 200, 150, 126],
    });
  });

  test('stops at the cap when every size passes, and at 0 when none does', async () => {
    expect(await searchLargest(below(10_000), { start: 100, max: 400, step: 40 })).toEqual({
      largest: 400,
      tried: [100, 200, 400],
    });
    expect(await searchLargest(below(0), { start: 100, max: 400, step: 40 })).toEqual({
      largest: 0,
      tried: [100, 50, 26],
    });
  });
});
