/**
 * The model's public API. Every function takes the compiled scenario first; `rulesFor(scenario)` binds it,
 * giving the signatures the rest of the game uses: `applyAction(state, action)`, `viewFor(state, side)`, ...
 */
import { applyAction, createGame, replay } from './rules.ts';
import type { Scenario } from './scenario.ts';
import type { GameSettings, GameState } from './types.ts';
import { viewFor } from './view.ts';

export * from './analysis.ts';
export * from './economy.ts';
export * from './result.ts';
export * from './rules.ts';
export * from './scenario.ts';
export * from './types.ts';
export * from './utility.ts';
export * from './view.ts';

export function rulesFor(scenario: Scenario) {
  return {
    scenario,
    createGame: (settings: GameSettings) => createGame(scenario, settings),
    applyAction: (state: GameState, action: unknown) => applyAction(scenario, state, action),
    viewFor: (state: GameState, side: string | 0 | 1) => viewFor(scenario, state, side),
    replay: (settings: GameSettings, log: readonly unknown[]) => replay(scenario, settings, log),
  };
}
