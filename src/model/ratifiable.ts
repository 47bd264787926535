/**
 * The scenario check's question "could any deal pass at home on both sides?", answered without scanning the
 * whole outcome space: a depth-first search in odometer order (the first issue slowest, levels ascending) that
 * drops every branch in which either side's groups that could still back the package (no red line crossed,
 * their best utility over the issues left reaching what they need) fall short of its threshold. The bound
 * never drops a ratifiable package, so the first package found is the first in odometer order, as a full
 * scan would find it, only far sooner; a search that visits SEARCH_BUDGET nodes without an answer stops and
 * says it did not finish.
 */
import { mapped } from './arrays.ts';
import type { Package, PartyIndex, Scenario } from './scenario.ts';
import { crossesAt, initialParams, type Params, ratify } from './utility.ts';

/** Nodes the search may visit: a few hundred milliseconds at most. */
export const SEARCH_BUDGET = 2_000_000;

export interface RatifiableSearch {
  /** The first package in odometer order that both sides would ratify, or null when none was found. */
  readonly found: Package | null;
  /** False when the search ran out of budget: then null does not prove there is none. */
  readonly complete: boolean;
}

/** Margin for float sums made in a different order from `ratify`'s: the bound errs on the side of keeping. */
const SLACK = 1e-9;

export function searchRatifiable(
  scenario: Scenario,
  params: Params = initialParams(scenario),
  onTable: readonly boolean[] = mapped(scenario.issues, (iss) => iss.onTable),
): RatifiableSearch {
  const n = scenario.issues.length;
  const domains = mapped(scenario.issues, (iss, j) =>
    onTable[j] ? Array.from(iss.levels, (_, l) => l) : [params.noDeal[j]],
  );
  // Every group of both sides, flattened: its weight, need, best utility of the issues from j on.
  interface G {
    readonly party: PartyIndex;
    readonly weight: number;
    readonly need: number;
    readonly constant: number;
    readonly table: readonly (readonly number[])[];
    readonly blocked: readonly (readonly boolean[])[];
    readonly rest: Float64Array;
  }
  const groups: G[] = [];
  const totals = [0, 0];
  for (const party of [0, 1] as const) {
    scenario.parties[party].groups.forEach((g, gi) => {
      const weight = Math.max(0, params.influence[party][gi]);
      totals[party] += weight;
      let u0 = g.constant;
      for (let j = 0; j < n; j++) u0 += g.table[j][params.noDeal[j]];
      const blocked = mapped(scenario.issues, (iss, j) =>
        mapped(iss.levels, (_, l) => g.redLines.some((line) => line.issue === j && crossesAt(line, l))),
      );
      const rest = new Float64Array(n + 1);
      for (let j = n - 1; j >= 0; j--) {
        let most = Number.NEGATIVE_INFINITY;
        for (const l of domains[j]) if (!blocked[j][l]) most = Math.max(most, g.table[j][l]);
        rest[j] = rest[j + 1] + most;
      }
      groups.push({
        party,
        weight,
        need: u0 - g.tolerance,
        constant: g.constant,
        table: g.table,
        blocked,
        rest,
      });
    });
  }
  // u[k][j]: group k's utility from the first j issues of the package so far, constant included.
  const u = mapped(groups, (g) => {
    const sums = new Float64Array(n + 1);
    sums[0] = g.constant;
    return sums;
  });
  const crossed = mapped(groups, () => new Uint8Array(n + 1));
  const pkg: number[] = new Array(n).fill(0);
  let nodes = 0;
  let found: Package | null = null;
  const possible = (j: number): boolean => {
    const reach = [0, 0];
    groups.forEach((g, k) => {
      if (crossed[k][j] === 0 && u[k][j] + g.rest[j] >= g.need - SLACK) reach[g.party] += g.weight;
    });
    return ([0, 1] as const).every((p) => {
      const support = totals[p] > 0 ? reach[p] / totals[p] : 0;
      return support >= params.threshold[p] - SLACK;
    });
  };
  const visit = (j: number): boolean => {
    if (++nodes > SEARCH_BUDGET) return true;
    if (!possible(j)) return false;
    if (j === n) {
      if (ratify(scenario, params, 0, pkg).passed && ratify(scenario, params, 1, pkg).passed) {
        found = [...pkg];
        return true;
      }
      return false;
    }
    for (const l of domains[j]) {
      pkg[j] = l;
      groups.forEach((g, k) => {
        u[k][j + 1] = u[k][j] + g.table[j][l];
        crossed[k][j + 1] = crossed[k][j] | (g.blocked[j][l] ? 1 : 0);
      });
      if (visit(j + 1)) return true;
    }
    return false;
  };
  visit(0);
  return { found, complete: nodes <= SEARCH_BUDGET };
}
