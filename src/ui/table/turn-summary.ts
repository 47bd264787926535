/**
 * The announcement of a step, kept short for screen readers: an offer is said as who made it, on how many issues
 * it differs from the viewer's last offer, whether it would pass on each side (the table's estimate) and the key
 * that reads it in full (O, src/ui/table/offer-key.ts), never as all its issues one by one; every other event is
 * said as describe.ts says it. Pure functions over the scenario, the events and the game.
 */
import { t } from '../../i18n/catalog.ts';
import type { Package, PartyIndex, Scenario } from '../../model/scenario.ts';
import type { GameEvent, GameState } from '../../model/types.ts';
import { describeEvent, type StepLines } from './describe.ts';

export interface SummaryContext {
  readonly scenario: Scenario;
  readonly viewer: PartyIndex;
  readonly viewerIsPlayer: boolean;
  /** Whether a package would pass on each side, in words (projection-text.ts `estimateText`). */
  readonly estimate: (pkg: Package) => string;
}

export function summarizeStep(
  context: SummaryContext,
  events: readonly GameEvent[],
  game: GameState,
  lines: StepLines = {},
): string {
  return events
    .map((e) =>
      e.type === 'proposed'
        ? summarizeOffer(context, e, game, lines)
        : describeEvent(context.scenario, e, game.onTable, lines),
    )
    .filter((s): s is string => s !== null && s.length > 0)
    .join(' ');
}

function summarizeOffer(
  context: SummaryContext,
  event: Extract<GameEvent, { type: 'proposed' }>,
  game: GameState,
  lines: StepLines,
): string {
  const { scenario, viewer } = context;
  const side = scenario.parties[event.by].name;
  const parts = [t('table.say.offerShort', { side })];
  if (context.viewerIsPlayer && event.by !== viewer) {
    const mine = game.offers.filter((o) => o.by === viewer).at(-1);
    if (mine) {
      const count = scenario.issues.filter(
        (_, j) => game.onTable[j] && mine.package[j] !== event.package[j],
      ).length;
      parts.push(t('table.say.offerChanged', { count }));
    }
  }
  parts.push(t('table.say.offerEstimate', { estimate: context.estimate(event.package) }));
  const line = lines[event.by];
  if (line) parts.push(t('table.say.line', { side, line }));
  parts.push(t('table.say.offerKey'));
  return parts.join(' ');
}
