/**
 * Autosave: the session is written to the one save after every change of its game or dialogue, and the
 * player is told what happens to it (`onStatus`): a write that fails (storage full or blocked) at once, and
 * that saving works again once a later write succeeds.
 *
 * Two tabs of the game share one save. Before each write the save in storage must still be the one this tab
 * wrote last (or, for a resumed game, the one it was read from); and other tabs' writes arrive as 'storage'
 * events. When another tab has written, this tab stops saving and says whether that tab continues the same game
 * or started another one; it never replaces the other tab's game unless the player chooses to (`takeOver`,
 * after which the other tab is told the same). A finished classroom game's result code is also kept under a
 * key of its own (src/app/last-result.ts).
 */
import { lastResultOf, writeLastResult } from './last-result.ts';
import {
  defaultStorage,
  gameIdInText,
  gameIdOf,
  SAVE_KEY,
  type SaveStorage,
  saveFileOf,
  storedTextOf,
  type WriteError,
} from './save.ts';
import type { Session } from './session.ts';

export type AutosaveStatus =
  | { readonly kind: 'saved' }
  | { readonly kind: 'failed'; readonly error: WriteError }
  /** Another tab wrote the save: the same game continued there, or another game started there. */
  | { readonly kind: 'taken'; readonly by: 'same-game' | 'other-game' };

/** Where writes of other tabs are heard: `key` null means the whole storage was cleared. */
export interface SaveChanges {
  subscribe(listener: (key: string | null, newValue: string | null) => void): () => void;
}

export interface AutosaveOptions {
  readonly storage?: SaveStorage | null;
  /** Other tabs' writes; the window's 'storage' events by default. */
  readonly changes?: SaveChanges | null;
  /** Called when the status changes (not for every write). */
  readonly onStatus?: (status: AutosaveStatus, autosave: Autosave) => void;
}

export interface Autosave {
  readonly session: Session;
  readonly status: AutosaveStatus;
  /** Stops saving and listening. */
  stop(): void;
  /** Saves this tab's game now, replacing whatever another tab saved, and goes on saving. */
  takeOver(): AutosaveStatus;
  /** The save file of the game as it stands, to download (it loads again through `checkSave`). */
  fileText(now?: Date): string;
  fileName(now?: Date): string;
}

/** The window's 'storage' events: they fire in every other tab of the same origin on each write. */
export function windowChanges(): SaveChanges | null {
  if (typeof window === 'undefined') return null;
  return {
    subscribe(listener) {
      const onStorage = (event: StorageEvent): void => listener(event.key, event.newValue);
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}

let current: Autosave | null = null;

/**
 * Saves the session now and after every change. Only one session autosaves at a time: starting another stops
 * the one before. A new game replaces the save (the caller asked first); a resumed game replaces only the save
 * it was read from.
 */
export function startAutosave(session: Session, options: AutosaveOptions = {}): Autosave {
  current?.stop();
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const changes = options.changes === undefined ? windowChanges() : options.changes;
  const gameId = gameIdOf(session);
  let status: AutosaveStatus = { kind: 'saved' };
  let running = true;
  /** The save text this tab expects in storage: what it wrote last, or what it resumed from. */
  let expected: string | null = storedTextOf(session);
  let lastGame: unknown = null;
  let lastDialogue: unknown = null;
  let resultKept = false;

  const setStatus = (next: AutosaveStatus): void => {
    const same =
      next.kind === status.kind &&
      (next.kind !== 'taken' || status.kind !== 'taken' || next.by === status.by);
    status = next;
    if (!same) options.onStatus?.(next, autosave);
  };
  const takenBy = (raw: string): AutosaveStatus => ({
    kind: 'taken',
    by: gameIdInText(raw) === gameId ? 'same-game' : 'other-game',
  });
  /** Whether another tab wrote the save since this tab last saw it (then the status says so). */
  const takenElsewhere = (): boolean => {
    if (expected === null || !storage) return false;
    let stored: string | null;
    try {
      stored = storage.getItem(SAVE_KEY);
    } catch {
      return false;
    }
    if (stored === null || stored === expected) return false;
    setStatus(takenBy(stored));
    return true;
  };

  const write = (): void => {
    if (!storage) {
      setStatus({
        kind: 'failed',
        error: { code: 'NO_STORAGE', message: 'this browser does not allow saving' },
      });
      return;
    }
    const now = new Date();
    const text = JSON.stringify(saveFileOf(session, now.toISOString()));
    try {
      storage.setItem(SAVE_KEY, text);
    } catch (e) {
      setStatus({
        kind: 'failed',
        error: { code: 'STORAGE_FULL', message: e instanceof Error ? e.message : String(e) },
      });
      return;
    }
    expected = text;
    const { game, dialogue } = session.store.getState();
    lastGame = game;
    lastDialogue = dialogue;
    setStatus({ kind: 'saved' });
    if (!resultKept) {
      const record = lastResultOf(session, gameId, now);
      if (record) resultKept = writeLastResult(storage, record);
    }
  };

  const save = (): void => {
    if (!running || status.kind === 'taken') return;
    const { game, dialogue } = session.store.getState();
    if (game === lastGame && dialogue === lastDialogue) return; // a refused move: nothing changed
    if (takenElsewhere()) return;
    write();
  };

  const onChange = (key: string | null, newValue: string | null): void => {
    if (!running || key !== SAVE_KEY) return;
    // Removed (set aside, or storage cleared): nothing of another tab's to keep; the next move saves again.
    if (newValue === null || newValue === expected) return;
    setStatus(takenBy(newValue)); // once taken, a later write there may change whose game it is
  };

  const unsubscribe = session.store.subscribe(save);
  const unlisten = changes?.subscribe(onChange) ?? (() => undefined);
  const autosave: Autosave = {
    session,
    get status() {
      return status;
    },
    stop() {
      if (!running) return;
      running = false;
      unsubscribe();
      unlisten();
      if (current === autosave) current = null;
    },
    takeOver() {
      if (running) write();
      return status;
    },
    fileText(now = new Date()) {
      return JSON.stringify(saveFileOf(session, now.toISOString()), null, 1);
    },
    fileName(now = new Date()) {
      return `tariff-talks-save-${now.toISOString().slice(0, 10)}.json`;
    },
  };
  current = autosave;
  save();
  return autosave;
}

/** Stops the autosave that is running, if any. */
export function stopAutosave(): void {
  current?.stop();
}
