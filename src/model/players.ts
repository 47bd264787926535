/** Who plays which side: the computer's sides follow from the game's settings. */
import { type PartyIndex, partyIndexOf, type Scenario } from './scenario.ts';
import type { GameState } from './types.ts';

/** The sides the computer plays in this game (none between two people, both when the computer plays itself). */
export function computerSides(scenario: Scenario, game: Pick<GameState, 'settings'>): readonly PartyIndex[] {
  const human = partyIndexOf(scenario, game.settings.side) ?? 0;
  switch (game.settings.opponent) {
    case 'computer':
      return [human === 0 ? 1 : 0];
    case 'computer-vs-computer':
      return [0, 1];
    case 'human':
      return [];
  }
}
