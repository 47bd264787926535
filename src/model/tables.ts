/**
 * Works out the tables the model reads from the scenario's economy and its groups' concerns: every sector at
 * every level of its issue, and each group's additive utility table. The content compiler builds the scenario
 * with these functions, and the model builds them again when a (schema version 2) event changes an economy
 * parameter or a group's concern weights (events.ts), so both give the same numbers, bit for bit.
 */
import { mapped } from './arrays.ts';
import { type EconomyParameters, type SectorInput, sectorAt } from './economy.ts';
import { extent } from './own.ts';
import type { CompiledIssue, CompiledSector, PartyIndex, SectorAtLevel } from './scenario.ts';
import type { Metric } from './vocabulary.ts';

/** A group's concern as the model reads it: an issue's values, or a metric of some sectors. */
export type CompiledConcern =
  | {
      readonly kind: 'issue';
      readonly issue: number;
      readonly values: readonly number[];
      readonly weight: number;
    }
  | {
      readonly kind: 'metric';
      readonly metric: Metric;
      readonly party: PartyIndex | null;
      /** Sector indices, or null for every sector. */
      readonly sectors: readonly number[] | null;
      readonly prefer: 'more' | 'less';
      readonly weight: number;
    };

/** What a sector is made of, kept so an event can work it out again. */
export interface SectorSource extends SectorInput {
  readonly kind: 'tariff' | 'volume';
}

/** One sector at every level of its issue. */
export const sectorLevels = (
  params: EconomyParameters,
  input: SectorSource,
  issue: CompiledIssue,
): readonly SectorAtLevel[] => mapped(issue.levels, (l) => sectorAt(params, input, input.kind, l.value));

function metricContribution(
  c: Extract<CompiledConcern, { kind: 'metric' }>,
  sector: CompiledSector,
  level: number,
): number {
  const at = sector.atLevel[level];
  const party = c.party;
  switch (c.metric) {
    case 'jobs':
      return party === null ? 0 : at.jobs[party];
    case 'trade':
      return at.flow;
    case 'revenue':
      return sector.importer === party ? at.revenue : 0;
    case 'consumer-cost':
      return sector.importer === party ? at.consumerCost : 0;
    case 'balance':
      return sector.exporter === party ? at.flow : sector.importer === party ? -at.flow : 0;
  }
}

/**
 * A group's utility table from its concerns with `weights` (one per concern): U_g(p) = constant + Σ_j
 * table[j][p[j]]. Each concern counts by its share of the weights; a metric is scaled to 0..1 over the packages.
 */
export function groupTable(
  concerns: readonly CompiledConcern[],
  weights: readonly number[],
  issues: readonly CompiledIssue[],
  sectors: readonly CompiledSector[],
): { readonly constant: number; readonly table: number[][] } {
  const table = mapped(issues, (iss) => mapped(iss.levels, () => 0));
  let constant = 0;
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  concerns.forEach((c, ci) => {
    const w = weights[ci] / totalWeight;
    if (c.kind === 'issue') {
      c.values.forEach((v, l) => {
        table[c.issue][l] += w * v;
      });
      return;
    }
    const m = mapped(issues, (iss) => mapped(iss.levels, () => 0));
    sectors.forEach((s, si) => {
      if (c.sectors && !c.sectors.includes(si)) return;
      for (let l = 0; l < issues[s.issue].levels.length; l++) m[s.issue][l] += metricContribution(c, s, l);
    });
    const mins = mapped(m, (row) => extent(row).min);
    const maxs = mapped(m, (row) => extent(row).max);
    const range = maxs.reduce((a, b) => a + b, 0) - mins.reduce((a, b) => a + b, 0);
    if (range < 1e-12) constant += w * 0.5;
    else
      m.forEach((row, j) => {
        row.forEach((v, l) => {
          table[j][l] += (w * (c.prefer === 'more' ? v - mins[j] : maxs[j] - v)) / range;
        });
      });
  });
  return { constant, table };
}
