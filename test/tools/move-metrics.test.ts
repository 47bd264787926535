import { describe, expect, it } from 'vitest';
import type { AgentDecision, DecisionRecord, MoveNote } from '../../src/model/agent/index.ts';
import {
  type Action,
  type GameState,
  type Package,
  type PartyIndex,
  type PublicLine,
  utilityTable,
  viewFor,
} from '../../src/model/index.ts';
import {
  explainsRetraction,
  isContradiction,
  type MoveTally,
  moveTracker,
  NO_MOVES,
  negotiationFigures,
  type PlayedGame,
  retractedIssues,
  sinceOf,
} from '../../tools/lib/move-metrics.ts';
import { loadScenario, MINI, newTestGame, testSettings } from '../helpers.ts';

// The mini scenario: US is party 0, Japan party 1; issues cars (3 levels), steel (2), farm (3), defense (2).
// Japan values cars 0 < 0.322 < 0.741 and farm 0.25 > 0.125 > 0; its farmers' red line: farm at most level 1.
// The US values cars 0.248 > 0.141 > 0; its Detroit group's red line: steel at most level 0.
const scenario = loadScenario(MINI);
const start = newTestGame(scenario, testSettings('metrics'));
const ID = ['us', 'japan'] as const;

const propose = (side: PartyIndex, pkg: Package): Action => ({
  type: 'propose',
  side: ID[side],
  package: pkg,
});

/** A decision record on a hand-built state. */
function record(
  side: PartyIndex,
  before: GameState,
  actions: readonly Action[],
  extra: { objection?: number | null; note?: MoveNote } = {},
): DecisionRecord {
  const view = viewFor(scenario, before, side);
  if (view === null) throw new Error('no view');
  const decision: AgentDecision = {
    actions,
    line: '',
    objection: extra.objection ?? null,
    note: extra.note ?? { kind: 'idle' },
    say: null,
    warning: false,
  };
  return { side, before, view, decision };
}

/** A state with a standing offer by `by`. */
const standingBy = (by: PartyIndex, pkg: Package, state: GameState = start): GameState => ({
  ...state,
  offers: [...state.offers, { by, package: pkg, turn: state.turn }],
  standing: state.offers.length,
});

const line = (by: PartyIndex, issue: number, level: number, bound: PublicLine['bound']): PublicLine => ({
  by,
  issue,
  level,
  bound,
});

function tally(records: readonly DecisionRecord[]): MoveTally {
  const tracker = moveTracker(scenario);
  for (const r of records) tracker.record(r);
  return tracker.tally();
}

describe('repeated offers', () => {
  it('counts a proposal equal to the same side’s own previous one, not to the other side’s', () => {
    const t = tally([
      record(1, start, [propose(1, [2, 0, 0, 0])]),
      record(0, start, [propose(0, [2, 0, 0, 0])]),
      record(1, start, [propose(1, [2, 0, 0, 0])]),
      record(0, start, [propose(0, [2, 1, 0, 0])]),
      record(1, start, [{ type: 'reject', side: 'japan' }]),
    ]);
    expect(t).toEqual({ ...NO_MOVES, proposals: 4, repeats: 1 });
  });
});

describe('retractions', () => {
  const japan = utilityTable(scenario, 1, start.params.influence[1]);

  it('finds the issues a new offer takes back, by the side’s own values', () => {
    expect(retractedIssues(japan, [1, 0, 1, 0], [2, 0, 1, 0])).toEqual([0]);
    expect(retractedIssues(japan, [1, 0, 1, 0], [2, 0, 0, 0])).toEqual([0, 2]);
    expect(retractedIssues(japan, [1, 0, 1, 0], [0, 0, 2, 0])).toEqual([]);
  });

  it('counts each issue taken back without a reason', () => {
    const t = tally([
      record(1, start, [propose(1, [1, 0, 1, 0])]),
      record(1, start, [propose(1, [2, 0, 0, 0])]),
    ]);
    expect(t.retractionsUnexplained).toBe(2);
  });

  it('accepts a retraction whose note names the issue and a cause that happened since', () => {
    const note: MoveNote = { kind: 'retract', issues: [0], why: 'red-line' };
    const usLine = { ...start, redLines: [line(0, 1, 0, 'at-most')] };
    const explained = tally([
      record(1, start, [propose(1, [1, 0, 1, 0])]),
      record(1, usLine, [propose(1, [2, 0, 1, 0])], { note }),
    ]);
    expect(explained.retractionsUnexplained).toBe(0);
    // The same note, with no red line drawn since: unexplained. Its own red line is no cause either.
    const noCause = tally([
      record(1, start, [propose(1, [1, 0, 1, 0])]),
      record(1, { ...start, redLines: [line(1, 2, 1, 'at-most')] }, [propose(1, [2, 0, 1, 0])], { note }),
    ]);
    expect(noCause.retractionsUnexplained).toBe(1);
    // A red line drawn before the previous proposal happened before it: no cause either.
    const before = tally([
      record(1, usLine, [propose(1, [1, 0, 1, 0])]),
      record(1, usLine, [propose(1, [2, 0, 1, 0])], { note }),
    ]);
    expect(before.retractionsUnexplained).toBe(1);
    // A note that names another issue explains only that one.
    const other = tally([
      record(1, start, [propose(1, [1, 0, 1, 0])]),
      record(1, usLine, [propose(1, [2, 0, 0, 0])], { note }),
    ]);
    expect(other.retractionsUnexplained).toBe(1);
  });

  it('checks each cause against the lists added since the previous proposal', () => {
    const since = sinceOf(start);
    const news = { ...start, fired: [{ event: 0, afterMeeting: 0 }] };
    const failed = { ...start, failedRatifications: [{ turn: 3, failed: [0 as PartyIndex] }] };
    const why = (w: 'news' | 'red-line' | 'ratification'): MoveNote => ({
      kind: 'retract',
      issues: [2],
      why: w,
    });
    expect(explainsRetraction(why('news'), 2, 1, since, news)).toBe(true);
    expect(explainsRetraction(why('news'), 2, 1, since, failed)).toBe(false);
    expect(explainsRetraction(why('ratification'), 2, 1, since, failed)).toBe(true);
    expect(explainsRetraction(why('ratification'), 2, 1, since, news)).toBe(false);
    expect(explainsRetraction(why('news'), 0, 1, since, news)).toBe(false);
    expect(explainsRetraction({ kind: 'hold', why: 'final-offer' }, 2, 1, since, news)).toBe(false);
    expect(explainsRetraction(undefined, 2, 1, since, news)).toBe(false);
    expect(explainsRetraction(why('news'), 2, 1, sinceOf(news), news)).toBe(false);
  });

  it('uses the influences of the state before the decision', () => {
    // With only Japan's farmers weighing, cars are worth nothing to Japan: raising cars takes nothing back.
    const farmersOnly: GameState = {
      ...start,
      params: { ...start.params, influence: [start.params.influence[0], [0, 1]] },
    };
    const t = tally([
      record(1, farmersOnly, [propose(1, [1, 0, 1, 0])]),
      record(1, farmersOnly, [propose(1, [2, 0, 1, 0])]),
    ]);
    expect(t.retractionsUnexplained).toBe(0);
  });
});

describe('contradictions', () => {
  it('is an objection to a level every red line of its own party on the issue allows', () => {
    // Japan's farmers draw the line at farm level 1: level 1 is allowed, level 2 crosses it.
    expect(isContradiction(scenario, standingBy(0, [1, 0, 1, 0]), 1, 2)).toBe(true);
    expect(isContradiction(scenario, standingBy(0, [1, 0, 2, 0]), 1, 2)).toBe(false);
  });

  it('needs a red line on the issue, of its own party, and a standing offer', () => {
    expect(isContradiction(scenario, standingBy(0, [1, 0, 1, 0]), 1, 0)).toBe(false);
    expect(isContradiction(scenario, standingBy(0, [1, 0, 1, 0]), 1, null)).toBe(false);
    expect(isContradiction(scenario, start, 1, 2)).toBe(false);
    const usLineOnCars = { ...standingBy(0, [1, 0, 1, 0]), redLines: [line(0, 0, 1, 'at-least')] };
    expect(isContradiction(scenario, usLineOnCars, 1, 0)).toBe(false);
  });

  it('counts the lines it drew in public', () => {
    const drawn = [line(1, 0, 1, 'at-least')];
    expect(isContradiction(scenario, { ...standingBy(0, [1, 0, 0, 0]), redLines: drawn }, 1, 0)).toBe(true);
    expect(isContradiction(scenario, { ...standingBy(0, [0, 0, 0, 0]), redLines: drawn }, 1, 0)).toBe(false);
    // A public line that allows the level beside a group's line that does not: no contradiction.
    const loose = [line(1, 2, 2, 'at-most')];
    expect(isContradiction(scenario, { ...standingBy(0, [1, 0, 2, 0]), redLines: loose }, 1, 2)).toBe(false);
  });

  it('is counted per decision by the tracker', () => {
    const t = tally([
      record(1, standingBy(0, [1, 0, 1, 0]), [propose(1, [2, 0, 0, 0])], { objection: 2 }),
      record(1, standingBy(0, [1, 0, 2, 0]), [{ type: 'reject', side: 'japan' }], { objection: 2 }),
    ]);
    expect(t).toEqual({ ...NO_MOVES, proposals: 1, contradictions: 1 });
  });
});

describe('tactics', () => {
  it('counts red lines, links and back channels, not walk-aways', () => {
    const t = tally([
      record(1, start, [{ type: 'back-channel', side: 'japan' }, propose(1, [2, 0, 0, 0])]),
      record(0, start, [
        { type: 'red-line', side: 'us', issue: 0, level: 1 },
        { type: 'link', side: 'us', issue: 3 },
      ]),
      record(1, start, [{ type: 'walk-away', side: 'japan' }]),
    ]);
    expect(t).toEqual({ ...NO_MOVES, proposals: 1, tactics: 3 });
  });
});

describe('negotiationFigures', () => {
  const moves = (m: Partial<MoveTally>): MoveTally => ({ ...NO_MOVES, ...m });
  const games: PlayedGame[] = [
    { end: 'deal', package: [1, 0, 2, 0], moves: moves({ proposals: 6, repeats: 1, tactics: 2 }) },
    { end: 'deal', package: [1, 0, 2, 0], moves: moves({ proposals: 4, retractionsUnexplained: 2 }) },
    { end: 'deal', package: [2, 1, 0, 0], moves: moves({ proposals: 5, repeats: 2, contradictions: 1 }) },
    { end: 'walked-away', package: [0, 1, 0, 0], moves: moves({ proposals: 3, repeats: 1, tactics: 1 }) },
    { end: 'deadline', package: [0, 1, 0, 0], moves: moves({ proposals: 2, tactics: 1 }) },
  ];
  const scripted = [
    { game: 0, scripted: 0 as PartyIndex, acceptTurn: 2 },
    { game: 1, scripted: 1 as PartyIndex, acceptTurn: null },
    { game: 2, scripted: 0 as PartyIndex, acceptTurn: 5 },
  ];

  it('sums the counts and takes the shares of games and proposals', () => {
    const f = negotiationFigures(games, scripted, [1, 0, 2, 0], 8);
    expect(f).toEqual({
      dealRate: 0.6,
      walkAwayRate: 0.2,
      repeatOfferRate: 0.2,
      retractionsUnexplained: 2,
      contradictions: 1,
      tacticsPerGame: 0.8,
      distinctDeals: 2,
      medianWithinOneLevel: 1,
      // (2 + 9 + 5) / 3: a game where the offer was never accepted counts as turns + 1.
      meanAcceptTurnForHistoricalOffer: 16 / 3,
      historicalOffer: { games: 3, neverAccepted: 1, turns: 8 },
    });
  });

  it('takes the lower median of the deals on each issue', () => {
    // Lower medians of the deals: cars 1, steel 0, farm 2, defense 0.
    expect(negotiationFigures(games, [], [0, 0, 0, 1], 8).medianWithinOneLevel).toBe(0.75);
    expect(negotiationFigures(games, [], [2, 1, 0, 1], 8).medianWithinOneLevel).toBe(0.75);
    expect(negotiationFigures(games, [], [1, 1, 2, 0], 8).medianWithinOneLevel).toBe(1);
  });

  it('gives null, not NaN, without a historical deal, deals, proposals or games', () => {
    const f = negotiationFigures([], [], null, 8);
    expect(f).toMatchObject({
      dealRate: null,
      walkAwayRate: null,
      repeatOfferRate: null,
      tacticsPerGame: null,
      distinctDeals: 0,
      medianWithinOneLevel: null,
      meanAcceptTurnForHistoricalOffer: null,
    });
    expect(negotiationFigures(games.slice(3), [], [1, 0, 2, 0], 8).medianWithinOneLevel).toBeNull();
  });
});
