/**
 * How the computer negotiates, measured on its decisions (issue 12's figures), pure: a tracker that watches a
 * computer-vs-computer game's decisions (self-play's `onDecision`) and keeps a few counts per game, and the
 * figures over a run's games. The definitions, agreed with the agent's side (src/model/agent/notes.ts):
 *
 * - a repeat: a proposal equal to the same side's own previous proposal;
 * - an unexplained retraction: a (proposal, issue) pair where the new proposal is worth more to the side on the
 *   issue than its own previous proposal (by its own utility table with the current influences, on the state
 *   before the decision), unless the decision's note is a retraction naming the issue for a cause that happened
 *   between the two proposals: news fired, a red line drawn by the other side, a failed ratification;
 * - a contradiction: a decision objecting to issue j while every red line of its own party on j (its groups'
 *   lines in the scenario and those it drew in public) allows the standing offer's level on j, with at least
 *   one such line;
 * - a tactic: a red-line, link or back-channel action (walk-aways are not tactics).
 */
import type { DecisionRecord, MoveNote } from '../../src/model/agent/index.ts';
import {
  crossesAt,
  type GameState,
  type Line,
  linesOf,
  type Package,
  type PartyIndex,
  type Scenario,
  type UtilityTable,
  utilityTable,
} from '../../src/model/index.ts';

/** What the tracker keeps of one game: counts, never the decisions. */
export interface MoveTally {
  /** The computer's proposals, both sides. */
  readonly proposals: number;
  /** Proposals equal to the same side's previous proposal. */
  readonly repeats: number;
  readonly retractionsUnexplained: number;
  readonly contradictions: number;
  /** Red-line, link and back-channel actions. */
  readonly tactics: number;
}

export const NO_MOVES: MoveTally = {
  proposals: 0,
  repeats: 0,
  retractionsUnexplained: 0,
  contradictions: 0,
  tactics: 0,
};

const TACTICS: ReadonlySet<string> = new Set(['red-line', 'link', 'back-channel']);

/** How long the state's lists were when a side made its previous proposal (before that decision). */
export interface Since {
  readonly fired: number;
  readonly redLines: number;
  readonly failedRatifications: number;
}

type History = Pick<GameState, 'fired' | 'redLines' | 'failedRatifications'>;

export const sinceOf = (state: History): Since => ({
  fired: state.fired.length,
  redLines: state.redLines.length,
  failedRatifications: state.failedRatifications.length,
});

const samePackage = (a: Package, b: Package): boolean =>
  a.length === b.length && a.every((level, j) => level === b[j]);

/** The issues on which `next` is worth more to the table's owner than `previous`: the concessions taken back. */
export function retractedIssues(table: UtilityTable, previous: Package, next: Package): number[] {
  const out: number[] = [];
  for (let j = 0; j < next.length; j++) {
    const at = table.offsets[j];
    if (table.values[at + next[j]] > table.values[at + previous[j]]) out.push(j);
  }
  return out;
}

/** Whether the note explains taking back issue `issue`: a retraction naming it, whose cause happened since. */
export function explainsRetraction(
  note: MoveNote | undefined,
  issue: number,
  side: PartyIndex,
  since: Since,
  now: History,
): boolean {
  if (note?.kind !== 'retract' || !note.issues.includes(issue)) return false;
  switch (note.why) {
    case 'news':
      return now.fired.length > since.fired;
    case 'red-line':
      return now.redLines.slice(since.redLines).some((line) => line.by !== side);
    case 'ratification':
      return now.failedRatifications.length > since.failedRatifications;
    default:
      return false;
  }
}

/** The red lines of `side`'s own party on `issue`: its groups' lines and those it drew in public. */
export function ownLines(
  scenario: Scenario,
  state: Pick<GameState, 'redLines'>,
  side: PartyIndex,
  issue: number,
): Line[] {
  const groups = scenario.parties[side].groups.flatMap((g) => g.redLines);
  return [...groups, ...linesOf(state, side)].filter((line) => line.issue === issue);
}

/** Whether objecting to `issue` of the standing offer contradicts the side's own red lines (see the top). */
export function isContradiction(
  scenario: Scenario,
  state: Pick<GameState, 'redLines' | 'offers' | 'standing'>,
  side: PartyIndex,
  issue: number | null,
): boolean {
  if (issue === null || state.standing === null) return false;
  const level = state.offers[state.standing].package[issue];
  // ownLines(...).length > 0 && ownLines(...).every(allows), without making the list: every decision asks.
  let lines = 0;
  for (const group of scenario.parties[side].groups)
    for (const line of group.redLines) {
      if (line.issue !== issue) continue;
      if (crossesAt(line, level)) return false;
      lines++;
    }
  for (const line of state.redLines) {
    if (line.by !== side || line.issue !== issue) continue;
    if (crossesAt(line, level)) return false;
    lines++;
  }
  return lines > 0;
}

export interface MoveTracker {
  /** Takes one decision: self-play's `onDecision`. */
  readonly record: (record: DecisionRecord) => void;
  readonly tally: () => MoveTally;
}

/** A tracker for one game. */
export function moveTracker(scenario: Scenario): MoveTracker {
  const previous: [{ pkg: Package; since: Since } | null, { pkg: Package; since: Since } | null] = [
    null,
    null,
  ];
  let proposals = 0;
  let repeats = 0;
  let retractionsUnexplained = 0;
  let contradictions = 0;
  let tactics = 0;
  const record = ({ side, before, decision }: DecisionRecord): void => {
    if (isContradiction(scenario, before, side, decision.objection)) contradictions++;
    for (const action of decision.actions) {
      if (TACTICS.has(action.type)) tactics++;
      if (action.type !== 'propose') continue;
      proposals++;
      const prev = previous[side];
      if (prev !== null) {
        if (samePackage(prev.pkg, action.package)) repeats++;
        const table = utilityTable(scenario, side, before.params.influence[side]);
        for (const j of retractedIssues(table, prev.pkg, action.package))
          if (!explainsRetraction(decision.note, j, side, prev.since, before)) retractionsUnexplained++;
      }
      previous[side] = { pkg: action.package, since: sinceOf(before) };
    }
  };
  const tally = (): MoveTally => ({ proposals, repeats, retractionsUnexplained, contradictions, tactics });
  return { record, tally };
}

/** What the figures need of a game. */
export interface PlayedGame {
  readonly end: 'deal' | 'deadline' | 'walked-away';
  readonly package: readonly number[];
  readonly moves: MoveTally;
}

/** A scripted game (historical-offer.ts): the side that offered the historical deal, and the 1-based turn on
 * which the computer accepted it, or null when it never did. */
export interface HistoricalOfferGame {
  readonly game: number;
  readonly scripted: PartyIndex;
  readonly acceptTurn: number | null;
}

export interface HistoricalOfferFigures {
  readonly games: number;
  readonly neverAccepted: number;
  /** The game's turns: a game where the computer never accepts counts as turns + 1. */
  readonly turns: number;
}

export interface NegotiationFigures {
  readonly dealRate: number | null;
  readonly walkAwayRate: number | null;
  readonly repeatOfferRate: number | null;
  readonly retractionsUnexplained: number;
  readonly contradictions: number;
  readonly tacticsPerGame: number | null;
  readonly distinctDeals: number;
  /** Share of issues whose (lower) median deal level is within one level of the historical deal. */
  readonly medianWithinOneLevel: number | null;
  readonly meanAcceptTurnForHistoricalOffer: number | null;
  readonly historicalOffer: HistoricalOfferFigures;
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

function lowerMedianOf(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[(s.length - 1) >> 1];
}

/** The figures of a run: its games (in any order), the scripted games, and the scenario's turns and history.
 * `medianWithinOneLevel` is null without a historical deal or without deals. */
export function negotiationFigures(
  games: readonly PlayedGame[],
  scripted: readonly HistoricalOfferGame[],
  historicalDeal: Package | null,
  turns: number,
): NegotiationFigures {
  const deals = games.filter((g) => g.end === 'deal');
  let proposals = 0;
  let repeats = 0;
  let retractionsUnexplained = 0;
  let contradictions = 0;
  let tactics = 0;
  for (const { moves } of games) {
    proposals += moves.proposals;
    repeats += moves.repeats;
    retractionsUnexplained += moves.retractionsUnexplained;
    contradictions += moves.contradictions;
    tactics += moves.tactics;
  }
  const h = historicalDeal;
  const within =
    h === null || deals.length === 0
      ? null
      : share(
          h.filter((level, j) => Math.abs(lowerMedianOf(deals.map((g) => g.package[j])) - level) <= 1).length,
          h.length,
        );
  const neverAccepted = scripted.filter((g) => g.acceptTurn === null).length;
  const acceptSum = scripted.reduce((sum, g) => sum + (g.acceptTurn ?? turns + 1), 0);
  return {
    dealRate: share(deals.length, games.length),
    walkAwayRate: share(games.filter((g) => g.end === 'walked-away').length, games.length),
    repeatOfferRate: share(repeats, proposals),
    retractionsUnexplained,
    contradictions,
    tacticsPerGame: share(tactics, games.length),
    distinctDeals: new Set(deals.map((g) => g.package.join(','))).size,
    medianWithinOneLevel: within,
    meanAcceptTurnForHistoricalOffer: share(acceptSum, scripted.length),
    historicalOffer: { games: scripted.length, neverAccepted, turns },
  };
}
