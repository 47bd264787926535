import { describe, expect, it } from 'vitest';
import { applyAction, createGame, replay, toMove, topPriority } from '../../src/model/rules.ts';
import type { Action, GameSettings, GameState } from '../../src/model/types.ts';
import { utility } from '../../src/model/utility.ts';
import { loadScenario, MINI } from '../helpers.ts';

const scenario = loadScenario(MINI);
const SETTINGS: GameSettings = { seed: 'rules', side: 'japan', opponent: 'computer', difficulty: 'normal' };

function start(settings: GameSettings = SETTINGS): GameState {
  const created = createGame(scenario, settings);
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

function play(state: GameState, ...actions: Action[]): GameState {
  let s = state;
  for (const action of actions) {
    const step = applyAction(scenario, s, action);
    if (!step.ok) throw new Error(`${action.type}: ${step.error.code} ${step.error.message}`);
    s = step.value.state;
  }
  return s;
}

function errorOf(state: GameState, action: unknown): string {
  const step = applyAction(scenario, state, action);
  return step.ok ? 'ok' : step.error.code;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const propose = (side: string, pkg: number[]): Action => ({ type: 'propose', side, package: pkg });
const JP = 'japan';
const US = 'us';

describe('createGame', () => {
  it('starts at turn 0 with the first mover to move and no offers', () => {
    const state = start();
    expect(state.turn).toBe(0);
    expect(toMove(scenario, state)).toBe(1);
    expect(state.offers).toEqual([]);
    expect(state.params.noDeal).toEqual([0, 1, 0, 0]);
    expect(state.onTable).toEqual([true, true, true, false]);
    expect(state.approvalHistory).toHaveLength(1);
    expect(state.approvalHistory[0]).toEqual([45, 30]);
  });

  it.each([
    ['an empty seed', { ...SETTINGS, seed: '' }],
    ['an unknown side', { ...SETTINGS, side: 'china' }],
    ['an unknown opponent', { ...SETTINGS, opponent: 'robot' }],
    ['an unknown difficulty', { ...SETTINGS, difficulty: 'insane' }],
  ])('refuses %s', (_name, settings) => {
    const created = createGame(scenario, settings as GameSettings);
    expect(created.ok ? 'ok' : created.error.code).toBe('BAD_SETTINGS');
  });
});

describe('applyAction refuses invalid moves with a reason', () => {
  const state = start();
  it.each([
    ['not an object', 'propose', 'MALFORMED_ACTION'],
    ['null', null, 'MALFORMED_ACTION'],
    ['no side', { type: 'accept' }, 'MALFORMED_ACTION'],
    ['an unknown type', { type: 'bribe', side: JP }, 'MALFORMED_ACTION'],
    ['an unknown side', { type: 'accept', side: 'china' }, 'UNKNOWN_SIDE'],
    ['the wrong side', propose(US, [0, 0, 0, 0]), 'NOT_YOUR_TURN'],
    ['a short package', propose(JP, [0, 0]), 'BAD_PACKAGE'],
    ['a package that is not an array', { type: 'propose', side: JP, package: 'all' }, 'BAD_PACKAGE'],
    ['a level too high', propose(JP, [3, 0, 0, 0]), 'LEVEL_OUT_OF_RANGE'],
    ['a negative level', propose(JP, [0, -1, 0, 0]), 'LEVEL_OUT_OF_RANGE'],
    ['a fractional level', propose(JP, [0.5, 0, 0, 0]), 'LEVEL_OUT_OF_RANGE'],
    ['an off-table issue', propose(JP, [0, 0, 0, 1]), 'OFF_TABLE'],
    ['accepting nothing', { type: 'accept', side: JP }, 'NO_STANDING_OFFER'],
    ['rejecting nothing', { type: 'reject', side: JP }, 'NO_STANDING_OFFER'],
    ['a red line on no issue', { type: 'red-line', side: JP, issue: 9, level: 0 }, 'UNKNOWN_ISSUE'],
    ['a red line off the table', { type: 'red-line', side: JP, issue: 3, level: 0 }, 'OFF_TABLE'],
    ['a red line at no level', { type: 'red-line', side: JP, issue: 0, level: 7 }, 'LEVEL_OUT_OF_RANGE'],
    ['linking an issue on the table', { type: 'link', side: JP, issue: 0 }, 'ALREADY_ON_TABLE'],
    ['linking no issue', { type: 'link', side: JP, issue: -1 }, 'UNKNOWN_ISSUE'],
  ])('%s', (_name, action, code) => {
    expect(errorOf(state, action)).toBe(code);
  });

  it('never mutates its input', () => {
    const frozen = deepFreeze(start());
    const copy = JSON.parse(JSON.stringify(frozen));
    play(frozen, propose(JP, [2, 1, 1, 0]), { type: 'accept', side: US });
    expect(frozen).toEqual(copy);
  });

  it('refuses a state from another scenario', () => {
    const state = { ...start(), scenario: { id: 'mini', version: '1', hash: 'other' } };
    expect(errorOf(state, propose(JP, [0, 0, 0, 0]))).toBe('SCENARIO_MISMATCH');
  });
});

describe('turns, meetings, events and the deadline', () => {
  it('alternates turns, first mover first, two turns a meeting', () => {
    const s1 = play(start(), propose(JP, [2, 1, 0, 0]));
    expect(s1.turn).toBe(1);
    expect(toMove(scenario, s1)).toBe(0);
    expect(s1.standing).toBe(0);
    const s2 = play(s1, propose(US, [0, 0, 2, 0]));
    expect(s2.turn).toBe(2);
    expect(s2.standing).toBe(1);
    expect(s2.offers.map((o) => o.by)).toEqual([1, 0]);
  });

  it('fires a certain event after the first meeting and moves no-deal', () => {
    const state = start();
    const step = applyAction(scenario, play(state, propose(JP, [2, 1, 0, 0])), propose(US, [0, 0, 2, 0]));
    if (!step.ok) throw new Error(step.error.code);
    expect(step.value.events.map((e) => e.type)).toContain('news');
    expect(step.value.state.fired.map((f) => f.event)).toContain(0);
    expect(step.value.state.params.noDeal).toEqual([0, 0, 0, 0]);
    expect(step.value.state.rng).not.toEqual(state.rng);
  });

  it('draws the same events for the same seed and can differ for another', () => {
    const run = (seed: string) => {
      let s = start({ ...SETTINGS, seed });
      for (let i = 0; i < 6; i++) s = play(s, propose(i % 2 === 0 ? JP : US, [0, 0, 0, 0]));
      return s.fired;
    };
    expect(run('a')).toEqual(run('a'));
    const outcomes = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((seed) => JSON.stringify(run(seed))),
    );
    expect(outcomes.size).toBeGreaterThan(1);
  });

  it('ends in no-deal at the deadline', () => {
    let s = start();
    for (let i = 0; i < 8; i++) s = play(s, propose(i % 2 === 0 ? JP : US, [0, 0, 0, 0]));
    expect(s.outcome).toEqual({
      kind: 'no-deal',
      package: s.params.noDeal,
      reason: 'deadline',
      by: null,
      turn: 8,
    });
    expect(errorOf(s, propose(JP, [0, 0, 0, 0]))).toBe('GAME_OVER');
    // The start, after each of the first three meetings, and the end.
    expect(s.approvalHistory).toHaveLength(5);
  });
});

describe('moves', () => {
  it('accepting a package both sides ratify makes a deal', () => {
    const step = applyAction(scenario, play(start(), propose(JP, [1, 0, 1, 0])), {
      type: 'accept',
      side: US,
    });
    if (!step.ok) throw new Error(step.error.code);
    const types = step.value.events.map((e) => e.type);
    expect(types).toEqual(['accepted', 'ratification', 'ratification', 'deal']);
    expect(step.value.state.outcome).toMatchObject({
      kind: 'deal',
      package: [1, 0, 1, 0],
      reason: 'accepted',
      by: 0,
    });
  });

  it('a deal that fails at home is void and the talks go on', () => {
    // $8B of farm purchases crosses the rice farmers' red line: Japan's support falls to 0.75 < 0.8.
    const step = applyAction(scenario, play(start(), propose(JP, [1, 0, 2, 0])), {
      type: 'accept',
      side: US,
    });
    if (!step.ok) throw new Error(step.error.code);
    const failed = step.value.events.find((e) => e.type === 'ratification-failed');
    expect(failed).toEqual({ type: 'ratification-failed', failed: [1] });
    expect(step.value.state.outcome).toBeNull();
    expect(step.value.state.standing).toBeNull();
    expect(step.value.state.failedRatifications).toEqual([{ turn: 1, failed: [1] }]);
  });

  it('rejecting clears the standing offer and ends the turn', () => {
    const s = play(start(), propose(JP, [2, 1, 0, 0]), { type: 'reject', side: US });
    expect(s.standing).toBeNull();
    expect(s.turn).toBe(2);
  });

  it('walking away ends the game with no deal', () => {
    const s = play(start(), { type: 'walk-away', side: JP });
    expect(s.outcome).toMatchObject({ kind: 'no-deal', reason: 'walked-away', by: 1, package: [0, 1, 0, 0] });
  });
});

describe('tactics', () => {
  it('a public red line binds its own side: at-most on its own issue, at-least on the other’s', () => {
    const s = play(start(), { type: 'red-line', side: JP, issue: 0, level: 1 });
    expect(s.redLines).toEqual([{ by: 1, issue: 0, level: 1, bound: 'at-least' }]);
    expect(s.turn).toBe(0);
    expect(errorOf(s, propose(JP, [0, 0, 0, 0]))).toBe('CROSSES_RED_LINE');
    expect(errorOf(s, { type: 'red-line', side: JP, issue: 2, level: 0 })).toBe('TACTIC_USED');
    const s2 = play(s, propose(JP, [1, 0, 0, 0]), { type: 'red-line', side: US, issue: 2, level: 1 });
    expect(s2.redLines[1]).toEqual({ by: 0, issue: 2, level: 1, bound: 'at-least' });
  });

  it('the side that drew a red line pays at home if the game ends without a deal', () => {
    const s = play(
      start(),
      { type: 'red-line', side: JP, issue: 0, level: 1 },
      { type: 'walk-away', side: JP },
    );
    expect(s.params.approvalShift).toEqual([0, -5]);
  });

  it('linking puts an issue on the table at an approval cost', () => {
    const s = play(start(), { type: 'link', side: JP, issue: 3 });
    expect(s.onTable).toEqual([true, true, true, true]);
    expect(s.params.approvalShift).toEqual([0, -3]);
    expect(errorOf(s, propose(JP, [0, 0, 0, 1]))).toBe('ok');
    expect(errorOf(s, { type: 'link', side: JP, issue: 3 })).toBe('TACTIC_USED');
  });

  it('the back channel reveals the other side’s top priority and may leak', () => {
    const s = play(start(), { type: 'back-channel', side: JP });
    expect(s.intel).toEqual([null, topPriority(scenario, s.params, 0)]);
    expect(s.backChannelUsed).toEqual([false, true]);
    expect(errorOf(s, { type: 'back-channel', side: JP })).toBe('TACTIC_USED');
    const leaks = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map(
      (seed) =>
        play(start({ ...SETTINGS, seed }), { type: 'back-channel', side: JP }).params.approvalShift[1],
    );
    expect(leaks).toEqual(leaks.map((x) => (x === 0 ? 0 : -3)));
    expect(leaks.some((x) => x === -3)).toBe(true);
    expect(leaks.some((x) => x === 0)).toBe(true);
  });
});

describe('replay', () => {
  it('reproduces a game from its log exactly', () => {
    const s = play(
      start(),
      { type: 'back-channel', side: JP },
      propose(JP, [2, 1, 0, 0]),
      propose(US, [0, 0, 2, 0]),
      { type: 'reject', side: JP },
      propose(US, [1, 0, 1, 0]),
    );
    const replayed = replay(scenario, SETTINGS, s.log);
    expect(replayed.ok && replayed.value).toEqual(s);
  });

  it('names the action a log fails at', () => {
    const replayed = replay(scenario, SETTINGS, [propose(JP, [0, 0, 0, 0]), propose(JP, [0, 0, 0, 0])]);
    expect(replayed.ok ? null : replayed.error).toMatchObject({ code: 'NOT_YOUR_TURN', index: 1 });
  });
});

describe('reservation utility', () => {
  it('is the utility of the current no-deal package', () => {
    const s = start();
    expect(utility(scenario, s.params, 0, s.params.noDeal)).toBeCloseTo(0.248155352, 8);
    expect(utility(scenario, s.params, 1, s.params.noDeal)).toBeCloseTo(0.259274778, 8);
  });
});
