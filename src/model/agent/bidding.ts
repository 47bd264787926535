/**
 * Bidding (GENIUS BOA offering with an opponent-model strategy). The candidates are the bids in the own-utility
 * band [p(t), p(t) + k·bandWidth], k ≥ 1 the smallest that holds about `candidates` bids (counting the pairs of
 * half-combinations that home might ratify), or every bid above p(t) when fewer reach it. Of the candidates
 * home would ratify, the agent bids the one the opponent model rates highest, breaking ties with its seeded
 * generator. If home would ratify none of them, the band doubles until it would.
 */
import type { AgentParameters, Package } from '../scenario.ts';
import type { UtilityTable } from '../utility.ts';
import { bandCount, bestInBand } from './band.ts';
import type { BidSpace } from './bid-space.ts';
import { quantize } from './numbers.ts';
import { type Found, type Viability, viability } from './search.ts';

export interface Band {
  /** Own utility, in quanta, inclusive; `hi` is +∞ when the band reaches the top. */
  readonly lo: number;
  readonly hi: number;
}

export interface Bid {
  readonly package: Package;
  /** Own utility in quanta. */
  readonly q: number;
  readonly band: Band;
  /** How many candidates tied on the opponent model's rating (at most `candidates`). */
  readonly ties: number;
}

/**
 * The most times a band search widens or halves its band: far more than any band of finite utilities needs
 * (the band doubles each time), so the search ends whatever the numbers are.
 */
const MAX_STEPS = 64;

/** The top of the own-utility range over the allowed levels (ratified or not), in quanta. */
function topOf(space: BidSpace): number {
  if (space.bounded !== null) return quantize(space.bounded.top) + 1;
  const h = space.halves;
  if (h === null) return Number.NEGATIVE_INFINITY;
  return quantize(space.own.constant + h.a.own[h.a.count - 1] + h.b.own[h.b.count - 1]) + 1;
}

/** The band of candidates for a target utility: the narrowest [lo, lo + k·width], k ≥ 1, with enough bids. */
export function candidateBand(
  space: BidSpace,
  target: number,
  best: Found,
  agent: AgentParameters,
  ok: Viability | null = viability(space),
): Band {
  // A target or a width that is not a number (a bug upstream) still gives a band: the firmest, one quantum wide.
  const t = quantize(target);
  const lo = Number.isNaN(t) ? best.q : Math.min(Math.max(t, -Number.MAX_SAFE_INTEGER), best.q);
  const w = quantize(agent.bandWidth);
  const width = w >= 1 ? w : 1;
  const span = Math.ceil((topOf(space) - lo) / width);
  // A span that is not a number (no allowed level, or utilities gone wrong) gives one band: all bids above lo.
  const most = Number.isFinite(span) ? Math.max(1, span) : 1;
  const enoughAt = (k: number): boolean => bandCount(space, lo, lo + k * width, ok) >= agent.candidates;
  // Galloping: the first band is usually enough.
  let fewest = 1;
  let enough = 1;
  for (let steps = 0; !enoughAt(enough); steps++) {
    if (enough >= most || steps >= MAX_STEPS) return { lo, hi: Number.POSITIVE_INFINITY };
    fewest = enough + 1;
    enough = Math.min(most, enough * 2);
  }
  for (let steps = 0; fewest < enough && steps < MAX_STEPS; steps++) {
    const k = Math.floor((fewest + enough) / 2);
    if (bandCount(space, lo, lo + k * width, ok) >= agent.candidates) enough = k;
    else fewest = k + 1;
  }
  return { lo, hi: lo + enough * width };
}

/** The bid for a target utility, rated by the opponent model `estimate`. */
export function chooseBid(
  space: BidSpace,
  target: number,
  best: Found,
  estimate: UtilityTable,
  agent: AgentParameters,
  random: () => number,
  ok: Viability | null = viability(space),
): Bid {
  let band = candidateBand(space, target, best, agent, ok);
  let found = bestInBand(space, band.lo, band.hi, estimate, agent.candidates, ok);
  const top = topOf(space);
  for (
    let width = band.hi - band.lo, steps = 0;
    found.ties.length === 0 && band.hi < top && steps < MAX_STEPS;
    width *= 2, steps++
  ) {
    band = { lo: band.lo, hi: band.lo + 2 * width >= top ? Number.POSITIVE_INFINITY : band.lo + 2 * width };
    found = bestInBand(space, band.lo, band.hi, estimate, agent.candidates, ok);
  }
  const draw = random();
  if (found.ties.length === 0) return { package: best.package, q: best.q, band, ties: 0 };
  const pick = found.ties[Math.min(found.ties.length - 1, Math.floor(draw * found.ties.length))];
  let u = space.own.constant;
  for (let j = 0; j < pick.length; j++) u += space.own.values[space.own.offsets[j] + pick[j]];
  return { package: pick, q: quantize(u), band, ties: found.ties.length };
}

/**
 * The bid for a target utility that is a step below its previous offer: as `chooseBid`, but every candidate is
 * worth at most `ceiling` quanta to the agent; when none is in the band, the band reaches down (doubling) to
 * `floor`. Null when home would ratify no bid in [floor, ceiling]: then the agent cannot give more.
 */
export function chooseStep(
  space: BidSpace,
  target: number,
  bounds: { readonly floor: number; readonly ceiling: number },
  best: Found,
  estimate: UtilityTable,
  agent: AgentParameters,
  random: () => number,
  ok: Viability | null = viability(space),
): Bid | null {
  const { floor, ceiling } = bounds;
  if (ceiling < floor) return null;
  const t = Math.min(Math.max(quantize(target), floor), ceiling);
  const wide = candidateBand(space, t / 1e9, best, agent, ok);
  let band: Band = { lo: Math.min(wide.lo, ceiling), hi: Math.min(wide.hi, ceiling) };
  let found = bestInBand(space, band.lo, band.hi, estimate, agent.candidates, ok);
  const w = Math.max(1, quantize(agent.bandWidth));
  for (let width = w, steps = 0; found.ties.length === 0 && band.lo > floor && steps < MAX_STEPS; steps++) {
    width *= 2;
    band = { lo: Math.max(floor, band.lo - width), hi: band.hi };
    found = bestInBand(space, band.lo, band.hi, estimate, agent.candidates, ok);
  }
  const draw = random();
  if (found.ties.length === 0) return null;
  const pick = found.ties[Math.min(found.ties.length - 1, Math.floor(draw * found.ties.length))];
  let u = space.own.constant;
  for (let j = 0; j < pick.length; j++) u += space.own.values[space.own.offsets[j] + pick[j]];
  return { package: pick, q: quantize(u), band, ties: found.ties.length };
}
