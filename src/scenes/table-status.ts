/**
 * What the table says about where the talks stand: the status line (whose move, the computer thinking, a live
 * player's move awaited, the end), the sides' names as the summary shows them, and the end of the talks on the
 * table (the line under the moves, the stamp on the stage, the focus on the way to the debrief).
 */
import { t } from '../i18n/catalog.ts';
import { toMove } from '../model/rules.ts';
import type { PartyIndex, Scenario } from '../model/scenario.ts';
import type { GameState, Outcome } from '../model/types.ts';
import type { GameStoreActions, GameStoreState } from '../store/game-store.ts';
import { focusWhenShown } from '../ui/table/focus.ts';
import type { LeverPanel } from '../ui/table/lever-panel.ts';
import type { MoveBar } from '../ui/table/move-bar.ts';
import type { Stage } from '../ui/table/stage.ts';
import { isWatching } from '../ui/table/viewer.ts';
import type { LiveTable } from './live-table.ts';

/** The status line's text, from the table's seat (`viewer`). */
export function statusText(
  scenario: Scenario,
  state: GameStoreState & GameStoreActions,
  viewer: PartyIndex,
  live: LiveTable | null,
): string {
  const { game } = state;
  if (game.outcome) return t('table.turn.over');
  const side = toMove(scenario, game);
  const name = scenario.parties[side].name;
  if (state.isComputer(side)) return t('table.turn.computer', { side: name });
  const elsewhere = state.playedElsewhere(side);
  if (elsewhere !== null && live) return live.waitingText(side, viewer, elsewhere);
  if (side === viewer) return t('table.turn.you');
  return t('table.turn.side', { side: name });
}

/** Names as the summary shows them: the player's side is marked "(you)". */
export function roleNames(scenario: Scenario, game: GameState, viewer: PartyIndex): [string, string] {
  const role = (p: PartyIndex): string => {
    const side = scenario.parties[p].name;
    return p === viewer && !isWatching(game) ? t('table.role.you', { side }) : side;
  };
  return [role(0), role(1)];
}

/** The end of the talks on the table: how they ended, the levers locked, the stamp, the focus on the debrief. */
export function showGameOver(
  scenario: Scenario,
  outcome: Outcome,
  parts: { moves: MoveBar; levers: LeverPanel; stage: Stage },
): void {
  const { moves, levers, stage } = parts;
  if (outcome.kind === 'deal') {
    moves.showEnd(t('table.end.deal'));
  } else {
    const text =
      outcome.reason === 'walked-away' && outcome.by !== null
        ? t('table.end.walked', { side: scenario.parties[outcome.by].name })
        : t('table.end.deadline');
    moves.showEnd(`${text} ${t('table.end.detail')}`);
  }
  levers.setEnabled(false);
  stage.clearCard();
  stage.hideLine();
  if (outcome.kind === 'no-deal') {
    for (const p of [0, 1] as const) if (outcome.by !== p) stage.react(p, 'reject');
    stage.stamp(t('table.end.stampNoDeal'), false);
  } else stage.stamp(t('table.end.stampDeal'), true);
  focusWhenShown(moves.debriefButton);
}
