/**
 * The live classroom server end to end: real colyseus.js clients over WebSockets to a server on a free port,
 * playing whole games with the computer agent's policy, and everything that must be refused.
 */
import { readFileSync } from 'node:fs';
import { Client } from 'colyseus.js';
import { afterEach, describe, expect, test } from 'vitest';
import { decodeResultCode } from '../../src/model/code/result-code.ts';
import { normalizeClassCode, refusalCode } from '../../src/net/protocol.ts';
import { LiveBot } from '../../tools/lib/live-bot.ts';
import { loadScenario } from '../helpers.ts';
import {
  createSession,
  framesOf,
  joinStudent,
  startTestServer,
  stopTestServer,
  type TestServer,
  until,
} from './live-helpers.ts';

let t: TestServer | null = null;
afterEach(async () => {
  await stopTestServer(t);
  t = null;
});

const scenario = loadScenario('src/content/scenarios/us-japan-2025.json');

/** Every key anywhere in a value. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  return into;
}

function contains(haystack: Uint8Array, needle: string): boolean {
  return Buffer.from(haystack).includes(Buffer.from(needle, 'utf8'));
}

async function pairOfTwo(server: TestServer, autoplay = true) {
  const teacher = await createSession(server.endpoint);
  const a = await joinStudent(server.endpoint, teacher.code, 'Aiko', autoplay);
  const b = await joinStudent(server.endpoint, teacher.code, 'Ben', autoplay);
  await until('both games', () => a.game && b.game);
  return { teacher, a, b };
}

describe('live server', () => {
  test('two students play a whole game; the result is signed, verifies, and no hidden data reaches them', async () => {
    t = await startTestServer();
    const { teacher, a, b } = await pairOfTwo(t);
    expect(normalizeClassCode(teacher.code)).toBe(teacher.code);
    a.play();
    b.play();
    const [ra, rb] = await until('both results', () => a.result && b.result && [a.result, b.result], 30_000);
    expect(ra).toEqual(rb);
    const teacherResult = await until('the teacher result', () => teacher.bot.of('result')[0]);
    expect(teacherResult).toEqual(ra);
    // The code is the model's result code of the pair's game, named by the pair, in the live session.
    const decoded = decodeResultCode(ra.code);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value.name).toBe('Aiko & Ben');
    expect(decoded.value.session).toEqual({ id: `live-${teacher.code}`, classSeed: null });
    expect(decoded.value.settings.opponent).toBe('human');
    // Every move the students had acknowledged is in the game's log, in order.
    const log = decoded.value.log;
    expect(log.length).toBe(a.acked.length + b.acked.length);
    expect(a.state?.outcome).toEqual(b.state?.outcome);
    // Signed by the server: the real signature verifies, a forged one does not.
    const verify = async (signature: string) =>
      (await (
        await fetch(`${t?.http}/api/verify`, {
          method: 'POST',
          body: JSON.stringify({ code: ra.code, signature }),
        })
      ).json()) as { verified: boolean };
    expect(await verify(ra.signature)).toEqual({ verified: true });
    const forged = (ra.signature[0] === 'a' ? 'b' : 'a') + ra.signature.slice(1);
    expect(await verify(forged)).toEqual({ verified: false });
    const bad = await fetch(`${t.http}/api/verify`, { method: 'POST', body: '{"code": 1}' });
    expect(bad.status).toBe(400);

    // Hidden data: the seed (only the teacher's board has it) is in no frame a student received …
    const board = await until('a board', () => teacher.bot.of('board').at(-1));
    const seed = board.session.seed;
    expect(seed.length).toBeGreaterThan(8);
    expect(teacher.bot.received.some((r) => JSON.stringify(r.message).includes(seed))).toBe(true);
    for (const student of [a, b]) {
      const frames = framesOf(student.room);
      expect(frames.length).toBeGreaterThan(10);
      for (const frame of frames) expect(contains(frame, seed)).toBe(false);
      const keys = keysOf(student.received.map((r) => r.message));
      expect(keys.has('rng')).toBe(false);
      expect(keys.has('seed')).toBe(false);
      expect(keys.has('session')).toBe(false);
    }
    // … and each side's scenario and views carry public estimates of the other side, never its real numbers.
    for (const student of [a, b]) {
      const side = student.game?.side ?? 0;
      const other = side === 0 ? 1 : 0;
      const real = scenario.parties[other];
      const sent = student.game?.scenario.parties[other];
      expect(real.groups.some((g) => g.influence !== 1)).toBe(true);
      expect(sent?.groups.map((g) => g.influence)).toEqual(real.groups.map(() => 1));
      expect(sent?.threshold).toBe(0.5);
      expect(real.threshold).not.toBe(0.5);
      expect(student.game?.scenario.parties[side]).toEqual(scenario.parties[side]);
      for (const step of student.of('step')) {
        expect(step.state.params.influence[other]).toEqual(real.groups.map(() => 1));
        expect(step.state.params.threshold[other]).toBe(0.5);
        expect(typeof step.state.intel === 'number' || step.state.intel === null).toBe(true);
      }
    }
  }, 60_000);

  test('illegal moves get the model’s coded error and change nothing; a student cannot act for the other seat', async () => {
    t = await startTestServer();
    const { a, b } = await pairOfTwo(t, false);
    const first = scenario.firstMover;
    const [mover, waiter] = a.game?.side === first ? [a, b] : [b, a];
    const waiterParty = scenario.parties[waiter.game?.side ?? 0].id;
    const moverParty = scenario.parties[mover.game?.side ?? 0].id;
    const before = mover.received.length;
    // Not its turn.
    const s1 = waiter.act({ type: 'accept', side: waiterParty });
    // A package with the wrong number of issues.
    const s2 = mover.act({ type: 'propose', side: moverParty, package: [0] });
    // Acting for the other seat.
    const s3 = mover.act({ type: 'reject', side: waiterParty });
    const s4 = waiter.act({ type: 'walk-away', side: moverParty });
    // No such side.
    const s5 = mover.act({ type: 'accept', side: 'atlantis' });
    await until('five refusals', () => waiter.refusals.length === 2 && mover.refusals.length === 3);
    expect(waiter.refusals).toEqual([
      expect.objectContaining({ code: 'NOT_YOUR_TURN', seq: s1 }),
      expect.objectContaining({ code: 'NOT_YOUR_SEAT', seq: s4 }),
    ]);
    expect(mover.refusals).toEqual([
      expect.objectContaining({ code: 'BAD_PACKAGE', seq: s2 }),
      expect.objectContaining({ code: 'NOT_YOUR_SEAT', seq: s3 }),
      expect.objectContaining({ code: 'NOT_YOUR_SEAT', seq: s5 }),
    ]);
    // Nothing changed: no step, no ack, and a legal move now is the game's first.
    expect(mover.received.slice(before).every((r) => r.type === 'refused')).toBe(true);
    mover.play();
    const step = await until('the first step', () => waiter.of('step')[0]);
    expect(step.state.log.length).toBeGreaterThanOrEqual(1);
    expect(step.state.log.every((action) => action.side === moverParty)).toBe(true);
  }, 30_000);

  test('a team member who is not the lead cannot act; the lead’s draft reaches the member only', async () => {
    t = await startTestServer();
    const teacher = await createSession(t.endpoint, { teamSize: 2 });
    const lead0 = await joinStudent(t.endpoint, teacher.code, 'Lead A', false);
    const lead1 = await joinStudent(t.endpoint, teacher.code, 'Lead B', false);
    const member0 = await joinStudent(t.endpoint, teacher.code, 'Member A', false);
    await until('the member’s game', () => member0.game);
    const welcome = member0.of('welcome')[0];
    expect(welcome).toMatchObject({ pair: 0, side: 0, role: 'member' });
    const party = scenario.parties[0].id;
    const seq = member0.act({ type: 'walk-away', side: party });
    await until('a refusal', () => member0.refusals[0]);
    expect(member0.refusals[0]).toMatchObject({ code: 'NOT_THE_LEAD', seq });
    lead0.room.send('draft', { package: [0, 0, 0] });
    await until('the draft', () => member0.of('draft')[0]);
    expect(member0.of('draft')[0]).toEqual({ package: [0, 0, 0] });
    member0.room.send('draft', { package: [1] });
    await until('a second refusal', () => member0.refusals[1]);
    expect(member0.refusals[1].code).toBe('NOT_THE_LEAD');
    expect(lead1.of('draft')).toEqual([]);
  }, 30_000);

  test('malformed, unknown, oversized and too many messages are refused; the server carries on', async () => {
    t = await startTestServer();
    const { teacher, a, b } = await pairOfTwo(t, false);
    a.room.send('act', { seq: 'one', action: { type: 'accept' } });
    a.room.send('act', { seq: 1, action: { type: 'accept', side: 'us', extra: true } });
    a.room.send('chat', { text: '   ' });
    a.room.send('fly', { to: 'moon' });
    a.room.send('pause', {});
    teacher.bot.room.send('act', { seq: 1, action: { type: 'accept', side: 'us' } });
    await until('five refusals', () => a.refusals.length >= 5 && teacher.bot.refusals.length >= 1);
    expect(a.refusals.slice(0, 5).map((r) => r.code)).toEqual([
      'MALFORMED_MESSAGE',
      'MALFORMED_MESSAGE',
      'MALFORMED_MESSAGE',
      'UNKNOWN_MESSAGE',
      'NOT_TEACHER',
    ]);
    expect(teacher.bot.refusals[0].code).toBe('NOT_YOUR_SEAT');
    // Chat is text, normalised, to both sides and the teacher.
    a.room.send('chat', { text: '  <b>hi</b>\u202e there ' });
    const line = await until('the chat line', () => b.of('chat')[0]);
    expect(line).toMatchObject({ pair: 0, name: 'Aiko', text: '<b>hi</b> there' });
    await until('the teacher’s chat line', () => teacher.bot.of('chat')[0]);
    // Over the rate: a burst of 40 gets some RATE_LIMITED.
    for (let i = 0; i < 40; i++) b.room.send('chat', { text: `spam ${i}` });
    await until('rate limited', () => b.refusals.some((r) => r.code === 'RATE_LIMITED'));
    // An oversized message closes that connection, and only that one.
    let closed = false;
    a.room.onLeave(() => {
      closed = true;
    });
    a.room.send('chat', { text: 'x'.repeat(20_000) });
    await until('the connection closed', () => closed);
    const health = (await (await fetch(`${t.http}/healthz`)).json()) as { ok: boolean; rooms: number };
    expect(health).toMatchObject({ ok: true, rooms: 1 });
    teacher.bot.room.send('announce', { title: 'Time', text: 'Five minutes left' });
    const announced = await until('the announcement', () => b.of('announce')[0]);
    expect(announced).toMatchObject({ title: 'Time', text: 'Five minutes left' });
  }, 30_000);

  test('joins are checked: an empty name, a wrong teacher token, a session that does not exist', async () => {
    t = await startTestServer();
    const teacher = await createSession(t.endpoint);
    const fail = (p: Promise<unknown>) =>
      p.then(
        () => 'joined',
        (e: Error) => e.message,
      );
    const empty = await fail(
      new Client(t.endpoint).joinById(teacher.code, { role: 'student', name: ' \u200b ' }),
    );
    expect(refusalCode(empty)).toBe('NAME_EMPTY');
    const wrong = await fail(
      new Client(t.endpoint).joinById(teacher.code, { role: 'teacher', teacherToken: 'A'.repeat(43) }),
    );
    expect(refusalCode(wrong)).toBe('NOT_TEACHER');
    const odd = await fail(
      new Client(t.endpoint).joinById(teacher.code, { role: 'student', name: 'x', admin: 1 }),
    );
    expect(refusalCode(odd)).toBe('MALFORMED_MESSAGE');
    expect(await fail(new Client(t.endpoint).joinById('AAAAAA', { role: 'student', name: 'x' }))).not.toBe(
      'joined',
    );
    const badScenario = await fail(
      new Client(t.endpoint).create('live', {
        config: { ...teacher.bot.of('board')[0].config, scenario: { json: '{"parties": 3}' } },
      }),
    );
    expect(refusalCode(badScenario)).toBe('BAD_SCENARIO');
    // The teacher rejoins with the token and gets the board.
    const again = await new Client(t.endpoint).joinById(teacher.code, {
      role: 'teacher',
      teacherToken: teacher.token,
    });
    const bot = new LiveBot(again, false);
    await until('the board', () => bot.of('board')[0]);
  }, 30_000);

  test('a student whose connection dropped rejoins the same seat with the seat token and the game goes on', async () => {
    t = await startTestServer();
    const { teacher, a, b } = await pairOfTwo(t, false);
    const [mover] = a.game?.side === scenario.firstMover ? [a, b] : [b, a];
    mover.play();
    await until('the first move acknowledged', () => mover.acked.length > 0 && mover.pending.size === 0);
    const seat = mover.of('welcome')[0];
    mover.room.connection.close();
    const other = mover === a ? b : a;
    await until('the partner sees the drop', () =>
      other.of('lobby').some((l) => l.sides?.some((s) => s.some((p) => p.seat === seat.id && !p.connected))),
    );
    const back = await joinStudent(t.endpoint, teacher.code, 'ignored', true, seat.token);
    const welcome = await until('welcome', () => back.of('welcome')[0]);
    expect(welcome).toEqual(seat);
    const game = await until('the game', () => back.game);
    expect(game.state.log.length).toBe(mover.acked.length);
    other.autoplay = true;
    other.play();
    const [r1, r2] = await until(
      'both results',
      () => back.result && other.result && [back.result, other.result],
      30_000,
    );
    expect(r1).toEqual(r2);
  }, 60_000);

  test('the teacher pauses (moves refused), gives a side to the computer, moves the meetings on and ends the session', async () => {
    t = await startTestServer();
    const teacher = await createSession(t.endpoint, { pairing: 'hand' });
    const a = await joinStudent(t.endpoint, teacher.code, 'Aiko', false);
    const lobby = await until('lobby', () => a.of('lobby')[0]);
    expect(lobby.seat.pair).toBe(null);
    expect(lobby.waitingFor).toMatch(/teacher/);
    teacher.bot.room.send('assign', { seat: lobby.seat.id, pair: 0, side: 1 - scenario.firstMover });
    await until('placed', () => a.of('lobby').some((l) => l.seat.pair === 0));
    teacher.bot.room.send('computer', { pair: 0, side: scenario.firstMover });
    // The computer plays the first mover's side after a short pause: Aiko sees its move.
    const first = await until('the computer’s move', () =>
      a.of('step').find((s) => s.byComputer && s.state.turn === 1),
    );
    expect(first.state.log.every((action) => action.side === scenario.parties[scenario.firstMover].id)).toBe(
      true,
    );
    teacher.bot.room.send('pause', {});
    await until('paused', () => a.of('lobby').some((l) => l.paused));
    a.play();
    await until('refused', () => a.refusals.find((r) => r.code === 'PAUSED'));
    teacher.bot.room.send('resume', {});
    await until('resumed', () => a.of('lobby').at(-1)?.paused === false);
    // Advance: the computer makes Aiko's move for her.
    const steps = a.of('step').length;
    teacher.bot.room.send('advance', {});
    await until('advanced', () =>
      a
        .of('step')
        .slice(steps)
        .some((s) => s.byComputer && s.state.turn === 2),
    );
    teacher.bot.room.send('end', {});
    await until('ended', () => a.of('lobby').at(-1)?.ended);
    const board = await until('the ended board', () => teacher.bot.of('board').find((x) => x.ended));
    expect(board.pairs[0]).toMatchObject({
      computer: [scenario.firstMover === 0, scenario.firstMover === 1],
    });
    a.room.send('chat', { text: 'hello?' });
    await until('refused after the end', () => a.refusals.find((r) => r.code === 'SESSION_ENDED'));
  }, 30_000);

  test('GET /healthz answers JSON; /j/CODE redirects to the join link', async () => {
    t = await startTestServer();
    const health = await fetch(`${t.http}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const body = (await health.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ ok: true, rooms: 0, clients: 0 });
    expect(body.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    const link = await fetch(`${t.http}/j/acd-efg`, { redirect: 'manual' });
    expect(link.status).toBe(302);
    expect(link.headers.get('location')).toBe('/index.html?live=ACDEFG');
    expect((await fetch(`${t.http}/j/OOOOOO`, { redirect: 'manual' })).status).toBe(404);
  });
});
