/**
 * What a live session shows: a student's lobby and game (only `viewFor` their side, with the scenario redacted
 * for it), and the teacher's board. Read-only over the session.
 */
import { meetingOf, toMove } from '../src/model/rules.ts';
import { redactedScenario, viewFor } from '../src/model/view.ts';
import type { BoardPair, Person, ServerMessages } from '../src/net/protocol.ts';
import type { LiveSession } from './live-session.ts';
import type { Outbound, PairState } from './session-types.ts';

/** Chat lines per pair the teacher gets on (re)joining. */
const TEACHER_CHAT_BACKLOG = 50;

function persons(session: LiveSession, ids: readonly string[]): Person[] {
  return ids.map((id, i) => ({
    seat: id,
    name: session.seats.get(id)?.name ?? id,
    connected: session.connections.has(id),
    role: i === 0 ? 'lead' : 'member',
  }));
}

export function seatOf(session: LiveSession, id: string): ServerMessages['welcome'] {
  const seat = session.seats.get(id);
  if (!seat) throw new Error(`no seat ${id}`);
  const pair = seat.pair === null ? null : session.pairs[seat.pair];
  const lead = pair !== null && seat.side !== null && pair.sides[seat.side][0] === id;
  return {
    token: session.tokens.get(id) ?? '',
    id,
    name: seat.name,
    pair: seat.pair,
    side: seat.side,
    role: pair === null || lead ? 'lead' : 'member',
  };
}

function waitingFor(session: LiveSession, id: string): string | null {
  const seat = session.seats.get(id);
  if (!seat || session.ended) return null;
  if (seat.pair === null || seat.side === null) return 'Waiting for the teacher to place you in a pair';
  const pair = session.pairs[seat.pair];
  if (pair.game) return null;
  const other = seat.side === 0 ? 1 : 0;
  return `Waiting for a classmate to play ${session.scenario.parties[other].name}`;
}

export function lobby(session: LiveSession, id: string): ServerMessages['lobby'] {
  const seat = seatOf(session, id);
  const pair = seat.pair === null ? null : session.pairs[seat.pair];
  return {
    title: session.config.title,
    seat,
    sides: pair ? [persons(session, pair.sides[0]), persons(session, pair.sides[1])] : null,
    computer: pair ? [pair.computer[0], pair.computer[1]] : [false, false],
    started: pair?.game != null,
    paused: session.paused,
    ended: session.ended,
    waitingFor: waitingFor(session, id),
    deadline: session.paused ? null : (pair?.deadline ?? null),
  };
}

export function gameStart(session: LiveSession, id: string): ServerMessages['game'] {
  const seat = session.seats.get(id);
  const pair = seat?.pair == null ? null : session.pairs[seat.pair];
  if (!seat || seat.side === null || !pair?.game) throw new Error(`seat ${id} has no game`);
  const view = viewFor(session.scenario, pair.game, seat.side);
  if (!view) throw new Error(`no view for side ${seat.side}`);
  return {
    scenario: redactedScenario(session.scenario, seat.side),
    side: seat.side,
    state: view.state,
    chat: [...pair.chat],
  };
}

function boardPair(session: LiveSession, pair: PairState): BoardPair {
  const game = pair.game;
  const last = game && game.offers.length > 0 ? game.offers[game.offers.length - 1] : null;
  const approval = game ? game.approvalHistory[game.approvalHistory.length - 1] : ([0, 0] as const);
  return {
    pair: pair.index,
    sides: [persons(session, pair.sides[0]), persons(session, pair.sides[1])],
    computer: [pair.computer[0], pair.computer[1]],
    started: game !== null,
    meeting: game ? Math.min(meetingOf(game.turn), session.scenario.meetingCount - 1) : 0,
    toMove: game && !game.outcome ? toMove(session.scenario, game) : null,
    lastOffer: last ? [...last.package] : null,
    approval: [approval[0], approval[1]],
    outcome: game?.outcome?.kind ?? null,
  };
}

export function board(session: LiveSession): ServerMessages['board'] {
  return {
    code: session.code,
    title: session.config.title,
    config: session.config,
    pairs: session.pairs.map((p) => boardPair(session, p)),
    waiting: persons(
      session,
      [...session.seats.values()].filter((s) => s.pair === null).map((s) => s.id),
    ).map((p) => ({ ...p, role: 'member' as const })),
    paused: session.paused,
    ended: session.ended,
    session: session.classSession,
  };
}

export function greet(session: LiveSession, id: string): Outbound[] {
  const out: Outbound[] = [
    { to: { sender: true }, type: 'welcome', message: seatOf(session, id) },
    { to: { sender: true }, type: 'lobby', message: lobby(session, id) },
  ];
  const seat = session.seats.get(id);
  const pair = seat?.pair == null ? null : session.pairs[seat.pair];
  if (pair?.game) out.push({ to: { sender: true }, type: 'game', message: gameStart(session, id) });
  if (pair?.result) out.push({ to: { sender: true }, type: 'result', message: pair.result });
  return out;
}

export function greetTeacher(session: LiveSession): Outbound[] {
  const out: Outbound[] = [{ to: { sender: true }, type: 'board', message: board(session) }];
  for (const pair of session.pairs) {
    if (pair.result) out.push({ to: { sender: true }, type: 'result', message: pair.result });
    for (const line of pair.chat.slice(-TEACHER_CHAT_BACKLOG))
      out.push({ to: { sender: true }, type: 'chat', message: line });
  }
  return out;
}
