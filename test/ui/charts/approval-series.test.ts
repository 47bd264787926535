import { expect, test } from 'vitest';
import { approvalSeries } from '../../../src/ui/charts/approval-series.ts';
import { computerGame, deadlineGame, mini, walkAwayGame } from './finished-games.ts';

test('the seeded mini game: the start, three meetings, and the deal in the fourth', () => {
  expect(approvalSeries(computerGame(), mini.meetingCount)).toEqual({
    steps: [
      { step: 0, kind: 'start', meeting: null, values: [45, 30] },
      { step: 1, kind: 'meeting', meeting: 0, values: [40, 16] },
      { step: 2, kind: 'meeting', meeting: 1, values: [40.036892956573396, 16.185495553667412] },
      { step: 3, kind: 'meeting', meeting: 2, values: [45.036892956573396, 16] },
      { step: 4, kind: 'end', meeting: 3, values: [45.036892956573396, 35.814504446332585] },
    ],
    // Both events fire after the first meeting, and move the approval measured then.
    news: [
      { step: 1, event: 0 },
      { step: 1, event: 1 },
    ],
    range: [16, 45.036892956573396],
  });
});

test('at the deadline the game ends in the last meeting', () => {
  const series = approvalSeries(deadlineGame(), mini.meetingCount);
  expect(series.steps.map((s) => [s.kind, s.meeting])).toEqual([
    ['start', null],
    ['meeting', 0],
    ['meeting', 1],
    ['meeting', 2],
    ['end', 3],
  ]);
  expect(series.steps[4].values).toEqual([45, 26]);
});

test('a walk-away ends in the meeting it happened in', () => {
  const series = approvalSeries(walkAwayGame(), mini.meetingCount);
  expect(series.steps.map((s) => [s.kind, s.meeting])).toEqual([
    ['start', null],
    ['meeting', 0],
    ['meeting', 1],
    ['end', 2],
  ]);
});
