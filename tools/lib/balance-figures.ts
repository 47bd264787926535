/**
 * The figures of a balance run, one function for every place that shows them: `npm run balance` (text, --json
 * and the --html report) and the designer's workbench (designer.html, whose Web Workers play the same games).
 * Pure: no Node, no DOM.
 */
import type { Scenario } from '../../src/model/index.ts';
import { aggregate, type BalanceReport, balanceContext } from './balance-report.ts';
import { type GameSummary, pairSchedule } from './game-summary.ts';
import type { HistoricalOfferGame } from './move-metrics.ts';

/** The run's seed when none is given: game i plays with the seed "balance-i". */
export const DEFAULT_SEED = 'balance';
/** Scripted historical-offer games: as many as the games, at most this many. */
export const HISTORICAL_GAMES = 200;

/** How many scripted historical-offer games a run of `games` plays (none without a historical deal). */
export const historicalGamesFor = (scenario: Scenario, games: number): number =>
  scenario.historicalDeal === null ? 0 : Math.min(games, HISTORICAL_GAMES);

/** The report of a run: its game summaries and historical-offer games, in game order. */
export function balanceFigures(
  scenario: Scenario,
  seed: string,
  pairs: boolean,
  summaries: readonly GameSummary[],
  historical: readonly HistoricalOfferGame[],
): BalanceReport {
  return aggregate(
    balanceContext(scenario, pairs ? pairSchedule(scenario) : null, seed),
    summaries,
    historical,
  );
}
