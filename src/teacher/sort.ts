/**
 * The class table's rows and their sorting: pure, so the order is tested apart from the page. Numbers sort as
 * numbers, text by the locale, verdicts in their own order (verified first); empty cells always go last, and
 * equal keys keep the order the codes were handed in.
 */
import { locale } from '../i18n/page-catalog.ts';
import { VERDICTS, type VerdictKind } from '../model/code/verify.ts';
import type { Pair } from '../model/scenario.ts';
import { DIFFICULTIES } from '../model/vocabulary.ts';

export const COLUMNS = [
  'index',
  'name',
  'verdict',
  'session',
  'side',
  'difficulty',
  'outcome',
  'meetings',
  'tariffs',
  'utility0',
  'utility1',
  'jobs0',
  'jobs1',
  'approval0',
  'approval1',
] as const;
export type Column = (typeof COLUMNS)[number];

/** Columns whose cells are numbers (right-aligned; sorted numerically). */
export const NUMERIC_COLUMNS: ReadonlySet<Column> = new Set([
  'index',
  'meetings',
  'tariffs',
  'utility0',
  'utility1',
  'jobs0',
  'jobs1',
  'approval0',
  'approval1',
]);

export type Direction = 'ascending' | 'descending';

/** One row: one handed-in entry. Figures are null where a verdict has no replayed game. */
export interface ClassRow {
  /** 1-based position in the list as handed in. */
  readonly index: number;
  readonly name: string | null;
  readonly verdict: VerdictKind;
  readonly reason: string | null;
  /** The session the code says it was played in: the teacher's title for it, or its id; null for free play. */
  readonly session: string | null;
  /** The student's side, as the party's name. */
  readonly side: string | null;
  readonly difficulty: string | null;
  /** 'deal' or 'no-deal'. */
  readonly outcome: string | null;
  readonly meetings: number | null;
  /** The key tariffs as text, e.g. "15% · 15% · 50%". */
  readonly tariffs: string | null;
  /** What the tariffs column sorts by: the mean of the numeric rates. */
  readonly tariffLevel: number | null;
  readonly utility: Pair<number | null>;
  readonly jobs: Pair<number | null>;
  readonly approval: Pair<number | null>;
  /** Sent by the live server with its signature (absent or false for a pasted code). */
  readonly server?: boolean;
}

export function sortKey(row: ClassRow, column: Column): number | string | null {
  switch (column) {
    case 'index':
      return row.index;
    case 'name':
      return row.name;
    case 'verdict':
      return VERDICTS.indexOf(row.verdict);
    case 'session':
      return row.session;
    case 'side':
      return row.side;
    case 'difficulty':
      return row.difficulty === null ? null : (DIFFICULTIES as readonly string[]).indexOf(row.difficulty);
    case 'outcome':
      return row.outcome;
    case 'meetings':
      return row.meetings;
    case 'tariffs':
      return row.tariffLevel;
    case 'utility0':
      return row.utility[0];
    case 'utility1':
      return row.utility[1];
    case 'jobs0':
      return row.jobs[0];
    case 'jobs1':
      return row.jobs[1];
    case 'approval0':
      return row.approval[0];
    case 'approval1':
      return row.approval[1];
  }
}

/** Texts (names, titles) compare as the page's language sorts them ("Student 2" before "Student 10"). */
let collator: { readonly locale: string; readonly compare: Intl.Collator['compare'] } | null = null;
const collatorOf = (): Intl.Collator['compare'] => {
  if (collator?.locale !== locale())
    collator = {
      locale: locale(),
      compare: new Intl.Collator(locale(), { numeric: true, sensitivity: 'base' }).compare,
    };
  return collator.compare;
};

function compareKeys(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collatorOf()(String(a), String(b));
}

/** An empty cell: no value, or a number that is not one (NaN). */
const isEmpty = (key: number | string | null): boolean =>
  key === null || (typeof key === 'number' && Number.isNaN(key));

/** The rows sorted by a column; a new array. */
export function sortRows(rows: readonly ClassRow[], column: Column, direction: Direction): ClassRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row) => ({ row, key: sortKey(row, column) }))
    .sort((a, b) => {
      const ea = isEmpty(a.key);
      const eb = isEmpty(b.key);
      if (ea || eb) return ea === eb ? a.row.index - b.row.index : ea ? 1 : -1;
      return (
        sign * compareKeys(a.key as number | string, b.key as number | string) || a.row.index - b.row.index
      );
    })
    .map(({ row }) => row);
}

/** The next sort after a click on a column's header: the same column flips, another starts ascending. */
export function nextSort(
  current: { column: Column; direction: Direction },
  clicked: Column,
): { column: Column; direction: Direction } {
  if (current.column !== clicked) return { column: clicked, direction: 'ascending' };
  return { column: clicked, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
