/** What the player reads when the rules refuse a move: one message per code of the model's ActionError. */
export const ERRORS = {
  'error.MALFORMED_ACTION': 'That move cannot be made here.',
  'error.UNKNOWN_SIDE': 'That side is not in this game.',
  'error.GAME_OVER': 'The game is over: no more moves.',
  'error.NOT_YOUR_TURN': 'It is not your turn: wait for the other side.',
  'error.BAD_PACKAGE': 'An offer needs one level for every issue.',
  'error.LEVEL_OUT_OF_RANGE': 'That level is not one of the issue’s levels.',
  'error.OFF_TABLE': 'That issue is not on the table: link it first (Tactics).',
  'error.CROSSES_RED_LINE': 'The offer crosses a red line you drew in public.',
  'error.NO_STANDING_OFFER': 'There is no offer on the table to answer.',
  'error.TACTIC_USED': 'You have already used this tactic in this game.',
  'error.UNKNOWN_ISSUE': 'There is no such issue in this scenario.',
  'error.ALREADY_ON_TABLE': 'That issue is already on the table.',
  'error.BAD_SETTINGS': 'These settings cannot start a game (the seed, side, opponent or difficulty).',
  'error.SCENARIO_MISMATCH': 'This game belongs to another scenario.',
} as const;
