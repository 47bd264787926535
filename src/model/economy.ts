/**
 * A transparent partial-equilibrium economy (docs/model.md, "Economy",
 * our own synthesis): each sector's flow responds to its tariff or grows by a purchase, and jobs, revenue and
 * consumer costs follow from the flow. Every parameter comes from the scenario file.
 */
import { mapped } from './arrays.ts';
import type { CompiledSector, Package, Pair, PartyIndex, Scenario, SectorAtLevel } from './scenario.ts';

export interface EconomyParameters {
  readonly elasticity: number;
  readonly importPassThrough: number;
  readonly retailPassThrough: number;
  readonly complianceLoss: number;
}

export interface SectorInput {
  readonly exporter: PartyIndex;
  readonly baseline: number;
  readonly baseTariff: number;
  readonly jobsPerBillion: Pair<number>;
}

/** Works out one sector at one level of its issue. `value` is a tariff (percent) or an added flow ($B). */
export function sectorAt(
  params: EconomyParameters,
  sector: SectorInput,
  kind: 'tariff' | 'volume',
  value: number,
): SectorAtLevel {
  let flow: number;
  let tariff: number | null = null;
  let revenue = 0;
  let consumerCost = 0;
  if (kind === 'tariff') {
    const t0 = sector.baseTariff;
    const priceChange = (params.importPassThrough * (value - t0)) / (100 + t0);
    flow = sector.baseline * (1 + priceChange) ** -params.elasticity;
    tariff = value;
    revenue = (value / 100) * flow * (1 - params.complianceLoss);
    consumerCost = (params.retailPassThrough * (value - t0) * flow) / 100;
  } else {
    flow = sector.baseline + value;
  }
  const change = flow - sector.baseline;
  const jobs: Pair<number> = [sector.jobsPerBillion[0] * change, sector.jobsPerBillion[1] * change];
  return { flow, tariff, revenue, consumerCost, jobs };
}

export interface SectorOutcome extends SectorAtLevel {
  readonly id: string;
  readonly baseline: number;
  readonly exporter: PartyIndex;
  readonly importer: PartyIndex;
}

export interface PartyTotals {
  readonly jobs: number;
  readonly exports: number;
  readonly imports: number;
  /** Exports minus imports, $B. */
  readonly balance: number;
  /** Tariff revenue collected, $B. */
  readonly revenue: number;
  /** Extra cost to buyers from tariffs, $B. */
  readonly consumerCost: number;
}

export interface EconomyOutcome {
  readonly sectors: readonly SectorOutcome[];
  readonly totals: Pair<PartyTotals>;
}

function totalsFor(party: PartyIndex, sectors: readonly SectorOutcome[]): PartyTotals {
  let jobs = 0;
  let exports = 0;
  let imports = 0;
  let revenue = 0;
  let consumerCost = 0;
  for (const s of sectors) {
    jobs += s.jobs[party];
    if (s.exporter === party) exports += s.flow;
    if (s.importer === party) {
      imports += s.flow;
      revenue += s.revenue;
      consumerCost += s.consumerCost;
    }
  }
  return { jobs, exports, imports, balance: exports - imports, revenue, consumerCost };
}

/** The economy under a package: every sector and each party's totals. */
export function economyOf(scenario: Scenario, pkg: Package): EconomyOutcome {
  const sectors = mapped(scenario.sectors, (s: CompiledSector): SectorOutcome => {
    const at = s.atLevel[pkg[s.issue]];
    // Fields written out: an object spread here costs V8 a hundred times more (this runs on every slider move).
    return {
      id: s.id,
      baseline: s.baseline,
      exporter: s.exporter,
      importer: s.importer,
      flow: at.flow,
      tariff: at.tariff,
      revenue: at.revenue,
      consumerCost: at.consumerCost,
      jobs: at.jobs,
    };
  });
  return { sectors, totals: [totalsFor(0, sectors), totalsFor(1, sectors)] };
}

/** A term of a package that starts later (schema version 2): the issue, its agreed level, and when it starts. */
export interface PendingTerm {
  readonly issue: number;
  readonly level: number;
  readonly date: string | null;
  readonly condition: string | null;
}

/** The terms of a package that do not start with the deal: each issue whose agreed level says it starts later. */
export function laterTerms(scenario: Scenario, pkg: Package): PendingTerm[] {
  const terms: PendingTerm[] = [];
  scenario.issues.forEach((iss, j) => {
    const term = iss.levels[pkg[j]]?.takesEffect;
    if (term) terms.push({ issue: j, level: pkg[j], date: term.date, condition: term.condition });
  });
  return terms;
}

/** The package in force when the deal is signed: each term that starts later still at its no-deal level. */
export function inForceAtSigning(scenario: Scenario, pkg: Package, noDeal: Package): Package {
  const later = laterTerms(scenario, pkg);
  if (later.length === 0) return pkg;
  return mapped(pkg, (l, j) => (later.some((term) => term.issue === j) ? noDeal[j] : l));
}
