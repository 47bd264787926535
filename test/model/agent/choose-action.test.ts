import { describe, expect, it } from 'vitest';
import { chooseAction, reason } from '../../../src/model/agent/choose-action.ts';
import { applyAction, linesOf, toMove } from '../../../src/model/rules.ts';
import type { GameState } from '../../../src/model/types.ts';
import { crosses, ratify } from '../../../src/model/utility.ts';
import { decisionRandom, viewFor } from '../../../src/model/view.ts';
import { loadScenario, MINI } from '../../helpers.ts';
import { play, settingsOf, start, viewToMove } from './helpers.ts';

const scenario = loadScenario(MINI);

/** The game's own generator for the decision of the side to move, as the store and self-play pass it. */
const seeded = (state: GameState) => ({ random: decisionRandom(state, toMove(scenario, state)) });

/** Plays the agent for both sides until `turns` turns have passed. */
function agentsTo(state: GameState, turns: number): GameState {
  let s = state;
  while (s.turn < turns && s.outcome === null)
    s = play(scenario, s, ...chooseAction(viewToMove(scenario, s), seeded(s)).actions);
  return s;
}

describe('the opening move', () => {
  it('is exactly this in mini.json with seed s1: the back channel, then its best bid', () => {
    const decision = chooseAction(viewToMove(scenario, start(scenario, settingsOf('s1'))));
    expect(decision).toEqual({
      actions: [
        { type: 'back-channel', side: 'japan' },
        { type: 'propose', side: 'japan', package: [2, 1, 0, 0] },
      ],
      line: 'Please consider this.',
      objection: null,
    });
  });

  it('is accepted by the rules, action by action', () => {
    const state = start(scenario, settingsOf('s1'));
    const after = play(scenario, state, ...chooseAction(viewToMove(scenario, state)).actions);
    expect(after.turn).toBe(1);
    expect(after.intel[1]).not.toBeNull();
  });
});

describe('determinism', () => {
  it('gives the same decision for the same view, and after a JSON round trip of the state', () => {
    const state = agentsTo(start(scenario, settingsOf('det')), 5);
    const view = viewToMove(scenario, state);
    const copy = viewToMove(scenario, JSON.parse(JSON.stringify(state)) as GameState);
    expect(chooseAction(view)).toEqual(chooseAction(view));
    expect(chooseAction(copy)).toEqual(chooseAction(view));
  });

  it('breaks ties with the seeded generator: other seeds pick other tied bids', () => {
    // Turn 5 of this game: the US has two bids the opponent model rates equally.
    const state = agentsTo(start(scenario, settingsOf('s1')), 5);
    const base = reason(viewToMove(scenario, state), seeded(state));
    expect(base.bid?.ties).toBe(2);
    const picks = new Set<string>();
    for (let i = 0; i < 24; i++) {
      const reseeded = { ...state, settings: { ...state.settings, seed: `tie-${i}` } };
      const r = reason(viewToMove(scenario, reseeded), seeded(reseeded));
      expect(r.bid?.q).toBeGreaterThanOrEqual(base.bid?.band.lo ?? 0);
      picks.add(JSON.stringify(r.bid?.package));
    }
    expect(picks.size).toBe(2);
  });
});

describe('bids', () => {
  it('keep off-table issues at their no-deal level and pass home ratification', () => {
    let state = start(scenario, settingsOf('bids'));
    while (state.outcome === null) {
      const view = viewToMove(scenario, state);
      for (const action of chooseAction(view).actions) {
        if (action.type === 'propose') {
          expect(action.package[3]).toBe(state.params.noDeal[3]);
          expect(
            ratify(scenario, state.params, view.side, action.package, linesOf(state, view.side)).passed,
          ).toBe(true);
        }
        const step = applyAction(scenario, state, action);
        if (!step.ok) throw new Error(step.error.message);
        state = step.value.state;
      }
    }
  });

  it('respect the other side’s public red lines and their own', () => {
    // Japan draws a line: at most $0 of farm purchases; the US's own line: cars stay at 27.5%.
    let state = start(scenario, settingsOf('lines'));
    state = play(
      scenario,
      state,
      { type: 'red-line', side: 'japan', issue: 2, level: 0 },
      { type: 'propose', side: 'japan', package: [2, 1, 0, 0] },
      { type: 'red-line', side: 'us', issue: 0, level: 0 },
    );
    const decision = chooseAction(viewToMove(scenario, state));
    const move = decision.actions.at(-1);
    if (move?.type !== 'propose') throw new Error(`expected a proposal, got ${move?.type}`);
    expect(move.package[2]).toBe(0);
    expect(move.package[0]).toBe(0);
    expect(state.redLines.some((line) => crosses(line, move.package))).toBe(false);
  });

  it('follow the concession style: a conceder aims lower than a Boulware agent mid-game', () => {
    const state = agentsTo(start(scenario, settingsOf('style')), 4);
    const view = viewToMove(scenario, state);
    const target = (personality: 'boulware' | 'linear' | 'conceder') =>
      reason(view, { personality }).target ?? 0;
    expect(target('conceder')).toBeLessThan(target('linear'));
    expect(target('linear')).toBeLessThan(target('boulware'));
  });
});

describe('moves', () => {
  it('walk away when no bid could pass at home and the standing offer cannot be taken', () => {
    // Japan demands cars at 15% or better; the US swears cars stay at 27.5%: nothing is left for Japan.
    let state = start(scenario, settingsOf('walk'));
    state = play(
      scenario,
      state,
      { type: 'red-line', side: 'japan', issue: 0, level: 1 },
      { type: 'propose', side: 'japan', package: [1, 1, 0, 0] },
      { type: 'red-line', side: 'us', issue: 0, level: 0 },
      { type: 'propose', side: 'us', package: [0, 1, 2, 0] },
    );
    const r = reason(viewToMove(scenario, state));
    expect(r.best).toBeNull();
    expect(r.decision).toEqual({
      actions: [{ type: 'walk-away', side: 'japan' }],
      line: 'We will not continue.',
      objection: null,
    });
  });

  it('accept on the last turn an offer home ratifies that beats no-deal', () => {
    const state = agentsTo(start(scenario, settingsOf('s1')), 7);
    const r = reason(viewToMove(scenario, state));
    expect(r.accepted).toBe('deadline');
    expect(r.decision).toEqual({
      actions: [{ type: 'accept', side: 'us' }],
      line: 'We have a deal.',
      objection: null,
    });
  });

  it('use the back channel only on the first turn', () => {
    const state = agentsTo(start(scenario, settingsOf('s1')), 2);
    expect(state.backChannelUsed).toEqual([true, true]);
    const types = chooseAction(viewToMove(scenario, state)).actions.map((a) => a.type);
    expect(types).toEqual(['propose']);
  });

  it('do nothing when it is not the agent’s turn or the game is over', () => {
    const state = start(scenario, settingsOf('idle'));
    const us = viewFor(scenario, state, 'us');
    if (us === null) throw new Error('no view');
    expect(chooseAction(us)).toEqual({ actions: [], line: '', objection: null });
    const over = play(scenario, state, { type: 'walk-away', side: 'japan' });
    expect(chooseAction(viewToMove(scenario, over)).actions).toEqual([]);
  });
});
