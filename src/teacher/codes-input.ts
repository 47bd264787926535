/**
 * Handing codes in on the dashboard: pasted into a box or read from an uploaded file (refused unread when too
 * large, refused when empty or not text), stored, and the new ones verified; a note says how many were added,
 * skipped or dropped, or why nothing was. "Clear" empties the list after the teacher confirms.
 */
import { readCodes } from '../classroom/input.ts';
import { t } from '../i18n/page-catalog.ts';
import { button, el } from '../ui/dom.ts';
import { fileProblemText, readTextFile } from './file-read.ts';

/** Uploaded code files larger than this are refused before reading (a class's codes are a few hundred KB). */
export const MAX_CODES_FILE_BYTES = 25 * 1024 * 1024;

/** What storing codes did: how many were added, skipped (already in the list) and dropped. */
export interface AddedCodes {
  added: number;
  skipped: number;
  dropped: number;
}

export interface CodesInputDeps {
  readonly codes: () => readonly string[];
  /** Stores new entries; returns how many were added and skipped. */
  readonly addCodes: (entries: readonly string[]) => AddedCodes;
  readonly clearCodes: () => void;
  /** Verifies the stored codes from this position on (the ones just added). */
  readonly verifyFrom: (from: number) => Promise<void>;
  /** The codes were cleared (after the note says so). */
  readonly onCleared: () => void;
  /** The verification's progress, shown under the input. */
  readonly progressLine: HTMLElement;
}

/** The note after an add: added, then skipped and dropped where there were any. */
function addedText(added: AddedCodes, droppedReading: number): string {
  const parts = [t('teacher.codes.added', { count: added.added })];
  if (added.skipped > 0) parts.push(t('teacher.codes.skipped', { count: added.skipped }));
  const dropped = droppedReading + added.dropped;
  if (dropped > 0) parts.push(t('teacher.codes.dropped', { count: dropped }));
  return parts.join(' ');
}

/** The part of the dashboard where codes come in: box, buttons, file input, note and progress. */
export function codesInput(deps: CodesInputDeps): HTMLElement {
  const textarea = el('textarea', {
    className: 'tt-codes-input',
    attrs: { id: 'tt-codes', rows: '6', spellcheck: 'false', 'aria-describedby': 'tt-codes-help' },
  });
  const fileInput = el('input', {
    attrs: { type: 'file', id: 'tt-codes-file', accept: '.txt,.csv,text/plain,text/csv' },
  });
  const note = el('p', { className: 'tt-muted', attrs: { role: 'status', id: 'tt-codes-note' } });

  const add = async (text: string) => {
    try {
      const read = readCodes(text);
      if (read.codes.length === 0) {
        note.textContent = t('teacher.codes.nothing');
        return;
      }
      const before = deps.codes().length;
      const result = deps.addCodes(read.codes);
      note.textContent = addedText(result, read.dropped);
      if (result.added > 0) await deps.verifyFrom(before);
    } catch (error) {
      note.textContent = t('teacher.codes.failed', { reason: String(error).slice(0, 300) });
    }
  };

  const addButton = button(
    t('teacher.codes.add'),
    () => {
      const text = textarea.value;
      textarea.value = '';
      void add(text);
    },
    { className: 'tt-primary' },
  );

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const read = await readTextFile(file, MAX_CODES_FILE_BYTES);
    if (!read.ok) {
      note.textContent = t('teacher.codes.fileRefused', {
        reason: fileProblemText(read.error, file, MAX_CODES_FILE_BYTES),
      });
      return;
    }
    await add(read.value);
  });

  const clear = button(t('teacher.codes.clear'), () => {
    if (deps.codes().length === 0) return;
    if (!window.confirm(t('teacher.codes.clearConfirm', { count: deps.codes().length }))) return;
    deps.clearCodes();
    note.textContent = t('teacher.codes.cleared');
    deps.onCleared();
  });

  return el('div', {
    className: 'tt-codes-in',
    children: [
      el('label', { attrs: { for: 'tt-codes' }, text: t('teacher.codes.label') }),
      el('p', { className: 'tt-muted', attrs: { id: 'tt-codes-help' }, text: t('teacher.codes.help') }),
      textarea,
      el('div', { className: 'tt-row', children: [addButton, clear] }),
      el('label', { attrs: { for: 'tt-codes-file' }, text: t('teacher.codes.file') }),
      fileInput,
      note,
      deps.progressLine,
    ],
  });
}
