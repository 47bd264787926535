/**
 * The coach on the page: one per page, it keeps each game's progress (the steps dismissed, or stopped) and, at
 * every moment a scene reports, shows the step coachStep (coach-steps.ts) picks, pointed at the scene's widget.
 * A step appearing takes focus on its "Got it" a moment later (after the scene has focused its own control) and
 * is announced in the coach's own polite live region, so the game's announcements are not cut short; dismissing
 * it gives focus back to where it was. It never blocks play: the bubble is not modal.
 */
import { type MessageKey, t } from '../../i18n/catalog.ts';
import { el } from '../dom.ts';
import {
  COACH_STEPS,
  type CoachMoment,
  type CoachProgress,
  type CoachStep,
  coachStep,
  dismissStep,
  FRESH_PROGRESS,
  stepNumber,
  stopCoach,
} from './coach-steps.ts';
import { CoachBubble, type CoachTarget } from './coach-view.ts';

/** After the scene's own focus (src/ui/table/focus.ts tries for up to 10 frames). */
const FOCUS_DELAY_MS = 250;
const LIVE_ID = 'tt-coach-live';

/** The game a moment belongs to (its store object: one per game), and whether the coach guides it. */
export interface CoachGame {
  readonly key: object;
  readonly enabled: boolean;
}

/** Where each step points on this screen, and the control focus goes back to when none had it before. */
export interface CoachPlaces {
  readonly targets: Partial<Record<CoachStep, () => CoachTarget | null>>;
  readonly home: () => HTMLElement | null;
}

interface Shown {
  readonly game: object;
  readonly step: CoachStep;
  readonly bubble: CoachBubble;
  returnTo: HTMLElement | null;
  timer: number | null;
}

const progressOf = new WeakMap<object, CoachProgress>();
let shown: Shown | null = null;
/** The last moment reported, to show the next step at once when its moment has come already. */
let last: { readonly game: CoachGame; readonly moment: CoachMoment; readonly places: CoachPlaces } | null =
  null;

function liveRegion(): HTMLElement {
  let region = document.getElementById(LIVE_ID);
  if (!region) {
    region = el('div', {
      className: 'tt-sr-only',
      attrs: { id: LIVE_ID, role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' },
    });
    document.body.appendChild(region);
  }
  return region;
}

export function coachProgress(game: object): CoachProgress {
  return progressOf.get(game) ?? FRESH_PROGRESS;
}

/**
 * A scene reports a moment of `game`; `places` say where each step points on this screen. Shows, moves or
 * hides the bubble.
 */
export function coachMoment(game: CoachGame, moment: CoachMoment, places: CoachPlaces): void {
  last = { game, moment, places };
  const { targets } = places;
  liveRegion(); // exists before anything is said in it, so the first step is announced too
  const step = game.enabled ? coachStep(moment, coachProgress(game.key)) : null;
  if (shown && shown.game === game.key && shown.step === step) {
    shown.bubble.retarget(targets[step]?.() ?? null);
    return;
  }
  hideCoach();
  if (step === null) return;
  show(game.key, step, targets[step]?.() ?? null, places.home);
}

/** The screen goes away: hides the bubble; the step shows again at its next moment. */
export function leaveCoach(): void {
  last = null;
  hideCoach();
}

function hideCoach(): void {
  if (!shown) return;
  if (shown.timer !== null) window.clearTimeout(shown.timer);
  shown.bubble.remove();
  shown = null;
}

function show(
  game: object,
  step: CoachStep,
  target: CoachTarget | null,
  home: () => HTMLElement | null,
): void {
  const title = t(`coach.step.${step}.title` as MessageKey);
  const text = t(`coach.step.${step}.text` as MessageKey);
  const index = stepNumber(step);
  const count = COACH_STEPS.length;
  const bubble = new CoachBubble(
    { index, count, title, text, onGotIt: () => finish(dismissStep), onStop: () => finish(stopCoach) },
    target,
  );
  const current: Shown = { game, step, bubble, returnTo: null, timer: null };
  shown = current;
  liveRegion().textContent = t('coach.shown', { index, count, title, text });
  current.timer = window.setTimeout(() => {
    current.timer = null;
    if (shown !== current) return;
    const active = document.activeElement;
    current.returnTo = active instanceof HTMLElement && active !== document.body ? active : home();
    bubble.place();
    // Over a modal dialog (the glossary, a result code), the modal keeps focus; the bubble is a Tab away after.
    if (!document.querySelector('[aria-modal="true"]')) bubble.gotIt.focus({ preventScroll: true });
  }, FOCUS_DELAY_MS);
}

/** Got it (the step is done) or Stop (no more steps in this game); focus goes back where it was. */
function finish(change: (progress: CoachProgress, step: CoachStep) => CoachProgress): void {
  const current = shown;
  if (!current) return;
  progressOf.set(current.game, change(coachProgress(current.game), current.step));
  const hadFocus = current.bubble.element.contains(document.activeElement);
  const back = current.returnTo;
  hideCoach();
  if (change === stopCoach) liveRegion().textContent = t('coach.stopped');
  if (hadFocus && back?.isConnected && back.offsetParent !== null) back.focus({ preventScroll: true });
  if (last && last.game.key === current.game) coachMoment(last.game, last.moment, last.places);
}
