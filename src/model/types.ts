/** The game's data: settings, state, actions, the events a move produces, and the errors a move can meet. */
import type { RngState } from './rng.ts';
import type { Package, Pair, PartyIndex } from './scenario.ts';
import type { Line, Params, Ratification } from './utility.ts';
import { DIFFICULTIES, type Difficulty } from './vocabulary.ts';

export const OPPONENTS = ['computer', 'human', 'computer-vs-computer'] as const;
export type Opponent = (typeof OPPONENTS)[number];
/** The difficulty levels (the model's vocabulary, `DIFFICULTIES`), under the name the game's files use. */
export const DIFFICULTY_LEVELS = DIFFICULTIES;

export interface GameSettings {
  readonly seed: string;
  /** The party id of the player (the viewpoint, for computer-vs-computer). */
  readonly side: string;
  readonly opponent: Opponent;
  readonly difficulty: Difficulty;
}

/** The save format version of GameState. */
export const STATE_FORMAT = 1;

export interface Offer {
  readonly by: PartyIndex;
  readonly package: Package;
  readonly turn: number;
}

export interface PublicLine extends Line {
  readonly by: PartyIndex;
  /** Announced before the talks (the scenario's `publicRedLines`), not drawn as a tactic. */
  readonly announced?: true;
}

export interface Outcome {
  readonly kind: 'deal' | 'no-deal';
  readonly package: Package;
  readonly reason: 'accepted' | 'deadline' | 'walked-away';
  /** Who accepted, or who walked away; null at the deadline. */
  readonly by: PartyIndex | null;
  readonly turn: number;
}

export interface GameState {
  readonly format: typeof STATE_FORMAT;
  readonly scenario: { readonly id: string; readonly version: string; readonly hash: string };
  readonly settings: GameSettings;
  readonly rng: RngState;
  /** Turns run 0, 1, 2, ...; a meeting is two turns, the first mover opening each. */
  readonly turn: number;
  readonly offers: readonly Offer[];
  /** The offer the side to move may accept (the other side's latest, unless rejected), as an index into offers. */
  readonly standing: number | null;
  readonly params: Params;
  readonly onTable: readonly boolean[];
  readonly redLines: readonly PublicLine[];
  readonly links: readonly { readonly by: PartyIndex; readonly issue: number; readonly turn: number }[];
  /** Which issue a back channel revealed to each party: the other side's top priority. */
  readonly intel: Pair<number | null>;
  readonly backChannelUsed: Pair<boolean>;
  readonly fired: readonly { readonly event: number; readonly afterMeeting: number }[];
  /** Approval of each government after each meeting. */
  readonly approvalHistory: readonly Pair<number>[];
  readonly failedRatifications: readonly { readonly turn: number; readonly failed: readonly PartyIndex[] }[];
  readonly outcome: Outcome | null;
  readonly log: readonly Action[];
}

export type Action =
  | { readonly type: 'propose'; readonly side: string; readonly package: Package }
  | { readonly type: 'accept'; readonly side: string }
  | { readonly type: 'reject'; readonly side: string }
  | { readonly type: 'walk-away'; readonly side: string }
  | { readonly type: 'red-line'; readonly side: string; readonly issue: number; readonly level: number }
  | { readonly type: 'link'; readonly side: string; readonly issue: number }
  | { readonly type: 'back-channel'; readonly side: string };

/** Append only: result codes write a move's type as its index here (src/model/code/result-code.ts). */
export const ACTION_TYPES = [
  'propose',
  'accept',
  'reject',
  'walk-away',
  'red-line',
  'link',
  'back-channel',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export type GameEvent =
  | { readonly type: 'proposed'; readonly by: PartyIndex; readonly offer: number; readonly package: Package }
  | { readonly type: 'rejected'; readonly by: PartyIndex; readonly offer: number }
  | { readonly type: 'accepted'; readonly by: PartyIndex; readonly offer: number; readonly package: Package }
  | { readonly type: 'ratification'; readonly party: PartyIndex; readonly result: Ratification }
  | { readonly type: 'ratification-failed'; readonly failed: readonly PartyIndex[] }
  | { readonly type: 'deal'; readonly package: Package }
  | { readonly type: 'walked-away'; readonly by: PartyIndex }
  | { readonly type: 'no-deal'; readonly reason: 'deadline' | 'walked-away'; readonly package: Package }
  | { readonly type: 'red-line'; readonly line: PublicLine }
  | {
      readonly type: 'linked';
      readonly by: PartyIndex;
      readonly issue: number;
      readonly approvalCost: Pair<number>;
    }
  | {
      readonly type: 'back-channel';
      readonly by: PartyIndex;
      readonly revealed: number;
      readonly leaked: boolean;
    }
  | { readonly type: 'meeting-ended'; readonly meeting: number; readonly approval: Pair<number> }
  | { readonly type: 'news'; readonly event: number; readonly afterMeeting: number };

export const ACTION_ERROR_CODES = [
  'MALFORMED_ACTION',
  'UNKNOWN_SIDE',
  'GAME_OVER',
  'NOT_YOUR_TURN',
  'BAD_PACKAGE',
  'LEVEL_OUT_OF_RANGE',
  'OFF_TABLE',
  'CROSSES_RED_LINE',
  'NO_STANDING_OFFER',
  'TACTIC_USED',
  'UNKNOWN_ISSUE',
  'ALREADY_ON_TABLE',
  'BAD_SETTINGS',
  'SCENARIO_MISMATCH',
] as const;
export type ActionErrorCode = (typeof ACTION_ERROR_CODES)[number];

export interface ActionError {
  readonly code: ActionErrorCode;
  /** A sentence for the player or the designer. */
  readonly message: string;
  /** Where in a replayed log the error came. */
  readonly index?: number;
}
