/**
 * The computer's personality in one game: one of the scenario's personalities (hard bargainer, deal-seeker,
 * linker, ...), picked from the game's seed and the side it plays. The seed is private, so a view never says
 * which personality the computer has; whoever holds the game state (the store, the live server, the verifier,
 * self-play) asks `agentOptions` for the options of each decision, so they cannot drift apart.
 */
import { rngFor } from '../rng.ts';
import type { CompiledPersonality, PartyIndex, Scenario } from '../scenario.ts';
import type { GameState } from '../types.ts';
import { decisionRandom } from '../view.ts';
import type { ConcessionStyle } from '../vocabulary.ts';

/**
 * The personality a party plays when the scenario lists none for it: its `personality` concession style, the
 * difficulty's floor, a tactic whenever it has a reason for one, and no holds or walk-away share.
 */
export function defaultPersonality(scenario: Scenario, side: PartyIndex): CompiledPersonality {
  const style = scenario.parties[side].personality;
  return {
    id: style,
    name: style,
    description: style,
    exponent: scenario.agent.exponents[style],
    firmness: 0,
    tactics: 1,
    hold: 0,
    link: 1,
    patience: 1,
    walkAway: 0,
    parties: [side === 0, side === 1],
  };
}

/** A personality that concedes in a given style (the balance tool's pairs): the style's exponent on `base`. */
export const styled = (
  base: CompiledPersonality,
  scenario: Scenario,
  style: ConcessionStyle,
): CompiledPersonality => ({ ...base, exponent: scenario.agent.exponents[style] });

/** The personalities `side` may play, in file order. */
export const personalitiesOf = (scenario: Scenario, side: PartyIndex): readonly CompiledPersonality[] =>
  scenario.personalities.filter((p) => p.parties[side]);

/** The computer's personality for `side` in the game of this seed: the same seed always gives the same one. */
export function personalityFor(scenario: Scenario, seed: string, side: PartyIndex): CompiledPersonality {
  const list = personalitiesOf(scenario, side);
  if (list.length === 0) return defaultPersonality(scenario, side);
  const draw = rngFor(`${seed}|personality|${side}`)();
  return list[Math.min(list.length - 1, Math.floor(draw * list.length))];
}

export interface DecisionOptions {
  readonly random: () => number;
  readonly personality: CompiledPersonality;
}

/** What `chooseAction` needs beside the view for the decision of `side` in this state. */
export const agentOptions = (scenario: Scenario, state: GameState, side: PartyIndex): DecisionOptions => ({
  random: decisionRandom(state, side),
  personality: personalityFor(scenario, state.settings.seed, side),
});
