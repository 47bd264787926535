import { describe, expect, it } from 'vitest';
import {
  billions,
  billionsSigned,
  both,
  compactDates,
  jobs,
  longDate,
  percent,
  percentValue,
  points,
  score,
  shortDate,
  signed,
} from '../../../src/ui/table/format.ts';

describe('figures as a player reads them', () => {
  it.each([
    [4.14, '+4.1'],
    [-4.16, '−4.2'],
    [0, '±0.0'],
    [-0.04, '±0.0'],
    [1234.5, '+1,234.5'],
  ])('signed(%s) is %s, with a real minus sign and never −0', (value, text) => {
    expect(signed(value)).toBe(text);
  });

  it('writes billions of dollars with one decimal', () => {
    expect(billions(55.84)).toBe('$55.8B');
    expect(billions(0)).toBe('$0.0B');
    expect(billionsSigned(-7.72)).toBe('−$7.7B');
    expect(billionsSigned(4)).toBe('+$4.0B');
    expect(billionsSigned(-0.01)).toBe('±$0.0B');
  });

  it('rounds jobs to the nearest hundred', () => {
    expect(jobs(12_345)).toBe('+12,300');
    expect(jobs(-77_449)).toBe('−77,400');
    expect(jobs(40)).toBe('±0');
  });

  it('writes shares, tariffs, approval points and satisfaction', () => {
    expect(percent(0.6)).toBe('60%');
    expect(percent(0.834)).toBe('83%');
    expect(percentValue(27.5)).toBe('27.5%');
    expect(percentValue(15)).toBe('15%');
    expect(points(-2)).toBe('−2');
    expect(points(0.5)).toBe('+0.5');
    expect(score(0.624)).toBe('62');
    expect(score(0.48, true)).toBe('~48');
    expect(score(1.3)).toBe('100');
  });

  it('writes dates from the scenario, and leaves anything else as it was', () => {
    expect(shortDate('2025-04-16')).toBe('16 Apr');
    expect(longDate('2025-07-22')).toBe('22 July 2025');
    expect(shortDate('sometime')).toBe('sometime');
  });

  it('joins names', () => {
    expect(both([])).toBe('');
    expect(both(['Japan'])).toBe('Japan');
    expect(both(['Japan', 'United States'])).toBe('Japan and United States');
  });
});

describe('dates for a tight timeline', () => {
  it('names the month only where it changes', () => {
    expect(
      compactDates(['2025-04-16', '2025-05-01', '2025-05-23', '2025-05-30', '2025-06-05', 'later']),
    ).toEqual(['16 Apr', '1 May', '23', '30', '5 Jun', 'later']);
  });
});
