/**
 * The live classroom on two processes sharing a real Redis and PostgreSQL (throwaway servers): a class code works
 * through either process, one whole game with the teacher and the students on different processes, the board
 * sees it; then the faults: the process holding a room killed with SIGKILL mid-game, and Redis restarted
 * mid-game; the game goes on with every acknowledged move.
 */
import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeResultCode } from '../../src/model/code/result-code.ts';
import {
  GameClientStudent,
  ReconnectingStudent,
  type ReconnectingStudent as Student,
  startCluster,
  type TestCluster,
} from '../../tools/lib/cluster-harness.ts';
import { LiveBot } from '../../tools/lib/live-bot.ts';
import { CONFIG, until } from './live-helpers.ts';
import { skipServices } from './services.ts';

const skip = skipServices();
let cluster: TestCluster | null = null;
const students: { leave(): Promise<void> }[] = [];
beforeAll(async () => {
  if (!skip) cluster = await startCluster(2);
}, 60_000);
afterAll(async () => {
  for (const s of students.splice(0)) await s.leave();
  await cluster?.stop();
}, 30_000);

async function teacherOn(endpoint: string) {
  const room = await new Client(endpoint).create('live', { config: CONFIG });
  const bot = new LiveBot(room, false);
  const created = await until('created', () => bot.of('created')[0]);
  return { bot, code: created.code, token: created.teacherToken };
}

async function student(endpoints: string[], code: string, name: string, autoplay = true): Promise<Student> {
  const s = await new ReconnectingStudent(endpoints, code, name, autoplay).join();
  students.push(s);
  return s;
}

/** Every acknowledged move of both students is in the game's result code. */
function expectEveryMove(result: { code: string }, a: Pick<Student, 'bot'>, b: Pick<Student, 'bot'>): void {
  const decoded = decodeResultCode(result.code);
  expect(decoded.ok).toBe(true);
  if (!decoded.ok) return;
  const acked = [...(a.bot?.acked ?? []), ...(b.bot?.acked ?? [])].map((m) => m.action);
  expect(acked.length).toBeGreaterThan(0);
  for (const action of acked) expect(decoded.value.log).toContainEqual(action);
}

describe.skipIf(skip)('live classroom on two processes with Redis and PostgreSQL', () => {
  test('teacher on A, students on B and A: one whole game; the board and the results reach everyone', async () => {
    const [A, B] = (cluster as TestCluster).processes;
    const teacher = await teacherOn(A.endpoint);
    const s1 = await student([B.endpoint], teacher.code, 'Aiko', false);
    const s2 = await student([A.endpoint], teacher.code, 'Ben', false);
    await until('both games', () => s1.bot?.game && s2.bot?.game);
    for (const s of [s1, s2]) {
      if (!s.bot) continue;
      s.bot.autoplay = true;
      s.bot.play();
    }
    const result = await until(
      'both results',
      () => s1.bot?.result && s2.bot?.result && s1.bot.result,
      30_000,
    );
    expect(s2.bot?.result).toEqual(result);
    expect(await until('the teacher result', () => teacher.bot.of('result')[0])).toEqual(result);
    expectEveryMove(result, s1, s2);
    // The board shows the pair, both names, and the finished game.
    const board = await until('the final board', () => {
      const last = teacher.bot.of('board').at(-1);
      return last?.pairs[0]?.outcome ? last : null;
    });
    expect(JSON.stringify(board)).toContain('Aiko');
    expect(JSON.stringify(board)).toContain('Ben');
    // Every process knows the event's sessions in numbers (published through the presence by the room).
    for (const p of [A, B]) {
      let event: unknown = null;
      for (let i = 0; i < 50; i++) {
        event = ((await (await fetch(`${p.http}/healthz`)).json()) as { event?: unknown }).event;
        if ((event as { finished?: number } | undefined)?.finished === 1) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(event).toEqual({ sessions: 1, students: 2, pairs: 1, finished: 1 });
    }
    // Either process verifies the signature: the key is the database's.
    for (const p of [A, B]) {
      const answer = await fetch(`${p.http}/api/verify`, {
        method: 'POST',
        body: JSON.stringify({ code: result.code, signature: result.signature }),
      });
      expect(await answer.json()).toEqual({ verified: true });
    }
    // A teacher rejoining through the other process sees the same board.
    const again = new LiveBot(
      await new Client(B.endpoint).joinById(teacher.code, { role: 'teacher', teacherToken: teacher.token }),
      false,
    );
    await until('the board again', () => again.of('board')[0]?.pairs[0]?.outcome);
    await again.room.leave();
    await teacher.bot.room.leave();
  }, 60_000);

  test('the process holding the room killed with SIGKILL mid-game: restored on the other, every move kept', async () => {
    const c = cluster as TestCluster;
    const teacher = await teacherOn(c.processes[0].endpoint);
    const h = await c.holderOf(teacher.code);
    expect(h).toBeGreaterThanOrEqual(0);
    const [H, O] = [c.processes[h], c.processes[1 - h]];
    // One student through the survivor; one on the game's own client, given only the address of the process
    // that dies: it learns the other from the server, and rejoins through it by itself.
    const s1 = await student([O.endpoint], teacher.code, 'Aiko');
    const game = new GameClientStudent(H.http);
    students.push(game);
    const s2 = await game.join(teacher.code, 'Ben');
    const servers = await until('the addresses', () => s2.bot.of('servers')[0]);
    expect([...servers.urls].sort()).toEqual([H.http, O.http].sort());
    s1.bot?.play();
    s2.bot.play();
    await until('some moves', () => (s1.bot?.acked.length ?? 0) + (s2.bot?.acked.length ?? 0) >= 6);
    const before = [...(s1.bot?.acked ?? []), ...(s2.bot?.acked ?? [])].length;
    await c.kill(h);
    const result = await until(
      'both results',
      () => s1.bot?.result && s2.bot?.result && s1.bot.result,
      40_000,
    );
    expect(s1.reconnects).toBeGreaterThan(0);
    expect(s2.reconnects).toBeGreaterThan(0);
    expect([...(s1.bot?.acked ?? []), ...(s2.bot?.acked ?? [])].length).toBeGreaterThan(before);
    expectEveryMove(result, s1, s2);
    expect(await c.holderOf(teacher.code)).toBe(1 - h);
    // The teacher comes back through the survivor and sees the finished game.
    const again = new LiveBot(
      await new Client(O.endpoint).joinById(teacher.code, { role: 'teacher', teacherToken: teacher.token }),
      false,
    );
    await until('the board', () => again.of('board')[0]?.pairs[0]?.outcome);
    await again.room.leave();
    await c.restart(h);
  }, 60_000);

  test('Redis restarted mid-game (empty): the game goes on, and the class code still works on both processes', async () => {
    const c = cluster as TestCluster;
    const [A, B] = c.processes;
    const teacher = await teacherOn(A.endpoint);
    const s1 = await student([B.endpoint], teacher.code, 'Aiko');
    const s2 = await student([A.endpoint], teacher.code, 'Ben');
    s1.bot?.play();
    s2.bot?.play();
    await until('some moves', () => (s1.bot?.acked.length ?? 0) + (s2.bot?.acked.length ?? 0) >= 4);
    const holder = await c.holderOf(teacher.code);
    // The students wait while Redis is down and start again once it is back, empty: the rest of the game is
    // played after the restart.
    for (const s of [s1, s2]) if (s.bot) s.bot.autoplay = false;
    await until('no move in flight', () => (s1.bot?.pending.size ?? 0) + (s2.bot?.pending.size ?? 0) === 0);
    const beforeRestart = (s1.bot?.acked.length ?? 0) + (s2.bot?.acked.length ?? 0);
    await c.redis.stop();
    // The deep health check says so (a load balancer stops sending new players here)...
    const down = await fetch(`${A.http}/healthz?deep`);
    expect(down.status).toBe(503);
    expect(((await down.json()) as { problems: string[] }).problems).toEqual(['redis']);
    await c.redis.start();
    // ...and is happy again once Redis is back.
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await fetch(`${A.http}/healthz?deep`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
    for (const s of [s1, s2])
      if (s.bot) {
        s.bot.autoplay = true;
        s.bot.play();
      }
    const result = await until(
      'both results',
      () => s1.bot?.result && s2.bot?.result && s1.bot.result,
      40_000,
    );
    expectEveryMove(result, s1, s2);
    // Nothing was lost with Redis: the connections stayed up, the room stayed where it was (no second copy).
    expect([s1.reconnects, s2.reconnects]).toEqual([0, 0]);
    expect((s1.bot?.acked.length ?? 0) + (s2.bot?.acked.length ?? 0)).toBeGreaterThan(beforeRestart);
    for (let i = 0; i < 50 && (await c.holderOf(teacher.code)) < 0; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await c.holderOf(teacher.code)).toBe(holder);
    // New students reach the class through either process once the listing is back.
    for (const [p, name] of [
      [A, 'Chie'],
      [B, 'Dan'],
    ] as const) {
      let late: Student | null = null;
      for (let i = 0; i < 40 && !late; i++)
        late = await student([p.endpoint], teacher.code, name, false).catch(async () => {
          await new Promise((r) => setTimeout(r, 500));
          return null;
        });
      expect(await until(`${name}'s seat`, () => late?.bot?.of('welcome')[0])).toBeTruthy();
    }
  }, 60_000);
});
