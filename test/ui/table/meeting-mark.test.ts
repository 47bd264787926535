/** The table's timeline marks each meeting: held, current, to come, or called off by a moved deadline. */
import { describe, expect, it } from 'vitest';
import { meetingMark } from '../../../src/ui/table/meeting-mark.ts';

const marks = (meeting: number, over: boolean, count: number, total = 5) =>
  Array.from({ length: total }, (_, i) => meetingMark(i, meeting, over, count));

describe('meetingMark', () => {
  it('marks held, current and coming meetings while every meeting stands', () => {
    expect(marks(2, false, 5)).toEqual(['held', 'held', 'current', 'ahead', 'ahead']);
    expect(marks(4, true, 5)).toEqual(['held', 'held', 'held', 'held', 'held']);
  });

  it('marks the meetings after a moved deadline as called off', () => {
    expect(marks(1, false, 3)).toEqual(['held', 'current', 'ahead', 'cancelled', 'cancelled']);
    expect(marks(2, true, 3)).toEqual(['held', 'held', 'held', 'cancelled', 'cancelled']);
  });
});
