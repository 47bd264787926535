import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { resultsCsv } from '../../src/classroom/csv.ts';
import { playComputerGame } from '../../src/model/agent/index.ts';
import { resultCode, type ScenarioLookup, sessionLookupOf, verifyCode } from '../../src/model/code/index.ts';
import { applyAction, toMove } from '../../src/model/rules.ts';
import type { LiveResult } from '../../src/net/protocol.ts';
import { countsText, entriesOf } from '../../src/teacher/class-entries.ts';
import {
  addLiveResult,
  addLiveSession,
  liveCodeOf,
  markWithServer,
  signedCodes,
} from '../../src/teacher/live-results.ts';
import {
  addCodes,
  emptyData,
  loadData,
  mergeData,
  parseData,
  STORAGE_KEY,
  saveData,
  serializeData,
  type TeacherData,
} from '../../src/teacher/store.ts';
import { loadScenario, newTestGame, testSession } from '../helpers.ts';
import { FakeStorage } from './fake-storage.ts';

const scenario = loadScenario('src/content/scenarios/us-japan-2025.json');
const lookup: ScenarioLookup = (id) => (id === scenario.id ? [scenario] : []);

/** The ClassSession a live server makes: both sides human, the class seed, sides alternate. */
const session = testSession(scenario, {
  id: 'live-ACDEFG',
  title: 'Live 7B',
  sides: { kind: 'alternate' },
  opponent: 'human',
  seed: 'server-seed-1',
});

/** A pair's game as the server plays it (both sides human; here the computer's policy makes their moves). */
function liveCode(seed: string, name: string): string {
  const game = playComputerGame(scenario, {
    seed,
    side: scenario.parties[0].id,
    opponent: 'human',
    difficulty: 'normal',
  });
  const code = resultCode(scenario, game, name, { id: session.id, classSeed: null });
  if (!code) throw new Error('the game did not end');
  return code;
}

/** A pair whose first mover walked away at once: another game in the same session. */
function walkAwayCode(name: string): string {
  const start = newTestGame(scenario, {
    seed: session.seed,
    side: scenario.parties[0].id,
    opponent: 'human',
    difficulty: 'normal',
  });
  const side = scenario.parties[toMove(scenario, start)].id;
  const step = applyAction(scenario, start, { type: 'walk-away', side });
  if (!step.ok) throw new Error(step.error.message);
  const code = resultCode(scenario, step.value.state, name, { id: session.id, classSeed: null });
  if (!code) throw new Error('the game did not end');
  return code;
}

const pair0 = liveCode(session.seed, 'Ann & Ben');
const pair1 = walkAwayCode('Cleo & Dan');
/** Another pair that made the very same moves as pair 0 (one class seed; the computer moved for both on time). */
const twin = liveCode(session.seed, 'Eve & Finn');
const SIGNATURE = 'a'.repeat(64);
const result = (pair: number, code: string, signature = SIGNATURE): LiveResult => ({ pair, code, signature });

/** The dashboard's entries for the data, as the page makes them (verify, mark duplicates, flag signed codes). */
function entries(data: TeacherData) {
  const sessions = sessionLookupOf(data.sessions.map((s) => s.session));
  const signed = signedCodes(data);
  const verdicts = markWithServer(
    data.codes.map((code) => verifyCode(code, lookup, sessions)),
    data.codes,
    signed,
  );
  return entriesOf(data.codes, verdicts, (id) => sessions(id)?.title ?? null, signed);
}

const withSession = (): TeacherData => addLiveSession(emptyData(), session, '2026-12-07T09:00:00.000Z');

describe('a live result in the dashboard', () => {
  it('becomes an entry like a pasted code, verified by replay and marked as verified by the server', () => {
    const { data, added, kept } = addLiveResult(withSession(), result(0, pair0));
    expect([added, kept]).toEqual([true, true]);
    expect(data.codes).toEqual([pair0]);
    expect(data.signed).toEqual([{ code: pair0, signature: SIGNATURE }]);
    const [entry] = entries(data);
    expect(entry.verdict.kind).toBe('verified');
    expect(entry.server).toBe(true);
    expect(entry.row).toMatchObject({
      verdict: 'verified',
      server: true,
      session: 'Live 7B',
      name: 'Ann & Ben',
    });
    expect(countsText(entries(data))).toMatch(/1 of them came from the live server, signed\.$/);
  });

  it('without the board’s session stored, the code is “not from your sessions”: the session is what makes it fit', () => {
    const { data } = addLiveResult(emptyData(), result(0, pair0));
    expect(entries(data)[0].verdict.kind).toBe('other-session');
  });

  it('counts a code once when it arrives live and is pasted too, in either order', () => {
    // Live first, then the student pastes the same code: the paste is skipped.
    const live = addLiveResult(withSession(), result(0, pair0)).data;
    const pasted = addCodes(live, [pair0, pair1]);
    expect([pasted.added, pasted.skipped]).toEqual([1, 1]);
    expect(entries(pasted.data).map((e) => [e.verdict.kind, e.server])).toEqual([
      ['verified', true],
      ['verified', false],
    ]);
    // Pasted first, then the result arrives: no second entry, the pasted one is now marked.
    const first = addCodes(withSession(), [pair0]).data;
    const then = addLiveResult(first, result(0, pair0));
    expect([then.added, then.kept]).toEqual([false, true]);
    expect(then.data.codes).toEqual([pair0]);
    expect(entries(then.data).map((e) => [e.verdict.kind, e.server])).toEqual([['verified', true]]);
    // The same result sent again (a rejoin) changes nothing.
    expect(addLiveResult(then.data, result(0, pair0)).data).toBe(then.data);
  });

  it('keeps two pairs that made the same moves as two games when the server signed both', () => {
    let data = addLiveResult(withSession(), result(0, pair0)).data;
    data = addLiveResult(data, result(2, twin)).data;
    expect(entries(data).map((e) => [e.verdict.kind, e.server])).toEqual([
      ['verified', true],
      ['verified', true],
    ]);
    // The same two codes pasted, with no server: the model cannot tell them from a copy, and marks both.
    const pasted = addCodes(withSession(), [pair0, twin]).data;
    expect(entries(pasted).map((e) => e.verdict.kind)).toEqual(['duplicate', 'duplicate']);
  });

  it('marks an unsigned copy of a signed game as its duplicate, which does not count; the signed one counts', () => {
    // A classmate renamed pair 0's game and pasted it before the live result arrived.
    const copy = liveCode(session.seed, 'Mallory');
    const data = addLiveResult(addCodes(withSession(), [copy]).data, result(0, pair0)).data;
    const list = entries(data);
    expect(list.map((e) => [e.verdict.kind, e.server])).toEqual([
      ['duplicate', false],
      ['verified', true],
    ]);
    const dup = list[0].verdict;
    expect(dup.kind === 'duplicate' && [dup.of, dup.first, dup.reason]).toEqual([
      1,
      false,
      'the same game as code 2, which the live server sent and signed',
    ]);
  });

  it('refuses a result that is not one: no code, a signature that is not 64 hex digits', () => {
    const data = withSession();
    for (const bad of [result(0, ''), result(0, pair0, 'xyz'), result(0, pair0, 'A'.repeat(64))])
      expect(addLiveResult(data, bad)).toEqual({ data, added: false, kept: false });
  });

  it('says "verified by the server" in the results CSV, next to pasted codes', () => {
    const data = addCodes(addLiveResult(withSession(), result(0, pair0)).data, [pair1]).data;
    const list = entries(data);
    const csv = resultsCsv(
      list.map((e) => e.verdict),
      list.map((e) => e.code),
      list.map((e) => e.server),
    );
    const parsed = Papa.parse<Record<string, unknown>>(csv, { header: true, dynamicTyping: true });
    expect(parsed.meta.fields?.slice(-2)).toEqual(['verified_by_server', 'code']);
    expect(parsed.data.map((r) => [r.verdict, r.verified_by_server])).toEqual([
      ['verified', true],
      ['verified', false],
    ]);
    // Without the flags (npm run verify) there is no such column.
    expect(resultsCsv([], [])).not.toContain('verified_by_server');
  });

  it('tells a live session (its id is "live-" and the class code) from one set up for codes', () => {
    expect(liveCodeOf(session)).toBe('ACDEFG');
    expect(liveCodeOf(testSession(scenario))).toBeNull();
  });

  it('stores the live session once, keeping when it was first stored', () => {
    const once = withSession();
    expect(once.sessions).toHaveLength(1);
    expect(addLiveSession(once, session, '2026-12-07T10:00:00.000Z')).toBe(once);
    const retitled = addLiveSession(once, { ...session, title: 'Live 7B (2)' }, '2026-12-07T10:00:00.000Z');
    expect(retitled.sessions).toHaveLength(1);
    expect(retitled.sessions[0]).toMatchObject({
      created: '2026-12-07T09:00:00.000Z',
      session: { title: 'Live 7B (2)' },
    });
  });
});

describe('signatures in the stored and exported teacher data', () => {
  it('survive a save and load, an export and import, and a merge (once per code)', () => {
    const data = addLiveResult(withSession(), result(0, pair0)).data;
    const storage = new FakeStorage();
    expect(saveData(storage, data).ok).toBe(true);
    const loaded = loadData(storage);
    expect(loaded.kind === 'loaded' && loaded.data).toEqual(data);
    expect(parseData(serializeData(data))).toEqual({ ok: true, value: data });
    const merged = mergeData(emptyData(), data).data;
    expect(merged.signed).toEqual(data.signed);
    expect(mergeData(data, data).data.signed).toEqual(data.signed);
  });

  it('data stored before the live classroom (no list of signatures) loads as before', () => {
    const old = { sessions: [], scenarios: [], codes: [pair0] };
    expect(parseData(serializeData(old))).toEqual({ ok: true, value: old });
  });

  it('sets aside a damaged signature on its own, and everything else loads', () => {
    const storage = new FakeStorage();
    const data = addLiveResult(withSession(), result(0, pair0)).data;
    const raw = JSON.parse(serializeData(data));
    raw.signed.push({ code: pair1, signature: 'not hex' });
    storage.setItem(STORAGE_KEY, JSON.stringify(raw));
    const loaded = loadData(storage);
    expect(loaded.kind).toBe('loaded');
    if (loaded.kind !== 'loaded') return;
    expect(loaded.data).toEqual(data);
    expect(loaded.setAside).toEqual([
      { kind: 'signed', label: '#2', reason: expect.stringMatching(/^\$\.signature/) },
    ]);
  });
});
