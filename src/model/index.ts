/**
 * The model's public API. Every function takes the compiled scenario first: `createGame(scenario, settings)`,
 * `applyAction(scenario, state, action)`, `viewFor(scenario, state, side)`, `replay(scenario, settings, log)`.
 */
export * from './analysis.ts';
export * from './economy.ts';
export * from './result.ts';
export * from './rules.ts';
export * from './scenario.ts';
export * from './types.ts';
export * from './utility.ts';
export * from './view.ts';
