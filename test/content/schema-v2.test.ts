/**
 * Schema version 2 in content: version 1 files load as before and may not use version 2's fields; the new
 * fields' references, bounds and dates are checked with their paths; and the warnings of `scenario check`.
 */
import { describe, expect, it } from 'vitest';
import { isRealDate } from '../../src/content/check-dates.ts';
import { parseScenario } from '../../src/content/parse.ts';
import { formatPath } from '../../src/content/problems.ts';
import { applyPatches, type Patch } from '../fixtures/broken-patches.ts';
import { MINI, readText } from '../helpers.ts';

const V2 = 'test/fixtures/scenarios/mini-v2.json';
const set = (path: string, value: unknown): Patch => ({ op: 'set', path, value });

/** Each problem as code, path and severity (and whether the file still loads). */
function problems(file: string, patches: readonly Patch[]) {
  const parsed = parseScenario(applyPatches(JSON.parse(readText(file)), patches));
  const list = parsed.ok ? parsed.value.warnings : parsed.error;
  return { ok: parsed.ok, found: list.map((p) => [p.code, formatPath(p.path), p.severity]), list };
}

describe('schema versions', () => {
  it('loads a version 1 file as before, and the same file marked version 2 to the same scenario', () => {
    const v1 = parseScenario(readText(MINI));
    const v2 = parseScenario(applyPatches(JSON.parse(readText(MINI)), [set('/schemaVersion', 2)]));
    if (!v1.ok || !v2.ok) throw new Error('mini.json does not load');
    expect({ ...v2.value.scenario, hash: '' }).toEqual({ ...v1.value.scenario, hash: '' });
    expect(v1.value.scenario.announcedLines).toEqual([]);
    expect(v1.value.scenario.issues.every((iss) => iss.levels.every((l) => !('takesEffect' in l)))).toBe(
      true,
    );
  });

  it('refuses version 2 fields in a version 1 file, each at its path', () => {
    const { ok, found } = problems(V2, [set('/schemaVersion', 1)]);
    expect(ok).toBe(false);
    expect(found.filter(([code]) => code === 'NEEDS_VERSION_2')).toEqual([
      ['NEEDS_VERSION_2', '$.parties[1].publicRedLines', 'error'],
      ['NEEDS_VERSION_2', '$.issues[0].levels[2].takesEffect', 'error'],
      ['NEEDS_VERSION_2', '$.issues[2].levels[2].takesEffect', 'error'],
      ['NEEDS_VERSION_2', '$.events[2].effects[0].op', 'error'],
      ['NEEDS_VERSION_2', '$.events[2].effects[1].op', 'error'],
      ['NEEDS_VERSION_2', '$.events[3].effects[0].op', 'error'],
      ['NEEDS_VERSION_2', '$.events[4].effects[0].op', 'error'],
      ['NEEDS_VERSION_2', '$.events[5].effects[0].op', 'error'],
      ['NEEDS_VERSION_2', '$.events[6].effects[0].op', 'error'],
    ]);
  });

  it('refuses a version it does not know', () => {
    expect(problems(MINI, [set('/schemaVersion', 3)]).found).toEqual([['SHAPE', '$.schemaVersion', 'error']]);
  });

  it('compiles terms that start later with their date or condition', () => {
    const parsed = parseScenario(readText(V2));
    if (!parsed.ok) throw new Error('mini-v2.json does not load');
    const { issues } = parsed.value.scenario;
    expect(issues[0].levels[2].takesEffect).toEqual({
      date: null,
      condition: 'once the investment law passes',
    });
    expect(issues[2].levels[2].takesEffect).toEqual({ date: '2026-01-01', condition: null });
    expect('takesEffect' in issues[0].levels[1]).toBe(false);
  });
});

describe('version 2 fields are checked', () => {
  it.each([
    [
      'an announced line on an unknown level',
      [set('/parties/1/publicRedLines/0/level', 'farm-9')],
      'UNKNOWN_LEVEL',
      '$.parties[1].publicRedLines[0].level',
    ],
    [
      'a term with neither date nor condition',
      [set('/issues/0/levels/2/takesEffect', {})],
      'TERM_EMPTY',
      '$.issues[0].levels[2].takesEffect',
    ],
    [
      'weights for the wrong number of concerns',
      [set('/events/2/effects/0/weights', [1])],
      'VALUES_COUNT',
      '$.events[2].effects[0].weights',
    ],
    [
      'a red line for an unknown group',
      [set('/events/3/effects/0/group', 'bankers')],
      'UNKNOWN_GROUP',
      '$.events[3].effects[0].group',
    ],
    [
      'an unknown issue taken off the table',
      [set('/events/4/effects/0/issue', 'fish')],
      'UNKNOWN_ISSUE',
      '$.events[4].effects[0].issue',
    ],
    [
      'a pass-through above 1',
      [set('/events/5/effects/0', { op: 'set-economy', parameter: 'importPassThrough', value: 1.5 })],
      'VALUE_OUT_OF_RANGE',
      '$.events[5].effects[0].value',
    ],
    [
      'a deadline inside the event window',
      [set('/events/6/effects/0/meeting', 'm1')],
      'EVENT_WINDOW',
      '$.events[6].effects[0].meeting',
    ],
    [
      'a deadline at an unknown meeting',
      [set('/events/6/effects/0/meeting', 'm9')],
      'UNKNOWN_MEETING',
      '$.events[6].effects[0].meeting',
    ],
  ] as const)('%s', (_, patches, code, path) => {
    const { ok, found } = problems(V2, patches);
    expect(ok).toBe(false);
    expect(found).toContainEqual([code, path, 'error']);
  });
});

describe('dates are checked everywhere', () => {
  it('knows real dates', () => {
    expect(['2025-02-28', '2024-02-29', '2000-02-29', '2025-12-31'].map(isRealDate)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['2025-02-29', '1900-02-29', '2025-13-01', '2025-04-31', '2025-00-10', '2025-4-1'].map(isRealDate),
    ).toEqual([false, false, false, false, false, false]);
  });

  it.each([
    [
      'a meeting on a day that does not exist',
      MINI,
      [set('/meetings/1/date', '2025-02-30')],
      'BAD_DATE',
      '$.meetings[1].date',
    ],
    [
      'a deadline on a day that does not exist',
      MINI,
      [set('/deadline', { date: '2025-09-31', description: 'x', source: 'test' })],
      'BAD_DATE',
      '$.deadline.date',
    ],
    [
      'an event before the meeting it follows',
      V2,
      [set('/events/2/date', '2025-04-10')],
      'DATES_NOT_ORDERED',
      '$.events[2].date',
    ],
    [
      'an event after the meeting after its window',
      V2,
      [set('/events/2/date', '2025-05-02')],
      'DATES_NOT_ORDERED',
      '$.events[2].date',
    ],
    [
      'an event date in free text (version 2)',
      V2,
      [set('/events/2/date', 'late April')],
      'BAD_DATE',
      '$.events[2].date',
    ],
    [
      'an event on a day that does not exist (version 1)',
      MINI,
      [set('/events/0/date', '2025-04-31')],
      'BAD_DATE',
      '$.events[0].date',
    ],
    [
      'an event outside its window (version 1)',
      MINI,
      [set('/events/0/date', '2025-07-01')],
      'DATES_NOT_ORDERED',
      '$.events[0].date',
    ],
    [
      'a term that starts before the talks',
      V2,
      [set('/issues/2/levels/2/takesEffect/date', '2024-12-31')],
      'DATES_NOT_ORDERED',
      '$.issues[2].levels[2].takesEffect.date',
    ],
    [
      'a historical deal before the talks',
      MINI,
      [set('/historicalDeal/date', '2025-01-15')],
      'DATES_NOT_ORDERED',
      '$.historicalDeal.date',
    ],
  ] as const)('%s', (_, file, patches, code, path) => {
    const { ok, found } = problems(file, patches);
    expect(ok).toBe(false);
    expect(found).toContainEqual([code, path, 'error']);
  });

  it('still reads an event date in free text in a version 1 file', () => {
    expect(problems(MINI, [set('/events/0/date', 'early May')]).ok).toBe(true);
  });
});

describe('scenario check warnings', () => {
  it('warns when a side would not ratify the historical deal, with the figures', () => {
    const { ok, list } = problems(V2, [set('/historicalDeal/package/farm', 'farm-8')]);
    expect(ok).toBe(true);
    expect(list.map((p) => [p.code, formatPath(p.path), p.message])).toEqual([
      [
        'HISTORICAL_NOT_RATIFIED',
        '$.historicalDeal.package',
        'Japan would not ratify the historical deal: 0% support of the 80% it needs (against: carmakers, farmers)',
      ],
    ]);
  });

  it('warns about a red line that can never bind, a group one or an announced one', () => {
    const { ok, found } = problems(V2, [
      set('/parties/0/groups/1/redLines/0/level', 'steel-25'),
      set('/parties/1/publicRedLines/0', { issue: 'cars', level: 'cars-27', bound: 'at-least' }),
    ]);
    expect(ok).toBe(true);
    expect(found).toEqual([
      ['RED_LINE_NEVER_BINDS', '$.parties[0].groups[1].redLines[0]', 'warning'],
      ['RED_LINE_NEVER_BINDS', '$.parties[1].publicRedLines[0]', 'warning'],
    ]);
  });

  it("warns about an issue whose levels change no group's utility", () => {
    const { found } = problems(MINI, [set('/parties/0/groups/2/concerns/0/values', [0.5, 0.5])]);
    expect(found).toContainEqual(['ISSUE_NO_EFFECT', '$.issues[3].levels', 'warning']);
  });

  it('counts announced lines when it looks for a package both sides ratify', () => {
    const { ok, found } = problems(V2, [
      set('/parties/0/publicRedLines', [{ issue: 'farm', level: 'farm-8', bound: 'at-least' }]),
    ]);
    expect(ok).toBe(true);
    expect(found).toContainEqual(['NO_RATIFIABLE_PACKAGE', '$.parties', 'warning']);
  });
});
