import { describe, expect, it } from 'vitest';
import { classAverages, historicalSummary, summaryOf } from '../../src/classroom/summary.ts';
import { playComputerGame } from '../../src/model/agent/index.ts';
import { scorePackage } from '../../src/model/analysis.ts';
import { resultCode } from '../../src/model/code/result-code.ts';
import { type Verdict, verifyCodes } from '../../src/model/code/verify.ts';
import { economyOf } from '../../src/model/economy.ts';
import { applyAction } from '../../src/model/rules.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import type { Action, GameState } from '../../src/model/types.ts';
import { scoreComparison } from '../../src/ui/debrief/score-rows.ts';
import { loadScenario, newTestGame, testSettings } from '../helpers.ts';

const US_JAPAN = loadScenario('src/content/scenarios/us-japan-2025.json');
const lookup = (id: string): readonly Scenario[] => (id === US_JAPAN.id ? [US_JAPAN] : []);

const ada = playComputerGame(US_JAPAN, testSettings('class-1', { side: 'us' }));
const ben = playComputerGame(US_JAPAN, testSettings('class-2', { difficulty: 'hard' }));
const code = (game: GameState, name: string): string => {
  const text = resultCode(US_JAPAN, game, name);
  if (text === null) throw new Error('the game did not end');
  return text;
};

/** A game between two people at one screen: the given moves, from a new game. */
function played(settings: Parameters<typeof newTestGame>[1], moves: readonly Action[]): GameState {
  let state = newTestGame(US_JAPAN, settings);
  for (const move of moves) {
    const step = applyAction(US_JAPAN, state, move);
    if (!step.ok) throw new Error(step.error.message);
    state = step.value.state;
  }
  return state;
}

describe('summaryOf', () => {
  const verdicts = verifyCodes([code(ada, 'Ada'), code(ben, 'Ben'), code(ada, 'Ada')], lookup);

  it('gives the replayed game’s figures (seeded: exact values)', () => {
    const s = summaryOf(verdicts[0]);
    // Ada's game was handed in twice: the first copy counts in the class's figures, the second does not.
    expect(s).toMatchObject({
      kind: 'duplicate',
      duplicateOf: 0,
      counted: true,
      name: 'Ada',
      sessionId: null,
      scenarioId: 'us-japan-2025',
      scenarioVersion: '1.1.0',
      parties: ['us', 'japan'],
      side: 'us',
      sideIndex: 0,
      opponent: 'computer',
      difficulty: 'normal',
      seed: 'class-1',
      outcome: 'deal',
      reason: 'accepted',
      endedBy: 'us',
      meetings: 3,
      moves: 8,
      failedRatifications: 0,
      package: [1, 2, 0, 3, 2, 1, 2, 0, 0, 1],
      ratified: [true, true],
    });
    if (!s) return;
    // Seed class-1: two linkers; the US linked defense spending and got 3.5% of GDP for no investment fund.
    expect(s.levels.map((l) => l.levelId)).toEqual([
      'gen-24',
      'cars-15',
      'steel-50',
      'farm-12',
      'rice-75',
      'cert-yes',
      'def-20',
      'inv-0',
      'energy-0',
      'gdp-35',
    ]);
    expect(s.levels[0]).toEqual({
      issue: 'general',
      name: 'General tariff',
      level: 1,
      levelId: 'gen-24',
      label: '24% (the April rate)',
    });
    expect(s.paretoDistance).toBeCloseTo(0.08661571017183026, 12);
    expect(s.tariffs.map((t) => [t.issue, t.owner, t.rate, t.unit])).toEqual([
      ['general', 'us', 24, '%'],
      ['cars', 'us', 15, '%'],
      ['steel', 'us', 50, '%'],
    ]);
    expect(s.utilities[0]).toBeCloseTo(0.7338719482651316, 12);
    expect(s.utilities[1]).toBeCloseTo(0.6202306876303889, 12);
    expect(s.gains[0]).toBeCloseTo(0.39285850580910286, 12);
    expect(s.shares[0]).toBeCloseTo(0.6011895923241722, 12);
    expect(s.surplusShare).toBe(s.shares[0]);
    expect(s.nashDistance).toBeCloseTo(0.14296616995676167, 12);
    expect(s.jobs[0]).toBeCloseTo(109799.35363421486, 6);
    expect(s.jobs[1]).toBeCloseTo(-65438.70726842972, 6);
    expect(s.approval[0]).toBeCloseTo(56.785755174273085, 10);
    expect(s.approval[1]).toBeCloseTo(46.81830205617543, 10);
  });

  it('scores as the debrief does: under the game’s final parameters and table', () => {
    for (const verdict of verdicts.slice(0, 2)) {
      if (verdict.kind !== 'verified' && verdict.kind !== 'duplicate') throw new Error(verdict.kind);
      const s = summaryOf(verdict);
      const { result, historical } = scoreComparison(verdict.scenario, verdict.game);
      expect(s?.utilities).toEqual([result.sides[0].utility, result.sides[1].utility]);
      expect(s?.shares).toEqual([result.sides[0].surplusShare, result.sides[1].surplusShare]);
      expect(s?.approval).toEqual([result.sides[0].approval, result.sides[1].approval]);
      expect(s?.jobs).toEqual([result.sides[0].jobs, result.sides[1].jobs]);
      expect(s?.nashDistance).toBe(result.nashDistance);
      expect(s?.paretoDistance).toBe(result.paretoDistance);
      const real = historicalSummary(verdict.scenario, verdict.game);
      expect(real?.utilities).toEqual([historical?.sides[0].utility, historical?.sides[1].utility]);
      expect(real?.approval).toEqual([historical?.sides[0].approval, historical?.sides[1].approval]);
      expect(real?.nashDistance).toBe(historical?.nashDistance);
    }
  });

  it('gives the student’s own side’s share: Japan at hard difficulty', () => {
    const s = summaryOf(verdicts[1]);
    expect(s).toMatchObject({
      name: 'Ben',
      side: 'japan',
      sideIndex: 1,
      difficulty: 'hard',
      seed: 'class-2',
    });
    // Seed class-2: the two sides end on the historical deal itself.
    expect(s?.package).toEqual(US_JAPAN.historicalDeal);
    expect(s?.surplusShare).toBeCloseTo(0.6607494993809458, 12);
    expect(s?.paretoDistance).toBe(0);
    expect(s?.tariffs.map((t) => t.rate)).toEqual([15, 15, 50]);
  });

  it('marks both copies of a duplicate with the first copy, with the same figures; only the first counts', () => {
    const first = summaryOf(verdicts[0]);
    const again = summaryOf(verdicts[2]);
    expect(again).toEqual({ ...first, counted: false });
    expect(summaryOf(verdicts[1])).toMatchObject({ kind: 'verified', duplicateOf: null, counted: true });
  });

  it('is null for verdicts without a replayed game', () => {
    const [corrupt, other] = verifyCodes(['TT1garbage', code(ada, 'Ada')], () => []);
    expect(corrupt.kind).toBe('corrupt');
    if (other.kind !== 'other-version') throw new Error(other.kind);
    expect(summaryOf(corrupt)).toBeNull();
    expect(summaryOf(other)).toBeNull();
    const tampered: Verdict = { kind: 'tampered', record: other.record, reason: 'the seal does not match' };
    expect(summaryOf(tampered)).toBeNull();
  });

  it('a walk-out after a public red line: no deal, nothing ratified, the red line’s cost in approval', () => {
    const game = played(testSettings('walk', { opponent: 'human' }), [
      { type: 'red-line', side: 'japan', issue: 7, level: 1 },
      { type: 'walk-away', side: 'japan' },
    ]);
    const [verdict] = verifyCodes([code(game, 'Cy')], lookup);
    const s = summaryOf(verdict);
    const noDeal = US_JAPAN.noDeal;
    const score = scorePackage(US_JAPAN, game.params, noDeal, game.onTable);
    expect(s).toMatchObject({
      kind: 'verified',
      opponent: 'human',
      outcome: 'no-deal',
      reason: 'walked-away',
      endedBy: 'japan',
      meetings: 1,
      moves: 2,
      package: noDeal,
      gains: [0, 0],
      shares: [0.5, 0.5],
      surplusShare: 0.5,
      ratified: null,
      jobs: [economyOf(US_JAPAN, noDeal).totals[0].jobs, economyOf(US_JAPAN, noDeal).totals[1].jobs],
    });
    expect(s?.approval).toEqual([score.sides[0].approval, score.sides[1].approval]);
    // The red line drawn in public and then no deal costs Japan's government approval at home.
    const before = scorePackage(US_JAPAN, newTestGame(US_JAPAN, testSettings('x')).params, noDeal);
    expect(s?.approval[1]).toBeCloseTo(before.sides[1].approval - US_JAPAN.redLineNoDealCost, 10);
  });
});

describe('historicalSummary', () => {
  it('gives the real deal’s figures as at the start of a game (exact values)', () => {
    const h = historicalSummary(US_JAPAN);
    expect(h?.levels.map((l) => l.levelId)).toEqual([
      'gen-15',
      'cars-15',
      'steel-50',
      'farm-8',
      'rice-75',
      'cert-yes',
      'def-17',
      'inv-550',
      'energy-7',
      'gdp-plan',
    ]);
    expect(h?.utilities[0]).toBeCloseTo(0.7108885293502046, 12);
    expect(h?.utilities[1]).toBeCloseTo(0.7847187408137873, 12);
    expect(h?.shares[0]).toBeCloseTo(0.4873117983821244, 12);
    expect(h?.nashDistance).toBeCloseTo(0.04616356845072703, 12);
    expect(h?.paretoDistance).toBe(0);
    expect(h?.jobs[0]).toBeCloseTo(101904.4953839547, 6);
    expect(h?.approval[0]).toBeCloseTo(56.096252606825274, 10);
    expect(h?.approval[1]).toBeCloseTo(56.67408179440376, 10);
    expect(h?.tariffs.map((t) => t.rate)).toEqual([15, 15, 50]);
    expect(h?.ratified).toEqual([true, true]);
  });

  it('is null for a scenario without a real deal', () => {
    expect(historicalSummary({ ...US_JAPAN, historicalDeal: null })).toBeNull();
  });
});

describe('classAverages', () => {
  const verdicts = verifyCodes([code(ada, 'Ada'), code(ben, 'Ben'), code(ada, 'Ada')], lookup);
  const summaries = verdicts.flatMap((v) => summaryOf(v) ?? []);

  it('averages the verified games, leaving a duplicate out (exact values)', () => {
    const avg = classAverages(summaries);
    expect(avg).toMatchObject({ count: 2, deals: 2, dealRate: 1, meetings: 4 });
    expect(avg?.utilities[0]).toBeCloseTo(0.7211382469882752, 12);
    expect(avg?.utilities[1]).toBeCloseTo(0.7041337506313757, 12);
    expect(avg?.surplusShare).toBeCloseTo(0.630969545852559, 12);
    expect(avg?.nashDistance).toBeCloseTo(0.10953517715494235, 12);
    expect(avg?.paretoDistance).toBeCloseTo(0.04330785508591513, 12);
    expect(avg?.jobs[0]).toBeCloseTo(105851.92450908478, 6);
    expect(avg?.approval[1]).toBeCloseTo(47.42003344463764, 10);
    expect(avg?.tariffs).toEqual([
      { issue: 'general', name: 'General tariff', rate: 19.5 },
      { issue: 'cars', name: 'Car tariff', rate: 15 },
      { issue: 'steel', name: 'Steel and aluminium tariff', rate: 50 },
    ]);
    expect(classAverages(summaries.slice(0, 2))).toEqual(avg);
  });

  it('is null without a verified game', () => {
    expect(classAverages([])).toBeNull();
    expect(classAverages(summaries.filter((s) => !s.counted))).toBeNull();
  });
});
