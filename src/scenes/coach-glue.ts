/**
 * What the scenes tell the coach (src/ui/coach): which game a moment belongs to and whether the coach guides it
 * (the Coach setting for this scenario; never a computer-against-computer game, where nobody plays), and the
 * moment of a screen without levers (news, ratification, debrief), and the table's moment with where its steps
 * point: the first lever, the projection (canvas), "Start from their offer", the Tactics tab.
 */
import type { Session } from '../app/session.ts';
import { coachFor } from '../app/settings.ts';
import { type CoachGame, coachMoment } from '../ui/coach/coach.ts';
import type { CoachMoment, CoachScene } from '../ui/coach/coach-steps.ts';
import type { LeverPanel } from '../ui/table/lever-panel.ts';
import { LAYOUT } from '../ui/table/look.ts';

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

/** The table's moment: whether the player may move, what happened so far, and where the table's steps point. */
export function reportTable(
  session: Session,
  levers: LeverPanel,
  now: { canMove: boolean; leverMoved: boolean; theirOffer: boolean; side: string },
): void {
  const { right, summary } = LAYOUT;
  const moment = {
    scene: 'table' as const,
    canMove: now.canMove,
    leverMoved: now.leverMoved,
    theirOffer: now.theirOffer,
    proposals: proposalsBy(session, now.side),
  };
  coachMoment(coachGame(session), moment, {
    targets: {
      lever: () => levers.firstEnabled()?.closest<HTMLElement>('.tt-lever') ?? null,
      projection: () => ({ x: right.x, y: summary.y, width: right.width, height: summary.height }),
      offer: () => levers.element.querySelector<HTMLElement>('.tt-lever-heading .tt-button'),
      tactic: () => document.getElementById('tt-tab-tactics'),
    },
    home: () => levers.firstEnabled(),
  });
}
