/**
 * What a teacher sees of one student's game: the figures of the debrief (src/ui/debrief/score-rows.ts), worked
 * out by the model for the game the code replayed to, never for what the code claims. A package is evaluated as
 * the debrief does: under the game's final parameters (events may have moved them) and the issues on its table
 * at the end. The real deal is evaluated the same way, for comparison. Pure: no DOM, no i18n (labels and ids
 * come from the scenario).
 */

import { scorePackage } from '../model/analysis.ts';
import { countsInClass, type Verdict } from '../model/code/verify.ts';
import { economyOf } from '../model/economy.ts';
import { scenarioAt } from '../model/events.ts';
import { linesOf } from '../model/rules.ts';
import type { Package, Pair, PartyIndex, Scenario } from '../model/scenario.ts';
import type { GameState, Opponent, Outcome } from '../model/types.ts';
import { initialParams, type Params, ratify } from '../model/utility.ts';
import type { Difficulty } from '../model/vocabulary.ts';

/** One issue's level in a package. */
export interface IssueLevel {
  /** The issue's id in the scenario file. */
  readonly issue: string;
  readonly name: string;
  /** The level's index (0 = the owner concedes nothing). */
  readonly level: number;
  readonly levelId: string;
  readonly label: string;
}

/** A tariff issue's rate in a package: the level's value in the issue's unit (percent in shipped scenarios). */
export interface TariffRate {
  readonly issue: string;
  readonly name: string;
  /** The party id of the side that sets the tariff. */
  readonly owner: string;
  readonly rate: number;
  readonly unit: string;
  readonly label: string;
}

/** The figures of a package (a deal or no-deal) under one game's parameters: the debrief's scores and more. */
export interface DealFigures {
  readonly package: Package;
  /** The package's level on every issue, in the scenario's issue order. */
  readonly levels: readonly IssueLevel[];
  /** Each party's utility of the package (0–1), by party index. */
  readonly utilities: Pair<number>;
  /** Each party's utility gained over no-deal (its reservation value). */
  readonly gains: Pair<number>;
  /** Each party's share of the joint gain over no-deal (0.5 each when there is none). */
  readonly shares: Pair<number>;
  /** Distance in utility space to the Nash bargaining point; null when no package beats no-deal for both. */
  readonly nashDistance: number | null;
  /** Distance in utility space to the nearest Pareto-optimal package; 0 on the frontier. */
  readonly paretoDistance: number;
  /** Jobs each party gains (negative: loses) against the base year. */
  readonly jobs: Pair<number>;
  /** Each government's approval at home (0–100). */
  readonly approval: Pair<number>;
  /** The rates of the scenario's tariff issues (kind "tariff"), in issue order; empty when it has none. */
  readonly tariffs: readonly TariffRate[];
  /**
   * Whether each side's home would ratify the package (its groups and its public red lines); null for a
   * no-deal outcome, where nothing is put to a vote.
   */
  readonly ratified: Pair<boolean> | null;
}

/** One student's verified game: who played it, how, and the figures of how it ended. */
export interface StudentSummary extends DealFigures {
  /** `duplicate`: the same game as another code (`duplicateOf`: the first copy, 0-based). */
  readonly kind: 'verified' | 'duplicate';
  readonly duplicateOf: number | null;
  /** Whether the game counts in the class's figures: verified, or the first copy of a duplicate (counted once). */
  readonly counted: boolean;
  readonly name: string;
  /** The classroom session's id; null for a game played outside a session. */
  readonly sessionId: string | null;
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  /** The scenario's two party ids, by index. */
  readonly parties: Pair<string>;
  /** The student's side: a party id (the viewpoint when the computer played both sides). */
  readonly side: string;
  readonly sideIndex: PartyIndex;
  readonly opponent: Opponent;
  readonly difficulty: Difficulty;
  readonly seed: string;
  readonly outcome: Outcome['kind'];
  readonly reason: Outcome['reason'];
  /** Who accepted the deal or walked away (a party id); null at the deadline. */
  readonly endedBy: string | null;
  /** Meetings used: the meeting the game ended in, 1 to the scenario's meeting count. */
  readonly meetings: number;
  /** Moves in the game's log (offers, replies and tactics of both sides). */
  readonly moves: number;
  /** Accepted offers that failed at home before the end. */
  readonly failedRatifications: number;
  /** The student's side's share of the joint gain: `shares[sideIndex]`. */
  readonly surplusShare: number;
}

/** Averages over a class's games, by party index where a figure is per party. */
export interface ClassAverages {
  /** Games averaged: verified ones, and a game handed in more than once counted once. */
  readonly count: number;
  readonly deals: number;
  /** Share of the games that ended in a deal, 0–1. */
  readonly dealRate: number;
  readonly meetings: number;
  readonly utilities: Pair<number>;
  readonly shares: Pair<number>;
  /** The mean of each student's own side's share. */
  readonly surplusShare: number;
  /** Over the games that have a Nash point; null when none has. */
  readonly nashDistance: number | null;
  readonly paretoDistance: number;
  readonly jobs: Pair<number>;
  readonly approval: Pair<number>;
  /** The mean rate of each tariff issue, over the games whose scenario has it. */
  readonly tariffs: readonly { readonly issue: string; readonly name: string; readonly rate: number }[];
}

function levelsOf(scenario: Scenario, pkg: Package): IssueLevel[] {
  return scenario.issues.map((iss, j) => {
    const level = iss.levels[pkg[j]];
    return { issue: iss.id, name: iss.name, level: pkg[j], levelId: level.id, label: level.label };
  });
}

function tariffsOf(scenario: Scenario, pkg: Package): TariffRate[] {
  return scenario.issues.flatMap((iss, j) => {
    if (iss.kind !== 'tariff') return [];
    const level = iss.levels[pkg[j]];
    return [
      {
        issue: iss.id,
        name: iss.name,
        owner: scenario.parties[iss.owner].id,
        rate: level.value,
        unit: iss.unit,
        label: level.label,
      },
    ];
  });
}

/**
 * The figures of `pkg` under the parameters and table of a game (or, without one, at the start of a game):
 * `scorePackage` (utilities, gains, shares, distances, approval), `economyOf` (jobs), `ratify`.
 */
export function figuresOf(
  written: Scenario,
  pkg: Package,
  game:
    | (Pick<GameState, 'params' | 'onTable' | 'redLines'> & Partial<Pick<GameState, 'fired'>>)
    | null = null,
  deal = true,
): DealFigures {
  // As the scenario stood at the game's end (a version 2 event may have changed groups or the economy).
  const scenario = game?.fired ? scenarioAt(written, { fired: game.fired }) : written;
  const params: Params = game?.params ?? initialParams(scenario);
  const onTable = game?.onTable ?? scenario.issues.map((iss) => iss.onTable);
  const score = scorePackage(scenario, params, pkg, onTable);
  const economy = economyOf(scenario, pkg);
  const ratified = (p: PartyIndex): boolean =>
    ratify(scenario, params, p, pkg, game ? linesOf(game, p) : []).passed;
  return {
    package: [...pkg],
    levels: levelsOf(scenario, pkg),
    utilities: [score.sides[0].utility, score.sides[1].utility],
    gains: [score.sides[0].gain, score.sides[1].gain],
    shares: [score.sides[0].surplusShare, score.sides[1].surplusShare],
    nashDistance: score.nashDistance,
    paretoDistance: score.paretoDistance,
    jobs: [economy.totals[0].jobs, economy.totals[1].jobs],
    approval: [score.sides[0].approval, score.sides[1].approval],
    tariffs: tariffsOf(scenario, pkg),
    ratified: deal ? [ratified(0), ratified(1)] : null,
  };
}

/**
 * A student's game as the teacher sees it, from its verdict: the replayed game's outcome, scored as the debrief
 * scores it. Null for a verdict without a replayed game (tampered, another version, corrupt).
 */
export function summaryOf(verdict: Verdict): StudentSummary | null {
  if (verdict.kind !== 'verified' && verdict.kind !== 'duplicate') return null;
  const { record, scenario, game } = verdict;
  const outcome = game.outcome;
  if (!outcome) return null;
  const sideIndex: PartyIndex = scenario.parties[1].id === game.settings.side ? 1 : 0;
  const figures = figuresOf(scenario, outcome.package, game, outcome.kind === 'deal');
  return {
    kind: verdict.kind,
    duplicateOf: verdict.kind === 'duplicate' ? verdict.of : null,
    counted: countsInClass(verdict),
    name: record.name,
    sessionId: record.session?.id ?? null,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    parties: [scenario.parties[0].id, scenario.parties[1].id],
    side: game.settings.side,
    sideIndex,
    opponent: game.settings.opponent,
    difficulty: game.settings.difficulty,
    seed: game.settings.seed,
    outcome: outcome.kind,
    reason: outcome.reason,
    endedBy: outcome.by === null ? null : scenario.parties[outcome.by].id,
    meetings: Math.min(scenario.meetingCount, Math.floor(outcome.turn / 2) + 1),
    moves: game.log.length,
    failedRatifications: game.failedRatifications.length,
    ...figures,
    surplusShare: figures.shares[sideIndex],
  };
}

/**
 * The scenario's real deal, with the same figures: under a game's final parameters and table when one is given
 * (as that game's debrief shows it), else as at the start of a game. Null when the scenario has no real deal.
 */
export function historicalSummary(scenario: Scenario, game: GameState | null = null): DealFigures | null {
  const deal = scenario.historicalDeal;
  return deal ? figuresOf(scenario, deal, game) : null;
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const meanPair = (xs: readonly Pair<number>[]): Pair<number> => [
  mean(xs.map((x) => x[0])),
  mean(xs.map((x) => x[1])),
];

/**
 * The class's averages over verified games (a game handed in more than once counts once). Pass the
 * games of one scenario: party figures are averaged by party index. Null when there is no verified game.
 */
export function classAverages(summaries: readonly StudentSummary[]): ClassAverages | null {
  const games = summaries.filter((s) => s.counted);
  if (games.length === 0) return null;
  const nash = games.flatMap((s) => (s.nashDistance === null ? [] : [s.nashDistance]));
  const tariffs = new Map<string, { name: string; rates: number[] }>();
  for (const s of games)
    for (const t of s.tariffs) {
      const entry = tariffs.get(t.issue) ?? { name: t.name, rates: [] };
      entry.rates.push(t.rate);
      tariffs.set(t.issue, entry);
    }
  const deals = games.filter((s) => s.outcome === 'deal').length;
  return {
    count: games.length,
    deals,
    dealRate: deals / games.length,
    meetings: mean(games.map((s) => s.meetings)),
    utilities: meanPair(games.map((s) => s.utilities)),
    shares: meanPair(games.map((s) => s.shares)),
    surplusShare: mean(games.map((s) => s.surplusShare)),
    nashDistance: nash.length > 0 ? mean(nash) : null,
    paretoDistance: mean(games.map((s) => s.paretoDistance)),
    jobs: meanPair(games.map((s) => s.jobs)),
    approval: meanPair(games.map((s) => s.approval)),
    tariffs: [...tariffs].map(([issue, { name, rates }]) => ({ issue, name, rate: mean(rates) })),
  };
}
