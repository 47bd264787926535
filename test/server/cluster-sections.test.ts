/**
 * A class larger than one room on two processes (real Redis and PostgreSQL, rooms of 2 students): its sections
 * are made on both processes, the teacher's board on one process shows every pair, and when the process holding
 * a section is killed (SIGKILL) mid-game, that section is restored on the other one and every game finishes with
 * every acknowledged move, its result reaching the teacher.
 */
import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeResultCode } from '../../src/model/code/result-code.ts';
import { classPairOf } from '../../src/net/protocol.ts';
import { ReconnectingStudent, startCluster, type TestCluster } from '../../tools/lib/cluster-harness.ts';
import { LiveBot } from '../../tools/lib/live-bot.ts';
import { CONFIG, until } from './live-helpers.ts';
import { skipServices } from './services.ts';

const skip = skipServices();
let cluster: TestCluster | null = null;
const students: ReconnectingStudent[] = [];
beforeAll(async () => {
  if (!skip) cluster = await startCluster(2, { env: { TT_SECTION_SIZE: '2' } });
}, 60_000);
afterAll(async () => {
  for (const s of students.splice(0)) await s.leave();
  await cluster?.stop();
}, 30_000);

describe.skipIf(skip)('sections of a class on two processes', () => {
  test('sections on both processes; one killed mid-game; every game finishes with every move', async () => {
    const c = cluster as TestCluster;
    const [A, B] = c.processes;
    const room = await new Client(A.endpoint).create('live', { config: CONFIG });
    const teacher = new LiveBot(room, false);
    const { code } = await until('created', () => teacher.of('created')[0]);
    const endpoints = [A.endpoint, B.endpoint];
    for (const [i, name] of ['Aiko', 'Ben', 'Chie', 'Dan', 'Emi', 'Fred'].entries()) {
      // Each student through one process first, the other if it must rejoin.
      const route = [endpoints[i % 2], endpoints[(i + 1) % 2]];
      students.push(await new ReconnectingStudent(route, code, name, false).join());
    }
    expect(students.map((s) => s.roomId)).toEqual([
      code,
      code,
      `${code}-2`,
      `${code}-2`,
      `${code}-3`,
      `${code}-3`,
    ]);
    // The matchmaker made the sections where there were fewest rooms: both processes hold some.
    const holders = await Promise.all([code, `${code}-2`, `${code}-3`].map((id) => c.holderOf(id)));
    expect(holders.every((h) => h >= 0)).toBe(true);
    expect(new Set(holders).size).toBe(2);
    await until('the merged board', () => teacher.of('board').at(-1)?.pairs.length === 3);

    for (const s of students) {
      if (!s.bot) continue;
      s.bot.autoplay = true;
      s.bot.play();
    }
    const moves = () => students.reduce((n, s) => n + (s.bot?.acked.length ?? 0), 0);
    await until('some moves', () => moves() >= 9, 20_000);
    // Kill the process of section 2 (if the teacher's is that one too, the teacher rejoins below).
    const victim = holders[1];
    await c.kill(victim);
    const results = await until(
      'every result',
      () => (students.every((s) => s.bot?.result) ? students.map((s) => s.bot?.result) : null),
      60_000,
    );
    const inSection2 = students.filter((s) => s.roomId === `${code}-2`);
    for (const s of inSection2) expect(s.reconnects).toBeGreaterThan(0);
    // Every acknowledged move is in its game's result code.
    for (const s of students) {
      const decoded = decodeResultCode(s.bot?.result?.code ?? '');
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) continue;
      for (const { action } of s.bot?.acked ?? []) expect(decoded.value.log).toContainEqual(action);
    }
    expect(results).toHaveLength(6);
    expect(await c.holderOf(`${code}-2`)).toBe(1 - victim);
    // The teacher (again, through the survivor) gets every pair's result, by the class's pair numbers.
    const survivor = c.processes[1 - victim];
    const again = new LiveBot(
      await new Client(survivor.endpoint).joinById(code, {
        role: 'teacher',
        teacherToken: teacher.of('created')[0].teacherToken,
      }),
      false,
    );
    const pairs = await until('three results', () => {
      const seen = new Set(again.of('result').map((r) => r.pair));
      return seen.size >= 3 ? [...seen].sort((a, b) => a - b) : null;
    });
    expect(pairs).toEqual([0, classPairOf(2, 0), classPairOf(3, 0)]);
    await again.room.leave();
    await teacher.room.leave().catch(() => {});
  }, 120_000);
});
