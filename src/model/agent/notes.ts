/**
 * Why the computer moved as it did: the note each decision carries beside its line. The table can say it, and
 * the balance tool checks it (a concession taken back must name a cause that really happened since its previous
 * offer; a repeated offer must say why it holds).
 *
 * The offer notes compare the computer's new offer with its own previous offer, issue by issue, by its own
 * value of each issue's level: lower on some issue and higher on none is a concession; higher on some issue is
 * a retraction of that issue.
 */

/** Why the computer repeats its previous offer. */
export const HOLD_REASONS = ['deadline-tactic', 'waiting-for-news', 'final-offer'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

/** What may make the computer take a concession back: news since its previous offer, a red line the other side
 * drew since then, or a deal that failed ratification since then. */
export const RETRACT_REASONS = ['news', 'red-line', 'ratification'] as const;
export type RetractReason = (typeof RETRACT_REASONS)[number];

export type MoveNote =
  /** Its first offer. */
  | { readonly kind: 'open' }
  /** Its offer gives more on at least one issue and takes back none. */
  | { readonly kind: 'concede'; readonly issues: readonly number[] }
  /** Its offer is the same as its previous one, for this reason. */
  | { readonly kind: 'hold'; readonly why: HoldReason }
  /** Its offer takes back these issues' levels, for this reason. */
  | { readonly kind: 'retract'; readonly issues: readonly number[]; readonly why: RetractReason }
  | { readonly kind: 'accept' }
  | { readonly kind: 'reject' }
  | { readonly kind: 'walk-away' }
  /** It has no turn (not its turn, or the game is over): no move. */
  | { readonly kind: 'idle' };
