/**
 * Would home ratify a bid? A fast, allocation-free replica of `ratify` (src/model/utility.ts) for the bid
 * search. The replica sums in the same order as `ratify`,
 * so it agrees with it to the last bit; it assumes the bid crosses none of the party's public red lines
 * (the search never offers a level that does).
 */
import type { Package, PartyIndex, Scenario } from '../scenario.ts';
import { crossesAt, type Params, type UtilityTable } from '../utility.ts';

/** What does not change during a game: the groups' tables, flattened like a UtilityTable. */
export interface HomeTables {
  readonly groups: number;
  readonly size: number;
  readonly constants: Float64Array;
  readonly tolerances: Float64Array;
  /** values[g·size + offsets[j] + l]: group g's utility from level l of issue j. */
  readonly values: Float64Array;
  /** 1 where the level crosses one of group g's own red lines. */
  readonly blocked: Uint8Array;
}

export interface Home extends HomeTables {
  /** Utility the group needs to back the bid: its no-deal utility minus its tolerance. */
  readonly need: Float64Array;
  /** max(0, influence) per group. */
  readonly weights: Float64Array;
  readonly total: number;
  readonly threshold: number;
}

const tablesCache = new WeakMap<Scenario, [HomeTables | null, HomeTables | null]>();

function buildTables(scenario: Scenario, party: PartyIndex, offsets: Int32Array): HomeTables {
  const groups = scenario.parties[party].groups;
  const size = scenario.issues.reduce((n, iss) => n + iss.levels.length, 0);
  const values = new Float64Array(groups.length * size);
  const blocked = new Uint8Array(groups.length * size);
  groups.forEach((g, gi) => {
    g.table.forEach((row, j) => {
      row.forEach((v, l) => {
        values[gi * size + offsets[j] + l] = v;
      });
    });
    for (const line of g.redLines) {
      const count = scenario.issues[line.issue].levels.length;
      for (let l = 0; l < count; l++) {
        if (crossesAt(line, l)) blocked[gi * size + offsets[line.issue] + l] = 1;
      }
    }
  });
  return {
    groups: groups.length,
    size,
    constants: Float64Array.from(groups, (g) => g.constant),
    tolerances: Float64Array.from(groups, (g) => g.tolerance),
    values,
    blocked,
  };
}

export function tablesFor(scenario: Scenario, party: PartyIndex, offsets: Int32Array): HomeTables {
  let pair = tablesCache.get(scenario);
  if (!pair) {
    pair = [null, null];
    tablesCache.set(scenario, pair);
  }
  const hit = pair[party];
  if (hit) return hit;
  const built = buildTables(scenario, party, offsets);
  pair[party] = built;
  return built;
}

/** The last home checks of each party's tables, with the no-deal package, influences and threshold they were made
 * for (a game makes a handful: its events change them). */
const homes = new WeakMap<HomeTables, { noDeal: Package; influence: readonly number[]; home: Home }[]>();

const same = (x: readonly number[], y: readonly number[]): boolean => {
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
};

/** The home check of `party` under the current params (no-deal, influence, threshold). */
export function homeOf(scenario: Scenario, params: Params, party: PartyIndex, own: UtilityTable): Home {
  const tables = tablesFor(scenario, party, own.offsets);
  const influence = params.influence[party];
  const list = homes.get(tables) ?? [];
  for (const h of list)
    if (
      h.home.threshold === params.threshold[party] &&
      same(h.noDeal, params.noDeal) &&
      same(h.influence, influence)
    )
      return h.home;
  const home = makeHome(scenario, params, party, own);
  if (list.length >= 8) list.shift();
  list.push({ noDeal: params.noDeal, influence, home });
  homes.set(tables, list);
  return home;
}

function makeHome(scenario: Scenario, params: Params, party: PartyIndex, own: UtilityTable): Home {
  const tables = tablesFor(scenario, party, own.offsets);
  const { groups, size, constants, tolerances, values, blocked } = tables;
  const need = new Float64Array(groups);
  const weights = new Float64Array(groups);
  let total = 0;
  const noDeal = params.noDeal;
  for (let g = 0; g < groups; g++) {
    // groupUtility(group, params.noDeal), summed in the same order.
    let u0 = constants[g];
    for (let j = 0; j < noDeal.length; j++) u0 += values[g * size + own.offsets[j] + noDeal[j]];
    need[g] = u0 - tolerances[g];
    weights[g] = Math.max(0, params.influence[party][g]);
    total += weights[g];
  }
  // Every field named, in one literal, not `{ ...tables, … }`: the copy made Homes of more than one shape, and the
  // half and viability searches compiled for one of them were sent back to the compiler at the next (issue 16).
  return {
    groups,
    size,
    constants,
    tolerances,
    values,
    blocked,
    need,
    weights,
    total,
    threshold: params.threshold[party],
  };
}

/** Exactly `ratify(scenario, params, party, pkg, lines).passed` for a bid that crosses no public line. */
export function ratifies(home: Home, offsets: Int32Array, pkg: Package): boolean {
  const { groups, size, constants, values, blocked, need, weights } = home;
  let backing = 0;
  let total = 0;
  for (let g = 0; g < groups; g++) {
    let u = constants[g];
    let crossed = false;
    const base = g * size;
    for (let j = 0; j < pkg.length; j++) {
      const i = base + offsets[j] + pkg[j];
      u += values[i];
      if (blocked[i] === 1) crossed = true;
    }
    total += weights[g];
    if (!crossed && u >= need[g]) backing += weights[g];
  }
  const support = total > 0 ? backing / total : 0;
  return support >= home.threshold;
}
