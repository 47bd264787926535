import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reason } from '../../../src/model/agent/choose-action.ts';
import {
  fillLine,
  type LineKind,
  lineFor,
  objectionIssue,
  replyLine,
} from '../../../src/model/agent/dialogue.ts';
import type { PartyIndex } from '../../../src/model/scenario.ts';
import { utilityTable } from '../../../src/model/utility.ts';
import { loadScenario, MINI } from '../../helpers.ts';
import { play, settingsOf, start, viewToMove } from './helpers.ts';

const scenario = loadScenario(MINI);

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
    expect(replyLine(scenario, 0, 'accept', null, 0)).toBe('We have a deal.');
    expect(replyLine(scenario, 0, 'walk-away', null, 1)).toBe('We are done here.');
    expect(replyLine(scenario, 1, 'propose', null, 3)).toBe('Please consider this.');
    expect(replyLine(scenario, 1, 'reject', null, 0)).toBe('We cannot accept this.');
    expect(replyLine(scenario, 1, 'propose', { issue: 2, theirs: [0, 0, 2, 0] }, 0)).toBe(
      '$8B on Farm purchases goes too far.',
    );
    expect(replyLine(scenario, 0, 'reject', { issue: 0, theirs: [1, 0, 0, 0] }, 0)).toBe(
      'We cannot go to 15% on Car tariff.',
    );
  });

  it('take a kind’s lines in turn, so consecutive turns of a side never say the same line', () => {
    const us = scenario.dialogue[0];
    if (!us) throw new Error('no lines for the US');
    const many = {
      ...scenario,
      dialogue: [{ ...us, accept: ['a', 'b', 'c'] }, scenario.dialogue[1]] as const,
    };
    expect([0, 1, 2, 3, 4].map((k) => replyLine(many, 0, 'accept', null, k))).toEqual([
      'a',
      'b',
      'c',
      'a',
      'b',
    ]);
  });

  it('fall back to the four kinds every file has; a tactic without lines of its own says nothing', () => {
    // mini.json has none of the new kinds.
    expect(lineFor(scenario, 0, { kind: 'concede' }, 0)).toBe('Here is our offer.');
    expect(lineFor(scenario, 0, { kind: 'want-more' }, 0)).toBe('Not good enough.');
    expect(lineFor(scenario, 0, { kind: 'hold', why: 'final-offer' }, 0)).toBe('Here is our offer.');
    expect(lineFor(scenario, 0, { kind: 'warn' }, 0)).toBe('Not good enough.');
    expect(lineFor(scenario, 0, { kind: 'red-line', issue: 0, level: 1 }, 0)).toBe('');
    expect(lineFor(scenario, 0, { kind: 'back-channel' }, 0)).toBe('');
  });
});

describe('the new kinds of line in the shipped scenario', () => {
  const real = loadScenario('src/content/scenarios/us-japan-2025.json');
  it('name the issue and level, and the reason of a hold or a retraction', () => {
    expect(lineFor(real, 1, { kind: 'red-line', issue: 1, level: 2 }, 0)).toBe(
      'On Car tariff, 15% in total is our line. The Prime Minister has said so in public.',
    );
    expect(lineFor(real, 0, { kind: 'retract', why: 'red-line', issue: 3 }, 1)).toBe(
      'If that is your line, we need more on Farm purchases in return.',
    );
    expect(lineFor(real, 0, { kind: 'hold', why: 'waiting-for-news' }, 0)).toBe(
      'We keep this offer on the table for now. Let’s see what the next weeks bring.',
    );
  });

  it('never repeat for one side on consecutive turns, whatever the kinds', () => {
    const kinds: LineKind[] = [
      { kind: 'concede' },
      { kind: 'want-more' },
      { kind: 'news' },
      { kind: 'warn' },
      { kind: 'hold', why: 'deadline-tactic' },
      { kind: 'retract', why: 'news', issue: 0 },
      { kind: 'objection', issue: 0, level: 1 },
      { kind: 'answer-red-line', issue: 2 },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom<PartyIndex>(0, 1),
        fc.nat(20),
        fc.constantFrom(...kinds),
        fc.constantFrom(...kinds),
        (side, k, a, b) => lineFor(real, side, a, k) !== lineFor(real, side, b, k + 1),
      ),
    );
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
    // Its second turn, after a concession: it says it moved (every other turn), and names the objection's
    // level on the turns between.
    expect(r.decision.note.kind).toBe('concede');
    expect(r.decision.line).toBe('Please consider this.');
    expect(lineFor(scenario, 1, { kind: 'objection', issue: 0, level: 0 }, 2)).toBe(
      'Car tariff at 27.5% is unacceptable.',
    );
  });

  it('opens with a propose line when there is no standing offer', () => {
    const r = reason(viewToMove(scenario, start(scenario, settingsOf('talk'))));
    expect(r.decision).toMatchObject({ line: 'Please consider this.', objection: null });
  });
});
