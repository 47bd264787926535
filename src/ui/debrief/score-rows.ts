/**
 * The scores tab's data: `scorePackage` for the game's outcome and for the historical deal, under the game's
 * final parameters and table, and the metrics it shows, each either per side or for the pair.
 */
import { type Score, scorePackage } from '../../model/analysis.ts';
import { scenarioAt } from '../../model/events.ts';
import { type Pair, type PartyIndex, partyIndexOf, type Scenario } from '../../model/scenario.ts';
import type { GameState } from '../../model/types.ts';

export interface ScoreComparison {
  /** The player's side (the viewpoint, in a computer-vs-computer game). */
  readonly player: PartyIndex;
  readonly result: Score;
  readonly historical: Score | null;
}

export function scoreComparison(written: Scenario, game: GameState): ScoreComparison {
  // Scored as the scenario stood when the talks ended (a version 2 event may have changed groups or the economy).
  const scenario = scenarioAt(written, game);
  const pkg = game.outcome?.package ?? game.params.noDeal;
  return {
    player: partyIndexOf(scenario, game.settings.side) ?? 0,
    result: scorePackage(scenario, game.params, pkg, game.onTable),
    historical: scenario.historicalDeal
      ? scorePackage(scenario, game.params, scenario.historicalDeal, game.onTable)
      : null,
  };
}

export const SCORE_METRICS = ['gain', 'share', 'nash', 'pareto', 'jobs', 'approval'] as const;
export type ScoreMetric = (typeof SCORE_METRICS)[number];

export type ScoreValue =
  | { readonly kind: 'sides'; readonly values: Pair<number> }
  | { readonly kind: 'joint'; readonly value: number | null };

/** One metric of a score: per side (gain, share, jobs, approval) or for the pair (distances). */
export function scoreValue(score: Score, metric: ScoreMetric): ScoreValue {
  const sides = (f: (s: Score['sides'][number]) => number): ScoreValue => ({
    kind: 'sides',
    values: [f(score.sides[0]), f(score.sides[1])],
  });
  switch (metric) {
    case 'gain':
      return sides((s) => s.gain);
    case 'share':
      return sides((s) => s.surplusShare);
    case 'jobs':
      return sides((s) => s.jobs);
    case 'approval':
      return sides((s) => s.approval);
    case 'nash':
      return { kind: 'joint', value: score.nashDistance };
    case 'pareto':
      return { kind: 'joint', value: score.paretoDistance };
  }
}
