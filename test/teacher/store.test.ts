import { describe, expect, it } from 'vitest';
import type { ClassSession } from '../../src/model/code/session-link.ts';
import {
  addCodes,
  addScenario,
  addSession,
  emptyData,
  loadData,
  MAX_CODES,
  mergeData,
  parseData,
  SET_ASIDE_KEY,
  STORAGE_KEY,
  type StoredSession,
  saveData,
  serializeData,
  type TeacherData,
} from '../../src/teacher/store.ts';
import { FakeStorage } from './fake-storage.ts';

const session = (id: string): ClassSession => ({
  id,
  title: `7B ${id}`,
  scenario: { id: 'us-japan-2025', version: '1.0.0', hash: 'abc' },
  parties: ['japan', 'us'],
  sides: { kind: 'alternate' },
  opponent: 'computer',
  difficulty: 'normal',
  seed: 'ABCD-EFGH',
  seeding: 'student',
});
const stored = (id: string): StoredSession => ({
  session: session(id),
  created: '2025-09-01T08:00:00.000Z',
  scenarioFile: null,
});
const sample = (): TeacherData => ({
  sessions: [stored('s1')],
  scenarios: [{ name: 'mine.json', text: '{"id":"mine"}' }],
  codes: ['TT1aaa', 'TT1bbb', 'TT1aaa'],
});

describe('teacher data in storage', () => {
  it('starts empty, then reads back exactly what was saved', () => {
    const storage = new FakeStorage();
    expect(loadData(storage)).toEqual({ kind: 'empty', data: emptyData() });
    expect(saveData(storage, sample()).ok).toBe(true);
    expect(loadData(storage)).toEqual({ kind: 'loaded', data: sample(), setAside: [], copied: true });
  });

  it('without storage (blocked), says so and starts empty', () => {
    expect(loadData(null).kind).toBe('unavailable');
    expect(saveData(null, sample())).toEqual({ ok: false, error: 'unavailable' });
  });

  it('moves damaged data aside unchanged and starts empty', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, '{"format":"tariff-talks/teacher","version":1,"sessions":7}');
    const loaded = loadData(storage);
    expect(loaded.kind).toBe('set-aside');
    if (loaded.kind !== 'set-aside') return;
    expect(loaded.copied).toBe(true);
    expect(loaded.problem.code).toBe('INVALID');
    expect(loaded.data).toEqual(emptyData());
    expect(storage.getItem(SET_ASIDE_KEY)).toBe('{"format":"tariff-talks/teacher","version":1,"sessions":7}');
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('a full storage is reported, and what was stored before stays', () => {
    const storage = new FakeStorage(serializeData(sample()).length + 10);
    expect(saveData(storage, sample()).ok).toBe(true);
    const bigger = addCodes(sample(), ['TT1'.padEnd(500, 'x')]).data;
    expect(saveData(storage, bigger)).toEqual({ ok: false, error: 'full' });
    expect(loadData(storage)).toEqual({ kind: 'loaded', data: sample(), setAside: [], copied: true });
  });
});

describe('importing a file of teacher data', () => {
  it('reads an exported file back (round trip)', () => {
    expect(parseData(serializeData(sample()))).toEqual({ ok: true, value: sample() });
  });

  it.each([
    ['not JSON', '{"format": ', 'NOT_JSON'],
    ['another JSON file', '{"id":"us-japan-2025","parties":[]}', 'NOT_TEACHER_DATA'],
    ['an array', '[1,2,3]', 'NOT_TEACHER_DATA'],
    [
      'a later version',
      '{"format":"tariff-talks/teacher","version":2,"sessions":[],"scenarios":[],"codes":[]}',
      'INVALID',
    ],
  ])('refuses %s with a coded problem', (_what, text, code) => {
    const parsed = parseData(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe(code);
  });

  it('says where a damaged file is wrong', () => {
    const data = JSON.parse(serializeData(sample()));
    data.codes[1] = 42;
    data.sessions[0].session.sides = { kind: 'sometimes' };
    const parsed = parseData(JSON.stringify(data));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('INVALID');
    expect(parsed.error.details.some((d) => d.startsWith('$.codes[1]:'))).toBe(true);
    expect(parsed.error.details.some((d) => d.startsWith('$.sessions[0].session.sides'))).toBe(true);
  });

  it('merging keeps everything stored and adds only what is new', () => {
    const mine = sample();
    const theirs: TeacherData = {
      sessions: [stored('s1'), stored('s2')],
      scenarios: [
        { name: 'other name.json', text: '{"id":"mine"}' },
        { name: 'b.json', text: '{"id":"b"}' },
      ],
      codes: ['TT1bbb', 'TT1ccc', 'TT1ccc'],
    };
    const { data, added } = mergeData(mine, theirs);
    expect(added).toEqual({ sessions: 1, scenarios: 1, codes: 2 });
    expect(data.sessions.map((s) => s.session.id)).toEqual(['s1', 's2']);
    expect(data.scenarios.map((s) => s.name)).toEqual(['mine.json', 'b.json']);
    expect(data.codes).toEqual(['TT1aaa', 'TT1bbb', 'TT1aaa', 'TT1ccc', 'TT1ccc']);
    // The same file again adds nothing.
    expect(mergeData(data, theirs).added).toEqual({ sessions: 0, scenarios: 0, codes: 0 });
  });
});

describe('codes, sessions and scenario files', () => {
  it('a paste keeps its own repeats (a duplicate hand-in) but skips what is already stored', () => {
    const first = addCodes(emptyData(), ['A', 'B', 'A']);
    expect(first.data.codes).toEqual(['A', 'B', 'A']);
    const again = addCodes(first.data, ['A', 'C']);
    expect(again).toMatchObject({ added: 1, skipped: 1, dropped: 0 });
    expect(again.data.codes).toEqual(['A', 'B', 'A', 'C']);
  });

  it('stops at MAX_CODES and counts what was dropped', () => {
    const full = { ...emptyData(), codes: Array.from({ length: MAX_CODES - 1 }, (_, i) => `c${i}`) };
    const result = addCodes(full, ['x', 'y', 'z']);
    expect(result).toMatchObject({ added: 1, dropped: 2 });
    expect(result.data.codes).toHaveLength(MAX_CODES);
  });

  it('a new session comes first; a scenario file is kept once', () => {
    const data = addSession(addSession(emptyData(), stored('a')), stored('b'));
    expect(data.sessions.map((s) => s.session.id)).toEqual(['b', 'a']);
    const file = { name: 'x.json', text: '{}' };
    const once = addScenario(data, file);
    expect(addScenario(once, { ...file, name: 'y.json' })).toBe(once);
  });
});
