/**
 * `npm run scenario -- analyze`: the outcome space of a scenario as the designers' tools see it: its size, the
 * Pareto frontier, the Nash point, each side's no-deal utility, and the historical deal scored and ratified by
 * the same model. `analyzeScenario` computes it (pure but for the clock), `formatAnalysis` writes it out.
 */
import {
  initialParams,
  type Line,
  nashPoint,
  type Package,
  type Pair,
  packageAt,
  paretoFrontier,
  type Ratification,
  ratify,
  reservations,
  type Scenario,
  scorePackage,
} from '../../src/model/index.ts';

export interface LabelledLevel {
  readonly issue: string;
  readonly name: string;
  readonly level: string;
  readonly label: string;
}

export interface RatificationSummary {
  readonly passed: boolean;
  readonly support: number;
  readonly threshold: number;
  readonly backedBy: readonly string[];
  readonly opposedBy: readonly { readonly group: string; readonly redLine: string | null }[];
}

export interface Analysis {
  readonly scenario: {
    readonly id: string;
    readonly version: string;
    readonly title: string;
    readonly hash: string;
  };
  readonly parties: Pair<string>;
  readonly spaceSize: number;
  readonly frontierSize: number;
  /** No-deal utility of each side: the reservation value. */
  readonly reservations: Pair<number>;
  readonly best: Pair<number>;
  readonly nash: { readonly package: readonly LabelledLevel[]; readonly utilities: Pair<number> } | null;
  readonly historical: {
    readonly date: string;
    readonly package: readonly LabelledLevel[];
    readonly utilities: Pair<number>;
    readonly surplusShares: Pair<number>;
    readonly ratification: Pair<RatificationSummary>;
    readonly paretoDistance: number;
    readonly nashDistance: number | null;
  } | null;
  /** Time the analysis took, ms (not counting the parse). */
  readonly analyzeMs: number;
}

export function labelPackage(scenario: Scenario, pkg: Package): LabelledLevel[] {
  return scenario.issues.map((iss, j) => ({
    issue: iss.id,
    name: iss.name,
    level: iss.levels[pkg[j]].id,
    label: iss.levels[pkg[j]].label,
  }));
}

export function describeLine(scenario: Scenario, line: Line): string {
  const iss = scenario.issues[line.issue];
  return `${iss.name} ${line.bound === 'at-most' ? 'at most' : 'at least'} ${iss.levels[line.level].label}`;
}

export function summarizeRatification(scenario: Scenario, result: Ratification): RatificationSummary {
  return {
    passed: result.passed,
    support: result.support,
    threshold: result.threshold,
    backedBy: result.verdicts.filter((v) => v.supports).map((v) => v.group),
    opposedBy: result.verdicts
      .filter((v) => !v.supports)
      .map((v) => ({ group: v.group, redLine: v.crossed ? describeLine(scenario, v.crossed) : null })),
  };
}

/** Analyses the scenario's outcome space at the start of a game (before any event). */
export function analyzeScenario(scenario: Scenario): Analysis {
  const start = performance.now();
  const params = initialParams(scenario);
  const frontier = paretoFrontier(scenario, params);
  const r = reservations(scenario, params);
  const nash = nashPoint(frontier, r);
  let historical: Analysis['historical'] = null;
  const deal = scenario.historicalDeal;
  if (deal) {
    const score = scorePackage(scenario, params, deal);
    historical = {
      date: scenario.historicalText?.date ?? '',
      package: labelPackage(scenario, deal),
      utilities: [score.sides[0].utility, score.sides[1].utility],
      surplusShares: [score.sides[0].surplusShare, score.sides[1].surplusShare],
      ratification: [
        summarizeRatification(scenario, ratify(scenario, params, 0, deal)),
        summarizeRatification(scenario, ratify(scenario, params, 1, deal)),
      ],
      paretoDistance: score.paretoDistance,
      nashDistance: score.nashDistance,
    };
  }
  const analyzeMs = performance.now() - start;
  return {
    scenario: { id: scenario.id, version: scenario.version, title: scenario.title, hash: scenario.hash },
    parties: [scenario.parties[0].shortName, scenario.parties[1].shortName],
    spaceSize: scenario.spaceSize,
    frontierSize: frontier.points.length,
    reservations: r,
    best: frontier.best,
    nash: nash
      ? { package: labelPackage(scenario, packageAt(scenario, nash.index)), utilities: nash.u }
      : null,
    historical,
    analyzeMs,
  };
}

const f3 = (x: number): string => x.toFixed(3);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function packageLines(levels: readonly LabelledLevel[]): string[] {
  let width = 0;
  for (const l of levels) width = Math.max(width, l.name.length);
  return levels.map((l) => `    ${l.name.padEnd(width)}  ${l.label}`);
}

/** The analysis as text; `timing: false` leaves out the line with the time (for output compared byte for byte). */
export function formatAnalysis(
  a: Analysis,
  options: { readonly timing?: boolean; readonly parseMs?: number } = {},
): string {
  const [p0, p1] = a.parties;
  const both = (u: Pair<number>) => `${p0} ${f3(u[0])}, ${p1} ${f3(u[1])}`;
  const out: string[] = [];
  out.push(`Scenario ${a.scenario.id} v${a.scenario.version}: ${a.scenario.title}`);
  out.push(`Outcome space: ${a.spaceSize} packages; Pareto frontier: ${a.frontierSize} packages`);
  out.push(`No-deal utility (reservation): ${both(a.reservations)}`);
  out.push(`Best possible utility: ${both(a.best)}`);
  if (a.nash) {
    out.push(`Nash point: ${both(a.nash.utilities)}`);
    out.push(...packageLines(a.nash.package));
  } else out.push('Nash point: none (no Pareto package is at least as good as no-deal for both sides)');
  const h = a.historical;
  if (h) {
    out.push(
      `Historical deal (${h.date}): ${both(h.utilities)}; surplus shares ${p0} ${pct(h.surplusShares[0])}, ${p1} ${pct(h.surplusShares[1])}`,
    );
    out.push(...packageLines(h.package));
    h.ratification.forEach((r, i) => {
      const verdict = r.passed ? 'ratifies' : 'does NOT ratify';
      const backed = r.backedBy.length ? r.backedBy.join(', ') : 'nobody';
      const opposed = r.opposedBy.map((o) => (o.redLine ? `${o.group} (red line: ${o.redLine})` : o.group));
      out.push(
        `  ${a.parties[i]} ${verdict}: support ${pct(r.support)} vs threshold ${pct(r.threshold)}; backed by ${backed}` +
          (opposed.length ? `; opposed by ${opposed.join(', ')}` : ''),
      );
    });
    const nash = h.nashDistance === null ? 'n/a' : f3(h.nashDistance);
    out.push(`  Pareto distance ${f3(h.paretoDistance)}; Nash distance ${nash}`);
  } else out.push('Historical deal: none in this scenario');
  if (options.timing !== false) {
    const parse = options.parseMs === undefined ? '' : ` (parse ${options.parseMs.toFixed(0)} ms)`;
    out.push(`Analysis took ${a.analyzeMs.toFixed(0)} ms${parse}`);
  }
  return `${out.join('\n')}\n`;
}
