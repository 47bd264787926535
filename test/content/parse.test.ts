import { describe, expect, it } from 'vitest';
import { MAX_SPACE } from '../../src/content/check.ts';
import { parseScenario } from '../../src/content/parse.ts';
import { formatPath, formatProblem, type ProblemCode, problemTotal } from '../../src/content/problems.ts';
import { applyPatches, type BrokenName, bigIssue, brokenText } from '../fixtures/broken-patches.ts';
import { MINI, readText } from '../helpers.ts';

/** Each broken fixture holds one mistake; it must give its coded problem at the right path. */
const BROKEN: readonly [file: BrokenName, code: ProblemCode, path: string, severity: 'error' | 'warning'][] =
  [
    ['json-syntax', 'JSON_SYNTAX', '$', 'error'],
    ['shape-wrong-type', 'SHAPE', '$.parties[0].groups[0].influence', 'error'],
    ['shape-unknown-key', 'SHAPE', '$.issues[0].colour', 'error'],
    ['shape-missing-field', 'SHAPE', '$.meetings[1].date', 'error'],
    ['duplicate-id', 'DUPLICATE_ID', '$.issues[1].id', 'error'],
    ['unknown-source', 'UNKNOWN_SOURCE', '$.economy.sectors[2].source', 'error'],
    ['unknown-party', 'UNKNOWN_PARTY', '$.issues[2].owner', 'error'],
    ['unknown-issue', 'UNKNOWN_ISSUE', '$.economy.sectors[0].issue', 'error'],
    ['unknown-level', 'UNKNOWN_LEVEL', '$.parties[1].groups[1].redLines[0].level', 'error'],
    ['unknown-sector', 'UNKNOWN_SECTOR', '$.parties[0].groups[0].concerns[0].sectors[0]', 'error'],
    ['unknown-group', 'UNKNOWN_GROUP', '$.events[1].effects[0].group', 'error'],
    ['unknown-meeting', 'UNKNOWN_MEETING', '$.events[0].afterMeeting.to', 'error'],
    ['levels-not-ordered', 'LEVELS_NOT_ORDERED', '$.issues[0].levels[2].value', 'error'],
    ['values-count', 'VALUES_COUNT', '$.parties[0].groups[2].concerns[0].values', 'error'],
    ['metric-needs-party', 'METRIC_NEEDS_PARTY', '$.parties[0].groups[0].concerns[0].party', 'error'],
    ['sector-issue-kind', 'SECTOR_ISSUE_KIND', '$.economy.sectors[2].issue', 'error'],
    ['sector-parties', 'SECTOR_PARTIES', '$.economy.sectors[1].importer', 'error'],
    ['package-incomplete', 'PACKAGE_INCOMPLETE', '$.noDeal.package', 'error'],
    ['no-deal-off-level', 'NO_DEAL_OFF_LEVEL', '$.noDeal.package.defense', 'error'],
    ['event-window', 'EVENT_WINDOW', '$.events[1].afterMeeting', 'error'],
    ['dates-not-ordered', 'DATES_NOT_ORDERED', '$.deadline.date', 'error'],
    ['dialogue-missing', 'DIALOGUE_MISSING', '$.dialogue.japan.objections', 'error'],
    ['weights-invalid', 'SHAPE', '$.parties[1].groups[0].concerns[0].weight', 'error'],
    ['threshold-out-of-range', 'SHAPE', '$.parties[0].ratification.threshold', 'error'],
    ['no-ratifiable-package', 'NO_RATIFIABLE_PACKAGE', '$.parties', 'warning'],
    ['issue-ignored', 'ISSUE_IGNORED', '$.issues[3]', 'warning'],
    ['space-too-large', 'SPACE_TOO_LARGE', '$.issues', 'error'],
  ];

describe('parseScenario', () => {
  it('accepts the mini fixture with one warning: Japan would not ratify its historical deal', () => {
    const parsed = parseScenario(readText(MINI));
    expect(parsed.ok && parsed.value.warnings.map((w) => [w.code, formatPath(w.path), w.message])).toEqual([
      [
        'HISTORICAL_NOT_RATIFIED',
        '$.historicalDeal.package',
        'Japan would not ratify the historical deal: 75% support of the 80% it needs (against: farmers)',
      ],
    ]);
  });

  it('leaves out only the designer’s checks when asked to (the game, for its shipped scenarios)', () => {
    const full = parseScenario(readText(MINI));
    const lean = parseScenario(readText(MINI), undefined, { designerWarnings: false });
    expect(lean.ok && lean.value.warnings).toEqual([]);
    expect(lean.ok && lean.value.scenario).toEqual(full.ok && full.value.scenario);
    // A file the compiler refuses is refused all the same.
    const broken = parseScenario(brokenText('unknown-issue'), undefined, { designerWarnings: false });
    expect(!broken.ok && broken.error.map((p) => p.code)).toContain('UNKNOWN_ISSUE');
  });

  it('accepts parsed JSON as well as text', () => {
    const parsed = parseScenario(JSON.parse(readText(MINI)));
    expect(parsed.ok).toBe(true);
  });

  it.each(BROKEN)('%s gives %s at %s', (file, code, path, severity) => {
    const text = brokenText(file);
    const parsed = parseScenario(text);
    const problems = parsed.ok ? parsed.value.warnings : parsed.error;
    expect(parsed.ok).toBe(severity === 'warning');
    const found = problems.find((p) => p.code === code && formatPath(p.path) === path);
    expect(found, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(found?.severity).toBe(severity);
    // Text input: every problem has a line and column, and the line is a real line of the file.
    expect(found?.line).toBeGreaterThan(0);
    expect(found?.line).toBeLessThanOrEqual(text.split('\n').length);
  });

  it('refuses more packages than the computer and the tools can play (2^50), and only for that', () => {
    const parsed = parseScenario(brokenText('space-too-large'));
    if (parsed.ok) throw new Error('expected problems');
    expect(parsed.error.filter((p) => p.severity === 'error').map((p) => [p.code, p.message])).toEqual([
      [
        'SPACE_TOO_LARGE',
        '13 issues make about 7.03e+16 packages, more than the 1125899906842624 (2^50) the computer and the tools can play; use fewer issues or levels',
      ],
    ]);
  });

  it('accepts a scenario at the bound: 36 × 50^7 × 40 = 1,125,000,000,000,000 packages, one level more is refused', () => {
    const mini = JSON.parse(readText(MINI));
    const sevenBig = Array.from({ length: 7 }, (_, k) => bigIssue(4 + k, `big-${k}`, 50)).flat();
    const spaceOf = (last: number) =>
      parseScenario(applyPatches(mini, [...sevenBig, ...bigIssue(11, 'last', last)]));
    const refused = spaceOf(41);
    const errors = refused.ok ? [] : refused.error.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.message])).toEqual([
      [
        'SPACE_TOO_LARGE',
        '12 issues make 1153125000000000 packages, more than the 1125899906842624 (2^50) the computer and the tools can play; use fewer issues or levels',
      ],
    ]);
    const accepted = spaceOf(40);
    expect(accepted.ok && accepted.value.scenario.spaceSize).toBe(1_125_000_000_000_000);
    expect(MAX_SPACE).toBe(2 ** 50);
  });

  it('reports the line of a JSON syntax error', () => {
    const parsed = parseScenario('{\n  "id": "x",\n  "title": \n}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error[0]).toMatchObject({ code: 'JSON_SYNTAX', line: 4, column: 1 });
  });

  it('points a missing property at its object', () => {
    const parsed = parseScenario(brokenText('shape-missing-field'));
    if (parsed.ok) throw new Error('expected problems');
    expect(parsed.error).toHaveLength(1);
    expect(parsed.error[0].message).toBe('a required property is missing (expected string)');
  });

  it('lists every problem at once, not only the first', () => {
    const data = JSON.parse(readText(MINI));
    data.issues[0].source = 'nowhere';
    data.issues[2].owner = 'china';
    data.events[0].afterMeeting.to = 'm9';
    const parsed = parseScenario(data);
    if (parsed.ok) throw new Error('expected problems');
    const codes = parsed.error.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['UNKNOWN_SOURCE', 'UNKNOWN_PARTY', 'UNKNOWN_MEETING']));
    // Parsed JSON has no text, so no line numbers.
    expect(parsed.error.every((p) => p.line === undefined)).toBe(true);
  });

  it('wants the meetings in date order, and the deadline after the last one', () => {
    const data = JSON.parse(readText(MINI));
    data.meetings[2].date = '2025-04-20';
    data.deadline = { date: '2025-07-23', description: 'Tariffs rise.', source: 'test' };
    const parsed = parseScenario(data);
    if (parsed.ok) throw new Error('expected problems');
    expect(parsed.error.map((p) => [p.code, formatPath(p.path), p.message])).toEqual([
      [
        'DATES_NOT_ORDERED',
        '$.meetings[2].date',
        'meeting 3 (2025-04-20) comes before meeting 2 (2025-05-01)',
      ],
    ]);
    data.meetings[2].date = '2025-06-01';
    expect(parseScenario(data).ok).toBe(true);
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['an array', []],
    ['an empty object', {}],
    ['an empty string', ''],
    ['binary garbage', '\u0000\u0001{'],
  ])('rejects %s with problems, never throwing', (_name, input) => {
    const parsed = parseScenario(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.length).toBeGreaterThan(0);
  });

  it('formats a problem on one line with code, path and position', () => {
    const parsed = parseScenario(brokenText('unknown-source'));
    if (parsed.ok) throw new Error('expected problems');
    expect(formatProblem(parsed.error[0])).toBe(
      'error UNKNOWN_SOURCE $.economy.sectors[2].source (line 329, col 9): no source "nowhere" in sources',
    );
  });
});

describe('a file with more problems than are listed', () => {
  it('lists the first 200 and counts the rest, so a summary can give the true total', () => {
    const data = JSON.parse(readText(MINI)) as Record<string, unknown>;
    for (let i = 0; i < 450; i++) data[`unknown${i}`] = i;
    const parsed = parseScenario(JSON.stringify(data));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.length).toBe(201);
    expect(parsed.error.at(-1)).toMatchObject({
      code: 'TOO_MANY_PROBLEMS',
      omitted: { errors: 250, warnings: 0 },
    });
    expect(problemTotal(parsed.error)).toBe(450);
  });
});
