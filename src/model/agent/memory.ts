/**
 * What the computer remembers of the talks, worked out from its view (the offers, the log, the news, the red
 * lines, the failed ratifications): its own first and previous offers, and what has happened since its previous
 * offer that may make it take a concession back (news, a red line the other side drew, a failed ratification).
 */
import { meetingOf } from '../rules.ts';
import type { PartyIndex, Scenario } from '../scenario.ts';
import type { Offer } from '../types.ts';
import type { ViewState } from '../view.ts';
import type { RetractReason } from './notes.ts';

export interface Memory {
  /** Its own first offer, or null before it has made one. */
  readonly first: Offer | null;
  /** Its own previous offer, or null. */
  readonly previous: Offer | null;
  /** Its offer before the previous one, or null. */
  readonly beforePrevious: Offer | null;
  /** What may excuse taking a concession back now, most telling first; empty when nothing happened. */
  readonly causes: readonly RetractReason[];
  /** The other side drew a red line since its previous turn (or ever, before its first offer): the issues. */
  readonly theirNewLines: readonly number[];
  /** How many turns it has had before this one. */
  readonly ownTurns: number;
}

/** The moves that end a turn. */
const MOVES: ReadonlySet<string> = new Set(['propose', 'accept', 'reject', 'walk-away']);

export function recall(scenario: Scenario, state: ViewState, side: PartyIndex): Memory {
  let first: Offer | null = null;
  let previous: Offer | null = null;
  let beforePrevious: Offer | null = null;
  for (const o of state.offers) {
    if (o.by !== side) continue;
    if (first === null) first = o;
    beforePrevious = previous;
    previous = o;
  }
  const me = scenario.parties[side].id;
  // The other side's red lines drawn after its previous offer (after its previous turn, which ended with a move).
  // Loops, not forEach: the computer recalls on every decision.
  let lastOwnMove = -1;
  let lastOffer = -1;
  const log = state.log;
  for (let i = 0; i < log.length; i++) {
    const a = log[i];
    if (a.side !== me) continue;
    if (MOVES.has(a.type)) lastOwnMove = i;
    if (a.type === 'propose') lastOffer = i;
  }
  const theirNewLines: number[] = [];
  let redLineSincePrevious = false;
  for (let i = 0; i < log.length; i++) {
    const a = log[i];
    if (a.type !== 'red-line' || a.side === me) continue;
    if (i > lastOwnMove) theirNewLines.push(a.issue);
    if (previous !== null && i > lastOffer) redLineSincePrevious = true;
  }
  const causes: RetractReason[] = [];
  if (previous !== null) {
    const since = previous.turn;
    if (redLineSincePrevious) causes.push('red-line');
    if (state.failedRatifications.some((f) => f.turn > since)) causes.push('ratification');
    if (state.fired.some((f) => f.afterMeeting >= meetingOf(since))) causes.push('news');
  }
  const firstTurn = (scenario.firstMover === side ? 0 : 1) as number;
  return {
    first,
    previous,
    beforePrevious,
    causes,
    theirNewLines,
    ownTurns: Math.max(0, Math.floor((state.turn - firstTurn) / 2)),
  };
}
