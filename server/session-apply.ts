/**
 * Applying a journaled record to a live session: the one place a session changes, the same for a live message
 * and for a replay from the journal. Returns what the students and the teacher are sent (a replay drops it).
 */
import { normalizeName, resultCode } from '../src/model/code/result-code.ts';
import type { Step } from '../src/model/rules.ts';
import { applyAction, createGame } from '../src/model/rules.ts';
import { viewFor } from '../src/model/view.ts';
import { MAX_CHAT_LINES } from '../src/net/protocol.ts';
import type { LiveSession } from './live-session.ts';
import type { RecordOf, SessionRecord } from './records.ts';
import type { Outbound, PairState } from './session-types.ts';
import { gameStart } from './session-views.ts';

/** A record the session cannot apply: a journal that does not belong to this code (a bug, never a player). */
export class ReplayError extends Error {}

export function applyRecord(session: LiveSession, record: SessionRecord): Outbound[] {
  switch (record.kind) {
    case 'created':
      return [];
    case 'seat': {
      session.seats.set(record.id, {
        id: record.id,
        tokenHash: record.tokenHash,
        name: record.name,
        pair: null,
        side: null,
      });
      session.seatByHash.set(record.tokenHash, record.id);
      return [];
    }
    case 'placed':
      return placed(session, record);
    case 'action':
      return action(session, record);
    case 'chat': {
      const pair = session.pairs[record.pair];
      const seat = session.seats.get(record.seat);
      if (!pair || !seat || seat.side === null)
        throw new ReplayError(`chat from ${record.seat} outside a pair`);
      const line = { pair: record.pair, side: seat.side, name: seat.name, text: record.text, at: record.at };
      pair.chat.push(line);
      if (pair.chat.length > MAX_CHAT_LINES) pair.chat.splice(0, pair.chat.length - MAX_CHAT_LINES);
      const out: Outbound[] = session
        .membersOf(pair)
        .map((id) => ({ to: { seat: id }, type: 'chat', message: line }));
      out.push({ to: { teacher: true }, type: 'chat', message: line });
      return out;
    }
    case 'computer': {
      const pair = session.pairs[record.pair];
      if (!pair) throw new ReplayError(`no pair ${record.pair}`);
      pair.computer[record.side] = true;
      const out = startIfReady(session, pair, record.at);
      session.refreshDeadline(pair, record.at);
      return [...out, ...session.lobbiesOf(session.membersOf(pair))];
    }
    case 'paused':
      session.paused = true;
      session.pausedAt = record.at;
      return session.lobbiesOf(session.seats.keys());
    case 'resumed': {
      const pausedFor = session.pausedAt === null ? 0 : record.at - session.pausedAt;
      for (const pair of session.pairs) if (pair.deadline !== null) pair.deadline += pausedFor;
      session.paused = false;
      session.pausedAt = null;
      return session.lobbiesOf(session.seats.keys());
    }
    case 'ended':
      session.ended = true;
      for (const pair of session.pairs) pair.deadline = null;
      return session.lobbiesOf(session.seats.keys());
  }
}

function newPair(index: number): PairState {
  return {
    index,
    sides: [[], []],
    computer: [false, false],
    game: null,
    deadline: null,
    chat: [],
    result: null,
  };
}

function placed(session: LiveSession, record: RecordOf<'placed'>): Outbound[] {
  const seat = session.seats.get(record.seat);
  if (!seat) throw new ReplayError(`no seat ${record.seat}`);
  if (record.pair > session.pairs.length) throw new ReplayError(`no pair ${record.pair}`);
  const touched = new Set<string>([seat.id]);
  if (seat.pair !== null && seat.side !== null) {
    const old = session.pairs[seat.pair];
    const list = old.sides[seat.side];
    list.splice(list.indexOf(seat.id), 1);
    for (const id of session.membersOf(old)) touched.add(id);
  }
  if (record.pair === session.pairs.length) session.pairs.push(newPair(record.pair));
  const pair = session.pairs[record.pair];
  pair.sides[record.side].push(seat.id);
  // A student placed on a side the computer played takes it back.
  pair.computer[record.side] = false;
  seat.pair = record.pair;
  seat.side = record.side;
  for (const id of session.membersOf(pair)) touched.add(id);
  const out: Outbound[] = [];
  const started = startIfReady(session, pair, record.at);
  session.refreshDeadline(pair, record.at);
  if (started.length > 0) out.push(...started);
  else if (pair.game) out.push({ to: { seat: seat.id }, type: 'game', message: gameStart(session, seat.id) });
  return [...session.lobbiesOf(touched), ...out];
}

/** Starts the pair's game once both sides have a student or the computer; `game` goes to every member. */
function startIfReady(session: LiveSession, pair: PairState, at: number): Outbound[] {
  if (pair.game) return [];
  const ready = ([0, 1] as const).every((s) => pair.sides[s].length > 0 || pair.computer[s]);
  if (!ready) return [];
  const created = createGame(session.scenario, {
    seed: session.classSession.seed,
    side: session.scenario.parties[0].id,
    opponent: 'human',
    difficulty: session.config.difficulty,
  });
  if (!created.ok) throw new ReplayError(created.error.message);
  pair.game = created.value;
  session.refreshDeadline(pair, at);
  return session
    .membersOf(pair)
    .map((id) => ({ to: { seat: id }, type: 'game', message: gameStart(session, id) }));
}

function action(session: LiveSession, record: RecordOf<'action'>): Outbound[] {
  const pair = session.pairs[record.pair];
  if (!pair?.game) throw new ReplayError(`no game in pair ${record.pair}`);
  const before = pair.game;
  const cached = session.stepCache.get(record);
  let step: Step;
  if (cached && cached.before === before) step = cached.step;
  else {
    const applied = applyAction(session.scenario, before, record.action);
    if (!applied.ok) throw new ReplayError(`pair ${record.pair}: ${applied.error.message}`);
    step = applied.value;
  }
  pair.game = step.state;
  const deadline = pair.deadline;
  if (step.state.turn !== before.turn || step.state.outcome) session.refreshDeadline(pair, record.at);
  const out: Outbound[] = [];
  for (const side of [0, 1] as const) {
    const view = viewFor(session.scenario, step.state, side);
    if (!view) continue;
    const message = record.byComputer
      ? { state: view.state, events: step.events, byComputer: true }
      : { state: view.state, events: step.events };
    for (const id of pair.sides[side]) out.push({ to: { seat: id }, type: 'step', message });
  }
  // A move changes a seat's lobby only through the pair's deadline (a new turn with a meeting clock): the
  // lobby goes out again then, not after every move (it was a third of the messages a move sent).
  if (pair.deadline !== deadline) out.push(...session.lobbiesOf(session.membersOf(pair)));
  if (step.state.outcome) out.push(...finished(session, pair));
  return out;
}

/** The pair's label on its result: the names of both sides (the computer's side says so), cut to 40. */
export function pairLabel(session: LiveSession, pair: PairState): string {
  const sideName = (s: 0 | 1) =>
    pair.computer[s] || pair.sides[s].length === 0
      ? 'computer'
      : pair.sides[s].map((id) => session.seats.get(id)?.name ?? id).join(', ');
  return normalizeName(`${sideName(0)} & ${sideName(1)}`);
}

function finished(session: LiveSession, pair: PairState): Outbound[] {
  const game = pair.game;
  if (!game) return [];
  const code = resultCode(session.scenario, game, pairLabel(session, pair), {
    id: session.classSession.id,
    classSeed: null,
  });
  if (code === null) return [];
  pair.result = { pair: pair.index, code, signature: session.deps.sign(code) };
  const result = pair.result;
  const out: Outbound[] = session
    .membersOf(pair)
    .map((id) => ({ to: { seat: id }, type: 'result', message: result }));
  out.push({ to: { teacher: true }, type: 'result', message: result });
  return out;
}
