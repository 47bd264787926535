/**
 * The teacher's data: the sessions created (each can show its link and handout again), and the export and
 * import of everything as one JSON file. An import is checked whole before anything changes (its scenario files
 * compiled, its sessions' scenarios found); a damaged file is refused with what is wrong, and what is stored stays
 * as it was. The panel says how many changes are not exported yet and whether the browser will keep the data.
 */

import { localDateFormat } from '../i18n/numbers.ts';
import { t } from '../i18n/page-catalog.ts';
import type { Scenario } from '../model/scenario.ts';
import { button, el } from '../ui/dom.ts';
import { downloadText, localDay } from './download.ts';
import type { Persistence } from './export-marker.ts';
import { fileProblemText, readTextFile } from './file-read.ts';
import { sessionSettings } from './handout.ts';
import { liveCodeOf } from './live-results.ts';
import {
  type DataProblem,
  type MergeCounts,
  parseData,
  type StoredSession,
  serializeData,
  type TeacherData,
} from './store.ts';

/** Imported files larger than this are refused unread. */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;

export interface DataDeps {
  readonly data: () => TeacherData;
  readonly scenarioOf: (stored: StoredSession) => Scenario | null;
  readonly show: (stored: StoredSession) => void;
  /**
   * Checks an imported file's data whole, then merges it: what was added (and whether it could be stored), or
   * the problems (nothing was changed).
   */
  readonly importData: (
    data: TeacherData,
  ) =>
    | { readonly kind: 'imported'; readonly added: MergeCounts; readonly saved: boolean }
    | { readonly kind: 'refused'; readonly problems: readonly string[] };
  /** Changes since the last export or import. */
  readonly changes: () => number;
  /** The data was saved as a file. */
  readonly onExported: () => void;
}

export interface DataPanel {
  readonly element: HTMLElement;
  /** Draws the sessions list and the count of unexported changes again. */
  refresh(): void;
  /** Says whether the browser has agreed to keep the data (null: not asked yet). */
  setPersistence(persistence: Persistence | null): void;
}

export function problemText(problem: DataProblem): string {
  switch (problem.code) {
    case 'NOT_JSON':
      return t('teacher.data.notJson');
    case 'NOT_TEACHER_DATA':
      return t('teacher.data.notTeacherData');
    case 'INVALID':
      return t('teacher.data.invalid', { details: problem.details.join('; ') });
  }
}

export function dataPanel(deps: DataDeps): DataPanel {
  const list = el('div', { className: 'tt-sessions' });
  const note = el('div', { className: 'tt-data-note', attrs: { role: 'status', id: 'tt-data-note' } });
  const reminder = el('div', {
    className: 'tt-unexported',
    attrs: { id: 'tt-unexported', 'aria-live': 'polite' },
  });
  const persistLine = el('p', { className: 'tt-muted', attrs: { id: 'tt-persist' } });
  const fileInput = el('input', {
    attrs: { type: 'file', id: 'tt-import', accept: '.json,application/json' },
  });

  const refreshReminder = () => {
    const changes = deps.changes();
    if (changes === 0) {
      reminder.className = 'tt-unexported';
      reminder.replaceChildren(el('p', { className: 'tt-muted', text: t('teacher.unexported.none') }));
      return;
    }
    reminder.className = 'tt-unexported tt-unexported-some';
    reminder.replaceChildren(
      el('p', {
        className: 'tt-row',
        children: [
          el('strong', { text: t('teacher.unexported.count', { count: changes }) }),
          button(t('teacher.unexported.exportNow'), exportData, { className: 'tt-primary' }),
        ],
      }),
    );
  };

  const refresh = () => {
    refreshReminder();
    const { sessions } = deps.data();
    if (sessions.length === 0) {
      list.replaceChildren(el('p', { className: 'tt-muted', text: t('teacher.sessions.none') }));
      return;
    }
    const items = sessions.map((stored) => {
      const scenario = deps.scenarioOf(stored);
      const liveCode = liveCodeOf(stored.session);
      const created = new Date(stored.created);
      const when = Number.isNaN(created.getTime())
        ? stored.created
        : localDateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(created);
      return el('li', {
        className: 'tt-session-item',
        children: [
          el('p', {
            className: 'tt-session-title',
            children: [el('strong', { text: stored.session.title }), document.createTextNode(` · ${when}`)],
          }),
          ...(liveCode !== null
            ? // A live session has no link or handout: students joined it with its class code.
              [el('p', { className: 'tt-muted', text: t('teacherLive.sessions.live', { code: liveCode }) })]
            : [
                el('p', {
                  className: 'tt-muted',
                  text: sessionSettings(stored, scenario)
                    .map(([label, value]) => `${label}: ${value}`)
                    .join(' · '),
                }),
                button(t('teacher.sessions.show'), () => deps.show(stored), {
                  name: t('teacher.sessions.showName', { title: stored.session.title }),
                }),
              ]),
        ],
      });
    });
    list.replaceChildren(el('ul', { className: 'tt-session-list', children: items }));
  };

  function exportData() {
    const day = localDay(new Date());
    downloadText(serializeData(deps.data()), `tariff-talks-teacher-${day}.json`, 'application/json');
    note.textContent = t('teacher.data.exported');
    deps.onExported();
    refreshReminder();
  }
  const exportButton = button(t('teacher.data.export'), exportData);

  const refuse = (name: string, lines: readonly string[]) =>
    note.replaceChildren(
      el('p', { className: 'tt-problem-line', text: t('teacher.data.refused', { name }) }),
      ...lines.map((text) => el('p', { text })),
      el('p', { className: 'tt-muted', text: t('teacher.data.nothingLost') }),
    );

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const read = await readTextFile(file, MAX_IMPORT_BYTES);
    if (!read.ok) {
      note.replaceChildren(
        el('p', { className: 'tt-problem-line', text: fileProblemText(read.error, file, MAX_IMPORT_BYTES) }),
        el('p', { className: 'tt-muted', text: t('teacher.data.nothingLost') }),
      );
      return;
    }
    const parsed = parseData(read.value);
    if (!parsed.ok) {
      refuse(file.name, [problemText(parsed.error)]);
      return;
    }
    let result: ReturnType<DataDeps['importData']>;
    try {
      result = deps.importData(parsed.value);
    } catch (error) {
      refuse(file.name, [
        t('teacher.import.failed', { name: file.name, reason: String(error).slice(0, 300) }),
      ]);
      return;
    }
    if (result.kind === 'refused') {
      refuse(file.name, result.problems);
      return;
    }
    const { added, saved } = result;
    note.replaceChildren(
      el('p', {
        className: 'tt-ok-line',
        text: t('teacher.data.imported', {
          name: file.name,
          sessions: added.sessions,
          scenarios: added.scenarios,
          codes: added.codes,
        }),
      }),
      ...(saved ? [] : [el('p', { className: 'tt-problem-line', text: t('teacher.storage.full') })]),
    );
    refresh();
  });

  refresh();
  const element = el('section', {
    className: 'tt-panel tt-data',
    attrs: { id: 'data', 'aria-labelledby': 'data-heading' },
    children: [
      el('h2', { attrs: { id: 'data-heading' }, text: t('teacher.data.heading') }),
      el('p', { className: 'tt-muted', text: t('teacher.data.intro') }),
      persistLine,
      reminder,
      el('h3', { text: t('teacher.sessions.heading') }),
      list,
      el('h3', { text: t('teacher.data.fileHeading') }),
      el('div', { className: 'tt-row', children: [exportButton] }),
      el('label', { attrs: { for: 'tt-import' }, text: t('teacher.data.import') }),
      fileInput,
      note,
    ],
  });
  const setPersistence = (persistence: Persistence | null) => {
    persistLine.textContent = t(`teacher.persist.${persistence ?? 'unknown'}`);
  };
  setPersistence(null);
  return { element, refresh, setPersistence };
}
