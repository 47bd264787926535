import { expect, test } from 'vitest';
import { SCORE_METRICS, scoreComparison, scoreValue } from '../../../src/ui/debrief/score-rows.ts';
import { computerGame, deadlineGame, mini } from '../charts/finished-games.ts';

test('the seeded mini game scored against the real deal, both under the final parameters', () => {
  const { player, result, historical } = scoreComparison(mini, computerGame());
  expect(player).toBe(1);
  expect(result.package).toEqual([2, 0, 1, 0]);
  expect(historical?.package).toEqual([1, 0, 2, 0]);
  if (historical === null) return;
  expect(SCORE_METRICS.map((m) => [m, scoreValue(result, m), scoreValue(historical, m)])).toEqual([
    [
      'gain',
      { kind: 'sides', values: [0.0018446478286698875, 0.39258017785330346] },
      { kind: 'sides', values: [0.3931474837975666, -0.14230455893459232] },
    ],
    [
      'share',
      { kind: 'sides', values: [0.004676804573546889, 0.9953231954264531] },
      { kind: 'sides', values: [1, 0] },
    ],
    ['nash', { kind: 'joint', value: 0.3141149530240273 }, { kind: 'joint', value: 0.37103047473890916 }],
    ['pareto', { kind: 'joint', value: 0 }, { kind: 'joint', value: 0 }],
    [
      'jobs',
      { kind: 'sides', values: [17093.03146622166, -866.2893327770748] },
      { kind: 'sides', values: [37212.79528465896, -15745.344606526276] },
    ],
    [
      'approval',
      { kind: 'sides', values: [45.036892956573396, 35.814504446332585] },
      { kind: 'sides', values: [52.862949675951334, 22.44238602663519] },
    ],
  ]);
});

test('no deal gains nothing and splits nothing', () => {
  const { result } = scoreComparison(mini, deadlineGame());
  expect(scoreValue(result, 'gain')).toEqual({ kind: 'sides', values: [0, 0] });
  expect(scoreValue(result, 'share')).toEqual({ kind: 'sides', values: [0.5, 0.5] });
});
