/**
 * What the scenes tell the coach (src/ui/coach): which game a moment belongs to and whether the coach guides it
 * (the Coach setting for this scenario; never a computer-against-computer game, where nobody plays), and the
 * moment of a screen without levers (news, ratification, debrief).
 */
import type { Session } from '../app/session.ts';
import { coachFor } from '../app/settings.ts';
import type { CoachGame } from '../ui/coach/coach.ts';
import type { CoachMoment, CoachScene } from '../ui/coach/coach-steps.ts';

export function coachGame(session: Session): CoachGame {
  const { game } = session.store.getState();
  return {
    key: session.store,
    enabled: coachFor(session.scenario.id) && game.settings.opponent !== 'computer-vs-computer',
  };
}

/** A moment at a screen of its own (no levers, nothing to move). */
export function screenMoment(scene: Exclude<CoachScene, 'table'>): CoachMoment {
  return { scene, canMove: false, leverMoved: false, theirOffer: false, proposals: 0 };
}

/** The player's proposals so far in the game, from its log. */
export function proposalsBy(session: Session, side: string): number {
  return session.store.getState().game.log.filter((a) => a.type === 'propose' && a.side === side).length;
}
