/**
 * A whole computer-vs-computer game: both sides played by the agent, each seeing only its own view, from
 * createGame to the end. The balance tool plays thousands of these.
 */

import { applyAction, createGame, toMove, turnCount } from '../rules.ts';
import type { CompiledPersonality, Pair, PartyIndex, Scenario } from '../scenario.ts';
import type { GameSettings, GameState } from '../types.ts';
import { decisionRandom, type View, viewFor } from '../view.ts';
import type { ConcessionStyle } from '../vocabulary.ts';
import { type AgentDecision, chooseAction } from './choose-action.ts';
import { personalityFor, styled } from './personality.ts';

/** One decision of a self-played game, as the balance tool sees it: the state before it, the view it was made
 * from, and what the computer did and said. */
export interface DecisionRecord {
  readonly side: PartyIndex;
  readonly before: GameState;
  readonly view: View;
  readonly decision: AgentDecision;
}

export interface SelfPlayOptions {
  /**
   * The concession style of each party (by party index), instead of the exponent of the personality the seed
   * picks for it (its other traits stay). The party's own `personality` style (the scenario's default pair)
   * leaves the picked personality as it is, so such a game is the one the store and the verifier play.
   */
  readonly personalities?: Pair<ConcessionStyle>;
  /** Called with every decision, before its actions are applied. */
  readonly onDecision?: (record: DecisionRecord) => void;
}

/** Plays a game to its end and returns the final state. Throws only on a bug: bad settings or a refused action. */
export function playComputerGame(
  scenario: Scenario,
  settings: GameSettings,
  options: SelfPlayOptions = {},
): GameState {
  const created = createGame(scenario, settings);
  if (!created.ok) throw new Error(`playComputerGame: ${created.error.code}: ${created.error.message}`);
  let state = created.value;
  // Each turn ends with one move; tactics come on top. The bound only guards against a bug looping forever.
  const limit = 4 * turnCount(scenario) + 8;
  // Each side's personality (from the game's seed: `agentOptions`), styled as asked, made once a game.
  const personalities: [CompiledPersonality | null, CompiledPersonality | null] = [null, null];
  const personalityOf = (side: PartyIndex): CompiledPersonality => {
    const made = personalities[side];
    if (made !== null) return made;
    const picked = personalityFor(scenario, state.settings.seed, side);
    const style = options.personalities?.[side];
    const chosen =
      style === undefined || style === scenario.parties[side].personality
        ? picked
        : styled(picked, scenario, style);
    personalities[side] = chosen;
    return chosen;
  };
  for (let moves = 0; state.outcome === null; moves++) {
    if (moves > limit)
      throw new Error(`playComputerGame: no end after ${moves} decisions (seed ${settings.seed})`);
    const side = toMove(scenario, state);
    const view = viewFor(scenario, state, side);
    if (view === null) throw new Error(`playComputerGame: no view for side ${side}`);
    // agentOptions(scenario, state, side), with the personality kept from the side's first decision.
    const decision = chooseAction(view, {
      random: decisionRandom(state, side),
      personality: personalityOf(side),
    });
    options.onDecision?.({ side, before: state, view, decision });
    const { actions } = decision;
    if (actions.length === 0)
      throw new Error(`playComputerGame: the agent made no move on turn ${state.turn}`);
    for (const action of actions) {
      const step = applyAction(scenario, state, action);
      if (!step.ok)
        throw new Error(
          `playComputerGame: the rules refused ${JSON.stringify(action)} on turn ${state.turn} ` +
            `(seed ${settings.seed}): ${step.error.code}: ${step.error.message}`,
        );
      state = step.value.state;
    }
  }
  return state;
}
