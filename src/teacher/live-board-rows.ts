/**
 * The live board's rows from the server's `board` message: for each pair, who sits on each side (connected or
 * not, who leads, the computer), the meeting, whose move, the last offer in short words, both approvals and the
 * outcome; and the students waiting to be placed. Pure (no DOM): the board draws these as text only, since names
 * come from students. With the scenario not loaded on this page, sides are named by their ids and offers by
 * their levels' numbers.
 */
import { t } from '../i18n/page-catalog.ts';
import type { Scenario } from '../model/scenario.ts';
import type { Board, BoardPair, Person } from '../net/protocol.ts';
import { formatApproval } from '../ui/debrief/format.ts';
import { shortLabel } from '../ui/table/describe.ts';

export interface PersonView {
  readonly seat: string;
  readonly name: string;
  readonly connected: boolean;
  readonly lead: boolean;
}

export interface SideView {
  readonly side: 0 | 1;
  /** The party's name (or id when the scenario is not loaded). */
  readonly party: string;
  readonly people: readonly PersonView[];
  readonly computer: boolean;
  /** Nobody on the side is connected, the computer does not play it yet and the game is not over. */
  readonly canSwitch: boolean;
}

export type PairState = 'waiting' | 'playing' | 'deal' | 'no-deal' | 'unfinished';

export interface PairRow {
  readonly pair: number;
  readonly label: string;
  readonly sides: readonly [SideView, SideView];
  readonly state: PairState;
  /** "Meeting 2 of 6", or empty before the game starts. */
  readonly meeting: string;
  /** The party whose move it is, or empty. */
  readonly toMove: string;
  /** "General 15% · Cars 15% · …", or empty when nobody has offered yet. */
  readonly lastOffer: string;
  /** Each side's approval at home (0–100, as the game shows it), or empty before the game starts. */
  readonly approval: readonly [string, string];
  /** Waiting, playing, deal, no deal, or not finished (the session ended first). */
  readonly outcome: string;
}

export interface BoardView {
  readonly rows: readonly PairRow[];
  readonly waiting: readonly PersonView[];
  /** Pairs and sides a waiting student can be placed on: every pair, and one new pair after them. */
  readonly places: readonly { readonly pair: number; readonly side: 0 | 1; readonly label: string }[];
}

const personView = (p: Person): PersonView => ({
  seat: p.seat,
  name: p.name,
  connected: p.connected,
  lead: p.role === 'lead',
});

/** Party names: the scenario's, or the session's ids when the scenario is not loaded here. */
function partyNames(board: Board, scenario: Scenario | null): readonly [string, string] {
  return scenario
    ? [scenario.parties[0].name, scenario.parties[1].name]
    : [board.session.parties[0], board.session.parties[1]];
}

/** An offer in short words: each issue's name and its level's label without the remark in brackets. */
export function offerText(pkg: readonly number[], scenario: Scenario | null): string {
  if (!scenario) return pkg.map((level, j) => `${j + 1}:${level}`).join(' · ');
  return pkg
    .map((level, j) => {
      const issue = scenario.issues[j];
      if (!issue) return String(level);
      const label = issue.levels[level]?.label ?? String(level);
      return `${issue.name} ${shortLabel(label)}`;
    })
    .join(' · ');
}

function stateOf(pair: BoardPair, ended: boolean): PairState {
  if (pair.outcome) return pair.outcome;
  if (ended) return 'unfinished';
  return pair.started ? 'playing' : 'waiting';
}

const OUTCOME_KEYS = {
  waiting: 'teacherLive.pair.waiting',
  playing: 'teacherLive.pair.playing',
  deal: 'teacherLive.pair.deal',
  'no-deal': 'teacherLive.pair.noDeal',
  unfinished: 'teacherLive.pair.unfinished',
} as const;

export function pairRow(
  pair: BoardPair,
  names: readonly [string, string],
  scenario: Scenario | null,
  ended: boolean,
): PairRow {
  const state = stateOf(pair, ended);
  const over = state === 'deal' || state === 'no-deal' || state === 'unfinished';
  const side = (s: 0 | 1): SideView => {
    const people = pair.sides[s].map(personView);
    return {
      side: s,
      party: names[s],
      people,
      computer: pair.computer[s],
      canSwitch: !over && !pair.computer[s] && !people.some((p) => p.connected),
    };
  };
  const meeting = pair.started
    ? scenario
      ? t('teacherLive.pair.meetingOf', { n: pair.meeting + 1, of: scenario.meetingCount })
      : t('teacherLive.pair.meeting', { n: pair.meeting + 1 })
    : '';
  return {
    pair: pair.pair,
    label: t('teacherLive.pair.label', { n: pair.pair + 1 }),
    sides: [side(0), side(1)],
    state,
    meeting,
    toMove: pair.started && !over && pair.toMove !== null ? names[pair.toMove] : '',
    lastOffer: pair.lastOffer ? offerText(pair.lastOffer, scenario) : '',
    approval: pair.started ? [formatApproval(pair.approval[0]), formatApproval(pair.approval[1])] : ['', ''],
    outcome: t(OUTCOME_KEYS[state]),
  };
}

/** The whole board as rows, in pair order, and the waiting students with the places they can be given. */
export function boardView(board: Board, scenario: Scenario | null): BoardView {
  const names = partyNames(board, scenario);
  const pairs = [...board.pairs].sort((a, b) => a.pair - b.pair);
  const rows = pairs.map((p) => pairRow(p, names, scenario, board.ended));
  const next = pairs.length === 0 ? 0 : Math.max(...pairs.map((p) => p.pair)) + 1;
  const places: { pair: number; side: 0 | 1; label: string }[] = [];
  for (const pair of [...pairs.map((p) => p.pair), next])
    for (const side of [0, 1] as const)
      places.push({
        pair,
        side,
        label: t(pair === next ? 'teacherLive.place.newPair' : 'teacherLive.place.option', {
          n: pair + 1,
          party: names[side],
        }),
      });
  return { rows, waiting: board.waiting.map(personView), places };
}
