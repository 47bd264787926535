/**
 * The dates of a scenario, checked everywhere: each is a real calendar day written YYYY-MM-DD, the meetings are
 * in order, the deadline follows the last meeting, an event's date lies in its window (after the first meeting
 * it may follow, no later than the meeting after the last), and the historical deal and any term that starts
 * later fall after the talks begin. Every problem comes with its path.
 */
import type { Problems } from './check.ts';
import type { JsonPath } from './problems.ts';
import type { ScenarioData } from './schema.ts';

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether YYYY-MM-DD names a day that exists (2025-02-29 does not). */
export function isRealDate(date: string): boolean {
  if (!ISO_SHAPE.test(date)) return false;
  const [y, m, d] = date.split('-').map(Number);
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

export function checkDates(data: ScenarioData, problems: Problems): void {
  /** Whether a date is usable for ordering; reports one that is not a real day. */
  const real = (date: string, path: JsonPath): boolean => {
    if (isRealDate(date)) return true;
    problems.add('BAD_DATE', path, `"${date}" is not a real date (YYYY-MM-DD)`);
    return false;
  };
  const meetingOk = data.meetings.map((m, i) => real(m.date, ['meetings', i, 'date']));
  data.meetings.forEach((m, i) => {
    const before = data.meetings[i - 1];
    if (before && meetingOk[i] && meetingOk[i - 1] && m.date < before.date)
      problems.add(
        'DATES_NOT_ORDERED',
        ['meetings', i, 'date'],
        `meeting ${i + 1} (${m.date}) comes before meeting ${i} (${before.date})`,
      );
  });
  const first = meetingOk[0] ? data.meetings[0].date : null;
  const last = data.meetings[data.meetings.length - 1];
  const lastOk = meetingOk[data.meetings.length - 1];
  if (
    data.deadline &&
    real(data.deadline.date, ['deadline', 'date']) &&
    lastOk &&
    data.deadline.date <= last.date
  )
    problems.add(
      'DATES_NOT_ORDERED',
      ['deadline', 'date'],
      `the deadline (${data.deadline.date}) must come after the last meeting (${last.date})`,
    );
  /** A date that must not come before the talks begin. */
  const afterStart = (date: string, path: JsonPath, what: string) => {
    if (real(date, path) && first !== null && date < first)
      problems.add('DATES_NOT_ORDERED', path, `${what} (${date}) comes before the first meeting (${first})`);
  };

  data.events.forEach((e, i) => {
    const path = ['events', i, 'date'];
    if (e.date === undefined) return;
    // A version 1 file may write an event's date as free text; a date written YYYY-MM-DD is checked in both.
    if (data.schemaVersion === 1 && !ISO_SHAPE.test(e.date)) return;
    if (!real(e.date, path)) return;
    const from = data.meetings.findIndex((m) => m.id === e.afterMeeting.from);
    const to = data.meetings.findIndex((m) => m.id === e.afterMeeting.to);
    if (from >= 0 && meetingOk[from] && e.date < data.meetings[from].date)
      problems.add(
        'DATES_NOT_ORDERED',
        path,
        `the event (${e.date}) comes before the meeting it may first follow, "${data.meetings[from].id}" (${data.meetings[from].date})`,
      );
    const next = to >= 0 ? data.meetings[to + 1] : undefined;
    if (next && meetingOk[to + 1] && e.date > next.date)
      problems.add(
        'DATES_NOT_ORDERED',
        path,
        `the event (${e.date}) comes after the meeting that follows its window, "${next.id}" (${next.date})`,
      );
  });
  const historical = data.historicalDeal?.date;
  if (historical !== undefined && ISO_SHAPE.test(historical))
    afterStart(historical, ['historicalDeal', 'date'], 'the historical deal');
  data.issues.forEach((iss, j) => {
    iss.levels.forEach((lv, l) => {
      const date = lv.takesEffect?.date;
      if (date !== undefined) afterStart(date, ['issues', j, 'levels', l, 'takesEffect', 'date'], 'the term');
    });
  });
}
