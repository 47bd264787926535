/**
 * The coach's logic, pure (no DOM, no clock): which step of the guided first game to show at a moment of the
 * game, given the steps already dismissed. The table's steps come in order, each when its moment has come (the
 * lever when the player first may move, the projection once a lever moved or an offer went out, the other
 * side's offer once there is one, a tactic after the player's first proposal); the news, ratification and
 * debrief steps come when those screens first show. A step stays until it is dismissed; a stopped coach shows
 * nothing.
 */

export const COACH_STEPS = [
  'lever',
  'projection',
  'offer',
  'tactic',
  'news',
  'ratification',
  'debrief',
] as const;
export type CoachStep = (typeof COACH_STEPS)[number];

export const COACH_SCENES = ['table', 'news', 'ratification', 'debrief', 'other'] as const;
export type CoachScene = (typeof COACH_SCENES)[number];

/** What the coach needs to know of the game at one moment. */
export interface CoachMoment {
  readonly scene: CoachScene;
  /** At the table: the player may move now (their turn, nothing playing, no overlay). */
  readonly canMove: boolean;
  /** The player has moved a lever in this game. */
  readonly leverMoved: boolean;
  /** The other side has an offer on the table. */
  readonly theirOffer: boolean;
  /** How many packages the player has proposed. */
  readonly proposals: number;
}

export interface CoachProgress {
  readonly done: readonly CoachStep[];
  readonly stopped: boolean;
}

export const FRESH_PROGRESS: CoachProgress = { done: [], stopped: false };

/** The steps shown at the table, in order, with the moment each waits for. */
const TABLE_STEPS: readonly { readonly step: CoachStep; readonly ready: (m: CoachMoment) => boolean }[] = [
  { step: 'lever', ready: () => true },
  { step: 'projection', ready: (m) => m.leverMoved || m.proposals > 0 },
  { step: 'offer', ready: (m) => m.theirOffer },
  { step: 'tactic', ready: (m) => m.proposals > 0 },
];

/** The screens that have a step of their own, shown the first time they come up. */
const SCENE_STEPS: Readonly<Partial<Record<CoachScene, CoachStep>>> = {
  news: 'news',
  ratification: 'ratification',
  debrief: 'debrief',
};

/** The step to show now, or null. */
export function coachStep(moment: CoachMoment, progress: CoachProgress): CoachStep | null {
  if (progress.stopped) return null;
  const done = new Set(progress.done);
  const own = SCENE_STEPS[moment.scene];
  if (own) return done.has(own) ? null : own;
  if (moment.scene !== 'table' || !moment.canMove) return null;
  const next = TABLE_STEPS.find((s) => !done.has(s.step));
  return next?.ready(moment) ? next.step : null;
}

/** The progress after the player dismissed `step` ("Got it"). */
export function dismissStep(progress: CoachProgress, step: CoachStep): CoachProgress {
  return progress.done.includes(step) ? progress : { ...progress, done: [...progress.done, step] };
}

/** The progress after "Stop the coach": nothing more is shown in this game. */
export function stopCoach(progress: CoachProgress): CoachProgress {
  return { ...progress, stopped: true };
}

/** "Step n of 7": the step's place in the whole guided game, from 1. */
export function stepNumber(step: CoachStep): number {
  return COACH_STEPS.indexOf(step) + 1;
}
