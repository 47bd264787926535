/**
 * What a new game would take away by replacing the saved one: a game under way in which a player has made a
 * move, or a finished classroom game (its debrief and the result code to hand in). A game with no move of a
 * player's yet (the computer's opening offer at most, or a game the computer plays against itself) and a
 * finished game outside a class are replaced without asking.
 */
import { partyIndexOf } from '../model/scenario.ts';
import type { Session } from './session.ts';

export const REPLACE_RISKS = ['in-progress', 'finished-classroom'] as const;
export type ReplaceRisk = (typeof REPLACE_RISKS)[number];

export function replaceRisk(saved: Session | null): ReplaceRisk | null {
  if (!saved) return null;
  const { game } = saved.store.getState();
  if (game.outcome) return saved.classroom ? 'finished-classroom' : null;
  const { isComputer } = saved.store.getState();
  const played = game.log.some((action) => {
    const side = partyIndexOf(saved.scenario, action.side);
    return side !== null && !isComputer(side);
  });
  return played ? 'in-progress' : null;
}
