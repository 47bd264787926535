/**
 * A save file the player downloaded (when the browser could not store the game, or from another tab) and
 * loads again from the title screen: one file, read as UTF-8 text, then checked exactly as a stored save is
 * (`checkSave`: the scenario loaded again, its hash matched, every move replayed). Nothing is stored before the
 * check passes. Never throws.
 */

import { checkSave, type SaveProblem } from './save.ts';
import { type PickedFile, pickOne, readTextFile, TEXT_FILE_PROBLEMS } from './scenario-file.ts';
import type { Session } from './session.ts';

/** A save holds at most a scenario file (2 MB) and the game: twice that leaves room. */
export const MAX_SAVE_BYTES = 4 * 1024 * 1024;

export const SAVE_FILE_REFUSALS = ['NO_FILE', 'SEVERAL', ...TEXT_FILE_PROBLEMS] as const;
export type SaveFileRefusal = (typeof SAVE_FILE_REFUSALS)[number];

export type SaveFileRead =
  | { readonly kind: 'valid'; readonly name: string; readonly session: Session }
  | { readonly kind: 'refused'; readonly name: string; readonly code: SaveFileRefusal }
  | { readonly kind: 'problem'; readonly name: string; readonly problem: Omit<SaveProblem, 'setAsideKey'> };

/** The one file of a pick, read and checked; null when the picker was closed without a choice. */
export async function readSaveFile(files: ArrayLike<PickedFile> | null): Promise<SaveFileRead | null> {
  const one = pickOne(files);
  if ('none' in one) return files === null ? null : { kind: 'refused', name: '', code: one.none };
  const { file } = one;
  const refused = (code: SaveFileRefusal): SaveFileRead => ({ kind: 'refused', name: file.name, code });
  const read = await readTextFile(file, MAX_SAVE_BYTES);
  if (!read.ok) return refused(read.error);
  const text = read.value;
  let checked: ReturnType<typeof checkSave>;
  try {
    checked = checkSave(text);
  } catch (e) {
    checked = { ok: false, error: { code: 'DAMAGED', detail: e instanceof Error ? e.message : String(e) } };
  }
  return checked.ok
    ? { kind: 'valid', name: file.name, session: checked.value.session }
    : { kind: 'problem', name: file.name, problem: checked.error };
}
