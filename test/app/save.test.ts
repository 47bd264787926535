import { describe, expect, it } from 'vitest';
import { startAutosave } from '../../src/app/autosave.ts';
import { newSession } from '../../src/app/new-session.ts';
import {
  checkSave,
  firstDifference,
  hasSave,
  readSave,
  SAVE_FORMAT,
  SAVE_KEY,
  SET_ASIDE_PREFIX,
  writeSave,
} from '../../src/app/save.ts';
import type { ScenarioSource } from '../../src/app/scenarios.ts';
import { provideShipped, SHIPPED_IDS, shippedScenario } from '../../src/app/scenarios.ts';
import type { Session } from '../../src/app/session.ts';
import { parseScenario } from '../../src/content/parse.ts';
import type { GameSettings } from '../../src/model/types.ts';
import { MINI, readText, testSettings } from '../helpers.ts';
import { FakeStorage } from './fake-storage.ts';

// In the game the boot scene loads the shipped files; here they are read from disk.
for (const id of SHIPPED_IDS) provideShipped(id, JSON.parse(readText(`src/content/scenarios/${id}.json`)));

const MINI_TEXT = readText(MINI);
const NOW = new Date('2025-07-22T10:00:00Z');

function miniSession(settings: Partial<GameSettings> = {}): Session {
  const source: ScenarioSource = { kind: 'file', name: 'mini.json', text: MINI_TEXT };
  const parsed = parseScenario(MINI_TEXT);
  if (!parsed.ok) throw new Error('mini does not parse');
  const created = newSession(source, parsed.value.scenario, testSettings('save-test', settings));
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

/** Plays a few turns: the player proposes, the computer answers. */
function playSome(session: Session, turns = 2): void {
  const store = session.store;
  for (let i = 0; i < turns && !store.getState().game.outcome; i++) {
    const result = store.getState().act({ type: 'propose', side: 'japan', package: [1, 1, 1, 0] });
    if (!result.ok) throw new Error(result.error.message);
    store.getState().computerTurn();
  }
}

function savedJson(storage: FakeStorage): Record<string, unknown> {
  return JSON.parse(storage.getItem(SAVE_KEY) ?? 'null');
}

describe('autosave and resume', () => {
  it('round-trips a game under way: the same state and the same lines of dialogue', () => {
    const storage = new FakeStorage();
    const session = miniSession();
    const { stop } = startAutosave(session, { storage, changes: null });
    playSome(session);
    stop();
    const read = readSave(storage, NOW);
    expect(read.kind).toBe('resumable');
    if (read.kind !== 'resumable') return;
    const { game, dialogue } = read.session.store.getState();
    expect(game).toEqual(session.store.getState().game);
    expect(dialogue).toEqual(session.store.getState().dialogue);
    expect(dialogue.length).toBeGreaterThan(0);
    expect(read.session.source).toEqual(session.source);
    expect(read.session.scenario.hash).toBe(session.scenario.hash);
    // The resumed game goes on: the computer still plays its side.
    expect(read.session.store.getState().isComputer(0)).toBe(true); // mini: us is party 0
    expect(read.session.store.getState().isComputer(1)).toBe(false);
  });

  it('round-trips a shipped scenario by its id, without copying the scenario into the save', () => {
    const storage = new FakeStorage();
    const scenario = shippedScenario('tutorial');
    const created = newSession({ kind: 'shipped', id: 'tutorial' }, scenario, {
      seed: 'tut',
      side: 'us',
      opponent: 'computer',
      difficulty: 'easy',
    });
    if (!created.ok) throw new Error(created.error.message);
    startAutosave(created.value, { storage, changes: null }).stop();
    expect(savedJson(storage)).toMatchObject({
      format: SAVE_FORMAT,
      source: { kind: 'shipped', id: 'tutorial' },
      scenario: { id: 'tutorial', hash: scenario.hash },
    });
    expect(readSave(storage, NOW).kind).toBe('resumable');
  });

  it('writes at once, after every move, and not after a refused one', () => {
    const storage = new FakeStorage();
    const session = miniSession();
    const { stop } = startAutosave(session, { storage, changes: null });
    expect(storage.writes).toBe(1);
    session.store.getState().act({ type: 'accept', side: 'japan' }); // refused: no standing offer
    expect(storage.writes).toBe(1);
    session.store.getState().act({ type: 'propose', side: 'japan', package: [1, 1, 1, 0] });
    expect(storage.writes).toBe(2);
    session.store.getState().computerTurn();
    expect(storage.writes).toBe(3);
    stop();
    session.store.getState().act({ type: 'walk-away', side: 'japan' });
    expect(storage.writes).toBe(3);
  });

  it('keeps a finished game, so Continue can reopen its debrief', () => {
    const storage = new FakeStorage();
    const session = miniSession();
    const { stop } = startAutosave(session, { storage, changes: null });
    session.store.getState().act({ type: 'walk-away', side: 'japan' });
    stop();
    const read = readSave(storage, NOW);
    expect(read.kind === 'resumable' && read.session.store.getState().game.outcome?.kind).toBe('no-deal');
  });

  it('autosaves one session at a time: a new game replaces the old one', () => {
    const storage = new FakeStorage();
    const first = miniSession({ seed: 'first' });
    startAutosave(first, { storage, changes: null });
    const second = miniSession({ seed: 'second' });
    startAutosave(second, { storage, changes: null });
    const writes = storage.writes;
    playSome(first, 1); // the first session no longer saves
    expect(storage.writes).toBe(writes);
    expect((savedJson(storage).game as { settings: GameSettings }).settings.seed).toBe('second');
  });

  it('reports a write that fails (storage full) and goes on', () => {
    const storage = new FakeStorage();
    storage.full = true;
    const errors: string[] = [];
    const { stop } = startAutosave(miniSession(), {
      storage,
      changes: null,
      onStatus: (s) => errors.push(s.kind === 'failed' ? s.error.code : s.kind),
    });
    expect(errors).toEqual(['STORAGE_FULL']);
    stop();
    expect(writeSave(miniSession(), null).ok).toBe(false);
  });

  it('finds nothing when there is no save or no storage', () => {
    expect(readSave(new FakeStorage(), NOW)).toEqual({ kind: 'none' });
    expect(readSave(null, NOW)).toEqual({ kind: 'none' });
    expect(hasSave(new FakeStorage())).toBe(false);
  });
});

describe('a save that cannot be resumed is set aside, kept and explained', () => {
  function savedGame(): { storage: FakeStorage; save: Record<string, unknown> } {
    const storage = new FakeStorage();
    const session = miniSession();
    const { stop } = startAutosave(session, { storage, changes: null });
    playSome(session);
    stop();
    return { storage, save: savedJson(storage) };
  }

  function expectSetAside(storage: FakeStorage, raw: string, code: string): void {
    const read = readSave(storage, NOW);
    expect(read.kind).toBe('set-aside');
    if (read.kind !== 'set-aside') return;
    expect(read.problem.code).toBe(code);
    expect(read.problem.detail.length).toBeGreaterThan(0);
    // Moved, unchanged, to a key of its own; the save key is free for a new game.
    expect(read.problem.setAsideKey).toBe(`${SET_ASIDE_PREFIX}${NOW.toISOString()}`);
    expect(storage.getItem(read.problem.setAsideKey ?? '')).toBe(raw);
    expect(storage.getItem(SAVE_KEY)).toBeNull();
    // Reading again finds nothing: the message is shown once.
    expect(readSave(storage, NOW).kind).toBe('none');
  }

  it.each([
    ['garbage', '{"format":1,"game":'],
    ['not JSON at all', '\u0000\u0001 binary'],
    ['a JSON array', '[1,2,3]'],
    ['no format version', '{"game":{}}'],
  ])('damaged: %s', (_name, raw) => {
    const storage = new FakeStorage();
    storage.setItem(SAVE_KEY, raw);
    expectSetAside(storage, raw, 'DAMAGED');
  });

  it('outdated: another save format', () => {
    const { storage, save } = savedGame();
    const raw = JSON.stringify({ ...save, format: SAVE_FORMAT + 1 });
    storage.setItem(SAVE_KEY, raw);
    expectSetAside(storage, raw, 'OUTDATED');
  });

  it('outdated: another game-state format', () => {
    const { storage, save } = savedGame();
    const raw = JSON.stringify({ ...save, game: { ...(save.game as object), format: 0 } });
    storage.setItem(SAVE_KEY, raw);
    expectSetAside(storage, raw, 'OUTDATED');
  });

  it('the scenario changed: the hash in the save is not the scenario’s', () => {
    const { storage, save } = savedGame();
    const raw = JSON.stringify({ ...save, scenario: { id: 'mini', hash: 'deadbeef' } });
    storage.setItem(SAVE_KEY, raw);
    expectSetAside(storage, raw, 'SCENARIO_CHANGED');
  });

  it('the scenario changed: the file kept in the save was edited', () => {
    const { storage, save } = savedGame();
    const edited = MINI_TEXT.replace('"Round 2"', '"Round two"');
    expect(edited).not.toBe(MINI_TEXT);
    const raw = JSON.stringify({ ...save, source: { kind: 'file', name: 'mini.json', text: edited } });
    storage.setItem(SAVE_KEY, raw);
    expectSetAside(storage, raw, 'SCENARIO_CHANGED');
  });

  it('the scenario is gone: a shipped id that does not exist', () => {
    const { storage, save } = savedGame();
    for (const id of ['no-such-scenario', 'toString']) {
      const raw = JSON.stringify({ ...save, source: { kind: 'shipped', id } });
      storage.setItem(SAVE_KEY, raw);
      const read = readSave(storage, new Date(NOW.getTime() + id.length));
      expect(read.kind === 'set-aside' && read.problem.code).toBe('SCENARIO_UNAVAILABLE');
    }
  });

  it('the scenario file in the save is broken', () => {
    const { storage, save } = savedGame();
    const raw = JSON.stringify({ ...save, source: { kind: 'file', name: 'mini.json', text: '{' } });
    storage.setItem(SAVE_KEY, raw);
    expectSetAside(storage, raw, 'SCENARIO_UNAVAILABLE');
  });

  it('a tampered log that the rules refuse', () => {
    const { storage, save } = savedGame();
    const game = save.game as { log: unknown[] };
    const log = [...game.log];
    log[0] = { type: 'accept', side: 'japan' };
    const raw = JSON.stringify({ ...save, game: { ...game, log } });
    storage.setItem(SAVE_KEY, raw);
    expectSetAside(storage, raw, 'REPLAY_FAILED');
  });

  it('a tampered log the rules accept but that does not give the saved game', () => {
    const { storage, save } = savedGame();
    const game = save.game as { log: { type: string; package?: number[] }[] };
    const log = game.log.map((a, i) => (i === 0 ? { ...a, package: [2, 1, 1, 0] } : a));
    const raw = JSON.stringify({ ...save, game: { ...game, log } });
    storage.setItem(SAVE_KEY, raw);
    const read = readSave(storage, NOW);
    expect(read.kind).toBe('set-aside');
    if (read.kind === 'set-aside') expect(['STATE_MISMATCH', 'REPLAY_FAILED']).toContain(read.problem.code);
  });

  it('a tampered state: approval raised by hand', () => {
    const { storage, save } = savedGame();
    const game = save.game as { approvalHistory: number[][] };
    const approvalHistory = game.approvalHistory.map((pair) => pair.map((a) => a + 10));
    const raw = JSON.stringify({ ...save, game: { ...game, approvalHistory } });
    storage.setItem(SAVE_KEY, raw);
    expectSetAside(storage, raw, 'STATE_MISMATCH');
  });

  it('damaged lines of dialogue', () => {
    const { storage, save } = savedGame();
    const raw = JSON.stringify({ ...save, dialogue: [{ turn: 'one', side: 3 }] });
    storage.setItem(SAVE_KEY, raw);
    expectSetAside(storage, raw, 'DAMAGED');
  });

  it('lines of dialogue from turns not yet played', () => {
    const { storage, save } = savedGame();
    const raw = JSON.stringify({ ...save, dialogue: [{ turn: 99, side: 1, text: 'hi', objection: null }] });
    storage.setItem(SAVE_KEY, raw);
    expectSetAside(storage, raw, 'STATE_MISMATCH');
  });

  it('leaves the save in place when storage is too full to move it', () => {
    const storage = new FakeStorage();
    storage.setItem(SAVE_KEY, 'garbage');
    storage.full = true;
    const read = readSave(storage, NOW);
    expect(read.kind === 'set-aside' && read.problem.setAsideKey).toBeNull();
    expect(storage.getItem(SAVE_KEY)).toBe('garbage');
  });

  it('checkSave is pure: it reads text and touches no storage', () => {
    expect(checkSave('nope').ok).toBe(false);
  });
});

describe('firstDifference', () => {
  it.each([
    [{ a: [1, 2] }, { a: [1, 2] }, null],
    [{ a: [1, 2] }, { a: [1, 3] }, '$.a[1]'],
    [{ a: 1 }, { a: 1, b: 2 }, '$.b'],
    [{ a: null }, { a: {} }, '$.a'],
    [[1], [1, 2], '$'],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(firstDifference(a, b)).toBe(expected);
  });
});
