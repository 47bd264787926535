import { describe, expect, it } from 'vitest';
import {
  type AutosaveStatus,
  type SaveChanges,
  startAutosave,
  stopAutosave,
} from '../../src/app/autosave.ts';
import { joinSettings } from '../../src/app/classroom.ts';
import { LAST_RESULT_KEY, readLastResult } from '../../src/app/last-result.ts';
import { newSession } from '../../src/app/new-session.ts';
import { replaceRisk } from '../../src/app/replace-risk.ts';
import { checkSave, gameIdOf, readSave, SAVE_KEY, writeSave } from '../../src/app/save.ts';
import { MAX_SAVE_BYTES, readSaveFile } from '../../src/app/save-file.ts';
import { provideShipped, SHIPPED_IDS, shippedScenario } from '../../src/app/scenarios.ts';
import type { Session } from '../../src/app/session.ts';
import { type ClassSession, verifyCode } from '../../src/model/code/index.ts';
import { readText, testSession } from '../helpers.ts';
import { FakeStorage } from './fake-storage.ts';

for (const id of SHIPPED_IDS) provideShipped(id, JSON.parse(readText(`src/content/scenarios/${id}.json`)));
const US_JAPAN = shippedScenario('us-japan-2025');

/** What another tab's writes look like to this one: a 'storage' event per write, fired by hand. */
class FakeChanges implements SaveChanges {
  private listeners = new Set<(key: string | null, value: string | null) => void>();
  subscribe(listener: (key: string | null, value: string | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  get count(): number {
    return this.listeners.size;
  }
  /** Another tab writes `value` under `key` into the shared storage. */
  write(storage: FakeStorage, key: string, value: string): void {
    storage.items.set(key, value);
    for (const l of this.listeners) l(key, value);
  }
}

function freeSession(seed = 'tabs'): Session {
  const created = newSession({ kind: 'shipped', id: 'us-japan-2025' }, US_JAPAN, {
    seed,
    side: 'us',
    opponent: 'computer',
    difficulty: 'easy',
  });
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

/** One move of the student's (an offer the computer does not take), answered by the computer. */
function move(session: Session): void {
  const { store } = session;
  for (let i = 0; i < 4 && store.getState().computerTurn(); i++);
  const side = store.getState().game.settings.side;
  const result = store
    .getState()
    .act({ type: 'propose', side, package: session.scenario.issues.map(() => 0) });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  store.getState().computerTurn();
}

function walkAway(session: Session): void {
  const { store } = session;
  for (let i = 0; i < 4 && store.getState().computerTurn(); i++);
  const result = store.getState().act({ type: 'walk-away', side: store.getState().game.settings.side });
  if (!result.ok) throw new Error(result.error.message);
}

const SESSION: ClassSession = testSession(US_JAPAN, { title: '7B, Thursday', seed: 'KQ7M' });

function classroomSession(name = 'Ana Lima'): Session {
  const joined = joinSettings(SESSION, { name });
  if (!joined.ok) throw new Error(joined.error);
  const created = newSession(
    { kind: 'shipped', id: 'us-japan-2025' },
    US_JAPAN,
    joined.value.settings,
    joined.value.classroom,
  );
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

const savedGameId = (storage: FakeStorage): unknown =>
  JSON.parse(storage.getItem(SAVE_KEY) ?? 'null')?.gameId;

describe('autosave tells the player when saving fails, and when it works again', () => {
  it('reports a failed write at once, and a later successful one', () => {
    const storage = new FakeStorage();
    const statuses: AutosaveStatus['kind'][] = [];
    const session = freeSession();
    const autosave = startAutosave(session, { storage, onStatus: (s) => statuses.push(s.kind) });
    expect(statuses).toEqual([]); // saved at once: nothing to say
    storage.full = true;
    move(session);
    expect(statuses).toEqual(['failed']); // once, not once per failed write
    expect(autosave.status).toMatchObject({ kind: 'failed', error: { code: 'STORAGE_FULL' } });
    move(session);
    expect(statuses).toEqual(['failed']);
    storage.full = false;
    move(session);
    expect(statuses).toEqual(['failed', 'saved']);
    autosave.stop();
    const read = readSave(storage);
    expect(read.kind === 'resumable' && read.session.store.getState().game).toEqual(
      session.store.getState().game,
    );
  });

  it('the downloaded save file is checked and loads again exactly like a stored save', () => {
    const storage = new FakeStorage();
    storage.full = true; // nothing can be stored: the file is the only copy
    const session = freeSession();
    const autosave = startAutosave(session, { storage });
    move(session);
    move(session);
    const text = autosave.fileText(new Date('2025-07-22T10:00:00Z'));
    expect(autosave.fileName(new Date('2025-07-22T10:00:00Z'))).toBe('tariff-talks-save-2025-07-22.json');
    const checked = checkSave(text);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.session.store.getState().game).toEqual(session.store.getState().game);
    expect(gameIdOf(checked.value.session)).toBe(gameIdOf(session));
    // A file edited by hand is refused as a stored save is.
    const edited = JSON.parse(text);
    edited.game.approval = [99, 99];
    const refused = checkSave(JSON.stringify(edited));
    expect(!refused.ok && refused.error.code).toBe('STATE_MISMATCH');
    autosave.stop();
  });

  it('refuses a save whose game id is not a short plain string', () => {
    const storage = new FakeStorage();
    startAutosave(freeSession(), { storage }).stop();
    const save = JSON.parse(storage.getItem(SAVE_KEY) ?? 'null');
    expect(typeof save.gameId).toBe('string');
    const bad = checkSave(JSON.stringify({ ...save, gameId: '<b>x</b>'.repeat(20) }));
    expect(!bad.ok && bad.error.code).toBe('DAMAGED');
    // A save from before game ids resumes, with a new id of its own.
    const { gameId: _, ...older } = save;
    const read = checkSave(JSON.stringify(older));
    expect(read.ok && gameIdOf(read.value.session)).toMatch(/^[A-Za-z0-9-]{8,64}$/);
  });
});

describe('two tabs share one save: neither replaces the other’s game without asking', () => {
  it('stops saving when another tab starts a new game, and takes over only when asked', () => {
    const storage = new FakeStorage();
    const changes = new FakeChanges();
    const statuses: AutosaveStatus[] = [];
    const mine = freeSession('mine');
    const autosave = startAutosave(mine, { storage, changes, onStatus: (s) => statuses.push(s) });
    move(mine);
    // Another tab starts a game of its own and saves it.
    const other = new FakeStorage();
    writeSave(freeSession('theirs'), other); // another tab's game (its own autosave)
    const theirs = other.getItem(SAVE_KEY) ?? '';
    changes.write(storage, SAVE_KEY, theirs);
    expect(statuses).toEqual([{ kind: 'taken', by: 'other-game' }]);
    const writes = storage.writes;
    move(mine);
    expect(storage.writes).toBe(writes); // the other tab's game stays
    expect(storage.getItem(SAVE_KEY)).toBe(theirs);
    // The player chooses to keep playing here: this tab's game is saved, as it stands now.
    expect(autosave.takeOver()).toEqual({ kind: 'saved' });
    expect(savedGameId(storage)).toBe(gameIdOf(mine));
    const read = readSave(storage);
    expect(read.kind === 'resumable' && read.session.store.getState().game).toEqual(
      mine.store.getState().game,
    );
    expect(statuses.at(-1)).toEqual({ kind: 'saved' });
    move(mine); // saving goes on
    expect(storage.writes).toBeGreaterThan(writes + 1);
    const again = readSave(storage);
    expect(again.kind === 'resumable' && again.session.store.getState().game).toEqual(
      mine.store.getState().game,
    );
    autosave.stop();
    expect(changes.count).toBe(0);
  });

  it('says so when the same game is continued in another tab', () => {
    const storage = new FakeStorage();
    const changes = new FakeChanges();
    const statuses: AutosaveStatus[] = [];
    const here = freeSession();
    startAutosave(here, { storage, changes, onStatus: (s) => statuses.push(s) });
    move(here);
    // The other tab resumed this very game and moved on.
    const read = readSave(storage);
    if (read.kind !== 'resumable') throw new Error('not resumable');
    const there = read.session;
    move(there);
    const otherStorage = new FakeStorage();
    writeSave(there, otherStorage);
    changes.write(storage, SAVE_KEY, otherStorage.getItem(SAVE_KEY) ?? '');
    expect(statuses).toEqual([{ kind: 'taken', by: 'same-game' }]);
    stopAutosave();
  });

  it('ignores other keys, and finds a change it was not told about before it writes', () => {
    const storage = new FakeStorage();
    const changes = new FakeChanges();
    const statuses: AutosaveStatus[] = [];
    const here = freeSession();
    startAutosave(here, { storage, changes, onStatus: (s) => statuses.push(s) });
    changes.write(storage, 'tariff-talks/settings/v1', '{}');
    expect(statuses).toEqual([]);
    // Written by another tab, but no event arrived (a browser may coalesce or drop them).
    const other = new FakeStorage();
    writeSave(freeSession('theirs'), other); // another tab's game (its own autosave)
    const theirs = other.getItem(SAVE_KEY) ?? '';
    storage.items.set(SAVE_KEY, theirs);
    move(here);
    expect(storage.getItem(SAVE_KEY)).toBe(theirs);
    expect(statuses).toEqual([{ kind: 'taken', by: 'other-game' }]);
    stopAutosave();
  });

  it('a game resumed after another tab replaced the save does not overwrite it', () => {
    const storage = new FakeStorage();
    startAutosave(freeSession('old'), { storage }).stop();
    const read = readSave(storage);
    if (read.kind !== 'resumable') throw new Error('not resumable');
    // Meanwhile another tab starts a new game.
    const other = new FakeStorage();
    startAutosave(freeSession('new'), { storage: other }).stop();
    const theirs = other.getItem(SAVE_KEY) ?? '';
    storage.items.set(SAVE_KEY, theirs);
    const statuses: AutosaveStatus[] = [];
    const autosave = startAutosave(read.session, { storage, onStatus: (s) => statuses.push(s) });
    expect(statuses).toEqual([{ kind: 'taken', by: 'other-game' }]);
    expect(storage.getItem(SAVE_KEY)).toBe(theirs);
    autosave.stop();
  });
});

describe('a finished classroom game keeps its result code', () => {
  it('records the code under its own key, so a new game does not take it away', () => {
    const storage = new FakeStorage();
    const session = classroomSession();
    startAutosave(session, { storage });
    expect(readLastResult(storage)).toBeNull();
    walkAway(session);
    const last = readLastResult(storage);
    expect(last).toMatchObject({ name: 'Ana Lima', session: '7B, Thursday', scenario: US_JAPAN.title });
    expect(verifyCode(last?.code ?? '', () => [US_JAPAN]).kind).toBe('verified');
    // A new game replaces the save, not the code.
    startAutosave(freeSession(), { storage }).stop();
    expect(readLastResult(storage)).toEqual(last);
  });

  it('reads a damaged record as none', () => {
    const storage = new FakeStorage();
    for (const bad of ['garbage', '{}', JSON.stringify({ code: 42, name: 'x' }), '[]']) {
      storage.items.set(LAST_RESULT_KEY, bad);
      expect(readLastResult(storage)).toBeNull();
    }
  });

  it('says what a new game would replace: a game under way, or a finished classroom game', () => {
    const fresh = freeSession();
    expect(replaceRisk(fresh)).toBeNull(); // nothing played yet: nothing to lose
    move(fresh);
    expect(replaceRisk(fresh)).toBe('in-progress');
    walkAway(fresh);
    expect(replaceRisk(fresh)).toBeNull(); // finished, outside a class: the debrief only
    const classroom = classroomSession();
    walkAway(classroom);
    expect(replaceRisk(classroom)).toBe('finished-classroom');
  });
});

describe('loading a downloaded save file', () => {
  const picked = (name: string, bytes: Uint8Array) => [
    { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer },
  ];
  const encode = (text: string) => new TextEncoder().encode(text);

  it('loads the file of a game, checked as a stored save, and stores nothing', async () => {
    const storage = new FakeStorage();
    storage.full = true;
    const session = freeSession();
    const autosave = startAutosave(session, { storage, changes: null });
    move(session);
    const read = await readSaveFile(picked('game.json', encode(autosave.fileText())));
    autosave.stop();
    expect(read?.kind).toBe('valid');
    if (read?.kind !== 'valid') return;
    expect(read.session.store.getState().game).toEqual(session.store.getState().game);
    expect(storage.items.size).toBe(0);
  });

  it.each([
    ['empty', new Uint8Array(0), { kind: 'refused', code: 'EMPTY' }],
    ['blank', encode('  \n'), { kind: 'refused', code: 'EMPTY' }],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]), { kind: 'refused', code: 'BINARY' }],
    ['not json', encode('hello'), { kind: 'problem', problem: { code: 'DAMAGED' } }],
    ['a scenario', encode(readText('src/content/scenarios/tutorial.json')), { kind: 'problem' }],
  ])('refuses a file that is %s, with a reason', async (_, bytes, expected) => {
    expect(await readSaveFile(picked('x.json', bytes))).toMatchObject(expected);
  });

  it('refuses a huge file without reading it, and several files at once', async () => {
    const huge = [
      { name: 'big.json', size: MAX_SAVE_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read')) },
    ];
    expect(await readSaveFile(huge)).toMatchObject({ kind: 'refused', code: 'TOO_LARGE' });
    const two = [...picked('a.json', encode('{}')), ...picked('b.json', encode('{}'))];
    expect(await readSaveFile(two)).toMatchObject({ kind: 'refused', code: 'SEVERAL' });
    expect(await readSaveFile(null)).toBeNull();
  });
});
