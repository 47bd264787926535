/**
 * The balance report, pure: game summaries (in game order) → a report object → text. No workers, no clock:
 * the same summaries always give the same report, byte for byte. Timings are added by the caller.
 */

import type { Package, Pair, Scenario } from '../../src/model/index.ts';
import type { ConcessionStyle } from '../../src/model/vocabulary.ts';
import { meets, targetOf, targetText } from './balance-targets.ts';
import type { GameSummary } from './game-summary.ts';
import { type HistoricalOfferGame, type NegotiationFigures, negotiationFigures } from './move-metrics.ts';
import { formatTable } from './text-table.ts';

/** What the report needs to know about the scenario and the run, besides the games. */
export interface BalanceContext {
  readonly scenario: { readonly id: string; readonly version: string; readonly hash: string };
  /** Short names of the two parties. */
  readonly parties: Pair<string>;
  readonly issues: readonly { readonly name: string; readonly levels: readonly string[] }[];
  readonly historicalDeal: Package | null;
  readonly meetingCount: number;
  /** The pair schedule (--pairs): slot 0 is the scenario's default pair. Null: the agent's own personalities,
   * which vary with the seed (every game in slot 0). */
  readonly pairs: readonly Pair<ConcessionStyle>[] | null;
  readonly seed: string;
  readonly difficulty: string;
}

export function balanceContext(
  scenario: Scenario,
  pairs: readonly Pair<ConcessionStyle>[] | null,
  seed: string,
): BalanceContext {
  return {
    scenario: { id: scenario.id, version: scenario.version, hash: scenario.hash },
    parties: [scenario.parties[0].shortName, scenario.parties[1].shortName],
    issues: scenario.issues.map((iss) => ({ name: iss.name, levels: iss.levels.map((l) => l.label) })),
    historicalDeal: scenario.historicalDeal,
    meetingCount: scenario.meetingCount,
    pairs,
    seed,
    difficulty: 'normal',
  };
}

export interface Stat {
  readonly mean: number;
  readonly median: number;
}

export interface PairRow {
  readonly slot: number;
  /** `boulware/linear`: the first party's style, then the second's. */
  readonly pair: string;
  readonly default: boolean;
  readonly games: number;
  readonly deals: number;
  readonly dealRate: number | null;
  /** Mean utility of each side over all the pair's games (no-deal counts at its utility). */
  readonly meanUtility: Pair<number> | null;
}

export interface IssueCalibration {
  readonly issue: string;
  readonly historical: string;
  /** Median level among the calibration deals (the lower middle one for an even count), as a label. */
  readonly median: string | null;
  readonly medianLevel: number | null;
  readonly historicalLevel: number;
}

export interface Calibration {
  readonly pair: string;
  readonly games: number;
  readonly deals: number;
  readonly dealRate: number | null;
  readonly issues: readonly IssueCalibration[];
  /** Share of calibration deals within one level of the historical level on every issue. */
  readonly withinOneLevel: number | null;
  /** Mean distance in utility space from the calibration deals to the historical deal. */
  readonly meanHistoricalDistance: number | null;
}

export interface BalanceReport extends NegotiationFigures {
  readonly scenario: BalanceContext['scenario'];
  readonly parties: Pair<string>;
  readonly seed: string;
  readonly difficulty: string;
  /** 'seed-varied': the agent chose each game's personalities; 'pairs': the games cycled through the pairs. */
  readonly personalities: 'seed-varied' | 'pairs';
  readonly games: number;
  readonly deals: number;
  readonly meanMeetingsToDeal: number | null;
  readonly meetingCount: number;
  readonly deadlines: number;
  readonly walkAways: Pair<number>;
  /** Accepted offers that failed at home, counted per side that failed to ratify. */
  readonly ratificationFailures: Pair<number>;
  /** Games with at least one failed ratification. */
  readonly gamesWithRatificationFailure: number;
  readonly utility: { readonly all: Pair<Stat> | null; readonly deals: Pair<Stat> | null };
  /** Over deals only. */
  readonly surplusShare: Pair<Stat> | null;
  readonly nashDistance: Stat | null;
  readonly paretoDistance: Stat | null;
  /** Mean jobs gained (negative: lost) against the base year, over all games and over deals. */
  readonly jobs: { readonly all: Pair<number> | null; readonly deals: Pair<number> | null };
  /** Mean approval at the end, and mean change from the start, over all games. */
  readonly approval: { readonly final: Pair<number> | null; readonly change: Pair<number> | null };
  readonly pairs: readonly PairRow[];
  readonly calibration: Calibration;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
export const mean = (xs: readonly number[]): number | null => (xs.length ? sum(xs) / xs.length : null);

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The lower median: always one of the values (a level, for levels). */
export function lowerMedian(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[(s.length - 1) >> 1];
}

function stat(xs: readonly number[]): Stat | null {
  const m = mean(xs);
  const md = median(xs);
  return m === null || md === null ? null : { mean: m, median: md };
}

function pairStat(games: readonly GameSummary[], pick: (g: GameSummary) => Pair<number>): Pair<Stat> | null {
  const a = stat(games.map((g) => pick(g)[0]));
  const b = stat(games.map((g) => pick(g)[1]));
  return a && b ? [a, b] : null;
}

function pairMean(
  games: readonly GameSummary[],
  pick: (g: GameSummary) => Pair<number>,
): Pair<number> | null {
  const a = mean(games.map((g) => pick(g)[0]));
  const b = mean(games.map((g) => pick(g)[1]));
  return a === null || b === null ? null : [a, b];
}

const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
const pairLabel = (pair: Pair<ConcessionStyle>): string => `${pair[0]}/${pair[1]}`;
export const SEED_VARIED = 'seed-varied';

function calibrate(context: BalanceContext, games: readonly GameSummary[]): Calibration {
  const deals = games.filter((g) => g.end === 'deal');
  const h = context.historicalDeal;
  const issues: IssueCalibration[] = h
    ? context.issues.map((iss, j) => {
        const level = lowerMedian(deals.map((g) => g.package[j]));
        return {
          issue: iss.name,
          historical: iss.levels[h[j]],
          median: level === null ? null : iss.levels[level],
          medianLevel: level,
          historicalLevel: h[j],
        };
      })
    : [];
  const within = h ? deals.filter((g) => g.package.every((l, j) => Math.abs(l - h[j]) <= 1)).length : 0;
  const distances = deals.flatMap((g) => (g.historicalDistance === null ? [] : [g.historicalDistance]));
  return {
    pair: context.pairs === null ? SEED_VARIED : pairLabel(context.pairs[0]),
    games: games.length,
    deals: deals.length,
    dealRate: rate(deals.length, games.length),
    issues,
    withinOneLevel: h ? rate(within, deals.length) : null,
    meanHistoricalDistance: mean(distances),
  };
}

/** Aggregates game summaries, given in game order, and the scripted historical-offer games into the report. */
export function aggregate(
  context: BalanceContext,
  games: readonly GameSummary[],
  historical: readonly HistoricalOfferGame[] = [],
): BalanceReport {
  const deals = games.filter((g) => g.end === 'deal');
  const walkAways: [number, number] = [0, 0];
  for (const g of games) if (g.end === 'walked-away' && g.by !== null) walkAways[g.by]++;
  const failures: [number, number] = [0, 0];
  for (const g of games) {
    failures[0] += g.ratificationFailures[0];
    failures[1] += g.ratificationFailures[1];
  }
  const nash = deals.flatMap((g) => (g.nashDistance === null ? [] : [g.nashDistance]));
  const pairs = (context.pairs ?? []).map((pair, slot): PairRow => {
    const mine = games.filter((g) => g.slot === slot);
    const n = mine.filter((g) => g.end === 'deal').length;
    return {
      slot,
      pair: pairLabel(pair),
      default: slot === 0,
      games: mine.length,
      deals: n,
      dealRate: rate(n, mine.length),
      meanUtility: pairMean(mine, (g) => g.utility),
    };
  });
  return {
    scenario: context.scenario,
    parties: context.parties,
    seed: context.seed,
    difficulty: context.difficulty,
    personalities: context.pairs === null ? SEED_VARIED : 'pairs',
    games: games.length,
    deals: deals.length,
    ...negotiationFigures(games, historical, context.historicalDeal, context.meetingCount * 2),
    meanMeetingsToDeal: mean(deals.map((g) => g.meetings)),
    meetingCount: context.meetingCount,
    deadlines: games.filter((g) => g.end === 'deadline').length,
    walkAways,
    ratificationFailures: failures,
    gamesWithRatificationFailure: games.filter(
      (g) => g.ratificationFailures[0] + g.ratificationFailures[1] > 0,
    ).length,
    utility: { all: pairStat(games, (g) => g.utility), deals: pairStat(deals, (g) => g.utility) },
    surplusShare: pairStat(deals, (g) => g.surplusShare),
    nashDistance: stat(nash),
    paretoDistance: stat(deals.map((g) => g.paretoDistance)),
    jobs: { all: pairMean(games, (g) => g.jobs), deals: pairMean(deals, (g) => g.jobs) },
    approval: {
      final: pairMean(games, (g) => g.approval),
      change: pairMean(
        games,
        (g): Pair<number> => [g.approval[0] - g.approvalStart[0], g.approval[1] - g.approvalStart[1]],
      ),
    },
    pairs,
    calibration: calibrate(
      context,
      games.filter((g) => g.slot === 0),
    ),
  };
}

const DASH = '–';
type Maybe = number | null | undefined;
/** Fixed decimals, and no "-0.0" for a tiny negative that rounds to zero. */
const fixed = (x: number, digits: number): string => {
  const text = x.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
};
const f3 = (x: Maybe): string => (x === null || x === undefined ? DASH : fixed(x, 3));
const f1 = (x: Maybe): string => (x === null || x === undefined ? DASH : fixed(x, 1));
const pct = (x: Maybe): string => (x === null || x === undefined ? DASH : `${fixed(x * 100, 1)}%`);
const signed = (x: Maybe, digits: number): string => {
  if (x === null || x === undefined) return DASH;
  const text = fixed(x, digits);
  return Number(text) > 0 ? `+${text}` : text;
};
const jobsText = (x: Maybe): string => {
  if (x === null || x === undefined) return DASH;
  const n = Math.round(x);
  return `${n > 0 ? '+' : ''}${(n === 0 ? 0 : n).toLocaleString('en-US')}`;
};
/** Level labels can be sentences: the table shows their start. */
const LABEL_WIDTH = 36;
const clip = (label: string): string =>
  label.length > LABEL_WIDTH ? `${label.slice(0, LABEL_WIDTH - 1).trimEnd()}…` : label;
const statText = (s: Stat | null | undefined): string => (s ? `${f3(s.mean)} / ${f3(s.median)}` : DASH);

/** The personality pairs table (--pairs only). */
function pairLines(r: BalanceReport): string[] {
  const [p0, p1] = r.parties;
  const pairRows: string[][] = [['pair', 'games', 'deals', 'deal rate', `${p0} utility`, `${p1} utility`]];
  for (const row of r.pairs) {
    pairRows.push([
      `${row.pair}${row.default ? ' (default)' : ''}`,
      String(row.games),
      String(row.deals),
      pct(row.dealRate),
      f3(row.meanUtility?.[0]),
      f3(row.meanUtility?.[1]),
    ]);
  }
  return [`Personality pairs (${p0}/${p1}):`, ...formatTable(pairRows, [1, 2, 3, 4, 5]).map((l) => `  ${l}`)];
}

/** The negotiation figures (issue 12), each with its target and whether the run meets it. */
function negotiationLines(r: BalanceReport): string[] {
  const h = r.historicalOffer;
  const rows: [keyof NegotiationFigures, string, string, boolean?][] = [
    ['dealRate', 'Deal rate', pct(r.dealRate), true],
    ['walkAwayRate', 'Walk-away rate', pct(r.walkAwayRate), true],
    ['repeatOfferRate', 'Offers repeating its own previous offer', pct(r.repeatOfferRate), true],
    ['retractionsUnexplained', 'Concessions taken back without a reason', String(r.retractionsUnexplained)],
    ['contradictions', 'Objections its own red lines allow', String(r.contradictions)],
    ['tacticsPerGame', 'Tactics per game (red line, link, back channel)', f3(r.tacticsPerGame)],
    ['distinctDeals', 'Different deals', String(r.distinctDeals)],
    [
      'medianWithinOneLevel',
      'Issues whose median deal is within one level of history',
      pct(r.medianWithinOneLevel),
      true,
    ],
    [
      'meanAcceptTurnForHistoricalOffer',
      `Turn it accepts the historical deal offered from the start (of ${h.turns})`,
      f1(r.meanAcceptTurnForHistoricalOffer),
    ],
  ];
  const table: string[][] = [['figure', 'value', 'target', '']];
  for (const [key, label, value, percent] of rows) {
    const t = targetOf(key);
    const figure = r[key];
    const met = t === undefined || typeof figure !== 'number' ? '' : meets(t, figure) ? 'met' : 'MISSED';
    table.push([label, value, t ? targetText(t, percent) : '', met]);
  }
  const out = ['How the computer negotiates:', ...formatTable(table, [1]).map((l) => `  ${l}`)];
  if (h.games > 0)
    out.push(
      `  Historical-offer games: ${h.games}, never accepted in ${h.neverAccepted} (counted as turn ${h.turns + 1})`,
    );
  return out;
}

/** The report as text, the same for the same report. Numbers are rounded for reading; --json has them whole. */
export function formatReport(r: BalanceReport): string {
  const [p0, p1] = r.parties;
  const out: string[] = [];
  out.push(
    `Balance report: ${r.scenario.id} v${r.scenario.version} (${r.scenario.hash}), ${r.games} games, seed "${r.seed}", difficulty ${r.difficulty}, personalities ${r.personalities}`,
  );
  out.push('');
  out.push(
    `Deals: ${r.deals} of ${r.games} (${pct(r.dealRate)}); mean meetings to a deal ${f1(r.meanMeetingsToDeal)} of ${r.meetingCount}`,
  );
  out.push(
    `No deal: ${r.deadlines} at the deadline; ${r.walkAways[0] + r.walkAways[1]} walk-aways (${p0} ${r.walkAways[0]}, ${p1} ${r.walkAways[1]})`,
  );
  out.push(
    `Ratification failures (accepted offers that failed at home): ${p0} ${r.ratificationFailures[0]}, ${p1} ${r.ratificationFailures[1]}, in ${r.gamesWithRatificationFailure} games`,
  );
  out.push('');
  out.push(...negotiationLines(r));
  out.push('');
  const rows: string[][] = [
    ['mean / median', p0, p1],
    ['Utility, all games', statText(r.utility.all?.[0]), statText(r.utility.all?.[1])],
    ['Utility, deals', statText(r.utility.deals?.[0]), statText(r.utility.deals?.[1])],
    ['Surplus share, deals', statText(r.surplusShare?.[0]), statText(r.surplusShare?.[1])],
    ['Jobs, all games (mean)', jobsText(r.jobs.all?.[0]), jobsText(r.jobs.all?.[1])],
    ['Jobs, deals (mean)', jobsText(r.jobs.deals?.[0]), jobsText(r.jobs.deals?.[1])],
    ['Approval at the end (mean)', f1(r.approval.final?.[0]), f1(r.approval.final?.[1])],
    ['Approval change (mean)', signed(r.approval.change?.[0], 1), signed(r.approval.change?.[1], 1)],
  ];
  out.push(...formatTable(rows, [1, 2]));
  out.push(
    `Nash distance of deals: ${statText(r.nashDistance)}; Pareto distance of deals: ${statText(r.paretoDistance)}`,
  );
  out.push('');
  if (r.pairs.length > 0) out.push(...pairLines(r), '');
  const c = r.calibration;
  const who = r.personalities === 'pairs' ? `default pair ${c.pair}` : 'seed-varied personalities';
  out.push(`Calibration (${who}): ${c.deals} deals in ${c.games} games (${pct(c.dealRate)})`);
  if (c.issues.length === 0) out.push('  No historical deal in this scenario.');
  else {
    const issueRows: string[][] = [['issue', 'levels off', 'median deal', 'historical']];
    for (const iss of c.issues) {
      const off = iss.medianLevel === null ? DASH : signed(iss.medianLevel - iss.historicalLevel, 0);
      issueRows.push([iss.issue, off === '0' ? '=' : off, clip(iss.median ?? DASH), clip(iss.historical)]);
    }
    out.push(...formatTable(issueRows, [1]).map((l) => `  ${l}`));
    out.push(`  Deals within one level of the historical deal on every issue: ${pct(c.withinOneLevel)}`);
    out.push(`  Mean utility-space distance to the historical deal: ${f3(c.meanHistoricalDistance)}`);
  }
  return `${out.join('\n')}\n`;
}

/** JSON with numbers rounded to 6 decimals (enough to compare runs, short enough to read). */
export function reportJson(report: BalanceReport, extra: Record<string, number> = {}): string {
  const round = (_key: string, value: unknown): unknown =>
    typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1e6) / 1e6 : value;
  return `${JSON.stringify({ ...report, ...extra }, round, 2)}\n`;
}
