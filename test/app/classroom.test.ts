import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Classroom,
  classroomCode,
  classroomFromSave,
  classroomToSave,
  codeFileName,
  codeFileText,
  codeSessionOf,
  isOfSession,
  joinSettings,
  matchingScenario,
  parseSeat,
  readSessionLink,
  scenarioMismatch,
  seedFor,
  settingsFit,
  sideOfSeat,
} from '../../src/app/classroom.ts';
import { newSession } from '../../src/app/new-session.ts';
import { readSave, SAVE_KEY, type SaveStorage, SET_ASIDE_PREFIX, writeSave } from '../../src/app/save.ts';
import { provideShipped, SHIPPED_IDS, shippedScenario } from '../../src/app/scenarios.ts';
import type { Session } from '../../src/app/session.ts';
import { t } from '../../src/i18n/catalog.ts';
import {
  type ClassSession,
  decodeResultCode,
  encodeSession,
  type ScenarioLookup,
  verifyCode,
} from '../../src/model/code/index.ts';
import { loadScenario, MINI, readText } from '../helpers.ts';

for (const id of SHIPPED_IDS) provideShipped(id, JSON.parse(readText(`src/content/scenarios/${id}.json`)));
const US_JAPAN = shippedScenario('us-japan-2025');
const mini = loadScenario(MINI);
const lookup: ScenarioLookup = (id) => [US_JAPAN, mini].filter((s) => s.id === id);

const SESSION: ClassSession = {
  id: 'class-7b-2025-09-18',
  title: '7B, Thursday',
  scenario: { id: US_JAPAN.id, version: US_JAPAN.version, hash: US_JAPAN.hash },
  parties: ['us', 'japan'],
  sides: { kind: 'alternate' },
  opponent: 'computer',
  difficulty: 'hard',
  seed: 'KQ7M-3XRT',
  seeding: 'class',
};
const withSides = (sides: ClassSession['sides'], over: Partial<ClassSession> = {}): ClassSession => ({
  ...SESSION,
  sides,
  ...over,
});

const link = (session: ClassSession): string => `?session=${encodeSession(session)}`;

class FakeStorage implements SaveStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A game of the session, joined as `name` with the given seat or side. */
function joined(session: ClassSession, name: string, choice: { seat?: string; side?: string } = {}): Session {
  const settings = joinSettings(session, { name, ...choice });
  if (!settings.ok) throw new Error(settings.error);
  const created = newSession(
    { kind: 'shipped', id: 'us-japan-2025' },
    US_JAPAN,
    settings.value.settings,
    settings.value.classroom,
  );
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

/** Ends the game at once: the student walks away from the talks. */
function walkAway(session: Session): void {
  const side = session.store.getState().game.settings.side;
  const { store } = session;
  // The side that opens moves first; the computer answers until it is the student's turn.
  for (let i = 0; i < 4 && store.getState().computerTurn(); i++);
  const result = store.getState().act({ type: 'walk-away', side });
  if (!result.ok) throw new Error(result.error.message);
  if (!store.getState().game.outcome) throw new Error('the game did not end');
}

describe('the session link in the address', () => {
  it('reads a valid link as its session, and no link as none', () => {
    expect(readSessionLink(link(SESSION))).toEqual({ kind: 'valid', session: SESSION });
    expect(readSessionLink(`?start=title&${link(SESSION).slice(1)}`)).toEqual({
      kind: 'valid',
      session: SESSION,
    });
    expect(readSessionLink('')).toEqual({ kind: 'none' });
    expect(readSessionLink('?seed=abc')).toEqual({ kind: 'none' });
  });

  it('reads a damaged link as damaged, with the reason for the title screen', () => {
    const text = encodeSession(SESSION);
    const typo = `${text.slice(0, 20)}${text[20] === 'A' ? 'B' : 'A'}${text.slice(21)}`;
    const damaged = readSessionLink(`?session=${typo}`);
    expect(damaged.kind).toBe('damaged');
    if (damaged.kind !== 'damaged') return;
    expect(damaged.reason).toMatch(/checksum/);
    expect(damaged.reason).not.toMatch(/\bcode\b/);
    expect(t('classroom.linkProblem', { reason: damaged.reason })).toBe(
      `The class session link in the address is damaged: ${damaged.reason}.`,
    );
    expect(readSessionLink(`?session=${text.slice(0, 40)}`).kind).toBe('damaged');
    expect(readSessionLink('?session=')).toEqual({
      kind: 'damaged',
      reason: 'the link has no session in it',
    });
    expect(readSessionLink('?session=TT1AAAA').kind).toBe('damaged');
  });

  it('never throws, whatever the address holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        const read = readSessionLink(`?session=${encodeURIComponent(junk)}`);
        expect(['damaged', 'valid']).toContain(read.kind);
        if (read.kind === 'damaged') expect(read.reason.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('the locked settings of a student who joins', () => {
  it('takes the opponent, the difficulty and the class seed from the session; the name is kept normalised', () => {
    const result = joinSettings(SESSION, { name: '  Ana\t Lima ', seat: '3' });
    expect(result).toEqual({
      ok: true,
      value: {
        settings: { seed: 'KQ7M-3XRT', side: 'us', opponent: 'computer', difficulty: 'hard' },
        classroom: { session: SESSION, name: 'Ana Lima' },
      },
    });
  });

  it('derives a seed per student from the class seed and the name', () => {
    const own = withSides({ kind: 'fixed', side: 'japan' }, { seeding: 'student' });
    const ana = joinSettings(own, { name: 'Ana  Lima' });
    const bo = joinSettings(own, { name: 'Bo' });
    expect(ana.ok && ana.value.settings).toEqual({
      seed: 'KQ7M-3XRT/ana lima',
      side: 'japan',
      opponent: 'computer',
      difficulty: 'hard',
    });
    expect(bo.ok && bo.value.settings.seed).toBe('KQ7M-3XRT/bo');
    // The same name typed differently gives the same game.
    expect(seedFor(own, ' ANA lima')).toBe(seedFor(own, 'Ana Lima'));
    expect(seedFor(SESSION, 'Ana')).toBe('KQ7M-3XRT');
  });

  it.each([
    ['1', 'us'],
    ['2', 'japan'],
    ['3', 'us'],
    ['14', 'japan'],
    [' 999 ', 'us'],
  ])('alternate: seat %s plays %s', (seat, side) => {
    expect(sideOfSeat(SESSION, seat)).toBe(side);
    const result = joinSettings(SESSION, { name: 'Kai', seat });
    expect(result.ok && result.value.settings.side).toBe(side);
  });

  it.each([
    [{ name: '' }, 'NAME_EMPTY'],
    [{ name: ' \t\n ' }, 'NAME_EMPTY'],
    [{ name: 'Kai' }, 'SEAT_MISSING'],
    [{ name: 'Kai', seat: '  ' }, 'SEAT_MISSING'],
    [{ name: 'Kai', seat: '0' }, 'SEAT_INVALID'],
    [{ name: 'Kai', seat: '1000' }, 'SEAT_INVALID'],
    [{ name: 'Kai', seat: '2.5' }, 'SEAT_INVALID'],
    [{ name: 'Kai', seat: '-3' }, 'SEAT_INVALID'],
    [{ name: 'Kai', seat: 'seven' }, 'SEAT_INVALID'],
  ])('alternate: %o is refused with %s', (choice, problem) => {
    expect(joinSettings(SESSION, choice)).toEqual({ ok: false, error: problem });
  });

  it('choose: the student’s side, which must be one of the two', () => {
    const choose = withSides({ kind: 'choose' });
    expect(joinSettings(choose, { name: 'Kai', side: 'japan' }).ok).toBe(true);
    const us = joinSettings(choose, { name: 'Kai', side: 'us' });
    expect(us.ok && us.value.settings.side).toBe('us');
    expect(joinSettings(choose, { name: 'Kai' })).toEqual({ ok: false, error: 'SIDE_MISSING' });
    expect(joinSettings(choose, { name: 'Kai', side: '' })).toEqual({ ok: false, error: 'SIDE_MISSING' });
    expect(joinSettings(choose, { name: 'Kai', side: 'china' })).toEqual({
      ok: false,
      error: 'SIDE_MISSING',
    });
  });

  it('fixed: everyone plays the session’s side, whatever else is entered', () => {
    const fixed = withSides({ kind: 'fixed', side: 'japan' });
    const result = joinSettings(fixed, { name: 'Kai', seat: '1', side: 'us' });
    expect(result.ok && result.value.settings.side).toBe('japan');
  });

  it('parses seat numbers strictly', () => {
    expect(parseSeat('7')).toBe(7);
    expect(parseSeat(' 07 ')).toBe(7);
    expect(parseSeat('')).toBeNull();
    expect(parseSeat('1e2')).toBeNull();
    expect(parseSeat('0x10')).toBeNull();
    expect(sideOfSeat(SESSION, 'x')).toBeNull();
  });

  it('any name gives settings the session accepts, with a seed made from the normalised name', () => {
    const own = withSides({ kind: 'choose' }, { seeding: 'student' });
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom('us', 'japan'), (name, side) => {
        const result = joinSettings(own, { name, side });
        if (!result.ok) {
          expect(result.error).toBe('NAME_EMPTY');
          return;
        }
        const { settings, classroom } = result.value;
        expect([...classroom.name].length).toBeLessThanOrEqual(40);
        expect(settings.seed).toBe(`KQ7M-3XRT/${classroom.name.toLowerCase()}`);
        expect(settingsFit(own, classroom.name, settings)).toBeNull();
      }),
    );
  });
});

describe('the session’s scenario', () => {
  it('is a shipped one only with the same id and content hash', () => {
    const shipped = SHIPPED_IDS.map((id) => ({ id, scenario: shippedScenario(id) }));
    expect(matchingScenario(SESSION, shipped)?.id).toBe('us-japan-2025');
    const changed = { ...SESSION, scenario: { ...SESSION.scenario, hash: 'something-else' } };
    expect(matchingScenario(changed, shipped)).toBeNull();
    expect(scenarioMismatch(changed, US_JAPAN)).toBe('OTHER_VERSION');
    expect(scenarioMismatch(SESSION, mini)).toBe('OTHER_SCENARIO');
    expect(scenarioMismatch(SESSION, US_JAPAN)).toBeNull();
  });
});

describe('the result code of a session game', () => {
  it('holds the name, the session and the locked settings, and verifies by replay', () => {
    const own = withSides({ kind: 'alternate' }, { seeding: 'student' });
    const session = joined(own, 'Ana Lima', { seat: '2' });
    const { game } = session.store.getState();
    const classroom = session.classroom as Classroom;
    expect(classroomCode(US_JAPAN, game, classroom)).toBeNull(); // not over yet
    walkAway(session);
    const code = classroomCode(US_JAPAN, session.store.getState().game, classroom);
    if (code === null) throw new Error('no code');
    const verdict = verifyCode(code, lookup);
    expect(verdict.kind).toBe('verified');
    if (verdict.kind !== 'verified') return;
    expect(verdict.record.name).toBe('Ana Lima');
    expect(verdict.record.session).toEqual({ id: own.id, classSeed: 'KQ7M-3XRT' });
    expect(verdict.record.settings).toEqual({
      seed: 'KQ7M-3XRT/ana lima',
      side: 'japan',
      opponent: 'computer',
      difficulty: 'hard',
    });
    expect(codeSessionOf({ session: SESSION, name: 'x' })).toEqual({ id: SESSION.id, classSeed: null });
  });

  it('outside a session needs a name, and has no session', () => {
    const created = newSession({ kind: 'shipped', id: 'us-japan-2025' }, US_JAPAN, {
      seed: 'free',
      side: 'us',
      opponent: 'computer',
      difficulty: 'normal',
    });
    if (!created.ok) throw new Error(created.error.message);
    walkAway(created.value);
    const game = created.value.store.getState().game;
    expect(classroomCode(US_JAPAN, game, undefined, '   ')).toBeNull();
    const code = classroomCode(US_JAPAN, game, undefined, ' Kai ');
    const record = code === null ? null : decodeResultCode(code);
    expect(record?.ok && record.value.name).toBe('Kai');
    expect(record?.ok && record.value.session).toBeNull();
    expect(code && verifyCode(code, lookup).kind).toBe('verified');
  });

  it.each([
    ['Ana Lima', 'tariff-talks-Ana-Lima.txt'],
    ['  Team 3: "the hawks"/B ', 'tariff-talks-Team-3-the-hawks-B.txt'],
    ['山田 花子', 'tariff-talks-山田-花子.txt'],
    ['../../etc', 'tariff-talks-etc.txt'],
    ['***', 'tariff-talks-result.txt'],
    ['', 'tariff-talks-result.txt'],
  ])('downloads the code of %j as %s', (name, file) => {
    expect(codeFileName(name)).toBe(file);
  });

  it('writes the code on a line of its own', () => {
    expect(codeFileText('TT1abc')).toBe('TT1abc\n');
  });
});

describe('the classroom info in the autosave', () => {
  it('round-trips: a resumed session game is still the student’s, in the same session', () => {
    const storage = new FakeStorage();
    const session = joined(SESSION, 'Ana Lima', { seat: '2' });
    session.store.getState().act({ type: 'propose', side: 'japan', package: [3, 2, 0, 2, 2, 1, 1, 3, 2, 0] });
    expect(writeSave(session, storage).ok).toBe(true);
    const saved = JSON.parse(storage.getItem(SAVE_KEY) ?? 'null');
    expect(saved.classroom).toEqual({ link: encodeSession(SESSION), name: 'Ana Lima' });
    const read = readSave(storage);
    expect(read.kind).toBe('resumable');
    if (read.kind !== 'resumable') return;
    expect(read.session.classroom).toEqual({ session: SESSION, name: 'Ana Lima' });
    expect(read.session.store.getState().game).toEqual(session.store.getState().game);
    expect(isOfSession(read.session.classroom, SESSION)).toBe(true);
    expect(isOfSession(read.session.classroom, { ...SESSION, id: 'other' })).toBe(false);
    expect(isOfSession(undefined, SESSION)).toBe(false);
  });

  it('a save without classroom info (an ordinary game, or an older save) resumes as an ordinary game', () => {
    const storage = new FakeStorage();
    const created = newSession({ kind: 'shipped', id: 'tutorial' }, shippedScenario('tutorial'), {
      seed: 'tut',
      side: 'us',
      opponent: 'computer',
      difficulty: 'easy',
    });
    if (!created.ok) throw new Error(created.error.message);
    writeSave(created.value, storage);
    expect(JSON.parse(storage.getItem(SAVE_KEY) ?? 'null')).not.toHaveProperty('classroom');
    const read = readSave(storage);
    expect(read.kind === 'resumable' && read.session.classroom).toBeUndefined();
  });

  it.each([
    ['a link that does not decode', (c: Record<string, unknown>) => ({ ...c, link: 'TS1broken' })],
    ['another name (the seed is not theirs)', (c: Record<string, unknown>) => ({ ...c, name: 'Bo' })],
    ['a name no student could enter', (c: Record<string, unknown>) => ({ ...c, name: ' Ana  Lima' })],
    ['no name', (c: Record<string, unknown>) => ({ link: c.link })],
    ['not an object', () => 'Ana'],
  ])('a save whose classroom info has %s is set aside as damaged', (_, edit) => {
    const storage = new FakeStorage();
    const own = withSides({ kind: 'alternate' }, { seeding: 'student' });
    writeSave(joined(own, 'Ana Lima', { seat: '1' }), storage);
    const saved = JSON.parse(storage.getItem(SAVE_KEY) ?? 'null');
    saved.classroom = edit(saved.classroom);
    storage.setItem(SAVE_KEY, JSON.stringify(saved));
    const read = readSave(storage, new Date('2025-09-18T09:00:00Z'));
    expect(read.kind).toBe('set-aside');
    if (read.kind !== 'set-aside') return;
    expect(read.problem.code).toBe('DAMAGED');
    expect(read.problem.setAsideKey).toBe(`${SET_ASIDE_PREFIX}2025-09-18T09:00:00.000Z`);
    expect(storage.getItem(SAVE_KEY)).toBeNull();
  });

  it('checks the classroom info against the game: another session’s settings are refused', () => {
    const session = joined(SESSION, 'Kai', { seat: '1' });
    const { settings } = session.store.getState().game;
    const saved = classroomToSave({ session: SESSION, name: 'Kai' });
    expect(classroomFromSave(saved, US_JAPAN, settings)).toEqual({
      ok: true,
      value: { session: SESSION, name: 'Kai' },
    });
    const easier = classroomToSave({ session: { ...SESSION, difficulty: 'easy' }, name: 'Kai' });
    expect(classroomFromSave(easier, US_JAPAN, settings)).toEqual({
      ok: false,
      error: 'the game’s settings are not the session’s: difficulty',
    });
    expect(classroomFromSave(saved, mini, settings)).toEqual({
      ok: false,
      error: 'the session was set up for another scenario (OTHER_SCENARIO)',
    });
    expect(settingsFit(SESSION, 'Kai', { ...settings, side: 'china' })).toBe('side');
    expect(settingsFit(SESSION, 'Kai', { ...settings, opponent: 'human' })).toBe('opponent');
    expect(settingsFit(SESSION, 'Kai', { ...settings, seed: 'x' })).toBe('seed');
    const fixed = withSides({ kind: 'fixed', side: 'us' });
    expect(settingsFit(fixed, 'Kai', { ...settings, side: 'japan' })).toBe('side');
  });
});
