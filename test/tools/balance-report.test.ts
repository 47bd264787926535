import { describe, expect, it } from 'vitest';
import { applyAction, createGame, type GameState, type Pair, scorePackage } from '../../src/model/index.ts';
import type { ConcessionStyle } from '../../src/model/vocabulary.ts';
import {
  aggregate,
  type BalanceContext,
  formatReport,
  lowerMedian,
  median,
  reportJson,
} from '../../tools/lib/balance-report.ts';
import { type GameSummary, pairSchedule, summarizeGame } from '../../tools/lib/game-summary.ts';
import { NO_MOVES } from '../../tools/lib/move-metrics.ts';
import { loadScenario, MINI } from '../helpers.ts';

const STYLES: readonly ConcessionStyle[] = ['boulware', 'linear', 'conceder'];
const PAIRS: Pair<ConcessionStyle>[] = [
  ['boulware', 'linear'],
  ...STYLES.flatMap((a) => STYLES.map((b): Pair<ConcessionStyle> => [a, b])),
];

const CONTEXT: BalanceContext = {
  scenario: { id: 'test', version: '1', hash: 'abc' },
  parties: ['US', 'Japan'],
  issues: [
    { name: 'Cars', levels: ['a0', 'a1', 'a2'] },
    { name: 'Farm', levels: ['b0', 'b1'] },
  ],
  historicalDeal: [1, 0],
  meetingCount: 4,
  pairs: PAIRS,
  seed: 's',
  difficulty: 'normal',
};

const base = {
  reservation: [0.25, 0.25],
  approvalStart: [40, 30],
  nashDistance: 0.5,
  paretoDistance: 0.5,
  historicalDistance: 0.5,
  moves: NO_MOVES,
} as const;

/** Dyadic numbers only, so that every mean and median below is exact. */
const GAMES: readonly GameSummary[] = [
  {
    ...base,
    game: 0,
    slot: 0,
    end: 'deal',
    by: 1,
    meetings: 2,
    package: [1, 0],
    utility: [0.5, 0.5],
    surplusShare: [0.5, 0.5],
    nashDistance: 0.125,
    paretoDistance: 0,
    jobs: [1000, -500],
    approval: [44, 33],
    ratificationFailures: [0, 0],
    historicalDistance: 0,
  },
  {
    ...base,
    game: 1,
    slot: 1,
    end: 'deadline',
    by: null,
    meetings: 4,
    package: [0, 0],
    utility: [0.25, 0.25],
    surplusShare: [0.5, 0.5],
    jobs: [-2000, -1000],
    approval: [38, 30],
    ratificationFailures: [1, 0],
  },
  {
    ...base,
    game: 2,
    slot: 2,
    end: 'walked-away',
    by: 0,
    meetings: 3,
    package: [0, 0],
    utility: [0.25, 0.375],
    surplusShare: [0.5, 0.5],
    jobs: [0, 0],
    approval: [40, 30],
    ratificationFailures: [0, 2],
  },
  {
    ...base,
    game: 3,
    slot: 0,
    end: 'deal',
    by: 0,
    meetings: 3,
    package: [2, 1],
    utility: [0.75, 0.25],
    surplusShare: [0.75, 0.25],
    nashDistance: 0.375,
    paretoDistance: 0.125,
    jobs: [3000, 500],
    approval: [50, 28],
    ratificationFailures: [1, 1],
    historicalDistance: 0.25,
  },
];

describe('median and lowerMedian', () => {
  it.each([
    [[], null, null],
    [[3], 3, 3],
    [[4, 1], 2.5, 1],
    [[5, 1, 3], 3, 3],
    [[2, 8, 4, 6], 5, 4],
  ] as const)('%j', (xs, m, low) => {
    expect(median(xs)).toBe(m);
    expect(lowerMedian(xs)).toBe(low);
  });
});

describe('aggregate', () => {
  const report = aggregate(CONTEXT, GAMES);

  it('counts deals, meetings, deadlines, walk-aways and failed ratifications', () => {
    expect(report.games).toBe(4);
    expect(report.deals).toBe(2);
    expect(report.dealRate).toBe(0.5);
    expect(report.meanMeetingsToDeal).toBe(2.5);
    expect(report.deadlines).toBe(1);
    expect(report.walkAways).toEqual([1, 0]);
    expect(report.ratificationFailures).toEqual([2, 3]);
    expect(report.gamesWithRatificationFailure).toBe(3);
  });

  it('takes utilities over all games and over deals, and the other scores over deals only', () => {
    expect(report.utility.all).toEqual([
      { mean: 0.4375, median: 0.375 },
      { mean: 0.34375, median: 0.3125 },
    ]);
    expect(report.utility.deals).toEqual([
      { mean: 0.625, median: 0.625 },
      { mean: 0.375, median: 0.375 },
    ]);
    expect(report.surplusShare).toEqual([
      { mean: 0.625, median: 0.625 },
      { mean: 0.375, median: 0.375 },
    ]);
    expect(report.nashDistance).toEqual({ mean: 0.25, median: 0.25 });
    expect(report.paretoDistance).toEqual({ mean: 0.0625, median: 0.0625 });
  });

  it('averages jobs and approval', () => {
    expect(report.jobs).toEqual({ all: [500, -250], deals: [2000, 0] });
    expect(report.approval).toEqual({ final: [43, 30.25], change: [3, 0.25] });
  });

  it('reports every personality pair, the default one first', () => {
    expect(report.pairs).toHaveLength(10);
    expect(report.pairs[0]).toEqual({
      slot: 0,
      pair: 'boulware/linear',
      default: true,
      games: 2,
      deals: 2,
      dealRate: 1,
      meanUtility: [0.625, 0.375],
    });
    expect(report.pairs[1]).toEqual({
      slot: 1,
      pair: 'boulware/boulware',
      default: false,
      games: 1,
      deals: 0,
      dealRate: 0,
      meanUtility: [0.25, 0.25],
    });
    expect(report.pairs[2]).toMatchObject({
      pair: 'boulware/linear',
      games: 1,
      deals: 0,
      meanUtility: [0.25, 0.375],
    });
    expect(report.pairs[9]).toEqual({
      slot: 9,
      pair: 'conceder/conceder',
      default: false,
      games: 0,
      deals: 0,
      dealRate: null,
      meanUtility: null,
    });
  });

  it('calibrates the default-pair deals against the historical deal', () => {
    expect(report.calibration).toEqual({
      pair: 'boulware/linear',
      games: 2,
      deals: 2,
      dealRate: 1,
      issues: [
        { issue: 'Cars', historical: 'a1', median: 'a1', medianLevel: 1, historicalLevel: 1 },
        { issue: 'Farm', historical: 'b0', median: 'b0', medianLevel: 0, historicalLevel: 0 },
      ],
      withinOneLevel: 1,
      meanHistoricalDistance: 0.125,
    });
  });

  it('counts a deal two levels away as outside', () => {
    const far: GameSummary = { ...GAMES[3], game: 10, package: [2, 1], historicalDistance: 0.5 };
    const near: GameSummary = { ...GAMES[0], game: 20 };
    const r = aggregate({ ...CONTEXT, historicalDeal: [0, 0] }, [near, far]);
    expect(r.calibration.withinOneLevel).toBe(0.5);
    expect(r.calibration.issues.map((i) => i.median)).toEqual(['a1', 'b0']);
  });

  it('gives nulls, not NaN, without games', () => {
    const empty = aggregate(CONTEXT, []);
    expect(empty.dealRate).toBeNull();
    expect(empty.utility).toEqual({ all: null, deals: null });
    expect(empty.calibration.withinOneLevel).toBeNull();
    expect(formatReport(empty)).not.toContain('NaN');
  });
});

describe('formatReport', () => {
  const text = formatReport(aggregate(CONTEXT, GAMES));

  it('prints the headline figures', () => {
    expect(text).toContain(
      'Balance report: test v1 (abc), 4 games, seed "s", difficulty normal, personalities pairs\n',
    );
    expect(text).toContain('Deals: 2 of 4 (50.0%); mean meetings to a deal 2.5 of 4\n');
    expect(text).toContain('No deal: 1 at the deadline; 1 walk-aways (US 1, Japan 0)\n');
    expect(text).toContain(
      'Ratification failures (accepted offers that failed at home): US 2, Japan 3, in 3 games\n',
    );
    expect(text).toContain(
      'Nash distance of deals: 0.250 / 0.250; Pareto distance of deals: 0.063 / 0.063\n',
    );
    expect(text).toContain('  Deals within one level of the historical deal on every issue: 100.0%\n');
  });

  it('prints a table row per figure and per pair', () => {
    const rows = text.split('\n');
    expect(rows).toContain('Utility, all games          0.438 / 0.375  0.344 / 0.313');
    expect(rows).toContain('Jobs, all games (mean)               +500           -250');
    expect(rows).toContain('  boulware/linear (default)      2      2     100.0%       0.625          0.375');
  });

  it('is the same text for the same summaries, and JSON rounds to 6 decimals', () => {
    expect(formatReport(aggregate(CONTEXT, GAMES))).toBe(text);
    const json = JSON.parse(reportJson(aggregate(CONTEXT, GAMES), { gamesPerSec: 1234.56789012 }));
    expect(json.gamesPerSec).toBe(1234.56789);
    expect(json.utility.all[1].mean).toBe(0.34375);
  });
});

describe('summarizeGame', () => {
  const scenario = loadScenario(MINI);
  const settings = {
    seed: 'summary',
    side: 'us',
    opponent: 'computer-vs-computer',
    difficulty: 'normal',
  } as const;
  const play = (actions: readonly object[]): GameState => {
    const created = createGame(scenario, settings);
    if (!created.ok) throw new Error(created.error.message);
    let state = created.value;
    for (const action of actions) {
      const step = applyAction(scenario, state, action);
      if (!step.ok) throw new Error(step.error.message);
      state = step.value.state;
    }
    return state;
  };

  it('summarises a deal with the scores of scorePackage', () => {
    const state = play([
      { type: 'propose', side: 'japan', package: [2, 1, 1, 0] },
      { type: 'accept', side: 'us' },
    ]);
    const summary = summarizeGame(scenario, state, 7, 3);
    const score = scorePackage(scenario, state.params, [2, 1, 1, 0]);
    expect(summary).toMatchObject({
      game: 7,
      slot: 3,
      end: 'deal',
      by: 0,
      meetings: 1,
      package: [2, 1, 1, 0],
    });
    expect(summary.utility).toEqual([score.sides[0].utility, score.sides[1].utility]);
    expect(summary.surplusShare).toEqual([score.sides[0].surplusShare, score.sides[1].surplusShare]);
    expect(summary.nashDistance).toBe(score.nashDistance);
    expect(summary.paretoDistance).toBe(score.paretoDistance);
    expect(summary.jobs).toEqual([score.sides[0].jobs, score.sides[1].jobs]);
    expect(summary.ratificationFailures).toEqual([0, 0]);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('summarises a failed ratification and a walk-away', () => {
    const state = play([
      { type: 'propose', side: 'japan', package: [1, 0, 2, 0] },
      { type: 'accept', side: 'us' },
      { type: 'walk-away', side: 'japan' },
    ]);
    const summary = summarizeGame(scenario, state, 0, 0);
    expect(summary).toMatchObject({ end: 'walked-away', by: 1, meetings: 2, ratificationFailures: [0, 1] });
    expect(summary.package).toEqual(state.params.noDeal);
    expect(summary.utility).toEqual(summary.reservation);
  });

  it('cycles through the default pair and the nine pairs of styles', () => {
    expect(pairSchedule(scenario)).toEqual(PAIRS);
  });
});

describe('formatReport rounding', () => {
  it('never prints a negative zero', () => {
    const tiny: GameSummary[] = GAMES.map((g) => ({
      ...g,
      approval: [g.approvalStart[0] - 1e-9, g.approvalStart[1]],
      jobs: [-0.2, 0.2],
    }));
    const text = formatReport(aggregate(CONTEXT, tiny));
    expect(text).toContain('Approval change (mean)                0.0            0.0');
    expect(text).toContain('Jobs, all games (mean)                  0              0');
    expect(text).not.toMatch(/-0\b|-0\.0/);
  });
});

describe('the negotiation figures in the report', () => {
  const moves = [
    { ...NO_MOVES, proposals: 4, repeats: 1, tactics: 1 },
    { ...NO_MOVES, proposals: 4, retractionsUnexplained: 2 },
    { ...NO_MOVES, proposals: 0, contradictions: 1, tactics: 1 },
    { ...NO_MOVES, proposals: 8, repeats: 3 },
  ];
  const games = GAMES.map((g, i) => ({ ...g, slot: 0, moves: moves[i] }));
  const scripted = [
    { game: 0, scripted: 0, acceptTurn: 3 },
    { game: 1, scripted: 1, acceptTurn: null },
  ] as const;
  const report = aggregate({ ...CONTEXT, pairs: null }, games, scripted);

  it('puts the figures at the top level of the report, for the JSON', () => {
    expect(report).toMatchObject({
      personalities: 'seed-varied',
      dealRate: 0.5,
      walkAwayRate: 0.25,
      repeatOfferRate: 0.25,
      retractionsUnexplained: 2,
      contradictions: 1,
      tacticsPerGame: 0.5,
      distinctDeals: 2,
      medianWithinOneLevel: 1,
      meanAcceptTurnForHistoricalOffer: 6,
      historicalOffer: { games: 2, neverAccepted: 1, turns: 8 },
    });
    expect(report.pairs).toEqual([]);
    expect(report.calibration).toMatchObject({ pair: 'seed-varied', games: 4, deals: 2 });
  });

  it('prints them with their targets, and no pair table without --pairs', () => {
    const text = formatReport(report);
    const rows = text.split('\n');
    expect(rows[0]).toBe(
      'Balance report: test v1 (abc), 4 games, seed "s", difficulty normal, personalities seed-varied',
    );
    expect(rows).toContain('How the computer negotiates:');
    expect(rows.find((r) => r.includes('Offers repeating'))).toMatch(/ 25\.0% {2}≤ 10% +MISSED$/);
    expect(rows.find((r) => r.includes('Concessions taken back'))).toMatch(/ 2 {2}0 +MISSED$/);
    expect(rows.find((r) => r.includes('Tactics per game'))).toMatch(/ 0\.500 {2}≥ 0\.5 +met$/);
    expect(rows.find((r) => r.includes('historical deal offered'))).toMatch(/\(of 8\) +6\.0 {2}≤ 4 +MISSED$/);
    expect(rows).toContain('  Historical-offer games: 2, never accepted in 1 (counted as turn 9)');
    expect(text).not.toContain('Personality pairs');
    expect(text).toContain('Calibration (seed-varied personalities): 2 deals in 4 games (50.0%)\n');
  });
});
