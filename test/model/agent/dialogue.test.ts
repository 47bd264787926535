import { describe, expect, it } from 'vitest';
import { reason } from '../../../src/model/agent/choose-action.ts';
import { fillLine, objectionIssue, replyLine } from '../../../src/model/agent/dialogue.ts';
import { utilityTable } from '../../../src/model/utility.ts';
import { loadScenario, MINI } from '../../helpers.ts';
import { play, settingsOf, start, viewToMove } from './helpers.ts';

const scenario = loadScenario(MINI);
const fixed = (draw: number) => () => draw;

describe('the objection', () => {
  // Three issues of 3, 2 and 3 levels, and a fourth that never matters.
  const table = {
    constant: 0,
    offsets: Int32Array.from([0, 3, 5, 8]),
    values: Float64Array.from([0, 0.2, 0.5, 0, 0.1, 0, 0.3, 0.4, 0, 0]),
  };

  it('names the issue with the largest shortfall of their offer against my bid', () => {
    // Shortfalls: 0.5, −0.1, 0.1, 0.
    expect(objectionIssue(table, [0, 1, 1, 0], [2, 0, 2, 0])).toBe(0);
    // Shortfalls: 0.3, 0, 0.4, 0.
    expect(objectionIssue(table, [1, 0, 0, 0], [2, 0, 2, 0])).toBe(2);
  });

  it('takes the first issue on a tie and none when their offer falls short nowhere', () => {
    // Shortfalls: 0.5 − 0.2 and 0.3 − 0, equal in quanta.
    expect(objectionIssue(table, [1, 0, 0, 0], [2, 0, 1, 0])).toBe(0);
    expect(objectionIssue(table, [2, 1, 2, 1], [0, 0, 0, 0])).toBeNull();
  });
});

describe('lines', () => {
  it('fill in every {issue} and {level}', () => {
    expect(fillLine('{issue} at {level}? {issue}!', 'Cars', '15%')).toBe('Cars at 15%? Cars!');
  });

  it('come from the scenario for each kind of reply', () => {
    expect(replyLine(scenario, 0, 'accept', null, fixed(0))).toBe('We have a deal.');
    expect(replyLine(scenario, 0, 'walk-away', null, fixed(0.5))).toBe('We are done here.');
    expect(replyLine(scenario, 1, 'propose', null, fixed(0.99))).toBe('Please consider this.');
    expect(replyLine(scenario, 1, 'reject', null, fixed(0))).toBe('We cannot accept this.');
    expect(replyLine(scenario, 1, 'propose', { issue: 2, theirs: [0, 0, 2, 0] }, fixed(0))).toBe(
      '$8B on Farm purchases goes too far.',
    );
    expect(replyLine(scenario, 0, 'reject', { issue: 0, theirs: [1, 0, 0, 0] }, fixed(0))).toBe(
      'We cannot go to 15% on Car tariff.',
    );
  });

  it('pick among several lines with the generator', () => {
    const us = scenario.dialogue[0];
    if (!us) throw new Error('no lines for the US');
    const many = {
      ...scenario,
      dialogue: [{ ...us, accept: ['a', 'b', 'c'] }, scenario.dialogue[1]] as const,
    };
    expect([0, 0.34, 0.67, 0.999].map((d) => replyLine(many, 0, 'accept', null, fixed(d)))).toEqual([
      'a',
      'b',
      'c',
      'c',
    ]);
  });
});

describe('a reply in a game', () => {
  it('objects to the issue of the standing offer it minds most, with the level offered', () => {
    let state = start(scenario, settingsOf('talk'));
    state = play(scenario, state, { type: 'propose', side: 'japan', package: [2, 1, 0, 0] });
    const view = viewToMove(scenario, state);
    const r = reason(view);
    const own = utilityTable(scenario, 0, state.params.influence[0]);
    expect(r.decision.actions.at(-1)?.type).toBe('propose');
    const bid = r.bid?.package ?? [];
    expect(r.decision.objection).toBe(objectionIssue(own, [2, 1, 0, 0], bid));
    // No farm purchases cost the US most against its own bid (its farm states hold half its influence).
    expect(r.decision.objection).toBe(2);
    expect(r.decision.line).toBe('We need more on Farm purchases.');
  });

  it('quotes the level their offer names', () => {
    let state = start(scenario, settingsOf('talk'));
    state = play(
      scenario,
      state,
      { type: 'propose', side: 'japan', package: [2, 1, 0, 0] },
      { type: 'propose', side: 'us', package: [0, 0, 2, 0] },
    );
    const r = reason(viewToMove(scenario, state));
    expect(r.decision.objection).toBe(0);
    expect(r.decision.line).toBe('Car tariff at 27.5% is unacceptable.');
  });

  it('opens with a propose line when there is no standing offer', () => {
    const r = reason(viewToMove(scenario, start(scenario, settingsOf('talk'))));
    expect(r.decision).toMatchObject({ line: 'Please consider this.', objection: null });
  });
});
