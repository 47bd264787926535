import { describe, expect, it } from 'vitest';
import { type ClassRow, nextSort, sortKey, sortRows } from '../../src/teacher/sort.ts';

const row = (index: number, over: Partial<ClassRow> = {}): ClassRow => ({
  index,
  name: `Student ${index}`,
  verdict: 'verified',
  reason: null,
  session: '7B',
  side: 'Japan',
  difficulty: 'normal',
  outcome: 'deal',
  meetings: 4,
  tariffs: '15%',
  tariffLevel: 15,
  utility: [0.5, 0.5],
  jobs: [0, 0],
  approval: [50, 50],
  ...over,
});

const order = (rows: readonly ClassRow[]) => rows.map((r) => r.index);

describe('class table sorting', () => {
  it('sorts numbers numerically, not as text (9 before 10, negatives first)', () => {
    const rows = [row(1, { jobs: [10, 0] }), row(2, { jobs: [9, 0] }), row(3, { jobs: [-120, 0] })];
    expect(order(sortRows(rows, 'jobs0', 'ascending'))).toEqual([3, 2, 1]);
    expect(order(sortRows(rows, 'jobs0', 'descending'))).toEqual([1, 2, 3]);
  });

  it('puts empty cells last in both directions and keeps hand-in order among equals', () => {
    const rows = [
      row(1, { utility: [null, null] }),
      row(2, { utility: [0.7, 0.1] }),
      row(3, { utility: [0.7, 0.2] }),
      row(4, { utility: [0.2, 0.9] }),
    ];
    expect(order(sortRows(rows, 'utility0', 'ascending'))).toEqual([4, 2, 3, 1]);
    expect(order(sortRows(rows, 'utility0', 'descending'))).toEqual([2, 3, 4, 1]);
  });

  it('treats a number that is not one (NaN) as an empty cell: last, in hand-in order with the other empties', () => {
    const rows = [
      row(1, { approval: [Number.NaN, 50] }),
      row(2, { approval: [30, 50] }),
      row(3, { approval: [null, null] }),
      row(4, { approval: [10, 50] }),
      row(5, { approval: [Number.NaN, 50] }),
    ];
    expect(order(sortRows(rows, 'approval0', 'ascending'))).toEqual([4, 2, 1, 3, 5]);
    expect(order(sortRows(rows, 'approval0', 'descending'))).toEqual([2, 4, 1, 3, 5]);
  });

  it('sorts names by the locale, case-insensitively and with numbers in order', () => {
    const rows = [row(1, { name: 'student 10' }), row(2, { name: 'Student 9' }), row(3, { name: 'anna' })];
    expect(order(sortRows(rows, 'name', 'ascending'))).toEqual([3, 2, 1]);
  });

  it('sorts verdicts in their own order (verified first), difficulty easy → hard', () => {
    const rows = [
      row(1, { verdict: 'corrupt' }),
      row(2, { verdict: 'verified' }),
      row(3, { verdict: 'duplicate' }),
      row(4, { verdict: 'tampered' }),
    ];
    expect(order(sortRows(rows, 'verdict', 'ascending'))).toEqual([2, 4, 1, 3]);
    expect(sortKey(row(1, { difficulty: 'hard' }), 'difficulty')).toBe(2);
    expect(sortKey(row(1, { difficulty: null }), 'difficulty')).toBeNull();
  });

  it('does not change the rows it is given', () => {
    const rows = [row(2), row(1)];
    sortRows(rows, 'index', 'ascending');
    expect(order(rows)).toEqual([2, 1]);
  });

  it('a click on the sorted column flips it; another column starts ascending', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name')).toEqual({
      column: 'name',
      direction: 'descending',
    });
    expect(nextSort({ column: 'name', direction: 'descending' }, 'meetings')).toEqual({
      column: 'meetings',
      direction: 'ascending',
    });
  });
});
