/** Invariants of the rules over random sequences of legal and illegal actions (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { economyOf } from '../../src/model/economy.ts';
import { applyAction, createGame, replay, toMove } from '../../src/model/rules.ts';
import type { GameSettings, GameState } from '../../src/model/types.ts';
import { legalActions, viewFor } from '../../src/model/view.ts';
import { loadScenario, MINI } from '../helpers.ts';

const scenario = loadScenario(MINI);
const counts = scenario.issues.map((i) => i.levels.length);

const side = fc.constantFrom('us', 'japan', 'china');
const level = fc.integer({ min: -1, max: 3 });
const anyPackage = fc.oneof(
  fc.tuple(...counts.map((n) => fc.integer({ min: 0, max: n - 1 }))),
  fc.array(level, { maxLength: 6 }),
);
const garbage = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.integer(),
  fc.object(),
  fc.constant({ type: 'propose' }),
);
/** An action of every type, with the side to move most of the time so that many are legal. */
const action = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ type: fc.constant('propose'), side: fc.constant('*'), package: anyPackage }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constantFrom('accept', 'reject'), side: fc.constant('*') }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('walk-away'), side: fc.constant('*') }) },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('red-line'), side: fc.constant('*'), issue: level, level }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('link'), side: fc.constant('*'), issue: level }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('back-channel'), side: fc.constant('*') }) },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constantFrom('propose', 'accept', 'bribe'), side, package: anyPackage }),
  },
  { weight: 1, arbitrary: garbage },
);
const settings = fc.record({
  seed: fc.string({ minLength: 1, maxLength: 8 }),
  side: fc.constantFrom('us', 'japan'),
  opponent: fc.constantFrom('computer', 'human', 'computer-vs-computer'),
  difficulty: fc.constantFrom('easy', 'normal', 'hard'),
}) as fc.Arbitrary<GameSettings>;

interface Run {
  readonly states: GameState[];
  readonly final: GameState;
}

/** Plays a sequence: '*' is replaced by the side to move. Throws if applyAction throws. */
function run(s: GameSettings, actions: readonly unknown[]): Run {
  const created = createGame(scenario, s);
  if (!created.ok) throw new Error(created.error.message);
  let state = created.value;
  const states = [state];
  for (const a of actions) {
    const concrete =
      typeof a === 'object' && a !== null && (a as { side?: unknown }).side === '*'
        ? { ...a, side: scenario.parties[toMove(scenario, state)].id }
        : a;
    const step = applyAction(scenario, state, concrete);
    if (step.ok) {
      state = step.value.state;
      states.push(state);
    }
  }
  return { states, final: state };
}

function allNumbersFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allNumbersFinite);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(allNumbersFinite);
  return true;
}

const actions = fc.array(action, { maxLength: 30 });

describe('rules properties', () => {
  it('applyAction never throws, and the state survives a JSON round trip', () => {
    fc.assert(
      fc.property(settings, actions, (s, as) => {
        const { states } = run(s, as);
        for (const state of states) expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('no NaN or Infinity appears anywhere in the state, the events or a projection', () => {
    fc.assert(
      fc.property(settings, actions, (s, as) => {
        const { final } = run(s, as);
        expect(allNumbersFinite(final)).toBe(true);
        for (const offer of final.offers)
          expect(allNumbersFinite(economyOf(scenario, offer.package))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('every package, and so every tariff, stays within its levels', () => {
    fc.assert(
      fc.property(settings, actions, (s, as) => {
        const { final } = run(s, as);
        const packages = [...final.offers.map((o) => o.package), final.params.noDeal];
        if (final.outcome) packages.push(final.outcome.package);
        for (const pkg of packages) {
          pkg.forEach((l, j) => {
            expect(Number.isInteger(l)).toBe(true);
            expect(l).toBeGreaterThanOrEqual(0);
            expect(l).toBeLessThan(counts[j]);
          });
          for (const sector of economyOf(scenario, pkg).sectors) {
            if (sector.tariff === null) continue;
            const values = scenario.issues[
              scenario.sectors.find((x) => x.id === sector.id)?.issue ?? 0
            ].levels.map((x) => x.value);
            expect(sector.tariff).toBeGreaterThanOrEqual(Math.min(...values));
            expect(sector.tariff).toBeLessThanOrEqual(Math.max(...values));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a finished game accepts no move', () => {
    fc.assert(
      fc.property(settings, actions, action, (s, as, extra) => {
        const { final } = run(s, [...as, { type: 'walk-away', side: '*' }]);
        expect(final.outcome).not.toBeNull();
        for (const attempt of [
          extra,
          { type: 'propose', side: 'us', package: [0, 0, 0, 0] },
          { type: 'accept', side: 'japan' },
        ]) {
          const step = applyAction(scenario, final, attempt);
          expect(step.ok ? 'ok' : step.error.code).toBe('GAME_OVER');
        }
        const view = viewFor(scenario, final, final.settings.side);
        expect(view && legalActions(view).actions).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('replaying the log reproduces the state exactly', () => {
    fc.assert(
      fc.property(settings, actions, (s, as) => {
        const { final } = run(s, as);
        const replayed = replay(scenario, s, final.log);
        expect(replayed.ok && replayed.value).toEqual(final);
      }),
      { numRuns: 300 },
    );
  });

  it('the same seed and moves give the same game', () => {
    fc.assert(
      fc.property(settings, actions, (s, as) => {
        expect(run(s, as).final).toEqual(run({ ...s }, structuredClone(as)).final);
      }),
      { numRuns: 200 },
    );
  });

  it('every action legalActions offers is accepted', () => {
    fc.assert(
      fc.property(settings, actions, (s, as) => {
        const { final } = run(s, as);
        const mover = toMove(scenario, final);
        const view = viewFor(scenario, final, mover);
        if (!view) throw new Error('no view');
        const legal = legalActions(view);
        for (const a of legal.actions) expect(applyAction(scenario, final, a).ok).toBe(true);
        if (legal.canPropose) {
          const pkg = legal.levels.map((ls) => ls[ls.length - 1]);
          expect(
            applyAction(scenario, final, { type: 'propose', side: scenario.parties[mover].id, package: pkg })
              .ok,
          ).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
