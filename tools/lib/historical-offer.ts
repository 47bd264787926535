/**
 * The scripted games behind `meanAcceptTurnForHistoricalOffer`: one side offers the historical deal on its first
 * turn and on every later turn and never accepts; the other side is the computer. How soon does it accept?
 *
 * When the scripted side may not propose the historical deal as it is (an issue off the table, one of its own
 * public red lines), it proposes the closest legal package: on each issue, the legal level nearest the
 * historical one (the lower on a tie). Levels are legal issue by issue, so that is also the closest package.
 */
import { agentOptions, chooseAction } from '../../src/model/agent/index.ts';
import {
  applyAction,
  createGame,
  type GameSettings,
  type GameState,
  legalActions,
  type Package,
  type PartyIndex,
  type Scenario,
  toMove,
  turnCount,
  viewFor,
} from '../../src/model/index.ts';
import type { HistoricalOfferGame } from './move-metrics.ts';

/** For each issue, the allowed level nearest `target`'s (the lower on a tie). */
export function closestLegal(allowed: readonly (readonly number[])[], target: Package): number[] {
  return target.map((level, j) => {
    let best = allowed[j][0];
    for (const l of allowed[j])
      if (
        Math.abs(l - level) < Math.abs(best - level) ||
        (Math.abs(l - level) === Math.abs(best - level) && l < best)
      )
        best = l;
    return best;
  });
}

function step(scenario: Scenario, state: GameState, action: unknown, seed: string): GameState {
  const next = applyAction(scenario, state, action);
  if (!next.ok)
    throw new Error(
      `the rules refused ${JSON.stringify(action)} on turn ${state.turn} (seed ${seed}): ${next.error.message}`,
    );
  return next.value.state;
}

/** Plays one scripted game; `acceptTurn` is state.turn + 1 when the computer first accepts the scripted offer. */
export function playHistoricalOfferGame(
  scenario: Scenario,
  settings: GameSettings,
  scripted: PartyIndex,
  game: number,
): HistoricalOfferGame {
  const historical = scenario.historicalDeal;
  if (historical === null) throw new Error('the scenario has no historical deal');
  const created = createGame(scenario, settings);
  if (!created.ok) throw new Error(`${created.error.code}: ${created.error.message}`);
  let state = created.value;
  const limit = 4 * turnCount(scenario) + 8;
  for (let moves = 0; state.outcome === null; moves++) {
    if (moves > limit) throw new Error(`no end after ${moves} decisions (seed ${settings.seed})`);
    const side = toMove(scenario, state);
    const view = viewFor(scenario, state, side);
    if (view === null) throw new Error(`no view for side ${side}`);
    if (side === scripted) {
      const pkg = closestLegal(legalActions(view).levels, historical);
      state = step(
        scenario,
        state,
        { type: 'propose', side: scenario.parties[side].id, package: pkg },
        settings.seed,
      );
      continue;
    }
    // As the game asks it: the personality the seed gives this side, and the decision's generator.
    const decision = chooseAction(view, agentOptions(scenario, state, side));
    if (decision.actions.length === 0) throw new Error(`the computer made no move on turn ${state.turn}`);
    const offer = state.standing === null ? null : state.offers[state.standing];
    if (offer?.by === scripted && decision.actions.some((a) => a.type === 'accept'))
      return { game, scripted, acceptTurn: state.turn + 1 };
    for (const action of decision.actions) state = step(scenario, state, action, settings.seed);
  }
  return { game, scripted, acceptTurn: null };
}
