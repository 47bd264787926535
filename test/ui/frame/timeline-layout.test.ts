/** The briefing's timeline: meetings evenly spaced, dates that never run into each other (issue 15). */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { planTimeline, type TimelinePlan } from '../../../src/ui/frame/timeline-layout.ts';

/** A stand-in for the canvas: each character 0.6 of the type size wide. */
const measure = (label: string, px: number) => label.length * px * 0.6;
const base = { left: 120, right: 1160, measure, px: 14, minPx: 12, gap: 6 };

/** The boxes of the dates in each row, [left, right]. */
function overlaps(plan: TimelinePlan): number {
  let count = 0;
  for (const row of [true, false]) {
    const spans = plan.labels
      .map((l, i) => ({ i, w: measure(l, plan.px) }))
      .filter(({ i }) => plan.below[i] === row)
      .map(({ i, w }) => [plan.xs[i] - w / 2, plan.xs[i] + w / 2] as const);
    for (let k = 1; k < spans.length; k++) if (spans[k][0] < spans[k - 1][1]) count++;
  }
  return count;
}

test('eight meetings: evenly spaced, full dates in one row', () => {
  const full = ['16 Apr', '1 May', '23 May', '30 May', '5 Jun', '13 Jun', '26 Jun', '22 Jul'];
  const plan = planTimeline({ ...base, full, compact: full });
  expect(plan.xs.map(Math.round)).toEqual([120, 269, 417, 566, 714, 863, 1011, 1160]);
  expect([plan.labels, plan.px, plan.below.every(Boolean)]).toEqual([full, 14, true]);
});

test('a cluster of meetings in late July still gets room: the month only where it changes, then smaller type', () => {
  const days = Array.from({ length: 20 }, (_, i) => 10 + i);
  const full = days.map((d) => `${d} Jul`);
  const compact = days.map((d, i) => (i === 0 ? `${d} Jul` : String(d)));
  const plan = planTimeline({ ...base, full, compact });
  expect(plan.labels).toEqual(compact);
  expect(overlaps(plan)).toBe(0);
});

test('however many meetings (up to 40) and however long their labels, no two dates in a row overlap', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 40 }), (lengths) => {
      const full = lengths.map((n) => 'x'.repeat(n + 3));
      const compact = lengths.map((n) => 'x'.repeat(Math.min(n, 3)));
      const plan = planTimeline({ ...base, full, compact });
      expect(overlaps(plan)).toBe(0);
      expect(plan.px).toBeGreaterThanOrEqual(base.minPx);
    }),
  );
});
