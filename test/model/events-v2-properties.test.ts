/**
 * Property: whatever schema version 2 events a scenario has (random effects, windows and chances on
 * mini-v2.json), every game the computer plays keeps every invariant: finite numbers (no NaN), shares in range,
 * the deadline inside the meetings, the table and the standing offer consistent, and a log that replays to the
 * same state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playComputerGame } from '../../src/model/agent/index.ts';
import { applyAction, createGame, replay, scenarioAt, turnCount } from '../../src/model/rules.ts';
import type { CompiledEffect, CompiledEvent, Scenario } from '../../src/model/scenario.ts';
import type { GameState } from '../../src/model/types.ts';
import { approval, utility } from '../../src/model/utility.ts';
import { ECONOMY_PARAMETERS } from '../../src/model/vocabulary.ts';
import { loadScenario, testSettings } from '../helpers.ts';

const base = loadScenario('test/fixtures/scenarios/mini-v2.json');
const last = base.meetingCount - 1;
const party = fc.constantFrom(0 as const, 1 as const);
const issue = fc.integer({ min: 0, max: base.issues.length - 1 });

const effect = (to: number): fc.Arbitrary<CompiledEffect> =>
  fc.oneof(
    issue.chain((j) =>
      fc
        .integer({ min: 0, max: base.issues[j].levels.length - 1 })
        .map((level): CompiledEffect => ({ op: 'set-no-deal', issue: j, level })),
    ),
    party.chain((p) =>
      fc.integer({ min: 0, max: base.parties[p].groups.length - 1 }).chain((group) =>
        fc.oneof(
          fc
            .double({ min: -1000, max: 1000, noNaN: true })
            .map((by): CompiledEffect => ({ op: 'adjust-influence', party: p, group, by })),
          fc
            .array(fc.double({ min: 0.001, max: 1000, noNaN: true }), {
              minLength: base.parties[p].groups[group].concernInputs.length,
              maxLength: base.parties[p].groups[group].concernInputs.length,
            })
            .map((weights): CompiledEffect => ({ op: 'set-weights', party: p, group, weights })),
          fc.tuple(issue, fc.nat(), fc.constantFrom('at-most' as const, 'at-least' as const)).map(
            ([j, l, bound]): CompiledEffect => ({
              op: 'add-red-line',
              party: p,
              group,
              line: { issue: j, level: l % base.issues[j].levels.length, bound, quote: null, quoteBy: null },
            }),
          ),
          issue.map((j): CompiledEffect => ({ op: 'remove-red-line', party: p, group, issue: j })),
        ),
      ),
    ),
    fc
      .tuple(party, fc.double({ min: -1, max: 1, noNaN: true }))
      .map(([p, by]): CompiledEffect => ({ op: 'adjust-threshold', party: p, by })),
    fc
      .tuple(party, fc.double({ min: -100, max: 100, noNaN: true }))
      .map(([p, by]): CompiledEffect => ({ op: 'adjust-approval', party: p, by })),
    fc
      .tuple(issue, fc.boolean())
      .map(([j, onTable]): CompiledEffect => ({ op: 'set-on-table', issue: j, onTable })),
    fc.tuple(fc.constantFrom(...ECONOMY_PARAMETERS), fc.double({ min: 0, max: 1, noNaN: true })).map(
      ([parameter, share]): CompiledEffect => ({
        op: 'set-economy',
        parameter,
        value: parameter === 'elasticity' ? share * 20 : share,
      }),
    ),
    fc
      .tuple(party, fc.integer({ min: to + 1, max: last }))
      .map(([p, meeting]): CompiledEffect => ({ op: 'set-deadline', party: p, meeting })),
  );

const event: fc.Arbitrary<CompiledEvent> = fc
  .integer({ min: 0, max: last - 1 })
  .chain((from) => fc.tuple(fc.constant(from), fc.integer({ min: from, max: last - 1 })))
  .chain(([from, to]) =>
    fc.record({
      id: fc.constant('random'),
      title: fc.constant('Random news'),
      text: fc.constant('Something happened.'),
      date: fc.constant(null),
      from: fc.constant(from),
      to: fc.constant(to),
      chance: fc.constantFrom(0.3, 0.7, 1),
      effects: fc.array(effect(to), { minLength: 1, maxLength: 4 }),
    }),
  );

const finite = (x: number) => Number.isFinite(x);

/** Every invariant of one state of a game of `scenario`. */
function checkState(scenario: Scenario, state: GameState): void {
  const now = scenarioAt(scenario, state);
  expect(now.meetingCount).toBeGreaterThanOrEqual(1);
  expect(now.meetingCount).toBeLessThanOrEqual(scenario.meetingCount);
  expect(state.turn).toBeLessThanOrEqual(turnCount(now));
  for (const p of [0, 1] as const) {
    expect(state.params.influence[p].every((w) => finite(w) && w >= 0)).toBe(true);
    expect(state.params.threshold[p]).toBeGreaterThanOrEqual(0);
    expect(state.params.threshold[p]).toBeLessThanOrEqual(1);
    for (const g of now.parties[p].groups) {
      expect(finite(g.constant)).toBe(true);
      expect(g.table.every((row) => row.every(finite))).toBe(true);
    }
    for (const pkg of [state.params.noDeal, ...state.offers.map((o) => o.package)]) {
      const u = utility(now, state.params, p, pkg);
      expect(u).toBeGreaterThanOrEqual(-1e-9);
      expect(u).toBeLessThanOrEqual(1 + 1e-9);
      expect(finite(approval(now, state.params, p, pkg))).toBe(true);
    }
  }
  expect(now.sectors.every((s) => s.atLevel.every((at) => finite(at.flow) && at.jobs.every(finite)))).toBe(
    true,
  );
  expect(state.approvalHistory.every((a) => a.every((x) => finite(x) && x >= 0 && x <= 100))).toBe(true);
  expect(state.onTable.length).toBe(scenario.issues.length);
  if (state.standing !== null) {
    const offer = state.offers[state.standing];
    expect(offer).toBeDefined();
    // A standing offer never moves an issue that is off the table.
    expect(offer.package.every((l, j) => state.onTable[j] || l === state.params.noDeal[j])).toBe(true);
  }
}

describe('random version 2 events keep every invariant', () => {
  it('in computer-vs-computer games, step by step, and in replay', () => {
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 1, maxLength: 5 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        (events, seed) => {
          const scenario: Scenario = { ...base, events };
          const settings = testSettings(seed, { opponent: 'computer-vs-computer' });
          const game = playComputerGame(scenario, settings);
          expect(game.outcome).not.toBeNull();
          const created = createGame(scenario, settings);
          if (!created.ok) throw new Error(created.error.message);
          let at = created.value;
          checkState(scenario, at);
          for (const action of game.log) {
            const step = applyAction(scenario, at, action);
            if (!step.ok) throw new Error(step.error.message);
            at = step.value.state;
            checkState(scenario, at);
          }
          expect(at).toEqual(game);
          expect(replay(scenario, settings, game.log)).toEqual({ ok: true, value: game });
        },
      ),
      { numRuns: 60, seed: 15 },
    );
    // Sixty games played and checked move by move: seconds on a loaded machine.
  }, 120_000);
});
