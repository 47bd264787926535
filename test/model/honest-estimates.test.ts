/**
 * "Would pass" is honest: for the player's own side the projection is exactly the ratification rule on the real
 * state (and the ratification that follows when the package is proposed and accepted); for the other side it
 * claims a verdict only when every influence and threshold the player cannot rule out agrees.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Bound, estimateRatification, publicBounds } from '../../src/model/estimate.ts';
import { applyAction, createGame, linesOf, packageProblem, toMove } from '../../src/model/rules.ts';
import { other, type Package, type PartyIndex, type Scenario } from '../../src/model/scenario.ts';
import type { Action, GameEvent, GameState } from '../../src/model/types.ts';
import { ratify } from '../../src/model/utility.ts';
import { legalActions, project, viewFor } from '../../src/model/view.ts';
import { loadScenario, MINI } from '../helpers.ts';

const SCENARIOS: readonly Scenario[] = [
  loadScenario('src/content/scenarios/us-japan-2025.json'),
  loadScenario(MINI),
];

/** A package `party` may propose now: random levels, off-table issues at no-deal; null if it crosses its lines. */
function legalPackage(scenario: Scenario, state: GameState, party: PartyIndex, raw: readonly number[]) {
  const pkg: Package = scenario.issues.map((iss, j) =>
    state.onTable[j] ? raw[j] % iss.levels.length : state.params.noDeal[j],
  );
  return packageProblem(scenario, state, party, pkg) === null ? pkg : null;
}

/** One random legal move (no walking away, so that games go on to the news): a tactic, a reply or a proposal. */
function move(scenario: Scenario, state: GameState, pick: number, raw: readonly number[]): GameState {
  const side = toMove(scenario, state);
  const view = viewFor(scenario, state, side) ?? (null as never);
  const legal = legalActions(view);
  const id = scenario.parties[side].id;
  const choices: Action[] = legal.actions.filter((a) => a.type !== 'walk-away');
  const pkg = legalPackage(scenario, state, side, raw);
  if (pkg) choices.push({ type: 'propose', side: id, package: pkg });
  const option = legal.redLineOptions[raw[0] % Math.max(1, legal.redLineOptions.length)];
  if (option) {
    const level = option.levels[raw[1] % option.levels.length];
    choices.push({ type: 'red-line', side: id, issue: option.issue, level });
  }
  if (choices.length === 0) return state;
  const step = applyAction(scenario, state, choices[pick % choices.length]);
  if (!step.ok) throw new Error(step.error.message);
  return step.value.state;
}

const ratificationOf = (events: readonly GameEvent[], party: PartyIndex) =>
  events.flatMap((e) => (e.type === 'ratification' && e.party === party ? [e.result] : []))[0];

const levels = fc.array(fc.nat(60), { minLength: 12, maxLength: 12 });
const walk = fc.array(fc.tuple(fc.nat(40), levels), { maxLength: 24 });

describe('the projection for the player’s own side', () => {
  it('is the ratification rule on the real state, and the ratification that follows proposing and accepting', () => {
    const seen = { news: 0, redLines: 0, passed: 0, failed: 0, pass: 0, fail: 0, unknown: 0 };
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1),
        fc.string({ minLength: 1, maxLength: 6 }),
        walk,
        levels,
        (which, seed, moves, raw) => {
          const scenario = SCENARIOS[which];
          const created = createGame(scenario, {
            seed,
            side: scenario.parties[0].id,
            opponent: 'human',
            difficulty: 'normal',
          });
          if (!created.ok) throw new Error(created.error.message);
          let state = created.value;
          for (const [pick, r] of moves) {
            if (state.outcome) break;
            state = move(scenario, state, pick, r);
          }
          fc.pre(state.outcome === null);
          const side = toMove(scenario, state);
          const pkg = legalPackage(scenario, state, side, raw);
          fc.pre(pkg !== null);
          if (!pkg) return;
          const view = viewFor(scenario, state, side) ?? (null as never);
          const own = project(view, pkg).sides[side];
          const truth = ratify(scenario, state.params, side, pkg, linesOf(state, side));
          expect(own.verdict).toBe(truth.passed ? 'pass' : 'fail');
          // The other side: a verdict only where the real (hidden) weights and threshold agree with it.
          const o = other(side);
          const theirs = project(view, pkg).sides[o];
          const real = ratify(scenario, state.params, o, pkg, linesOf(state, o));
          if (theirs.verdict !== 'unknown') expect(theirs.verdict).toBe(real.passed ? 'pass' : 'fail');
          expect(real.support).toBeGreaterThanOrEqual(theirs.support.min);
          expect(real.support).toBeLessThanOrEqual(theirs.support.max);
          seen[theirs.verdict]++;
          if (state.params.threshold !== created.value.params.threshold) seen.news++;
          if (state.params.influence !== created.value.params.influence) seen.news++;
          if (state.redLines.length > 0) seen.redLines++;
          seen[truth.passed ? 'passed' : 'failed']++;
          expect(own.support).toEqual({ min: truth.support, max: truth.support });
          expect(own.threshold).toEqual({ min: truth.threshold, max: truth.threshold });

          // Proposed, then accepted by the other side: its ratification at home is the projection's verdict,
          // taken on the state the acceptance meets (news at the end of a meeting may change it in between).
          const proposed = applyAction(scenario, state, {
            type: 'propose',
            side: scenario.parties[side].id,
            package: pkg,
          });
          if (!proposed.ok) throw new Error(proposed.error.message);
          const before = proposed.value.state;
          fc.pre(before.outcome === null);
          const accepted = applyAction(scenario, before, {
            type: 'accept',
            side: scenario.parties[other(side)].id,
          });
          fc.pre(accepted.ok);
          if (!accepted.ok) return;
          const result = ratificationOf(accepted.value.events, side);
          const seenThen = project(viewFor(scenario, before, side) ?? (null as never), pkg).sides[side];
          expect(seenThen.verdict).toBe(result.passed ? 'pass' : 'fail');
          expect(seenThen.support.min).toBe(result.support);
          if (before.params === state.params) expect(own.verdict).toBe(seenThen.verdict);
        },
      ),
      { numRuns: 300, seed: 1207 },
    );
    // The random games reach news that move influence or thresholds, drawn red lines, and both verdicts.
    expect(seen.news).toBeGreaterThan(10);
    expect(seen.redLines).toBeGreaterThan(10);
    expect(seen.passed).toBeGreaterThan(10);
    expect(seen.failed).toBeGreaterThan(10);
    expect(Math.min(seen.pass, seen.fail, seen.unknown)).toBeGreaterThan(10);
  });

  it('matches the ratification when the player accepts the other side’s standing offer', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1),
        fc.string({ minLength: 1, maxLength: 6 }),
        walk,
        (which, seed, moves) => {
          const scenario = SCENARIOS[which];
          const created = createGame(scenario, {
            seed,
            side: scenario.parties[1].id,
            opponent: 'human',
            difficulty: 'normal',
          });
          if (!created.ok) throw new Error(created.error.message);
          let state = created.value;
          for (const [pick, r] of moves) {
            if (state.outcome) break;
            state = move(scenario, state, pick, r);
          }
          fc.pre(state.outcome === null && state.standing !== null);
          const side = toMove(scenario, state);
          const offer = state.offers[state.standing ?? 0].package;
          const projected = project(viewFor(scenario, state, side) ?? (null as never), offer).sides[side];
          const accepted = applyAction(scenario, state, { type: 'accept', side: scenario.parties[side].id });
          fc.pre(accepted.ok);
          if (!accepted.ok) return;
          const result = ratificationOf(accepted.value.events, side);
          expect(projected.verdict).toBe(result.passed ? 'pass' : 'fail');
          expect(projected.threshold.min).toBe(result.threshold);
        },
      ),
      { numRuns: 200, seed: 712 },
    );
  });
});

describe('the estimate for the other side', () => {
  const scenario = SCENARIOS[1]; // mini: the US has farmers (2), Detroit (1) and hawks (1), threshold 50%
  const US = 0;
  const start = (): GameState => {
    const created = createGame(scenario, {
      seed: 'est',
      side: 'japan',
      opponent: 'human',
      difficulty: 'normal',
    });
    if (!created.ok) throw new Error(created.error.message);
    return created.value;
  };
  const all = (): Package[] =>
    scenario.issues.reduce<Package[]>(
      (acc, iss) => acc.flatMap((p) => iss.levels.map((_, l) => [...p, l])),
      [[]],
    );

  it('says pass when every group backs it, fail when none does, unknown (support 0–100%) otherwise', () => {
    const state = start();
    const view = viewFor(scenario, state, 'japan') ?? (null as never);
    const counts = { pass: 0, fail: 0, unknown: 0 };
    for (const pkg of all()) {
      const theirs = project(view, pkg).sides[US];
      const backing = theirs.groups.filter((g) => g.supports).length;
      expect(theirs.backing).toBe(backing);
      counts[theirs.verdict]++;
      if (backing === 3) {
        expect(theirs.verdict).toBe('pass');
        expect(theirs.support).toEqual({ min: 1, max: 1 });
      } else if (backing === 0) {
        expect(theirs.verdict).toBe('fail');
        expect(theirs.support).toEqual({ min: 0, max: 0 });
      } else {
        // Any positive weights: any share strictly between none and all.
        expect(theirs.verdict).toBe('unknown');
        expect(theirs.support).toEqual({ min: 0, max: 1 });
      }
      expect(theirs.threshold).toEqual({ min: 0, max: 1 });
      expect(theirs.ratification).toBeNull();
    }
    // No package loses every US group of the mini scenario but by a public red line (next test).
    expect(counts).toEqual({ pass: 6, fail: 0, unknown: 30 });
  });

  it('says fail when the package crosses a public red line the other side drew', () => {
    let state = start();
    if (toMove(scenario, state) !== US) {
      const opened = applyAction(scenario, state, { type: 'propose', side: 'japan', package: [0, 0, 0, 0] });
      if (!opened.ok) throw new Error(opened.error.message);
      state = opened.value.state;
    }
    // The US: cars at most 15% conceded (level 1), in public.
    const drawn = applyAction(scenario, state, { type: 'red-line', side: 'us', issue: 0, level: 1 });
    if (!drawn.ok) throw new Error(drawn.error.message);
    const view = viewFor(scenario, drawn.value.state, 'japan') ?? (null as never);
    const line = linesOf(drawn.value.state, US)[0];
    const crossing = all().filter((p) => p[0] === 2);
    expect(line).toMatchObject({ issue: 0, level: 1, bound: 'at-most' });
    for (const pkg of crossing) {
      const theirs = project(view, pkg).sides[US];
      expect(theirs.verdict).toBe('fail');
      expect(theirs.support).toEqual({ min: 0, max: 0 });
      expect(theirs.backing).toBe(0);
    }
  });

  it('narrows to a range, and to a verdict, under public bounds', () => {
    const state = start();
    // Farmers and hawks back it, Detroit does not: cars-15, steel-50, farm-8, defense-yes.
    const pkg = [1, 0, 2, 1];
    const stances = project(viewFor(scenario, state, 'japan') ?? (null as never), pkg).sides[US].groups;
    expect(stances.map((g) => g.supports)).toEqual([true, false, true]);
    const w = (min: number, max: number): Bound => ({ min, max, minOpen: false });
    const est = (threshold: Bound) =>
      estimateRatification(scenario, state.params, US, pkg, [], {
        influence: [w(1, 2), w(1, 1), w(1, 1)],
        threshold,
      });
    // Support from (1+1)/(1+1+1) to (2+1)/(2+1+1).
    const a = est(w(0.6, 0.7));
    expect(a.verdict).toBe('unknown');
    expect(a.support.min).toBeCloseTo(2 / 3, 12);
    expect(a.support.max).toBe(0.75);
    expect(a.threshold).toEqual({ min: 0.6, max: 0.7 });
    expect(est(w(0.8, 0.9)).verdict).toBe('fail');
    expect(est(w(0.75, 0.9)).verdict).toBe('unknown'); // 75% may just reach a 75% threshold
    expect(est({ min: 0.75, max: 0.9, minOpen: true }).verdict).toBe('fail'); // above 75%: never reached
    expect(est(w(0.5, 0.6)).verdict).toBe('pass');
  });

  it('moves the bounds with the news that fired', () => {
    const election = scenario.events.findIndex((e) => e.id === 'election');
    const bounds = publicBounds(scenario, 1, [{ event: election, afterMeeting: 0 }]);
    expect(bounds.threshold).toEqual({ min: 0.05, max: 1, minOpen: true });
    // Japan's farmers gained 1: more than 1 now, with no upper bound.
    expect(bounds.influence[1]).toEqual({ min: 1, max: Number.POSITIVE_INFINITY, minOpen: true });
    expect(publicBounds(scenario, 0, [{ event: election, afterMeeting: 0 }])).toEqual(
      publicBounds(scenario, 0),
    );
  });
});
