/**
 * The teacher's data: the sessions created (each can show its link and handout again), and the export and
 * import of everything as one JSON file. An import is checked whole before anything changes; a damaged file is
 * refused with what is wrong, and what is stored stays as it was.
 */
import { t } from '../i18n/catalog.ts';
import type { Scenario } from '../model/scenario.ts';
import { button, el } from '../ui/dom.ts';
import { downloadText } from './download.ts';
import { sessionSettings } from './handout.ts';
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
  /** Merges an imported file's data; returns what was added, or false when it could not be stored. */
  readonly importData: (data: TeacherData) => { added: MergeCounts; saved: boolean };
}

export interface DataPanel {
  readonly element: HTMLElement;
  refresh(): void;
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
  const note = el('div', { className: 'tt-data-note', attrs: { role: 'status' } });
  const fileInput = el('input', {
    attrs: { type: 'file', id: 'tt-import', accept: '.json,application/json' },
  });

  const refresh = () => {
    const { sessions } = deps.data();
    if (sessions.length === 0) {
      list.replaceChildren(el('p', { className: 'tt-muted', text: t('teacher.sessions.none') }));
      return;
    }
    const items = sessions.map((stored) => {
      const scenario = deps.scenarioOf(stored);
      const created = new Date(stored.created);
      const when = Number.isNaN(created.getTime())
        ? stored.created
        : new Intl.DateTimeFormat(t('common.locale'), { dateStyle: 'medium', timeStyle: 'short' }).format(
            created,
          );
      return el('li', {
        className: 'tt-session-item',
        children: [
          el('p', {
            className: 'tt-session-title',
            children: [el('strong', { text: stored.session.title }), document.createTextNode(` · ${when}`)],
          }),
          el('p', {
            className: 'tt-muted',
            text: sessionSettings(stored, scenario)
              .map(([label, value]) => `${label}: ${value}`)
              .join(' · '),
          }),
          button(t('teacher.sessions.show'), () => deps.show(stored), {
            name: t('teacher.sessions.showName', { title: stored.session.title }),
          }),
        ],
      });
    });
    list.replaceChildren(el('ul', { className: 'tt-session-list', children: items }));
  };

  const exportButton = button(t('teacher.data.export'), () => {
    const day = new Date().toISOString().slice(0, 10);
    downloadText(serializeData(deps.data()), `tariff-talks-teacher-${day}.json`, 'application/json');
    note.textContent = t('teacher.data.exported');
  });

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      note.textContent = t('teacher.data.tooLarge', { name: file.name });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      note.textContent = t('teacher.data.unreadable', { name: file.name });
      return;
    }
    const parsed = parseData(text);
    if (!parsed.ok) {
      note.replaceChildren(
        el('p', { className: 'tt-problem-line', text: t('teacher.data.refused', { name: file.name }) }),
        el('p', { text: problemText(parsed.error) }),
        el('p', { className: 'tt-muted', text: t('teacher.data.nothingLost') }),
      );
      return;
    }
    const { added, saved } = deps.importData(parsed.value);
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
      el('h3', { text: t('teacher.sessions.heading') }),
      list,
      el('h3', { text: t('teacher.data.fileHeading') }),
      el('div', { className: 'tt-row', children: [exportButton] }),
      el('label', { attrs: { for: 'tt-import' }, text: t('teacher.data.import') }),
      fileInput,
      note,
    ],
  });
  return { element, refresh };
}
