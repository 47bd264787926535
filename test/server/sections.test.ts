/**
 * A class larger than one room (src/net/sections.ts, server/class-sections.ts), on one server with rooms of 2
 * students: new students are seated in sections, the teacher's board shows every section's pairs, the teacher's
 * commands reach every section, every result reaches the teacher, and a student rejoins their own section.
 */
import { Client } from 'colyseus.js';
import { afterEach, describe, expect, test } from 'vitest';
import { LiveClient, SeatMemory } from '../../src/app/live-client.ts';
import {
  classPairOf,
  classSeatOf,
  parseRoomId,
  sectionOfRefusal,
  sectionPairOf,
  sectionRoomId,
  sectionSeatOf,
} from '../../src/net/protocol.ts';
import type { LiveBot } from '../../tools/lib/live-bot.ts';
import {
  createSession,
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

describe('sections of a large class', () => {
  test('room ids and the numbering of pairs and seats across sections', () => {
    expect(sectionRoomId('ACDEFG', 1)).toBe('ACDEFG');
    expect(sectionRoomId('ACDEFG', 3)).toBe('ACDEFG-3');
    expect(parseRoomId('ACDEFG-3')).toEqual({ code: 'ACDEFG', section: 3 });
    expect(parseRoomId('ACDEFG')).toEqual({ code: 'ACDEFG', section: 1 });
    for (const bad of ['ACDEFG-1', 'ACDEFG-17', 'ACDEFG-03', 'acdefg', 'ACDEFG-', 'ACDEFG-2-2', 'ABCDEF'])
      expect(parseRoomId(bad), bad).toBeNull();
    expect(sectionOfRefusal('ACDEFG', 'IN_SECTION: ACDEFG-2')).toBe('ACDEFG-2');
    // A server never sends a student to another class.
    expect(sectionOfRefusal('ACDEFG', 'IN_SECTION: HJKMNP-2')).toBeNull();
    expect(sectionPairOf(classPairOf(3, 17))).toEqual({ n: 3, pair: 17 });
    expect(sectionPairOf(classPairOf(1, 5))).toEqual({ n: 1, pair: 5 });
    expect(sectionSeatOf(classSeatOf(2, 's4'))).toEqual({ n: 2, seat: 's4' });
    expect(sectionSeatOf(classSeatOf(1, 's4'))).toEqual({ n: 1, seat: 's4' });
  });

  test('six students in rooms of two: three sections, one board, commands and results for all', async () => {
    t = await startTestServer(undefined, { sectionSize: 2 });
    const teacher = await createSession(t.endpoint);
    const students: LiveBot[] = [];
    for (const name of ['Aiko', 'Ben', 'Chie', 'Dan', 'Emi', 'Fred'])
      students.push(await joinStudent(t.endpoint, teacher.code, name, false));
    // Seated two by two: the head, then sections 2 and 3 (the server chose, the students asked for the code).
    expect(students.map((s) => s.room.roomId)).toEqual([
      teacher.code,
      teacher.code,
      `${teacher.code}-2`,
      `${teacher.code}-2`,
      `${teacher.code}-3`,
      `${teacher.code}-3`,
    ]);
    await until('every game', () => students.every((s) => s.game));

    // The teacher's board: three pairs, numbered by the class, with the students' names.
    const board = await until('merged board', () => {
      const last = teacher.bot.of('board').at(-1);
      return last && last.pairs.length === 3 ? last : null;
    });
    expect(board.pairs.map((p) => p.pair)).toEqual([0, classPairOf(2, 0), classPairOf(3, 0)]);
    expect(board.pairs.flatMap((p) => [...p.sides[0], ...p.sides[1]].map((s) => s.name)).sort()).toEqual([
      'Aiko',
      'Ben',
      'Chie',
      'Dan',
      'Emi',
      'Fred',
    ]);
    expect(board.pairs[2].sides[0][0].seat).toMatch(/^3\/s[12]$/);

    // Pause reaches every section: a move anywhere is refused as paused.
    teacher.bot.room.send('pause', {});
    await until('paused everywhere', () => students.every((s) => s.of('lobby').at(-1)?.paused === true));
    teacher.bot.room.send('resume', {});
    await until('resumed everywhere', () => students.every((s) => s.of('lobby').at(-1)?.paused === false));

    // An announcement reaches every student once, and the teacher once.
    teacher.bot.room.send('announce', { title: 'Break', text: 'Five minutes' });
    await until('announced', () => students.every((s) => s.of('announce').length === 1));
    await new Promise((r) => setTimeout(r, 300));
    expect(teacher.bot.of('announce')).toHaveLength(1);

    // The computer takes a side in section 3's pair, named by the class's pair number.
    teacher.bot.room.send('computer', { pair: classPairOf(3, 0), side: 1 });
    await until('computer in section 3', () => {
      const p = teacher.bot
        .of('board')
        .at(-1)
        ?.pairs.find((x) => x.pair === classPairOf(3, 0));
      return p?.computer[1] === true;
    });

    // Every game played to its end: a result for each pair reaches the teacher, by the class's pair number.
    for (const student of students) {
      student.autoplay = true;
      student.play();
    }
    const results = await until(
      'three results',
      () => {
        const list = teacher.bot.of('result');
        return list.length >= 3 ? list : null;
      },
      20_000,
    );
    expect(results.map((r) => r.pair).sort((a, b) => a - b)).toEqual([
      0,
      classPairOf(2, 0),
      classPairOf(3, 0),
    ]);
    // Ending the class reaches every section.
    teacher.bot.room.send('end', {});
    await until('ended everywhere', () => students.every((s) => s.of('lobby').at(-1)?.ended === true));
  }, 30_000);

  test("a student's seat is in its section: rejoining with its token, through the class code, finds it", async () => {
    t = await startTestServer(undefined, { sectionSize: 2 });
    const teacher = await createSession(t.endpoint);
    await joinStudent(t.endpoint, teacher.code, 'Aiko', false);
    await joinStudent(t.endpoint, teacher.code, 'Ben', false);
    const chie = await joinStudent(t.endpoint, teacher.code, 'Chie', false);
    const welcome = await until('welcome', () => chie.of('welcome')[0]);
    expect(chie.room.roomId).toBe(`${teacher.code}-2`);
    await chie.room.leave();
    // The game's own client: it remembers the section and rejoins the same seat there.
    const storage = new Map<string, string>();
    const memory = new SeatMemory(() => ({
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
      removeItem: (k) => void storage.delete(k),
    }));
    const client = new LiveClient(
      {
        join: async (room, options) => {
          const r = await new Client(t?.endpoint).joinById(room, options);
          return {
            roomId: r.roomId,
            send: (type, payload) => r.send(type, payload),
            onMessage: (h) => r.onMessage('*', (type, p) => h(String(type), p)),
            onDrop: () => {},
            leave: () => void r.leave(),
          };
        },
      },
      memory,
    );
    client.seats.set(teacher.code, { token: welcome.token, name: 'Chie', room: `${teacher.code}-2` });
    const seats: string[] = [];
    client.on('welcome', (seat) => seats.push(seat.id));
    expect(await client.join(teacher.code, 'Chie')).toBeNull();
    await until('welcome again', () => seats.length > 0);
    expect(seats[0]).toBe(welcome.id);
    expect(client.seats.get(teacher.code)?.room).toBe(`${teacher.code}-2`);
    client.close();
  }, 30_000);
});
