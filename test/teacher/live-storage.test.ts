import { describe, expect, it } from 'vitest';
import {
  clearLiveSeat,
  LIVE_STORAGE_KEY,
  readLiveSeat,
  saveLiveSeat,
} from '../../src/teacher/live-storage.ts';
import type { TeacherStorage } from '../../src/teacher/store.ts';
import { FakeStorage } from './fake-storage.ts';

const TOKEN = 'aB3_-xY9aB3_-xY9aB3_-xY9aB3_-xY9aB3_-xY9abc';
const SEAT = { code: 'ACDEFG', teacherToken: TOKEN };

describe('the stored live session (class code and teacher token)', () => {
  it('reads back what was saved, and nothing once cleared', () => {
    const storage = new FakeStorage();
    expect(readLiveSeat(storage)).toEqual({ kind: 'none' });
    expect(saveLiveSeat(storage, SEAT)).toBe(true);
    expect(readLiveSeat(storage)).toEqual({ kind: 'found', seat: SEAT });
    clearLiveSeat(storage);
    expect(readLiveSeat(storage)).toEqual({ kind: 'none' });
  });

  it.each([
    ['not JSON', '{"code":', 'NOT_JSON'],
    ['not an object', '42', 'BAD_CODE'],
    ['a code with a look-alike letter', JSON.stringify({ code: 'ACDEF0', teacherToken: TOKEN }), 'BAD_CODE'],
    ['a code in lower case', JSON.stringify({ code: 'acdefg', teacherToken: TOKEN }), 'BAD_CODE'],
    ['a short token', JSON.stringify({ code: 'ACDEFG', teacherToken: 'abc' }), 'BAD_TOKEN'],
    [
      'a token with other characters',
      JSON.stringify({ code: 'ACDEFG', teacherToken: `${TOKEN}<b>` }),
      'BAD_TOKEN',
    ],
    ['no token', JSON.stringify({ code: 'ACDEFG' }), 'BAD_TOKEN'],
  ])('ignores damaged storage (%s) with the reason, and removes it', (_, raw, reason) => {
    const storage = new FakeStorage();
    storage.setItem(LIVE_STORAGE_KEY, raw);
    expect(readLiveSeat(storage)).toEqual({ kind: 'damaged', reason });
    expect(storage.getItem(LIVE_STORAGE_KEY)).toBeNull();
  });

  it('never throws: no storage, a storage that throws, a full storage', () => {
    const throwing: TeacherStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readLiveSeat(null)).toEqual({ kind: 'unavailable' });
    expect(readLiveSeat(throwing)).toEqual({ kind: 'unavailable' });
    expect(saveLiveSeat(throwing, SEAT)).toBe(false);
    expect(() => clearLiveSeat(throwing)).not.toThrow();
    expect(saveLiveSeat(new FakeStorage(10), SEAT)).toBe(false);
  });
});
