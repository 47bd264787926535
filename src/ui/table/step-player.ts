/**
 * Plays a step of the game on the table: the offer card and the negotiators' reactions from the model's
 * events, the computer's line in a bubble, and a short announcement for the live region (turn-summary.ts).
 */
import { t } from '../../i18n/catalog.ts';
import { assertNever } from '../../model/result.ts';
import { other, type Package, type PartyIndex, type Scenario } from '../../model/scenario.ts';
import type { GameEvent, GameState } from '../../model/types.ts';
import type { StepLines } from './describe.ts';
import type { Stage } from './stage.ts';
import { summarizeStep } from './turn-summary.ts';

/** Whether a step has anything that moves on the table (so the flow waits for it before an overlay). */
export const hasMotion = (events: readonly GameEvent[]): boolean =>
  events.some(
    (e) =>
      e.type === 'proposed' || e.type === 'accepted' || e.type === 'rejected' || e.type === 'walked-away',
  );

/** The card's caption for an offer, from the viewer's seat. */
export function cardLabel(
  scenario: Scenario,
  by: PartyIndex,
  viewer: PartyIndex,
  viewerIsPlayer: boolean,
): string {
  if (!viewerIsPlayer) return t('table.card.by', { side: scenario.parties[by].name });
  return by === viewer ? t('table.card.yours') : t('table.card.theirs');
}

/** A line a negotiator said, as far as the table shows it (the store's dialogue entries have this shape). */
export interface SpokenLine {
  readonly side: PartyIndex;
  readonly text: string;
}

export interface StepContext {
  readonly scenario: Scenario;
  readonly stage: Stage;
  readonly viewer: PartyIndex;
  readonly viewerIsPlayer: boolean;
  readonly animate: boolean;
  /** Whether a package would pass on each side, in words: an offer's announcement says it. */
  readonly estimate: (pkg: Package) => string;
}

/**
 * Animates the events and returns the sentence to announce. `newLines` are the dialogue entries the step
 * added (the computer's replies).
 */
export function playStep(
  context: StepContext,
  events: readonly GameEvent[],
  game: GameState,
  newLines: readonly SpokenLine[],
): string {
  const { scenario, stage, viewer, viewerIsPlayer, animate } = context;
  const lines: StepLines = {};
  for (const entry of newLines) lines[entry.side] = entry.text;
  let spoke = false;
  for (const event of events) {
    switch (event.type) {
      case 'proposed':
        stage.offer(event.by, cardLabel(scenario, event.by, viewer, viewerIsPlayer), animate);
        stage.react(event.by, 'offer');
        break;
      case 'accepted':
        stage.settleCard('accepted', animate);
        stage.react(event.by, 'accept');
        break;
      case 'rejected':
        stage.settleCard('rejected', animate);
        stage.react(event.by, 'reject');
        break;
      case 'walked-away':
        stage.react(event.by, 'walk');
        break;
      case 'ratification-failed':
        stage.clearCard();
        break;
      case 'red-line':
      case 'linked':
      case 'back-channel':
        stage.react(eventSide(event), 'think');
        break;
      case 'ratification':
      case 'deal':
      case 'no-deal':
      case 'meeting-ended':
      case 'news':
        break;
      default:
        assertNever(event);
    }
  }
  const last = newLines[newLines.length - 1];
  if (last && last.text.length > 0) {
    stage.say(last.side, last.text);
    spoke = true;
  }
  if (!spoke && events.some((e) => e.type === 'proposed' || e.type === 'rejected' || e.type === 'accepted'))
    stage.hideLine();
  return summarizeStep({ scenario, viewer, viewerIsPlayer, estimate: context.estimate }, events, game, lines);
}

function eventSide(event: GameEvent & { type: 'red-line' | 'linked' | 'back-channel' }): PartyIndex {
  return event.type === 'red-line' ? event.line.by : event.by;
}

/** Puts the table as it stands (a resumed game): the standing offer's card and the last line said. */
export function restoreStage(context: StepContext, game: GameState, dialogue: readonly SpokenLine[]): void {
  const { scenario, stage, viewer, viewerIsPlayer } = context;
  stage.resetFigures();
  const standing = game.standing === null ? null : game.offers[game.standing];
  if (standing) stage.offer(standing.by, cardLabel(scenario, standing.by, viewer, viewerIsPlayer), false);
  else stage.clearCard();
  const last = dialogue[dialogue.length - 1];
  if (last && last.text.length > 0 && (last.side === other(viewer) || !viewerIsPlayer))
    stage.say(last.side, last.text);
  else stage.hideLine();
  if (game.outcome?.reason === 'walked-away' && game.outcome.by !== null)
    stage.react(game.outcome.by, 'walk');
}
