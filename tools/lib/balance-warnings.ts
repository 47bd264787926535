/**
 * `scenario check --balance`: plays seeded computer-vs-computer games through every personality pair (the balance
 * library's schedule: the scenario's default pair, then each pair of concession styles) and warns about each pair
 * that reaches a deal in under LOW_DEAL_RATE of its games. A warning, never an error: the file still plays.
 */
import type { ScenarioProblem } from '../../src/content/problems.ts';
import type { Pair, Scenario } from '../../src/model/scenario.ts';
import type { ConcessionStyle } from '../../src/model/vocabulary.ts';
import { runBalance } from './balance-run.ts';
import { type GameSummary, pairSchedule } from './game-summary.ts';

/** A pair that deals in fewer than this share of its games is warned about. */
export const LOW_DEAL_RATE = 0.1;
/** The seed of the games `--balance` plays: fixed, so a check gives the same warnings every time. */
export const CHECK_SEED = 'scenario-check';

/** The warnings of played games: one per pair of the schedule whose deal rate is under LOW_DEAL_RATE. */
export function balanceWarnings(
  scenario: Scenario,
  pairs: readonly Pair<ConcessionStyle>[],
  summaries: readonly GameSummary[],
): ScenarioProblem[] {
  const out: ScenarioProblem[] = [];
  pairs.forEach((pair, slot) => {
    const games = summaries.filter((g) => g.slot === slot);
    if (games.length === 0) return;
    const deals = games.filter((g) => g.end === 'deal').length;
    if (deals / games.length >= LOW_DEAL_RATE) return;
    const who = `${scenario.parties[0].name} ${pair[0]}, ${scenario.parties[1].name} ${pair[1]}${slot === 0 ? " (the scenario's default pair)" : ''}`;
    out.push({
      code: 'BALANCE_LOW_DEAL_RATE',
      severity: 'warning',
      path: ['parties'],
      message: `${who} reach a deal in ${deals} of ${games.length} games (${Math.round((100 * deals) / games.length)}%): under ${LOW_DEAL_RATE * 100}%`,
    });
  });
  return out;
}

/** Plays `games` games cycling through the pairs (seed CHECK_SEED) and gives their warnings. */
export async function playBalanceWarnings(scenario: Scenario, games: number): Promise<ScenarioProblem[]> {
  const pairs = pairSchedule(scenario);
  const run = await runBalance(scenario, CHECK_SEED, games, undefined, { pairs: true });
  return balanceWarnings(scenario, pairs, run.summaries);
}
