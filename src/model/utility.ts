/**
 * Utilities and the two-level game (Putnam). Each group's utility is additive over issues (compiled from the
 * economy and its concerns); a party's utility is the influence-weighted mean of its groups'. A deal is
 * ratified at home when the groups that back it hold at least the threshold share of influence.
 */
import { mapped } from './arrays.ts';
import type { CompiledGroup, Package, Pair, PartyIndex, Scenario } from './scenario.ts';

/** The parameters events can move. They live in the game state. */
export interface Params {
  readonly noDeal: Package;
  readonly influence: Pair<readonly number[]>;
  readonly threshold: Pair<number>;
  readonly approvalShift: Pair<number>;
}

/** The starting parameters of each scenario: one object (never changed: events make new ones), so that every
 * game starts with the same arrays and the tables memoised on them are found by identity (issue 16). */
const initialCache = new WeakMap<Scenario, Params>();

export function initialParams(scenario: Scenario): Params {
  let params = initialCache.get(scenario);
  if (params === undefined) {
    params = makeInitialParams(scenario);
    initialCache.set(scenario, params);
  }
  return params;
}

function makeInitialParams(scenario: Scenario): Params {
  return {
    noDeal: scenario.noDeal,
    influence: [
      mapped(scenario.parties[0].groups, (g) => g.influence),
      mapped(scenario.parties[1].groups, (g) => g.influence),
    ],
    threshold: [scenario.parties[0].threshold, scenario.parties[1].threshold],
    approvalShift: [0, 0],
  };
}

/** A party's additive utility: U(p) = constant + Σ_j values[offsets[j] + p[j]]. */
export interface UtilityTable {
  readonly constant: number;
  readonly values: Float64Array;
  readonly offsets: Int32Array;
}

/** Tables by influence array (its identity), then scenario, then party: two parties may share an array. */
const tableCache = new WeakMap<
  readonly number[],
  WeakMap<Scenario, [UtilityTable | null, UtilityTable | null]>
>();

function offsetsOf(scenario: Scenario): Int32Array {
  const offsets = new Int32Array(scenario.issues.length);
  let at = 0;
  scenario.issues.forEach((iss, j) => {
    offsets[j] = at;
    at += iss.levels.length;
  });
  return offsets;
}

/** Builds the utility table of one party for given group influences (memoised on the influence array). */
export function utilityTable(
  scenario: Scenario,
  party: PartyIndex,
  influence: readonly number[],
): UtilityTable {
  let byScenario = tableCache.get(influence);
  const hit = byScenario?.get(scenario)?.[party];
  if (hit) return hit;
  // A new array with influences seen before (a view's copy, the uniform prior): the same table, by content.
  const key = influence.join(',');
  let seen = contentCache.get(scenario);
  if (!seen) {
    seen = [new Map(), new Map()];
    contentCache.set(scenario, seen);
  }
  const known = seen[party].get(key) ?? buildTable(scenario, party, influence);
  if (!seen[party].has(key)) {
    if (seen[party].size >= CONTENT_LIMIT) seen[party].delete(seen[party].keys().next().value as string);
    seen[party].set(key, known);
  }
  if (!byScenario) {
    byScenario = new WeakMap();
    tableCache.set(influence, byScenario);
  }
  const pair = byScenario.get(scenario) ?? [null, null];
  pair[party] = known;
  byScenario.set(scenario, pair);
  return known;
}

/** Tables by influences (their content), per scenario and party: the 64 most recently made of each. */
const contentCache = new WeakMap<Scenario, [Map<string, UtilityTable>, Map<string, UtilityTable>]>();
const CONTENT_LIMIT = 64;

function buildTable(scenario: Scenario, party: PartyIndex, influence: readonly number[]): UtilityTable {
  const groups = scenario.parties[party].groups;
  const offsets = offsetsOf(scenario);
  const size = scenario.issues.reduce((n, iss) => n + iss.levels.length, 0);
  const values = new Float64Array(size);
  const total = influence.reduce((a, b) => a + Math.max(0, b), 0) || 1;
  let constant = 0;
  groups.forEach((g, gi) => {
    const w = Math.max(0, influence[gi]) / total;
    constant += w * g.constant;
    g.table.forEach((row, j) => {
      row.forEach((v, l) => {
        values[offsets[j] + l] += w * v;
      });
    });
  });
  return { constant, values, offsets };
}

export function tableUtility(table: UtilityTable, pkg: Package): number {
  let u = table.constant;
  for (let j = 0; j < pkg.length; j++) u += table.values[table.offsets[j] + pkg[j]];
  return u;
}

export function utility(scenario: Scenario, params: Params, party: PartyIndex, pkg: Package): number {
  return tableUtility(utilityTable(scenario, party, params.influence[party]), pkg);
}

export function groupUtility(group: CompiledGroup, pkg: Package): number {
  let u = group.constant;
  for (let j = 0; j < pkg.length; j++) u += group.table[j][pkg[j]];
  return u;
}

/** A line a package must respect: `at-most` caps the owner's concession on an issue, `at-least` sets a floor. */
export interface Line {
  readonly issue: number;
  readonly level: number;
  readonly bound: 'at-most' | 'at-least';
}

/** Whether `level` of the line's issue lies beyond the line: the one place this rule is written. */
export const crossesAt = (line: Pick<Line, 'level' | 'bound'>, level: number): boolean =>
  line.bound === 'at-most' ? level > line.level : level < line.level;

/** Whether a package crosses a line. */
export const crosses = (line: Line, pkg: Package): boolean => crossesAt(line, pkg[line.issue]);

export interface GroupVerdict {
  readonly group: string;
  readonly supports: boolean;
  /** Utility under the package and under no-deal, 0..1. */
  readonly utility: number;
  readonly noDealUtility: number;
  /** The red line crossed, if any. */
  readonly crossed: Line | null;
}

export interface Ratification {
  readonly passed: boolean;
  /** Share of influence that backs the package, 0..1. */
  readonly support: number;
  readonly threshold: number;
  readonly verdicts: readonly GroupVerdict[];
}

/**
 * Would `party` ratify `pkg` at home? `publicLines` are red lines the party drew in public (tied hands):
 * crossing one loses every group.
 */
export function ratify(
  scenario: Scenario,
  params: Params,
  party: PartyIndex,
  pkg: Package,
  publicLines: readonly Line[] = [],
  influence: readonly number[] = params.influence[party],
  threshold: number = params.threshold[party],
): Ratification {
  const groups = scenario.parties[party].groups;
  const publicCrossed = publicLines.find((line) => crosses(line, pkg)) ?? null;
  let backing = 0;
  let total = 0;
  const verdicts = mapped(groups, (g, gi): GroupVerdict => {
    const u = groupUtility(g, pkg);
    const u0 = groupUtility(g, params.noDeal);
    const crossed = publicCrossed ?? g.redLines.find((line) => crosses(line, pkg)) ?? null;
    const supports = crossed === null && u >= u0 - g.tolerance;
    const w = Math.max(0, influence[gi]);
    total += w;
    if (supports) backing += w;
    return { group: g.id, supports, utility: u, noDealUtility: u0, crossed };
  });
  const support = total > 0 ? backing / total : 0;
  return { passed: support >= threshold, support, threshold, verdicts };
}

/** Approval at home: baseline, plus what events and tactics shifted, plus how much better than no-deal. */
export function approval(scenario: Scenario, params: Params, party: PartyIndex, pkg: Package): number {
  const p = scenario.parties[party];
  const gain = utility(scenario, params, party, pkg) - utility(scenario, params, party, params.noDeal);
  const value = p.approvalBaseline + params.approvalShift[party] + p.approvalScale * gain;
  return Math.min(100, Math.max(0, value));
}
