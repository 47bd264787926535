import { describe, expect, it } from 'vitest';
import {
  type AcceptanceInput,
  acceptance,
  acMaxWindow,
  acNext,
} from '../../../src/model/agent/acceptance.ts';
import { reason } from '../../../src/model/agent/choose-action.ts';
import { linesOf } from '../../../src/model/rules.ts';
import { ratify, utility } from '../../../src/model/utility.ts';
import { loadScenario, MINI } from '../../helpers.ts';
import { play, settingsOf, start, viewToMove } from './helpers.ts';

const scenario = loadScenario(MINI);

const base: AcceptanceInput = {
  t: 0.5,
  acceptanceTime: 0.98,
  deadline: false,
  offerQ: 600,
  nextBidQ: 700,
  reservationQ: 300,
  ratified: true,
  theirs: [{ t: 0.5, q: 600 }],
};

describe('AC_next', () => {
  it('accepts an offer worth at least the next bid', () => {
    expect(acNext(700, 700)).toBe(true);
    expect(acNext(701, 700)).toBe(true);
    expect(acNext(699, 700)).toBe(false);
  });
});

describe('AC_combi(MAX^W)', () => {
  const theirs = [
    { t: 0.5, q: 900 },
    { t: 0.96, q: 650 },
    { t: 0.98, q: 600 },
    { t: 0.99, q: 640 },
  ];

  it('does nothing before the acceptance time', () => {
    expect(acMaxWindow(0.97, 0.98, 10_000, theirs)).toBe(false);
  });

  it('from T on, accepts the best offer of the window [t − (1 − t), t]', () => {
    // t = 0.99: the window is [0.98, 0.99]; the best in it is 640.
    expect(acMaxWindow(0.99, 0.98, 640, theirs)).toBe(true);
    expect(acMaxWindow(0.99, 0.98, 639, theirs)).toBe(false);
    // t = 0.98: the window is [0.96, 0.98], where 650 is the best.
    expect(acMaxWindow(0.98, 0.98, 640, theirs)).toBe(false);
    expect(acMaxWindow(0.98, 0.98, 650, theirs)).toBe(true);
  });

  it('combines AC_next, then the window', () => {
    expect(acceptance({ ...base, offerQ: 700 })).toBe('next');
    expect(acceptance(base)).toBeNull();
    expect(acceptance({ ...base, t: 0.99, theirs: [{ t: 0.99, q: 600 }] })).toBe('window');
  });
});

describe('the domestic check', () => {
  it('never accepts what home would not ratify', () => {
    expect(acceptance({ ...base, offerQ: 900, ratified: false })).toBeNull();
    expect(acceptance({ ...base, deadline: true, ratified: false })).toBeNull();
  });

  it('never accepts below the reservation, even at the deadline', () => {
    expect(acceptance({ ...base, offerQ: 299, nextBidQ: 200 })).toBeNull();
    expect(acceptance({ ...base, offerQ: 299, deadline: true })).toBeNull();
  });

  it('takes any ratified offer at least as good as no-deal on the deadline turn', () => {
    expect(acceptance({ ...base, offerQ: 300, deadline: true })).toBe('deadline');
  });

  it('takes a ratified offer when it could bid nothing home would ratify', () => {
    expect(acceptance({ ...base, nextBidQ: null })).toBe('only-option');
  });

  it('turns down at the deadline an offer it would take, when home would veto it', () => {
    // Japan offers free cars for $8B of farm purchases on the last turn but one; the US answers on the last.
    let state = start(scenario, settingsOf('veto'));
    for (let turn = 0; turn < 6; turn++) {
      const side = turn % 2 === 0 ? 'japan' : 'us';
      state = play(scenario, state, { type: 'propose', side, package: [0, 0, 0, 0] });
    }
    const offer = [2, 1, 2, 0];
    state = play(scenario, state, { type: 'propose', side: 'japan', package: offer });
    const view = viewToMove(scenario, state);
    expect([view.side, view.time]).toEqual([0, 1]);
    expect(utility(scenario, state.params, 0, offer)).toBeGreaterThan(
      utility(scenario, state.params, 0, state.params.noDeal),
    );
    // Home backs it with 3/4 of the influence: over the threshold of 1/2, it takes it.
    expect(ratify(scenario, state.params, 0, offer, linesOf(state, 0)).support).toBe(0.75);
    expect(reason(view).accepted).toBe('deadline');
    // Raise the threshold to 0.8 (as an event could): home would veto it, and so does the agent.
    const strict = {
      ...state,
      params: { ...state.params, threshold: [0.8, state.params.threshold[1]] as const },
    };
    const r = reason(viewToMove(scenario, strict));
    expect(r.accepted).toBeNull();
    expect(r.decision.actions).toEqual([{ type: 'reject', side: 'us' }]);
  });
});
