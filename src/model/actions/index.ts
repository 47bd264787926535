/**
 * The moves, one file each, registered by type: `applyAction` dispatches here and result codes write and read
 * each move's data through it. A type in ACTION_TYPES without an entry here does not compile.
 */

import { ACTION_TYPES, type Action, type ActionType } from '../types.ts';
import type { View } from '../view.ts';
import { accept } from './accept.ts';
import { backChannel } from './back-channel.ts';
import type { ActionOf, Handlers } from './handler.ts';
import { link } from './link.ts';
import { propose } from './propose.ts';
import { redLine } from './red-line.ts';
import { reject } from './reject.ts';
import { walkAway } from './walk-away.ts';

export { topPriority } from './back-channel.ts';
export type { ActionOf, Handler, Handlers, MoveContext } from './handler.ts';

export const HANDLERS: Handlers = {
  propose,
  accept,
  reject,
  'walk-away': walkAway,
  'red-line': redLine,
  link,
  'back-channel': backChannel,
};

const describeAs = <T extends ActionType>(type: T, action: ActionOf<T>): string =>
  HANDLERS[type].describe(action);

/** The move in plain words, as its handler names it (the verifier's reasons); an unknown type by its name. */
export const describeAction = (action: Action): string =>
  Object.hasOwn(HANDLERS, action.type) ? describeAs(action.type, action) : String(action.type);

const listedAs = <T extends ActionType>(type: T, view: View): readonly Action[] =>
  HANDLERS[type].listed(view);

/** The ready-made moves of every type for the side to move, in the order of ACTION_TYPES (legalActions). */
export function listedMoves(view: View): Action[] {
  const moves: Action[] = [];
  // A loop, not flatMap: legalActions runs on every decision of the computer (balance plays thousands of games).
  for (const type of ACTION_TYPES) for (const move of listedAs(type, view)) moves.push(move);
  return moves;
}
