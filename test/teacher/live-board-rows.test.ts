import { describe, expect, it } from 'vitest';
import { type Board, type BoardPair, classPairOf, classSeatOf, type Person } from '../../src/net/protocol.ts';
import {
  boardSections,
  boardView,
  offerText,
  pairInSentence,
  sectionView,
} from '../../src/teacher/live-board-rows.ts';
import { loadScenario, testSession } from '../helpers.ts';

const scenario = loadScenario('src/content/scenarios/us-japan-2025.json');
const session = testSession(scenario, {
  id: 'live-ACDEFG',
  title: 'Live 7B',
  sides: { kind: 'alternate' },
  opponent: 'human',
});

const person = (seat: string, name: string, connected = true, role: Person['role'] = 'lead'): Person => ({
  seat,
  name,
  connected,
  role,
});

const pair = (over: Partial<BoardPair> & { pair: number }): BoardPair => ({
  sides: [[], []],
  computer: [false, false],
  started: false,
  meeting: 0,
  toMove: null,
  lastOffer: null,
  approval: [0, 0],
  outcome: null,
  ...over,
});

const board = (over: Partial<Board> = {}): Board => ({
  code: 'ACDEFG',
  title: 'Live 7B',
  config: {
    title: 'Live 7B',
    scenario: { shipped: 'us-japan-2025' },
    pairing: 'hand',
    teamSize: 2,
    meetingSeconds: 0,
    difficulty: 'normal',
  },
  pairs: [],
  waiting: [],
  paused: false,
  ended: false,
  session,
  ...over,
});

const playing = pair({
  pair: 0,
  sides: [[person('s1', 'Ann'), person('s3', '<b>Cleo</b>', false, 'member')], [person('s2', 'Ben', false)]],
  started: true,
  meeting: 2,
  toMove: 1,
  lastOffer: [3, 2, 1, 0, 0, 0, 0, 0, 0, 0],
  approval: [52.4, 47.6],
});

describe('the live board: board message → rows', () => {
  it('writes a pair that plays: names with connection and lead, meeting, whose move, the offer in short words', () => {
    const view = boardView(board({ pairs: [playing] }), scenario);
    expect(view.rows).toHaveLength(1);
    const row = view.rows[0];
    expect(row).toMatchObject({
      pair: 0,
      label: 'Pair 1',
      state: 'playing',
      meeting: `3 of ${scenario.meetingCount}`,
      toMove: 'Japan',
      approval: ['52', '48'],
      outcome: 'Negotiating',
    });
    expect(row.lastOffer).toBe(
      'General tariff 15% in total · Car tariff 15% in total · Steel and aluminium tariff 25% · Farm purchases No extra purchases · US rice No change · Car safety certification No change: US cars need Japan’s tests · Defense purchases Stay at about $14 billion a year · Investment pledge No pledge · Energy and aircraft purchases No extra purchases · Defense spending Keep the plan: 2% of GDP by 2027',
    );
    expect(row.sides[0]).toEqual({
      side: 0,
      party: 'United States',
      people: [
        { seat: 's1', section: 1, name: 'Ann', connected: true, lead: true },
        // A name is kept as text, never read as markup: the board sets it with textContent.
        { seat: 's3', section: 1, name: '<b>Cleo</b>', connected: false, lead: false },
      ],
      computer: false,
      canSwitch: false,
    });
    // Ben is away and nobody else is on Japan's side: the computer can be asked to play it.
    expect(row.sides[1]).toMatchObject({ party: 'Japan', canSwitch: true, computer: false });
  });

  it('offers the computer only for a side with nobody connected that the computer does not play, in a game not over', () => {
    const rows = boardView(
      board({
        pairs: [
          pair({ pair: 1, sides: [[person('a', 'A')], []] }),
          pair({
            pair: 2,
            sides: [[person('b', 'B')], []],
            computer: [false, true],
            started: true,
            toMove: 0,
          }),
          pair({
            pair: 3,
            sides: [[person('c', 'C')], [person('d', 'D', false)]],
            started: true,
            outcome: 'deal',
          }),
        ],
      }),
      scenario,
    ).rows;
    expect(rows.map((r) => [r.sides[0].canSwitch, r.sides[1].canSwitch])).toEqual([
      [false, true],
      [false, false],
      [false, false],
    ]);
    expect(rows.map((r) => r.outcome)).toEqual(['Waiting for players', 'Negotiating', 'Deal']);
    // Not started: no meeting, move or approval yet.
    expect(rows[0]).toMatchObject({ meeting: '', toMove: '', lastOffer: '', approval: ['', ''] });
    // Over: nobody is to move.
    expect(rows[2].toMove).toBe('');
  });

  it('says "not finished" for a game still going when the session ended, and sorts pairs by number', () => {
    const view = boardView(
      board({
        ended: true,
        pairs: [pair({ pair: 4, started: true, toMove: 0 }), { ...playing, outcome: 'no-deal' }],
      }),
      scenario,
    );
    expect(view.rows.map((r) => [r.pair, r.state, r.outcome])).toEqual([
      [0, 'no-deal', 'No deal'],
      [4, 'unfinished', 'Not finished'],
    ]);
    expect(view.rows[1].toMove).toBe('');
  });

  it('lists the waiting students and the places they can be given: every pair, then one new pair', () => {
    const view = boardView(
      board({ pairs: [playing, pair({ pair: 1 })], waiting: [person('w1', 'Dana', true, 'member')] }),
      scenario,
    );
    expect(view.waiting).toEqual([{ seat: 'w1', section: 1, name: 'Dana', connected: true, lead: false }]);
    expect(view.places).toEqual([
      { pair: 0, side: 0, section: 1, label: 'Pair 1, United States' },
      { pair: 0, side: 1, section: 1, label: 'Pair 1, Japan' },
      { pair: 1, side: 0, section: 1, label: 'Pair 2, United States' },
      { pair: 1, side: 1, section: 1, label: 'Pair 2, Japan' },
      { pair: 2, side: 0, section: 1, label: 'A new pair 3, United States' },
      { pair: 2, side: 1, section: 1, label: 'A new pair 3, Japan' },
    ]);
    expect(boardView(board(), scenario).places.map((p) => p.pair)).toEqual([0, 0]);
  });

  it('a class of several sections: pairs named by section, and a waiting student placed only in its own', () => {
    const view = boardView(
      board({
        pairs: [playing, pair({ pair: classPairOf(2, 0) }), pair({ pair: classPairOf(2, 1) })],
        waiting: [person(classSeatOf(2, 's5'), 'Dana', true, 'member'), person('s9', 'Eri', true, 'member')],
      }),
      scenario,
    );
    expect(view.rows.map((r) => r.label)).toEqual(['Pair 1', 'Section 2, pair 1', 'Section 2, pair 2']);
    expect(view.waiting.map((w) => [w.name, w.section])).toEqual([
      ['Dana', 2],
      ['Eri', 1],
    ]);
    expect(view.places.filter((p) => p.section === 2 && p.side === 1).map((p) => [p.pair, p.label])).toEqual([
      [classPairOf(2, 0), 'Section 2, pair 1, Japan'],
      [classPairOf(2, 1), 'Section 2, pair 2, Japan'],
      [classPairOf(2, 2), 'Section 2, a new pair 3, Japan'],
    ]);
    expect(view.places.filter((p) => p.section === 1).map((p) => p.pair)).toEqual([0, 0, 1, 1]);
    expect(pairInSentence(classPairOf(2, 0))).toBe('section 2, pair 1');
  });

  it('a class of several sections shown one section at a time, each counted', () => {
    const view = boardView(
      board({
        pairs: [
          playing,
          pair({ pair: classPairOf(3, 0), started: true, outcome: 'deal' }),
          pair({ pair: classPairOf(3, 1), started: true }),
        ],
        waiting: [person(classSeatOf(2, 's5'), 'Dana', true, 'member'), person('s9', 'Eri', true, 'member')],
      }),
      scenario,
    );
    expect(boardSections(view)).toEqual([
      { n: 1, pairs: 1, finished: 0, waiting: 1 },
      { n: 2, pairs: 0, finished: 0, waiting: 1 },
      { n: 3, pairs: 2, finished: 1, waiting: 0 },
    ]);
    const third = sectionView(view, 3);
    expect(third.rows.map((r) => r.label)).toEqual(['Section 3, pair 1', 'Section 3, pair 2']);
    expect(third.waiting).toEqual([]);
    const second = sectionView(view, 2);
    expect(second.rows).toEqual([]);
    expect(second.waiting.map((w) => w.name)).toEqual(['Dana']);
    expect(new Set(second.places.map((p) => p.section))).toEqual(new Set([2]));
    expect(sectionView(view, null)).toBe(view);
    expect(boardSections(boardView(board({ pairs: [playing] }), scenario))).toEqual([
      { n: 1, pairs: 1, finished: 0, waiting: 0 },
    ]);
  });

  it('works without the scenario on this page: sides by id, offers by level numbers', () => {
    const row = boardView(board({ pairs: [playing] }), null).rows[0];
    expect(row.sides.map((s) => s.party)).toEqual(['us', 'japan']);
    expect(row.meeting).toBe('3');
    expect(row.toMove).toBe('japan');
    expect(offerText([3, 2, 1], null)).toBe('1:3 · 2:2 · 3:1');
  });
});
