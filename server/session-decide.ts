/**
 * Deciding what a student's or the teacher's message does in a live session: every check (schema, seat, lead,
 * pause, the model's legality), then the records to journal and what to send. Nothing here changes the session:
 * server/session-apply.ts applies the records once the journal has them.
 */
import type * as z from 'zod/mini';
import { normalizeName } from '../src/model/code/result-code.ts';
import { applyAction } from '../src/model/rules.ts';
import {
  MAX_CHAT_LENGTH,
  MAX_STUDENTS,
  type StudentJoin,
  StudentMessages,
  TeacherMessages,
} from '../src/net/protocol.ts';
import type { LiveSession } from './live-session.ts';
import type { SessionRecord } from './records.ts';
import { type Handled, normalizeText, type Outbound, type PairState, refuse } from './session-types.ts';

const none: Handled = { records: [], outbound: [] };

/** The first problem zod found, as one short line. */
function parseOr<T>(
  schema: z.ZodMiniType<T>,
  message: unknown,
  type: string,
): { ok: true; value: T } | { ok: false; handled: Handled } {
  const parsed = schema.safeParse(message);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
  return {
    ok: false,
    handled: refuse('MALFORMED_MESSAGE', `"${type}" is malformed${where}: ${issue?.message ?? 'not valid'}`),
  };
}

/** Where automatic pairing puts the next student: the side with fewer members of the first pair not full. */
export function autoPlace(session: LiveSession): { pair: number; side: 0 | 1 } {
  const size = session.config.teamSize;
  for (const pair of session.pairs) {
    const room = ([0, 1] as const).filter((s) => !pair.computer[s] && pair.sides[s].length < size);
    if (room.length === 0) continue;
    const side = room.reduce((a, b) => (pair.sides[b].length < pair.sides[a].length ? b : a));
    return { pair: pair.index, side };
  }
  return { pair: session.pairs.length, side: 0 };
}

export function decideJoin(
  session: LiveSession,
  join: StudentJoin,
  now: number,
): { seat: string; token: string; handled: Handled } {
  const fail = (h: Handled) => ({ seat: '', token: '', handled: h });
  if (join.seatToken !== undefined) {
    const known = session.seatByHash.get(session.deps.hashToken(join.seatToken));
    if (known !== undefined) return { seat: known, token: join.seatToken, handled: none };
  }
  if (session.ended) return fail(refuse('SESSION_ENDED', 'this live session has ended'));
  const name = normalizeName(join.name);
  if (name === '') return fail(refuse('NAME_EMPTY', 'type your name to join'));
  if (session.seats.size >= MAX_STUDENTS)
    return fail(refuse('SESSION_FULL', `this session already has ${MAX_STUDENTS} students`));
  const id = `s${session.seats.size + 1}`;
  const token = session.deps.newToken();
  const records: SessionRecord[] = [
    { kind: 'seat', at: now, id, tokenHash: session.deps.hashToken(token), name },
  ];
  if (session.config.pairing === 'auto')
    records.push({ kind: 'placed', at: now, seat: id, ...autoPlace(session) });
  return { seat: id, token, handled: { records, outbound: [] } };
}

type StudentType = keyof typeof StudentMessages;
type TeacherType = keyof typeof TeacherMessages;

export function decideStudent(
  session: LiveSession,
  seatId: string,
  type: StudentType,
  message: unknown,
  now: number,
): Handled {
  const seat = session.seats.get(seatId);
  if (!seat) return refuse('NOT_YOUR_SEAT', 'this connection has no seat');
  const pair = seat.pair === null ? undefined : session.pairs[seat.pair];
  const side = seat.side;
  if (type === 'act') {
    const parsed = parseOr(StudentMessages.act, message, type);
    if (!parsed.ok) return parsed.handled;
    const { seq, action } = parsed.value;
    if (session.ended) return refuse('SESSION_ENDED', 'the session has ended', seq);
    if (session.paused) return refuse('PAUSED', 'the teacher has paused the session', seq);
    if (!pair || side === null || !pair.game) return refuse('NO_GAME', 'your game has not started yet', seq);
    if (pair.computer[side]) return refuse('NOT_YOUR_SEAT', 'the computer plays your side now', seq);
    if (pair.sides[side][0] !== seat.id)
      return refuse('NOT_THE_LEAD', "only your side's lead makes the moves: suggest one instead", seq);
    const party = session.scenario.parties[side].id;
    if (action.side !== party) return refuse('NOT_YOUR_SEAT', `you play ${party}, not "${action.side}"`, seq);
    const before = pair.game;
    const step = applyAction(session.scenario, before, action);
    if (!step.ok) return refuse(step.error.code, step.error.message, seq);
    const record: SessionRecord = { kind: 'action', at: now, pair: pair.index, action, byComputer: false };
    session.stepCache.set(record, { before, step: step.value });
    return { records: [record], outbound: [{ to: { sender: true }, type: 'ack', message: { seq } }] };
  }
  if (type === 'chat') {
    const parsed = parseOr(StudentMessages.chat, message, type);
    if (!parsed.ok) return parsed.handled;
    if (session.ended) return refuse('SESSION_ENDED', 'the session has ended');
    if (!pair) return refuse('NO_GAME', 'you are not in a pair yet');
    const text = normalizeText(parsed.value.text);
    if (text === '') return refuse('MALFORMED_MESSAGE', 'a chat line needs some text');
    if ([...text].length > MAX_CHAT_LENGTH)
      return refuse('MALFORMED_MESSAGE', `a chat line is at most ${MAX_CHAT_LENGTH} characters`);
    return { records: [{ kind: 'chat', at: now, pair: pair.index, seat: seat.id, text }], outbound: [] };
  }
  // draft and suggest: relayed to the student's own side only, not journaled.
  const parsed = parseOr(StudentMessages[type], message, type);
  if (!parsed.ok) return parsed.handled;
  if (!pair || side === null) return refuse('NO_GAME', 'you are not in a pair yet');
  const team = pair.sides[side].filter((id) => id !== seat.id);
  if (type === 'draft') {
    if (pair.sides[side][0] !== seat.id) return refuse('NOT_THE_LEAD', 'only the lead moves the levers');
    return {
      records: [],
      outbound: team.map((id) => ({
        to: { seat: id },
        type: 'draft',
        message: { package: parsed.value.package },
      })),
    };
  }
  return {
    records: [],
    outbound: team.map((id) => ({
      to: { seat: id },
      type: 'suggestion',
      message: { from: seat.name, package: parsed.value.package },
    })),
  };
}

function running(pair: PairState): boolean {
  return pair.game !== null && pair.game.outcome === null;
}

export function decideTeacher(
  session: LiveSession,
  type: TeacherType,
  message: unknown,
  now: number,
): Handled {
  const parsed = parseOr<unknown>(TeacherMessages[type], message, type);
  if (!parsed.ok) return parsed.handled;
  if (session.ended) return refuse('SESSION_ENDED', 'the session has ended');
  switch (type) {
    case 'pause':
      return session.paused ? none : { records: [{ kind: 'paused', at: now }], outbound: [] };
    case 'resume':
      return session.paused ? { records: [{ kind: 'resumed', at: now }], outbound: [] } : none;
    case 'end':
      return { records: [{ kind: 'ended', at: now }], outbound: [] };
    case 'announce': {
      const { title: rawTitle, text: rawText } = TeacherMessages.announce.parse(message);
      const title = [...normalizeText(rawTitle)].slice(0, 120).join('');
      const text = normalizeText(rawText);
      if (text === '') return refuse('MALFORMED_MESSAGE', 'an announcement needs some text');
      if ([...text].length > MAX_CHAT_LENGTH)
        return refuse('MALFORMED_MESSAGE', `an announcement is at most ${MAX_CHAT_LENGTH} characters`);
      const announcement = { title, text, at: now };
      const outbound: Outbound[] = [...session.seats.keys()].map((seat) => ({
        to: { seat },
        type: 'announce',
        message: announcement,
      }));
      outbound.push({ to: { teacher: true }, type: 'announce', message: announcement });
      return { records: [], outbound };
    }
    case 'advance': {
      if (session.paused) return refuse('PAUSED', 'resume the session first');
      return {
        records: session.pairs.filter(running).flatMap((p) => session.computerMove(p, now)),
        outbound: [],
      };
    }
    case 'assign': {
      const { seat, pair, side } = TeacherMessages.assign.parse(message);
      const state = session.seats.get(seat);
      if (!state) return refuse('MALFORMED_MESSAGE', `there is no seat "${seat.slice(0, 64)}"`);
      if (pair > session.pairs.length)
        return refuse('NO_GAME', `the next new pair is ${session.pairs.length}`);
      if (state.pair === pair && state.side === side) return none;
      const target = session.pairs[pair];
      if (target && target.sides[side].length >= session.config.teamSize)
        return refuse('SESSION_FULL', `that side already has ${session.config.teamSize} students`);
      return { records: [{ kind: 'placed', at: now, seat, pair, side }], outbound: [] };
    }
    case 'computer': {
      const { pair, side } = TeacherMessages.computer.parse(message);
      const target = session.pairs[pair];
      if (!target) return refuse('NO_GAME', `there is no pair ${pair}`);
      if (target.computer[side]) return none;
      return { records: [{ kind: 'computer', at: now, pair, side }], outbound: [] };
    }
  }
}
