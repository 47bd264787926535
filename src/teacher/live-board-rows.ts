/**
 * The live board's rows from the server's `board` message: for each pair, who sits on each side (connected or
 * not, who leads, the computer), the meeting, whose move, the last offer in short words, both approvals and the
 * outcome; and the students waiting to be placed. Pure (no DOM): the board draws these as text only, since names
 * come from students. With the scenario not loaded on this page, sides are named by their ids and offers by
 * their levels' numbers.
 */
import { t } from '../i18n/page-catalog.ts';
import type { Scenario } from '../model/scenario.ts';
import {
  type Board,
  type BoardPair,
  classPairOf,
  type Person,
  sectionPairOf,
  sectionSeatOf,
} from '../net/protocol.ts';
import { formatApproval } from '../ui/debrief/format.ts';
import { shortLabel } from '../ui/table/describe.ts';

export interface PersonView {
  readonly seat: string;
  /** The student's section (1 in a class of one room). */
  readonly section: number;
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
  /** The section the pair is in (1 in a class of one room). */
  readonly section: number;
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
  /** Pairs and sides a waiting student can be placed on: every pair of its section, and a new pair after them. */
  readonly places: readonly Place[];
}

export interface Place {
  readonly pair: number;
  readonly side: 0 | 1;
  /** The section the pair is in (1 in a class of one room): a student is placed only in its own. */
  readonly section: number;
  readonly label: string;
}

const personView = (p: Person): PersonView => ({
  seat: p.seat,
  section: sectionSeatOf(p.seat).n,
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
    section: sectionPairOf(pair.pair).n,
    label: pairLabel(pair.pair),
    sides: [side(0), side(1)],
    state,
    meeting,
    toMove: pair.started && !over && pair.toMove !== null ? names[pair.toMove] : '',
    lastOffer: pair.lastOffer ? offerText(pair.lastOffer, scenario) : '',
    approval: pair.started ? [formatApproval(pair.approval[0]), formatApproval(pair.approval[1])] : ['', ''],
    outcome: t(OUTCOME_KEYS[state]),
  };
}

/** A pair as the teacher sees it named: "Pair 3", or "Section 2, pair 3" in a class of several sections. */
export function pairLabel(
  classPair: number,
  key: 'label' | 'option' | 'newPair' = 'label',
  party = '',
): string {
  const { n, pair } = sectionPairOf(classPair);
  if (key === 'label')
    return n === 1
      ? t('teacherLive.pair.label', { n: pair + 1 })
      : t('teacherLive.pair.labelSection', { s: n, n: pair + 1 });
  const keys = {
    option: ['teacherLive.place.option', 'teacherLive.place.optionSection'],
    newPair: ['teacherLive.place.newPair', 'teacherLive.place.newPairSection'],
  } as const;
  return t(keys[key][n === 1 ? 0 : 1], { s: n, n: pair + 1, party });
}

/** A pair's label inside a sentence ("pair 3", "section 2, pair 3"; Japanese has no capitals). */
export function pairInSentence(classPair: number): string {
  const label = pairLabel(classPair);
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * The whole board as rows, in pair order, and the waiting students with the places they can be given: in a
 * class of several sections, the pairs of the student's own section and one new pair after them.
 */
export function boardView(board: Board, scenario: Scenario | null): BoardView {
  const names = partyNames(board, scenario);
  const pairs = [...board.pairs].sort((a, b) => a.pair - b.pair);
  const rows = pairs.map((p) => pairRow(p, names, scenario, board.ended));
  const waiting = board.waiting.map(personView);
  const sections = new Set([1, ...rows.map((r) => r.section), ...waiting.map((p) => p.section)]);
  const places: Place[] = [];
  for (const section of [...sections].sort((a, b) => a - b)) {
    const own = rows.filter((r) => r.section === section).map((r) => r.pair);
    const next = own.length === 0 ? classPairOf(section, 0) : Math.max(...own) + 1;
    for (const pair of [...own, next])
      for (const side of [0, 1] as const)
        places.push({
          pair,
          side,
          section,
          label: pairLabel(pair, pair === next ? 'newPair' : 'option', names[side]),
        });
  }
  return { rows, waiting, places };
}

/** One section of a class as the board's section choice names it. */
export interface SectionSummary {
  readonly n: number;
  readonly pairs: number;
  /** Pairs whose game is over (deal or no deal). */
  readonly finished: number;
  readonly waiting: number;
}

/** The sections the board shows, in order (one entry, section 1, for a class of one room). */
export function boardSections(view: BoardView): SectionSummary[] {
  const by = new Map<number, { pairs: number; finished: number; waiting: number }>();
  const of = (n: number) => {
    const s = by.get(n) ?? { pairs: 0, finished: 0, waiting: 0 };
    by.set(n, s);
    return s;
  };
  of(1);
  for (const row of view.rows) {
    const s = of(row.section);
    s.pairs++;
    if (row.state === 'deal' || row.state === 'no-deal') s.finished++;
  }
  for (const person of view.waiting) of(person.section).waiting++;
  return [...by].sort(([a], [b]) => a - b).map(([n, s]) => ({ n, ...s }));
}

/** The board of one section (its pairs, its waiting students and their places); null: the whole class. */
export function sectionView(view: BoardView, section: number | null): BoardView {
  if (section === null) return view;
  return {
    rows: view.rows.filter((row) => row.section === section),
    waiting: view.waiting.filter((person) => person.section === section),
    places: view.places.filter((place) => place.section === section),
  };
}
