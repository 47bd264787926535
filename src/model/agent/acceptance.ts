/**
 * Acceptance: AC_combi(MAX^W) (Baarslag et al.; GENIUS) with a domestic veto. The agent accepts the standing
 * offer when it is at least as good as its own next bid (AC_next), or, from `acceptanceTime` on, when it is the
 * best offer the opponent has made in the window [t − (1 − t), t]. On the deadline turn it takes any offer at
 * least as good as no-deal. In every case home must ratify the offer and it must not fall below the
 * reservation (no-deal) utility. All utilities and times are compared in quanta.
 */
import { quantize } from './numbers.ts';

/** AC_next: their offer is worth at least my next bid. */
export const acNext = (offerQ: number, nextBidQ: number): boolean => offerQ >= nextBidQ;

export interface PastOffer {
  /** Time of the offer in [0, 1]. */
  readonly t: number;
  /** Own utility in quanta. */
  readonly q: number;
}

/** MAX^W: from time T on, their offer is the best of theirs in the window [t − (1 − t), t]. */
export function acMaxWindow(
  t: number,
  acceptanceTime: number,
  offerQ: number,
  theirs: readonly PastOffer[],
): boolean {
  if (quantize(t) < quantize(acceptanceTime)) return false;
  const start = quantize(t - (1 - t));
  let best = Number.NEGATIVE_INFINITY;
  for (const o of theirs)
    if (quantize(o.t) >= start && quantize(o.t) <= quantize(t)) best = Math.max(best, o.q);
  return offerQ >= best;
}

export interface AcceptanceInput {
  readonly t: number;
  readonly acceptanceTime: number;
  /** This is the last turn of the game: nothing after it but no-deal. */
  readonly deadline: boolean;
  readonly offerQ: number;
  /** The bid the agent would make now, or null when home would ratify none. */
  readonly nextBidQ: number | null;
  readonly reservationQ: number;
  /** Home ratifies their offer (with the agent's own public red lines), and the rules allow accepting it. */
  readonly ratified: boolean;
  readonly theirs: readonly PastOffer[];
}

export type AcceptReason = 'next' | 'window' | 'deadline' | 'only-option';

/** Why the agent accepts, or null when it does not. */
export function acceptance(input: AcceptanceInput): AcceptReason | null {
  if (!input.ratified || input.offerQ < input.reservationQ) return null;
  if (input.deadline) return 'deadline';
  if (input.nextBidQ === null) return 'only-option';
  if (acNext(input.offerQ, input.nextBidQ)) return 'next';
  if (acMaxWindow(input.t, input.acceptanceTime, input.offerQ, input.theirs)) return 'window';
  return null;
}
