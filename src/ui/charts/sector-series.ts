/**
 * The data of the "outcomes by sector" tab: each sector's trade flow and each party's totals (jobs, tariff
 * revenue, consumer cost, trade balance) under the game's outcome, the historical deal and no-deal, all from
 * `economyOf`. No-deal is the game's final no-deal package (events can move it).
 */
import { type EconomyOutcome, economyOf, type PartyTotals } from '../../model/economy.ts';
import { scenarioAt } from '../../model/events.ts';
import type { PartyIndex, Scenario } from '../../model/scenario.ts';
import type { GameState } from '../../model/types.ts';

/** The three outcomes the tab compares. `historical` is null when the scenario has no historical deal. */
export interface Compared<T> {
  readonly result: T;
  readonly historical: T | null;
  readonly noDeal: T;
}

export interface SectorFlows {
  readonly id: string;
  readonly name: string;
  readonly exporter: PartyIndex;
  readonly importer: PartyIndex;
  /** The base year's flow, $B. */
  readonly baseline: number;
  /** Trade flow, $B a year. */
  readonly flow: Compared<number>;
}

export const TOTAL_METRICS = ['jobs', 'revenue', 'consumerCost', 'balance'] as const;
export type TotalMetric = (typeof TOTAL_METRICS)[number];

export interface TotalRow {
  readonly metric: TotalMetric;
  readonly party: PartyIndex;
  readonly value: Compared<number>;
}

export interface SectorComparison {
  /** True when the game ended without a deal: the result is no-deal itself. */
  readonly resultIsNoDeal: boolean;
  readonly sectors: readonly SectorFlows[];
  /** Every metric for each party, metric by metric. */
  readonly totals: readonly TotalRow[];
  /** Largest flow of any sector under any of the three, for a shared bar scale. */
  readonly maxFlow: number;
}

export function sectorComparison(written: Scenario, game: GameState): SectorComparison {
  // The economy in force when the talks ended (a version 2 event may have changed a parameter or the table).
  const scenario = scenarioAt(written, game);
  const noDealPackage = game.params.noDeal;
  const economies: Compared<EconomyOutcome> = {
    result: economyOf(scenario, game.outcome?.package ?? noDealPackage),
    historical: scenario.historicalDeal ? economyOf(scenario, scenario.historicalDeal) : null,
    noDeal: economyOf(scenario, noDealPackage),
  };
  const pick = <T>(f: (e: EconomyOutcome) => T): Compared<T> => ({
    result: f(economies.result),
    historical: economies.historical ? f(economies.historical) : null,
    noDeal: f(economies.noDeal),
  });
  const sectors = scenario.sectors.map(
    (s, i): SectorFlows => ({
      id: s.id,
      name: s.name,
      exporter: s.exporter,
      importer: s.importer,
      baseline: s.baseline,
      flow: pick((e) => e.sectors[i].flow),
    }),
  );
  const totals = TOTAL_METRICS.flatMap((metric) =>
    ([0, 1] as const).map(
      (party): TotalRow => ({
        metric,
        party,
        value: pick((e) => (e.totals[party] as PartyTotals)[metric]),
      }),
    ),
  );
  const flows = sectors.flatMap((s) => [s.flow.result, s.flow.noDeal, s.flow.historical ?? 0, s.baseline]);
  return {
    resultIsNoDeal: game.outcome === null || game.outcome.kind === 'no-deal',
    sectors,
    totals,
    maxFlow: Math.max(0, ...flows),
  };
}
