/**
 * Issue 9: one stored item that cannot be read must never brick the teacher's page. Each stored item is loaded on
 * its own; one that fails (a scenario text that throws while parsing or compiling, a damaged session or code) is
 * set aside unchanged under SET_ASIDE_ITEMS_KEY, and everything else loads.
 */
import { describe, expect, it } from 'vitest';
import { compileStored } from '../../src/teacher/scenarios.ts';
import {
  emptyData,
  loadData,
  SET_ASIDE_ITEMS_KEY,
  SET_ASIDE_KEY,
  STORAGE_KEY,
  type StoredScenario,
  serializeData,
  type TeacherData,
} from '../../src/teacher/store.ts';
import { FakeStorage } from './fake-storage.ts';
import { constructorScenario, deepArray, deepObject, shippedText } from './hostile.ts';

const checkScenario = (s: StoredScenario): string | null => {
  const compiled = compileStored(s.text);
  return compiled.ok ? null : compiled.error;
};

const session = {
  session: {
    id: 's1',
    title: '7B',
    scenario: { id: 'us-japan-2025', version: '1.0.0', hash: 'abc' },
    parties: ['japan', 'us'],
    sides: { kind: 'alternate' },
    opponent: 'computer',
    difficulty: 'normal',
    seed: 'ABCD',
    seeding: 'student',
  },
  created: '2025-09-01T08:00:00.000Z',
  scenarioFile: null,
} as const;

const withScenarios = (...scenarios: StoredScenario[]): TeacherData => ({
  sessions: [session],
  scenarios,
  codes: ['TT1aaa', 'TT1bbb'],
});

describe('a stored scenario text that throws', () => {
  it.each([
    ['40 KB of [[[…]]]', deepArray(20_000)],
    ['{"a":{"a":…}} 5,000 deep', deepObject(5_000)],
    ['a party whose id is "constructor"', constructorScenario()],
  ])('%s is reported as broken, never thrown', (_what, text) => {
    const bad = compileStored(text);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.length).toBeGreaterThan(0);
    expect(compileStored(shippedText()).ok).toBe(true);
  });

  it('is set aside unchanged on load; the sessions, codes and good files load', () => {
    const storage = new FakeStorage();
    const bad = { name: 'deep.json', text: deepArray(20_000) };
    const good = { name: 'good.json', text: shippedText() };
    storage.setItem(STORAGE_KEY, serializeData(withScenarios(bad, good)));
    const loaded = loadData(storage, checkScenario);
    expect(loaded.kind).toBe('loaded');
    if (loaded.kind !== 'loaded') return;
    expect(loaded.data).toEqual(withScenarios(good));
    expect(loaded.copied).toBe(true);
    expect(loaded.setAside).toEqual([{ kind: 'scenario', label: 'deep.json', reason: expect.any(String) }]);
    const aside = JSON.parse(storage.getItem(SET_ASIDE_ITEMS_KEY) ?? 'null');
    expect(aside).toEqual([{ kind: 'scenario', label: 'deep.json', reason: expect.any(String), item: bad }]);
    // What is stored now is what loaded: the next load is clean, and the item is not set aside twice.
    const again = loadData(storage, checkScenario);
    expect(again).toEqual({ kind: 'loaded', data: withScenarios(good), setAside: [], copied: true });
    expect(JSON.parse(storage.getItem(SET_ASIDE_ITEMS_KEY) ?? 'null')).toHaveLength(1);
  });

  it('a checker that throws sets the item aside instead of failing the load', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, serializeData(withScenarios({ name: 'x.json', text: '{}' })));
    const loaded = loadData(storage, () => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(loaded.kind === 'loaded' && loaded.setAside.map((s) => s.reason)).toEqual([
      'RangeError: Maximum call stack size exceeded',
    ]);
    expect(loaded.data).toEqual(withScenarios());
  });
});

describe('damaged items in stored data', () => {
  it('only the damaged session and code are set aside, each named', () => {
    const storage = new FakeStorage();
    const stored = JSON.parse(serializeData(withScenarios()));
    stored.sessions.push({ ...session, session: { ...session.session, id: 's2', sides: { kind: 'x' } } });
    stored.codes.push(42);
    storage.setItem(STORAGE_KEY, JSON.stringify(stored));
    const loaded = loadData(storage, checkScenario);
    expect(loaded.kind).toBe('loaded');
    if (loaded.kind !== 'loaded') return;
    expect(loaded.data).toEqual(withScenarios());
    expect(loaded.setAside.map(({ kind, label }) => ({ kind, label }))).toEqual([
      { kind: 'session', label: '7B (s2)' },
      { kind: 'code', label: '#3' },
    ]);
    const aside = JSON.parse(storage.getItem(SET_ASIDE_ITEMS_KEY) ?? 'null');
    expect(aside.map((a: { item: unknown }) => a.item)).toEqual([stored.sessions[1], 42]);
  });

  it('adds to what was set aside before and keeps an earlier unreadable set-aside text', () => {
    const storage = new FakeStorage();
    storage.setItem(SET_ASIDE_ITEMS_KEY, 'not json');
    storage.setItem(
      STORAGE_KEY,
      serializeData(withScenarios({ name: 'c.json', text: constructorScenario() })),
    );
    const loaded = loadData(storage, checkScenario);
    expect(loaded.kind === 'loaded' && loaded.copied).toBe(true);
    expect(storage.getItem(SET_ASIDE_ITEMS_KEY)).toBe('not json');
    const aside = JSON.parse(storage.getItem(`${SET_ASIDE_ITEMS_KEY}/2`) ?? 'null');
    expect(aside.map((a: { label: string }) => a.label)).toEqual(['c.json']);
  });

  it('when there is no room to set an item aside, nothing stored is changed', () => {
    const text = serializeData(withScenarios({ name: 'c.json', text: constructorScenario() }));
    const storage = new FakeStorage(text.length + 5);
    storage.setItem(STORAGE_KEY, text);
    const loaded = loadData(storage, checkScenario);
    expect(loaded.kind === 'loaded' && loaded.copied).toBe(false);
    expect(loaded.data).toEqual(withScenarios());
    expect(storage.getItem(STORAGE_KEY)).toBe(text);
  });

  it('unreadable data set aside earlier is never overwritten by newer damaged data', () => {
    const storage = new FakeStorage();
    storage.setItem(SET_ASIDE_KEY, 'first damage');
    storage.setItem(STORAGE_KEY, 'second damage');
    const loaded = loadData(storage, checkScenario);
    expect(loaded.kind).toBe('set-aside');
    expect(loaded.kind === 'set-aside' && loaded.key).toBe(`${SET_ASIDE_KEY}/2`);
    expect(storage.getItem(SET_ASIDE_KEY)).toBe('first damage');
    expect(storage.getItem(`${SET_ASIDE_KEY}/2`)).toBe('second damage');
    expect(loaded.data).toEqual(emptyData());
  });
});
