/**
 * A journal write that fails (a full disk, the database gone): nobody hears of what was not written. The move
 * is refused, the room is dropped and restored from the journal, the students rejoin their seats and the game
 * goes on; the journal holds exactly the acknowledged moves.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SqliteJournal } from '../../server/journal-sqlite.ts';
import { decodeResultCode } from '../../src/model/code/result-code.ts';
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
  vi.restoreAllMocks();
  await stopTestServer(t);
  t = null;
});

describe('a failed journal write', () => {
  test('refuses the move, tells nobody of it, and the restored room plays on with every acknowledged move', async () => {
    t = await startTestServer();
    const teacher = await createSession(t.endpoint);
    const a = await joinStudent(t.endpoint, teacher.code, 'Aiko', false);
    const b = await joinStudent(t.endpoint, teacher.code, 'Ben', false);
    await until('both games', () => a.game && b.game);
    const original = SqliteJournal.prototype.append;
    let failures = 0;
    vi.spyOn(SqliteJournal.prototype, 'append').mockImplementation(function (
      this: SqliteJournal,
      code,
      records,
    ) {
      if (records.some((r) => r.kind === 'action') && failures === 0) {
        failures++;
        return Promise.reject(new Error('disk full'));
      }
      return original.call(this, code, records);
    });
    a.play();
    b.play();
    // The first move fails to be written: its sender is refused, the other side never hears of it.
    const refused = await until('the refusal', () => [...a.refusals, ...b.refusals][0]);
    expect(refused.code).toBe('SERVER_ERROR');
    expect([...a.acked, ...b.acked]).toEqual([]);
    expect(a.of('step').length + b.of('step').length).toBe(0);
    // The room is restored from the journal; the students rejoin their seats and finish the game.
    const endpoint = t.endpoint;
    const rejoin = async (name: string, token: string) => {
      for (let i = 0; i < 50; i++) {
        try {
          return await joinStudent(endpoint, teacher.code, name, true, token);
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      throw new Error(`${name} could not rejoin`);
    };
    const ra = await rejoin('Aiko', a.of('welcome')[0].token);
    const rb = await rejoin('Ben', b.of('welcome')[0].token);
    ra.play();
    rb.play();
    const result = await until('the result', () => ra.result && rb.result && ra.result, 30_000);
    const decoded = decodeResultCode(result.code);
    expect(decoded.ok && decoded.value.log.length).toBe(ra.acked.length + rb.acked.length);
  }, 60_000);
});
