/**
 * What the balance report keeps of one computer-vs-computer game: a compact, JSON-safe summary scored by the
 * model's own `scorePackage` on the final outcome with the final parameters, and the counts of how the computer
 * negotiated (move-metrics.ts). Also the schedule of personality pairs the games cycle through with --pairs.
 */

import {
  distance,
  type GameSettings,
  type GameState,
  meetingOf,
  type Pair,
  type PartyIndex,
  type Scenario,
  scorePackage,
  tableUtility,
  utilityTable,
} from '../../src/model/index.ts';
import type { ConcessionStyle } from '../../src/model/vocabulary.ts';
import { type MoveTally, NO_MOVES } from './move-metrics.ts';

export type GameEnd = 'deal' | 'deadline' | 'walked-away';

export interface GameSummary {
  /** The game's number: its seed is `${seed}-${game}`. */
  readonly game: number;
  /** Index into the pair schedule: 0 is the scenario's default pair (the calibration row); always 0 when the
   * personalities are the agent's own (seed-varied). */
  readonly slot: number;
  readonly end: GameEnd;
  /** Who accepted the deal, or who walked away; null at the deadline. */
  readonly by: PartyIndex | null;
  /** The meeting (1-based) in which the game ended. */
  readonly meetings: number;
  /** The final outcome: the deal, or no-deal as it stood at the end. */
  readonly package: readonly number[];
  readonly utility: Pair<number>;
  readonly reservation: Pair<number>;
  readonly surplusShare: Pair<number>;
  readonly nashDistance: number | null;
  readonly paretoDistance: number;
  /** Jobs gained (negative: lost) against the base year under the final outcome. */
  readonly jobs: Pair<number>;
  readonly approvalStart: Pair<number>;
  readonly approval: Pair<number>;
  /** How many accepted offers each side failed to ratify at home. */
  readonly ratificationFailures: Pair<number>;
  /** Distance in utility space (final parameters) to the historical deal; null without one. */
  readonly historicalDistance: number | null;
  /** How the computer negotiated: counts over its decisions (move-metrics.ts). */
  readonly moves: MoveTally;
}

/**
 * The concession styles in the order the pairs cycle through them. A record, not schema.ts's list, so that a
 * balance worker does not load zod (a tenth of a second of start-up each), and a new style is a compile error.
 */
const STYLE_ORDER: Readonly<Record<ConcessionStyle, number>> = { boulware: 0, linear: 1, conceder: 2 };
const STYLES = (Object.keys(STYLE_ORDER) as ConcessionStyle[]).sort(
  (a, b) => STYLE_ORDER[a] - STYLE_ORDER[b],
);

/** The personality pairs games cycle through: the scenario's default pair, then every pair of styles. */
export function pairSchedule(scenario: Scenario): Pair<ConcessionStyle>[] {
  const pairs: Pair<ConcessionStyle>[] = [[scenario.parties[0].personality, scenario.parties[1].personality]];
  for (const a of STYLES) for (const b of STYLES) pairs.push([a, b]);
  return pairs;
}

export const slotOf = (game: number, slots: number): number => game % slots;

export const gameSeed = (seed: string, game: number): string => `${seed}-${game}`;

export function gameSettings(scenario: Scenario, seed: string, game: number): GameSettings {
  return {
    seed: gameSeed(seed, game),
    side: scenario.parties[0].id,
    opponent: 'computer-vs-computer',
    difficulty: 'normal',
  };
}

/** Summarises a finished game. A game still going (which a computer game never leaves) counts as a deadline. */
export function summarizeGame(
  scenario: Scenario,
  state: GameState,
  game: number,
  slot: number,
  moves: MoveTally = NO_MOVES,
): GameSummary {
  const outcome = state.outcome;
  const params = state.params;
  const pkg = outcome ? outcome.package : params.noDeal;
  const score = scorePackage(scenario, params, pkg, state.onTable);
  const end: GameEnd =
    outcome === null
      ? 'deadline'
      : outcome.kind === 'deal'
        ? 'deal'
        : outcome.reason === 'walked-away'
          ? 'walked-away'
          : 'deadline';
  const failures: [number, number] = [0, 0];
  for (const f of state.failedRatifications) for (const p of f.failed) failures[p]++;
  let historicalDistance: number | null = null;
  if (scenario.historicalDeal) {
    const h = scenario.historicalDeal;
    const u: Pair<number> = [
      tableUtility(utilityTable(scenario, 0, params.influence[0]), h),
      tableUtility(utilityTable(scenario, 1, params.influence[1]), h),
    ];
    historicalDistance = distance(u, [score.sides[0].utility, score.sides[1].utility]);
  }
  const first = state.approvalHistory[0];
  const last = state.approvalHistory[state.approvalHistory.length - 1];
  const turn = outcome ? outcome.turn : state.turn;
  return {
    game,
    slot,
    end,
    by: outcome ? outcome.by : null,
    meetings: Math.min(meetingOf(turn), scenario.meetingCount - 1) + 1,
    package: [...pkg],
    utility: [score.sides[0].utility, score.sides[1].utility],
    reservation: [score.sides[0].reservation, score.sides[1].reservation],
    surplusShare: [score.sides[0].surplusShare, score.sides[1].surplusShare],
    nashDistance: score.nashDistance,
    paretoDistance: score.paretoDistance,
    jobs: [score.sides[0].jobs, score.sides[1].jobs],
    approvalStart: [first[0], first[1]],
    approval: [last[0], last[1]],
    ratificationFailures: failures,
    historicalDistance,
    moves,
  };
}
