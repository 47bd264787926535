/**
 * server/live-session.ts without Colyseus: pairing order, deadlines and pause, the computer's moves, and
 * replaying the journaled records rebuilding the session exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LiveSession } from '../../server/live-session.ts';
import type { SessionRecord } from '../../server/records.ts';
import { COMPUTER_DELAY_MS, type Handled } from '../../server/session-types.ts';
import { viewFor } from '../../src/model/view.ts';
import type { LiveConfig } from '../../src/net/protocol.ts';
import { botMoves } from '../../tools/lib/live-bot.ts';
import { loadScenario } from '../helpers.ts';

const PATH = 'src/content/scenarios/us-japan-2025.json';
const scenario = loadScenario(PATH);
const text = readFileSync(PATH, 'utf8');
let tokens = 0;
const deps = {
  newToken: () => `token-${++tokens}-abcdefghijklmnop`,
  hashToken: (t: string) => `h(${t})`,
  sign: (c: string) => `sig(${c.length})`,
};

function newSession(config: Partial<LiveConfig> = {}) {
  const created = LiveSession.createdRecord({
    code: 'ACDEFG',
    config: {
      title: ' 7B\u0000 Thursday ',
      scenario: { shipped: 'us-japan-2025' },
      pairing: 'auto',
      teamSize: 1,
      meetingSeconds: 60,
      difficulty: 'normal',
      ...config,
    },
    scenario,
    scenarioText: text,
    seed: 'class-seed',
    teacherTokenHash: 'h(teacher)',
    at: 1000,
  });
  const session = new LiveSession(created, scenario, deps);
  const journal: SessionRecord[] = [created];
  const run = (handled: Handled) => {
    journal.push(...handled.records);
    return [...handled.outbound, ...session.commit(handled.records)];
  };
  const join = (name: string, at: number) => {
    const joined = session.join({ role: 'student', name }, at);
    run(joined.handled);
    return joined.seat;
  };
  return { session, journal, run, join };
}

describe('live session', () => {
  test('automatic pairing fills side 0 then side 1 of each pair, and teams up to the team size', () => {
    const { session, join } = newSession({ teamSize: 2 });
    const seats = ['A', 'B', 'C', 'D', 'E'].map((n, i) => join(n, 2000 + i));
    expect(seats).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect(session.pairs.map((p) => p.sides)).toEqual([
      [
        ['s1', 's3'],
        ['s2', 's4'],
      ],
      [['s5'], []],
    ]);
    expect(session.pairs[0].game).not.toBe(null);
    expect(session.pairs[1].game).toBe(null);
    expect(session.lobby('s5').waitingFor).toBe(
      `Waiting for a classmate to play ${scenario.parties[1].name}`,
    );
    expect(session.config.title).toBe('7B Thursday');
  });

  test('a side out of time gets the computer’s move; a pause holds the deadline and resume moves it on', () => {
    const { session, join, run } = newSession();
    join('A', 2000);
    join('B', 3000);
    const pair = session.pairs[0];
    expect(pair.deadline).toBe(3000 + 60_000);
    run({ records: [{ kind: 'paused', at: 10_000 }], outbound: [] });
    expect(session.due(100_000)).toEqual([]);
    run({ records: [{ kind: 'resumed', at: 20_000 }], outbound: [] });
    expect(pair.deadline).toBe(73_000);
    expect(session.due(72_999)).toEqual([]);
    const due = session.due(73_000);
    expect(due.length).toBeGreaterThan(0);
    expect(due.every((r) => r.kind === 'action' && r.byComputer)).toBe(true);
    run({ records: due, outbound: [] });
    expect(pair.game?.turn).toBe(1);
    expect(pair.deadline).toBe(73_000 + 60_000);
  });

  test('a move sends its pair a lobby only when the pair’s deadline moved (a new turn with a meeting clock)', () => {
    const lobbiesAfterFirstMove = (meetingSeconds: number) => {
      const { session, join, run } = newSession({ meetingSeconds });
      join('A', 2000);
      join('B', 3000);
      const game = session.pairs[0].game;
      const side = scenario.firstMover;
      const view = game && viewFor(scenario, game, side);
      if (!view) throw new Error('no game');
      const seat = side === 0 ? 's1' : 's2';
      const out = botMoves(view.scenario, side, view.state).flatMap((action, seq) =>
        run(session.handle({ kind: 'seat', seat }, 'act', { seq, action }, 5000)),
      );
      expect(session.pairs[0].game?.turn).toBe(1);
      expect(out.filter((o) => o.type === 'step').length).toBeGreaterThan(0);
      return out
        .filter((o) => o.type === 'lobby')
        .map((o) => [o.to, (o.message as { deadline: unknown }).deadline]);
    };
    expect(lobbiesAfterFirstMove(60)).toEqual([
      [{ seat: 's1' }, 5000 + 60_000],
      [{ seat: 's2' }, 5000 + 60_000],
    ]);
    expect(lobbiesAfterFirstMove(0)).toEqual([]);
  });

  test('the teacher gives a side to the computer: it moves after a short delay', () => {
    const { session, join, run } = newSession({ meetingSeconds: 0 });
    join('A', 2000);
    expect(session.pairs[0].game).toBe(null);
    const side = scenario.firstMover === 0 ? 1 : 0;
    expect(session.lobby('s1').seat.side).toBe(0);
    run(session.handle({ kind: 'teacher' }, 'computer', { pair: 0, side: scenario.firstMover }, 5000));
    expect(session.pairs[0].game).not.toBe(null);
    expect(session.nextDeadline()).toBe(5000 + COMPUTER_DELAY_MS);
    run({ records: session.due(5000 + COMPUTER_DELAY_MS), outbound: [] });
    expect(session.pairs[0].game?.turn).toBe(1);
    expect(session.nextDeadline()).toBe(null);
    expect(session.lobby('s1').seat.side).toBe(side);
  });

  test('replaying the journal rebuilds the session: the same board, games and results', () => {
    const { session, journal, join, run } = newSession({ meetingSeconds: 0 });
    join('Aiko', 2000);
    join('Ben', 2100);
    run(session.handle({ kind: 'seat', seat: 's1' }, 'chat', { text: 'hello' }, 2200));
    let at = 3000;
    for (let i = 0; i < 100 && session.pairs[0].game?.outcome == null; i++) {
      const game = session.pairs[0].game;
      if (!game) break;
      for (const side of [0, 1] as const) {
        expect(session.lobby(side === 0 ? 's1' : 's2').started).toBe(true);
        const view = viewFor(scenario, game, side);
        if (!view) throw new Error('no view');
        for (const action of botMoves(view.scenario, side, view.state)) {
          const out = run(
            session.handle({ kind: 'seat', seat: side === 0 ? 's1' : 's2' }, 'act', { seq: i, action }, at++),
          );
          expect(out.some((o) => o.type === 'refused')).toBe(false);
        }
      }
    }
    expect(session.pairs[0].result).not.toBe(null);
    const copy = new LiveSession(journal[0] as Extract<SessionRecord, { kind: 'created' }>, scenario, deps);
    copy.commit(journal.slice(1));
    expect(copy.board()).toEqual(session.board());
    expect(copy.pairs[0].game).toEqual(session.pairs[0].game);
    expect(copy.pairs[0].result).toEqual(session.pairs[0].result);
    expect(copy.pairs[0].chat).toEqual(session.pairs[0].chat);
  });
});
