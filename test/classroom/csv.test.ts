import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeText, MOVE_COLUMNS, movesCsv, RESULT_COLUMNS, resultsCsv } from '../../src/classroom/csv.ts';
import { type StudentSummary, summaryOf } from '../../src/classroom/summary.ts';
import { JA } from '../../src/i18n/ja/index.ts';
import { EN, useCatalog } from '../../src/i18n/page-catalog.ts';
import { playComputerGame } from '../../src/model/agent/index.ts';
import { resultCode } from '../../src/model/code/result-code.ts';
import { verifyCodes } from '../../src/model/code/verify.ts';
import { applyAction } from '../../src/model/rules.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import type { Action, GameState } from '../../src/model/types.ts';
import { initialParams, utility } from '../../src/model/utility.ts';
import { loadScenario, MINI, newTestGame, testSettings } from '../helpers.ts';

const US_JAPAN = loadScenario('src/content/scenarios/us-japan-2025.json');
const MINI_SCENARIO = loadScenario(MINI);
const SCENARIOS = [US_JAPAN, MINI_SCENARIO];
const lookup = (id: string): readonly Scenario[] => SCENARIOS.filter((s) => s.id === id);

function code(scenario: Scenario, game: GameState, name: string): string {
  const text = resultCode(scenario, game, name);
  if (text === null) throw new Error('the game did not end');
  return text;
}

function played(moves: readonly Action[]): GameState {
  let state = newTestGame(US_JAPAN, testSettings('people', { opponent: 'human' }));
  for (const move of moves) {
    const step = applyAction(US_JAPAN, state, move);
    if (!step.ok) throw new Error(step.error.message);
    state = step.value.state;
  }
  return state;
}

const ada = playComputerGame(US_JAPAN, testSettings('class-1', { side: 'us' }));
const ben = playComputerGame(US_JAPAN, testSettings('class-2', { difficulty: 'hard' }));
const mini = playComputerGame(MINI_SCENARIO, testSettings('mini-1'));
const people = played([
  { type: 'propose', side: 'japan', package: US_JAPAN.noDeal },
  { type: 'reject', side: 'us' },
  { type: 'red-line', side: 'japan', issue: 7, level: 1 },
  { type: 'walk-away', side: 'japan' },
]);
const CODES = [
  code(US_JAPAN, ada, '=SUM(A1)'),
  code(US_JAPAN, ben, '+1'),
  code(US_JAPAN, people, '@x'),
  code(MINI_SCENARIO, mini, '-2 Dana'),
  code(US_JAPAN, ben, 'Ben again'),
  '=HYPERLINK("http://example.com")',
];
const VERDICTS_OF = verifyCodes(CODES, lookup);

type Row = Record<string, string | number | boolean | null>;
const parse = (csv: string): { fields: string[]; rows: Row[] } => {
  const parsed = Papa.parse<Row>(csv, { header: true, dynamicTyping: true });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
};
const r4 = (x: number): number => Math.round(x * 10_000) / 10_000;
/** The text a spreadsheet shows for a written text cell: the apostrophe of an escaped cell taken off. */
const shown = (cell: unknown): unknown =>
  typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell;

describe('resultsCsv', () => {
  const csv = resultsCsv(VERDICTS_OF, CODES);
  const { fields, rows } = parse(csv);

  it('writes one row per code, verified or not, in order', () => {
    expect(VERDICTS_OF.map((v) => v.kind)).toEqual([
      'verified',
      'duplicate',
      'verified',
      'verified',
      'duplicate',
      'corrupt',
    ]);
    expect(rows.map((r) => [r.number, r.verdict])).toEqual([
      [1, 'verified'],
      [2, 'duplicate'],
      [3, 'verified'],
      [4, 'verified'],
      [5, 'duplicate'],
      [6, 'corrupt'],
    ]);
    // Both copies of Ben's game are marked; each names the first copy.
    expect(rows[1]).toMatchObject({
      duplicate_of: 2,
      verdict_reason: 'the same game was handed in again as code 5; this copy came first',
    });
    expect(rows[4]).toMatchObject({
      duplicate_of: 2,
      verdict_reason: 'the same game as code 2, which came first',
    });
    expect(rows[5]).toMatchObject({ verdict_reason: 'a code starts with TT1', name: null, outcome: null });
    expect(rows.map((r) => shown(r.code))).toEqual(CODES);
  });

  it('names its columns: fixed ones, then by issue and party id (the union of the scenarios), then the code', () => {
    expect(fields.slice(0, RESULT_COLUMNS.length)).toEqual([...RESULT_COLUMNS]);
    expect(fields.slice(RESULT_COLUMNS.length)).toEqual([
      ...US_JAPAN.issues.map((i) => `level:${i.id}`),
      'tariff:general',
      'tariff:cars',
      'tariff:steel',
      ...['utility', 'gain', 'surplus_share', 'jobs', 'approval', 'ratified'].flatMap((c) => [
        `${c}:us`,
        `${c}:japan`,
      ]),
      'code',
    ]);
    // The mini scenario has no general tariff: its row leaves the cell empty.
    expect(rows[3]['level:general']).toBeNull();
    expect(rows[3]['level:cars']).toBe(MINI_SCENARIO.issues[0].levels[mini.outcome?.package[0] ?? 0].label);
  });

  it('reads back as the summaries (rounded as documented)', () => {
    const summaries = VERDICTS_OF.map(summaryOf);
    summaries.forEach((s: StudentSummary | null, i) => {
      const row = rows[i];
      if (!s) return;
      expect(shown(row.name)).toBe(s.name);
      // A version or seed of digits reads back as a number with dynamic typing.
      expect([String(row.scenario_version), String(row.seed)]).toEqual([s.scenarioVersion, s.seed]);
      expect(row).toMatchObject({
        scenario: s.scenarioId,
        side: s.side,
        opponent: s.opponent,
        difficulty: s.difficulty,
        outcome: s.outcome,
        outcome_reason: s.reason,
        ended_by: s.endedBy,
        meetings: s.meetings,
        moves: s.moves,
        failed_ratifications: s.failedRatifications,
        student_utility: r4(s.utilities[s.sideIndex]),
        student_surplus_share: r4(s.surplusShare),
        nash_distance: s.nashDistance === null ? null : r4(s.nashDistance),
        pareto_distance: r4(s.paretoDistance),
      });
      s.parties.forEach((party, p) => {
        expect(row[`utility:${party}`]).toBe(r4(s.utilities[p]));
        expect(row[`gain:${party}`]).toBe(r4(s.gains[p]));
        expect(row[`surplus_share:${party}`]).toBe(r4(s.shares[p]));
        expect(row[`jobs:${party}`]).toBe(Math.round(s.jobs[p]));
        expect(row[`approval:${party}`]).toBe(Math.round(s.approval[p] * 100) / 100);
        expect(row[`ratified:${party}`]).toBe(s.ratified ? s.ratified[p] : null);
      });
      for (const level of s.levels) expect(row[`level:${level.issue}`]).toBe(level.label);
      for (const t of s.tariffs) expect(row[`tariff:${t.issue}`]).toBe(t.rate);
    });
    expect(rows[0]['jobs:japan']).toBe(-65439);
    expect(rows[2]).toMatchObject({ outcome: 'no-deal', 'ratified:us': null, 'ratified:japan': null });
  });

  it('escapes text that a spreadsheet would take for a formula, and only text', () => {
    expect(csv).toContain(`"'=SUM(A1)"`);
    expect(csv).toContain(`"'+1"`);
    expect(csv).toContain(`"'@x"`);
    expect(csv).toContain(`"'-2 Dana"`);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.com"")"`);
    // A negative number is a number: bare, never an apostrophe, so a spreadsheet can add it up.
    expect(csv).toMatch(/,-65439,/);
    expect(typeof rows[0]['jobs:japan']).toBe('number');
    for (const line of csv.split('\r\n'))
      for (const cell of Papa.parse<string[]>(line).data[0] ?? [])
        expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
  });

  it('starts with a UTF-8 byte-order mark (Excel on Windows reads UTF-8 by it); CRLF, no final line break', () => {
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.startsWith('\uFEFF"number",')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(csv.split('\r\n')).toHaveLength(CODES.length + 1);
    expect(csv.endsWith('\r\n')).toBe(false);
  });

  it('is the same text for the same codes', () => {
    expect(resultsCsv(verifyCodes(CODES, lookup), CODES)).toBe(csv);
  });

  it('has only its header without codes', () => {
    expect(parse(resultsCsv([], [])).rows).toEqual([]);
  });
});

describe('movesCsv', () => {
  const csv = movesCsv(VERDICTS_OF);
  const { fields, rows } = parse(csv);
  const games = VERDICTS_OF.flatMap((v, i) =>
    v.kind === 'verified' || v.kind === 'duplicate' ? [{ number: i + 1, v }] : [],
  );

  it('writes one row per move of every verified or duplicate game, in order', () => {
    expect(rows).toHaveLength(games.reduce((n, g) => n + g.v.record.log.length, 0));
    for (const { number, v } of games) {
      const mine = rows.filter((r) => r.number === number);
      expect(mine.map((r) => r.move)).toEqual(v.record.log.map((_, k) => k + 1));
      expect(mine.map((r) => r.action)).toEqual(v.record.log.map((a) => a.type));
      expect(mine.map((r) => r.side)).toEqual(v.record.log.map((a) => a.side));
      expect(mine.every((r) => r.verdict === v.kind)).toBe(true);
    }
    expect(fields).toEqual([
      ...MOVE_COLUMNS,
      ...US_JAPAN.issues.map((i) => `level:${i.id}`),
      'utility:us',
      'utility:japan',
    ]);
  });

  it('says who moved, when, and what each side got from the offer at that moment', () => {
    const mine = rows.filter((r) => r.number === 3);
    expect(mine.map((r) => [r.move, r.turn, r.meeting, r.side, r.who, r.action])).toEqual([
      [1, 1, 1, 'japan', 'student', 'propose'],
      [2, 2, 1, 'us', 'second player', 'reject'],
      [3, 3, 2, 'japan', 'student', 'red-line'],
      [4, 3, 2, 'japan', 'student', 'walk-away'],
    ]);
    const params = initialParams(US_JAPAN);
    const atNoDeal = [0, 1].map((p) => r4(utility(US_JAPAN, params, p as 0 | 1, US_JAPAN.noDeal)));
    // The offer made, then the same offer as the one rejected; a tactic has no package.
    expect([mine[0]['utility:us'], mine[0]['utility:japan']]).toEqual(atNoDeal);
    expect([mine[1]['utility:us'], mine[1]['utility:japan']]).toEqual(atNoDeal);
    expect(mine[0]['level:general']).toBe(US_JAPAN.issues[0].levels[US_JAPAN.noDeal[0]].label);
    expect(mine[2]).toMatchObject({
      tactic_issue: 'investment',
      tactic_level: US_JAPAN.issues[7].levels[1].label,
      'level:general': null,
      'utility:us': null,
    });
    const computerGame = rows.filter((r) => r.number === 1);
    expect(new Set(computerGame.map((r) => `${r.side} ${r.who}`))).toEqual(
      new Set(['us student', 'japan computer']),
    );
  });
});

describe('in Japanese', () => {
  afterAll(() => useCatalog(EN, 'en'));
  const bytesOf = (text: string): Buffer => Buffer.from(text, 'utf8');
  /** As a spreadsheet or a script reads the file: bytes decoded as UTF-8, the BOM taken off by papaparse. */
  const read = (text: string) => {
    const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytesOf(text));
    expect(decoded.charCodeAt(0)).toBe(0xfeff);
    return parse(decoded);
  };

  it('names the columns in Japanese, keeps the BOM and the plain numbers, and reads back as the English file', () => {
    const english = read(resultsCsv(VERDICTS_OF, CODES));
    useCatalog(JA, 'ja');
    const text = resultsCsv(VERDICTS_OF, CODES, [true, false, false, false, false, false]);
    const japanese = read(text);
    useCatalog(EN, 'en');
    expect([...bytesOf(text).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(japanese.fields.slice(0, 5)).toEqual(['番号', '判定', '判定の理由', '最初のコードの番号', '名前']);
    expect(japanese.fields).toContain('水準:cars');
    expect(japanese.fields).toContain('関税率:cars');
    expect(japanese.fields).toContain('雇用:japan');
    expect(japanese.fields.slice(-2)).toEqual(['サーバーによる検証', 'コード']);
    expect(japanese.fields).toHaveLength(english.fields.length + 1);
    // Row by row, column by column, the same cells: only the names of the columns and the reasons change.
    const japaneseOnly = new Set(['サーバーによる検証', '判定の理由']);
    japanese.rows.forEach((row, i) => {
      const cells = japanese.fields.filter((f) => !japaneseOnly.has(f)).map((f) => row[f]);
      expect(cells).toEqual(
        english.fields.filter((f) => f !== 'verdict_reason').map((f) => english.rows[i][f]),
      );
    });
    expect(japanese.rows.map((r) => r.判定の理由)).toEqual([
      null,
      '同じゲームがコード5としても提出されています。こちらが最初の提出です',
      null,
      null,
      '先に提出されたコード2と同じゲームです',
      'コードはTT1で始まるはずです',
    ]);
    expect(english.rows[5].verdict_reason).toBe('a code starts with TT1');
    expect(japanese.rows[0]['雇用:japan']).toBe(-65439);
    expect(japanese.rows.map((r) => r.サーバーによる検証)).toEqual([true, false, false, false, false, false]);
    // Numbers are written plainly (no grouping such as 49,649), so a spreadsheet reads them as numbers.
    expect(text).toMatch(/,-65439,/);
  });

  it('writes the moves file with Japanese column names', () => {
    useCatalog(JA, 'ja');
    const text = movesCsv(VERDICTS_OF);
    useCatalog(EN, 'en');
    const { fields, rows } = read(text);
    expect(fields.slice(0, MOVE_COLUMNS.length)).toEqual([
      '番号',
      '判定',
      '名前',
      'シナリオ',
      '手',
      'ターン',
      '会合',
      '担当',
      '指した人',
      '行動',
      '戦術の論点',
      '戦術の水準',
    ]);
    expect(rows).toHaveLength(parse(movesCsv(VERDICTS_OF)).rows.length);
    expect(rows.filter((r) => r.番号 === 3).map((r) => r.行動)).toEqual([
      'propose',
      'reject',
      'red-line',
      'walk-away',
    ]);
  });
});

describe('escapeText', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20', "'+44 20"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['  =1', "'  =1"],
    ['\uFF1D1', "'\uFF1D1"],
    ['Ada', 'Ada'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });
});
