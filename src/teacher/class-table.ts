/**
 * The class table: a row for each handed-in code, sorted by a click (or Enter) on a column's header, with the
 * verdict as a mark besides its word and the reason a code did not verify; names can be hidden for the projector.
 * Below it, a note naming the tariffs of the tariffs column.
 */
import { t } from '../i18n/page-catalog.ts';
import type { VerdictKind } from '../model/code/verify.ts';
import type { PartyIndex, Scenario } from '../model/scenario.ts';
import type { Difficulty } from '../model/vocabulary.ts';
import { formatApproval, formatJobs, formatPoints } from '../ui/debrief/format.ts';
import { button, el } from '../ui/dom.ts';
import type { Entry } from './class-entries.ts';
import {
  type ClassRow,
  COLUMNS,
  type Column,
  type Direction,
  NUMERIC_COLUMNS,
  nextSort,
  sortRows,
} from './sort.ts';

const VERDICT_MARKS: Readonly<Record<VerdictKind, string>> = {
  verified: '✓',
  tampered: '✗',
  'other-version': '≠',
  'other-session': '∉',
  corrupt: '?',
  duplicate: '=',
};

export interface ClassTableDeps {
  readonly entries: () => readonly Entry[];
  /** The scenario whose parties name the columns; null before any game verified. */
  readonly scenario: () => Scenario | null;
  readonly hideNames: () => boolean;
}

export interface ClassTable {
  /** The heading, the table (or the line saying it is empty) and the tariffs note, in page order. */
  readonly elements: readonly HTMLElement[];
  /** Draws the table again from the entries as they are now, in the current sort. */
  render(): void;
}

function headerText(column: Column, scenario: Scenario | null): string {
  const party = (p: PartyIndex) =>
    scenario?.parties[p].name ?? t(p === 0 ? 'teacher.table.first' : 'teacher.table.second');
  switch (column) {
    case 'utility0':
      return t('teacher.table.utility', { party: party(0) });
    case 'utility1':
      return t('teacher.table.utility', { party: party(1) });
    case 'jobs0':
      return t('teacher.table.jobs', { party: party(0) });
    case 'jobs1':
      return t('teacher.table.jobs', { party: party(1) });
    case 'approval0':
      return t('teacher.table.approval', { party: party(0) });
    case 'approval1':
      return t('teacher.table.approval', { party: party(1) });
    default:
      return t(`teacher.table.${column}`);
  }
}

function cellText(row: ClassRow, column: Column, hideNames: boolean): string {
  const num = (v: number | null, f: (x: number) => string) => (v === null ? '' : f(v));
  switch (column) {
    case 'index':
      return String(row.index);
    case 'name':
      return hideNames ? t('teacher.table.student', { index: row.index }) : (row.name ?? '');
    case 'verdict':
      return row.server && row.verdict === 'verified'
        ? t('teacherLive.verdict.server')
        : t(`teacher.verdict.${row.verdict}`);
    case 'session':
      return row.session ?? t('teacher.table.noSession');
    case 'side':
      return row.side ?? '';
    case 'difficulty':
      return row.difficulty ? t(`setup.difficulty.${row.difficulty as Difficulty}`) : '';
    case 'outcome':
      return row.outcome === 'deal'
        ? t('teacher.table.deal')
        : row.outcome === 'no-deal'
          ? t('teacher.table.noDeal')
          : '';
    case 'meetings':
      return num(row.meetings, String);
    case 'tariffs':
      return row.tariffs ?? '';
    case 'utility0':
      return num(row.utility[0], (v) => formatPoints(v));
    case 'utility1':
      return num(row.utility[1], (v) => formatPoints(v));
    case 'jobs0':
      return num(row.jobs[0], formatJobs);
    case 'jobs1':
      return num(row.jobs[1], formatJobs);
    case 'approval0':
      return num(row.approval[0], formatApproval);
    case 'approval1':
      return num(row.approval[1], formatApproval);
  }
}

/** One cell: the name is the row's header; the verdict carries its mark and, if any, the reason. */
function cell(row: ClassRow, column: Column, hideNames: boolean): HTMLElement {
  const td = el(column === 'name' ? 'th' : 'td', {
    attrs: column === 'name' ? { scope: 'row' } : {},
    className:
      `${NUMERIC_COLUMNS.has(column) ? 'tt-num' : ''} ${column === 'tariffs' ? 'tt-nowrap' : ''}`.trim(),
    text: cellText(row, column, hideNames),
  });
  // A code that could not be read has no name: its row is still headed (by its number), never an empty header.
  if (column === 'name' && td.textContent === '')
    td.textContent = t('teacher.table.student', { index: row.index });
  if (column === 'verdict') {
    td.prepend(
      el('span', {
        className: 'tt-verdict-mark',
        attrs: { 'aria-hidden': 'true' },
        text: VERDICT_MARKS[row.verdict],
      }),
    );
    if (row.reason) td.append(el('span', { className: 'tt-reason', text: row.reason }));
    if (row.server && row.verdict !== 'verified')
      td.append(el('span', { className: 'tt-reason', text: t('teacherLive.verdict.signed') }));
  }
  return td;
}

function bodyOf(rows: readonly ClassRow[], hideNames: boolean): HTMLTableSectionElement {
  const body = el('tbody');
  for (const row of rows) {
    const tr = el('tr', { className: `tt-verdict-${row.verdict}${row.server ? ' tt-server' : ''}` });
    tr.dataset.verdict = row.verdict;
    if (row.server) tr.dataset.server = 'true';
    for (const column of COLUMNS) tr.appendChild(cell(row, column, hideNames));
    body.appendChild(tr);
  }
  return body;
}

/** The names of the tariffs in the tariffs column, from the first game that has any. */
function tariffNoteText(entries: readonly Entry[]): string {
  const tariffNames = entries
    .find((e) => e.summary && e.summary.tariffs.length > 0)
    ?.summary?.tariffs.map((r) => r.name);
  return tariffNames ? t('teacher.table.tariffsNote', { names: tariffNames.join(' · ') }) : '';
}

export function classTable(deps: ClassTableDeps): ClassTable {
  let sort: { column: Column; direction: Direction } = { column: 'index', direction: 'ascending' };
  const holder = el('div', {
    className: 'tt-table-wrap',
    attrs: { tabindex: '0', 'aria-labelledby': 'tt-table-heading' },
  });
  const tariffNote = el('p', { className: 'tt-muted tt-tariff-note' });

  /** A column's header: a button that sorts by it, and the focus stays on it after the table is drawn again. */
  const headerCell = (column: Column, scenario: Scenario | null): HTMLElement => {
    const th = el('th', {
      attrs: { scope: 'col', ...(NUMERIC_COLUMNS.has(column) ? { class: 'tt-num' } : {}) },
      children: [
        button(
          headerText(column, scenario),
          () => {
            sort = nextSort(sort, column);
            render();
            holder.querySelector<HTMLButtonElement>(`th[data-column="${column}"] button`)?.focus();
          },
          { className: 'tt-sort' },
        ),
      ],
    });
    th.dataset.column = column;
    if (sort.column === column) th.setAttribute('aria-sort', sort.direction);
    return th;
  };

  const render = () => {
    const entries = deps.entries();
    const scenario = deps.scenario();
    const hideNames = deps.hideNames();
    const rows = sortRows(
      entries.map((e) => e.row),
      sort.column,
      sort.direction,
    );
    const head = el('tr', { children: COLUMNS.map((column) => headerCell(column, scenario)) });
    const table = el('table', {
      className: 'tt-class-table',
      attrs: { id: 'tt-class-table' },
      children: [
        el('caption', { className: 'tt-sr-only', text: t('teacher.table.caption') }),
        el('thead', { children: [head] }),
        bodyOf(rows, hideNames),
      ],
    });
    holder.replaceChildren(
      entries.length > 0 ? table : el('p', { className: 'tt-muted', text: t('teacher.table.empty') }),
    );
    tariffNote.textContent = tariffNoteText(entries);
  };

  const heading = el('h3', {
    attrs: { id: 'tt-table-heading' },
    className: 'tt-table-heading',
    text: t('teacher.table.heading'),
  });
  return { elements: [heading, holder, tariffNote], render };
}
