/**
 * What one side can honestly say about the other side's ratification. It knows the other side's groups, their
 * concerns, tolerances and red lines, the public red lines it drew, the no-deal package and the news; it does not
 * know the groups' influence or the threshold. A verdict is 'pass' only if the package passes under every
 * influence and threshold it cannot rule out, 'fail' only if it fails under every one, otherwise 'unknown'; the
 * support is the range it could take.
 *
 * What cannot be ruled out (`publicBounds`): any positive influence for each group and any threshold above 0 up
 * to 1, the scenario format's range, moved as the news that fired moved them. Scenarios publish no narrower
 * bounds today; `estimateRatification` takes any bounds, so a public range can narrow the verdict later.
 */
import { mapped } from './arrays.ts';
import type { Package, PartyIndex, Scenario } from './scenario.ts';
import type { GameState } from './types.ts';
import { crosses, type Line, type Params, ratify } from './utility.ts';

export const VERDICTS = ['pass', 'fail', 'unknown'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A closed or half-open interval of numbers; `max` may be Infinity. */
export interface Bound {
  readonly min: number;
  readonly max: number;
  /** True when `min` itself is excluded (e.g. an influence is positive, not zero). */
  readonly minOpen: boolean;
}

/** What a side cannot rule out about the other's home: each group's influence, and the threshold. */
export interface PublicBounds {
  readonly influence: readonly Bound[];
  readonly threshold: Bound;
}

/** A range of support (or threshold), 0..1; min === max when it is known exactly. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

export interface RatificationEstimate {
  readonly verdict: Verdict;
  readonly support: Range;
  /** The threshold's range; the scenario format's whole range when nothing narrower is public. */
  readonly threshold: Range;
  /** How many of the party's groups back the package (each group's stance is public). */
  readonly backing: number;
  readonly groups: number;
  /** A public red line of the party's that the package crosses, or null. */
  readonly crossedPublic: Line | null;
}

const UNKNOWN_INFLUENCE: Bound = { min: 0, max: Number.POSITIVE_INFINITY, minOpen: true };
const UNKNOWN_THRESHOLD: Bound = { min: 0, max: 1, minOpen: true };

const shift = (b: Bound, by: number, lo: number, hi: number): Bound => {
  const min = Math.min(hi, Math.max(lo, b.min + by));
  // A bound clamped onto the edge can be reached there (a weight pushed below 0 becomes exactly 0).
  return { min, max: Math.min(hi, Math.max(lo, b.max + by)), minOpen: b.minOpen && min === b.min + by };
};

/** The influences and threshold of `party` that nobody else can rule out, after the news that fired. */
export function publicBounds(
  scenario: Scenario,
  party: PartyIndex,
  fired: GameState['fired'] = [],
): PublicBounds {
  let influence: Bound[] = mapped(scenario.parties[party].groups, () => UNKNOWN_INFLUENCE);
  let threshold = UNKNOWN_THRESHOLD;
  for (const f of fired) {
    for (const effect of scenario.events[f.event]?.effects ?? []) {
      if (effect.op === 'adjust-influence' && effect.party === party)
        influence = mapped(influence, (b, g) =>
          g === effect.group ? shift(b, effect.by, 0, Number.POSITIVE_INFINITY) : b,
        );
      else if (effect.op === 'adjust-threshold' && effect.party === party)
        threshold = shift(threshold, effect.by, 0, 1);
    }
  }
  return { influence, threshold };
}

/**
 * The other side's ratification of `pkg` as far as anyone can know it: each group's stance is exact (its
 * concerns, tolerance and red lines are public); only the weights and the threshold are bounded.
 */
export function estimateRatification(
  scenario: Scenario,
  params: Pick<Params, 'noDeal'>,
  party: PartyIndex,
  pkg: Package,
  publicLines: readonly Line[],
  bounds: PublicBounds,
): RatificationEstimate {
  const groups = scenario.parties[party].groups;
  const crossedPublic = publicLines.find((line) => crosses(line, pkg)) ?? null;
  // Stances do not depend on influence or threshold: any weights will do here.
  const full: Params = {
    noDeal: params.noDeal,
    influence: [[], []],
    threshold: [1, 1],
    approvalShift: [0, 0],
  };
  const verdicts = ratify(
    scenario,
    full,
    party,
    pkg,
    publicLines,
    mapped(groups, () => 1),
    1,
  ).verdicts;
  const stances = mapped(verdicts, (v) => v.supports);
  const backing = stances.filter(Boolean).length;
  const support = supportRange(stances, bounds.influence);
  const t = bounds.threshold;
  // Passes for every choice: the least support reaches the greatest threshold.
  const pass = support.min >= t.max;
  // Fails for every choice: the most support stays under the least threshold (or meets it where neither can be
  // reached: an open bound).
  const fail = support.max < t.min || (support.max === t.min && (t.minOpen || !support.maxReached));
  return {
    verdict: pass ? 'pass' : fail ? 'fail' : 'unknown',
    support: { min: support.min, max: support.max },
    threshold: { min: t.min, max: t.max },
    backing,
    groups: groups.length,
    crossedPublic,
  };
}

/** The least and greatest share of influence the backing groups can hold, with whether the greatest is reached. */
function supportRange(
  stances: readonly boolean[],
  influence: readonly Bound[],
): { min: number; max: number; maxReached: boolean } {
  let forLo = 0;
  let forHi = 0;
  let againstLo = 0;
  let againstHi = 0;
  let reached = true;
  stances.forEach((backs, g) => {
    const b = influence[g] ?? UNKNOWN_INFLUENCE;
    if (backs) {
      forLo += b.min;
      forHi += b.max;
      if (b.max === Number.POSITIVE_INFINITY) reached = false;
    } else {
      againstLo += b.min;
      againstHi += b.max;
      if (b.minOpen) reached = false;
    }
  });
  const share = (a: number, rest: number): number => {
    if (a === Number.POSITIVE_INFINITY) return 1; // `rest` is a sum of minimums here: finite
    if (rest === Number.POSITIVE_INFINITY) return 0;
    return a + rest > 0 ? a / (a + rest) : 0;
  };
  if (stances.every((s) => !s)) return { min: 0, max: 0, maxReached: true };
  if (stances.every((s) => s)) return { min: 1, max: 1, maxReached: true };
  return { min: share(forLo, againstHi), max: share(forHi, againstLo), maxReached: reached };
}
