/**
 * The two CSV files of a class's results, the same from the teacher's page and from `npm run verify`:
 *
 * - results: one row per code, in the order the codes came, with its verdict (the row of a code that did not
 *   verify has its verdict, its reason and, when the code could be read, who it names);
 * - moves: one row per move of every verified game (duplicates too, marked), every decision and not only the
 *   final score, with each side's utility of the offer the move is about under the parameters of that moment.
 *
 * Format (RFC 4180, written by papaparse `unparse`): comma-separated, CRLF between rows, no final line break,
 * UTF-8 starting with a byte-order mark (Excel on Windows reads a file without one in the system's code page and
 * garbles Japanese; papaparse and spreadsheets take it off); a header row of column names in the language in use
 * (English: the machine names below, which scripts rely on; Japanese: 番号, 判定, …, `水準:<issue id>`, the ids
 * staying as they are); every text cell in double quotes (a quote
 * inside doubled), numbers and true/false bare, an empty cell for "none". Numbers are written as numbers, so a
 * negative figure (jobs lost: -54500) stays a number that a spreadsheet can sum; only TEXT cells are escaped
 * against formulas: a text that begins with = + - @ (or their full-width forms, after any spaces), a tab or a
 * carriage return gets a leading apostrophe ('=SUM(A1) is shown as text and never runs). A number cannot run.
 *
 * Columns are fixed, then per scenario content, named by id: `level:<issue id>` (the level's label),
 * `tariff:<issue id>` (the rate of a tariff issue), and per party `utility:<party id>` and so on; with codes of
 * several scenarios the issues and parties are the union, in the order they first appear (a cell is empty for
 * a game whose scenario has no such issue). Rounding: utilities, gains, shares and distances to 4 decimals
 * (0–1 scale), approval to 2 decimals (0–100), jobs to whole jobs; rates as the scenario states them.
 */
import Papa from 'papaparse';
import { t } from '../i18n/catalog.ts';
import type { Verdict } from '../model/code/verify.ts';
import type { Scenario } from '../model/scenario.ts';
import { type MoveFact, movesOf } from './moves.ts';
import { verdictReason } from './reason.ts';
import { type StudentSummary, summaryOf } from './summary.ts';

/** A cell before it is written: text, a number, true/false, or null for an empty cell. */
export type Cell = string | number | boolean | null;

/** A CSV file's content: its column names and its rows (one cell per column). */
export interface Table {
  readonly fields: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** Text a spreadsheet could take for a formula: = + - @ (ASCII or full-width) after any spaces, a tab, a CR. */
const FORMULA_START = /^(?:\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/;

/** A text cell made safe for a spreadsheet: a leading apostrophe when it could start a formula. */
export const escapeText = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** A cell as written: text escaped, numbers kept as numbers (a non-finite one as an empty cell). */
function safeCell(cell: Cell): Cell {
  if (typeof cell === 'string') return escapeText(cell);
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return cell;
}

/** The byte-order mark every CSV file starts with (U+FEFF, written as EF BB BF in UTF-8). */
export const BOM = '\uFEFF';

/** Writes a table as CSV text (see the top of this file for the format). */
export function toCsv(table: Table): string {
  const text = Papa.unparse(
    { fields: table.fields.map(escapeText), data: table.rows.map((row) => row.map(safeCell)) },
    { quotes: (value: unknown) => typeof value === 'string', newline: '\r\n', delimiter: ',', header: true },
  );
  // Without rows papaparse ends the header with a line break; the file never ends with one.
  return BOM + (text.endsWith('\r\n') ? text.slice(0, -2) : text);
}

/** Every column kind of both files, by its machine name. */
type ColumnName =
  | (typeof RESULT_COLUMNS)[number]
  | (typeof RESULT_PARTY_COLUMNS)[number]
  | (typeof MOVE_COLUMNS)[number]
  | 'level'
  | 'tariff'
  | 'verified_by_server'
  | 'code';

/** A column's name in the language in use ("number" / "番号"). */
export const columnTitle = (column: ColumnName): string => t(`classroom.csv.column.${column}`);

/** The name of an issue's or a party's column: "level:cars" / "水準:cars". */
const columnOf = (column: ColumnName, id: string): string =>
  t('classroom.csv.column.of', { column: columnTitle(column), id });

const round = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
};
const u4 = (x: number | null): number | null => (x === null ? null : round(x, 4));

/** The issues and parties of the scenarios of the verified games, in the order they first appear. */
function contentOf(verdicts: readonly Verdict[]): {
  readonly issues: readonly string[];
  readonly tariffs: readonly string[];
  readonly parties: readonly string[];
} {
  const issues = new Set<string>();
  const tariffs = new Set<string>();
  const parties = new Set<string>();
  const seen = new Set<Scenario>();
  for (const v of verdicts) {
    if (v.kind !== 'verified' && v.kind !== 'duplicate') continue;
    if (seen.has(v.scenario)) continue;
    seen.add(v.scenario);
    for (const p of v.scenario.parties) parties.add(p.id);
    for (const iss of v.scenario.issues) {
      issues.add(iss.id);
      if (iss.kind === 'tariff') tariffs.add(iss.id);
    }
  }
  return { issues: [...issues], tariffs: [...tariffs], parties: [...parties] };
}

/** The fixed columns of the results file, before the columns named by issue and party ids. */
export const RESULT_COLUMNS = [
  'number',
  'verdict',
  'verdict_reason',
  'duplicate_of',
  'name',
  'session',
  'scenario',
  'scenario_version',
  'seed',
  'side',
  'opponent',
  'difficulty',
  'outcome',
  'outcome_reason',
  'ended_by',
  'meetings',
  'moves',
  'failed_ratifications',
  'student_utility',
  'student_surplus_share',
  'nash_distance',
  'pareto_distance',
] as const;

/** Per-party columns of the results file, each followed by ":<party id>". */
export const RESULT_PARTY_COLUMNS = [
  'utility',
  'gain',
  'surplus_share',
  'jobs',
  'approval',
  'ratified',
] as const;

/**
 * The results file as a table: one row per code, in order. `number` is the code's position (1-based),
 * `duplicate_of` the number of the first copy of the same game (its own number for the first copy); `code` (the last column) the text as read.
 * With `signed` (the teacher's page), a column `verified_by_server` before `code` says whether a live server sent
 * the code with its signature (true/false); `npm run verify` has no such column.
 */
export function resultsTable(
  verdicts: readonly Verdict[],
  codes: readonly string[],
  signed?: readonly boolean[],
): Table {
  const { issues, tariffs, parties } = contentOf(verdicts);
  const fields = [
    ...RESULT_COLUMNS.map(columnTitle),
    ...issues.map((id) => columnOf('level', id)),
    ...tariffs.map((id) => columnOf('tariff', id)),
    ...RESULT_PARTY_COLUMNS.flatMap((c) => parties.map((id) => columnOf(c, id))),
    ...(signed ? [columnTitle('verified_by_server')] : []),
    columnTitle('code'),
  ];
  const rows = verdicts.map((v, i): Cell[] => {
    const record = 'record' in v ? v.record : null;
    const s = summaryOf(v);
    const partyCells = (f: (s: StudentSummary, p: 0 | 1) => Cell): Cell[] =>
      parties.map((id) => {
        const p = s ? s.parties.indexOf(id) : -1;
        return s && (p === 0 || p === 1) ? f(s, p) : null;
      });
    return [
      i + 1,
      v.kind,
      verdictReason(v, i),
      v.kind === 'duplicate' ? v.of + 1 : null,
      record?.name ?? null,
      record?.session?.id ?? null,
      record?.scenario.id ?? null,
      record?.scenario.version ?? null,
      record?.settings.seed ?? null,
      record?.settings.side ?? null,
      record?.settings.opponent ?? null,
      record?.settings.difficulty ?? null,
      s?.outcome ?? null,
      s?.reason ?? null,
      s?.endedBy ?? null,
      s?.meetings ?? null,
      s?.moves ?? null,
      s?.failedRatifications ?? null,
      s ? u4(s.utilities[s.sideIndex]) : null,
      s ? u4(s.surplusShare) : null,
      s ? u4(s.nashDistance) : null,
      s ? u4(s.paretoDistance) : null,
      ...issues.map((id) => s?.levels.find((l) => l.issue === id)?.label ?? null),
      ...tariffs.map((id) => s?.tariffs.find((t) => t.issue === id)?.rate ?? null),
      ...partyCells((s, p) => u4(s.utilities[p])),
      ...partyCells((s, p) => u4(s.gains[p])),
      ...partyCells((s, p) => u4(s.shares[p])),
      ...partyCells((s, p) => round(s.jobs[p], 0)),
      ...partyCells((s, p) => round(s.approval[p], 2)),
      ...partyCells((s, p) => (s.ratified ? s.ratified[p] : null)),
      ...(signed ? [signed[i] === true] : []),
      codes[i] ?? '',
    ];
  });
  return { fields, rows };
}

/** The fixed columns of the moves file, before the package's levels and each party's utility of it. */
export const MOVE_COLUMNS = [
  'number',
  'verdict',
  'name',
  'scenario',
  'move',
  'turn',
  'meeting',
  'side',
  'who',
  'action',
  'tactic_issue',
  'tactic_level',
] as const;

function tacticCells(v: { scenario: Scenario }, fact: MoveFact): [Cell, Cell] {
  const a = fact.action;
  if (a.type === 'red-line' || a.type === 'link') {
    const issue = v.scenario.issues[a.issue];
    const level = a.type === 'red-line' ? (issue?.levels[a.level]?.label ?? null) : null;
    return [issue?.id ?? null, level];
  }
  return [null, null];
}

/**
 * The moves file as a table: one row per move of every verified or duplicate game, in the order of the codes
 * and of the moves. `move`, `turn` and `meeting` count from 1; `who` is student, computer or second player;
 * `level:<issue id>` and `utility:<party id>` describe the package the move is about (the offer made, or the
 * offer accepted or rejected) under the parameters at that moment; they are empty for the other moves.
 */
export function movesTable(verdicts: readonly Verdict[]): Table {
  const { issues, parties } = contentOf(verdicts);
  const fields = [
    ...MOVE_COLUMNS.map(columnTitle),
    ...issues.map((id) => columnOf('level', id)),
    ...parties.map((id) => columnOf('utility', id)),
  ];
  const rows: Cell[][] = [];
  verdicts.forEach((v, i) => {
    if (v.kind !== 'verified' && v.kind !== 'duplicate') return;
    const { scenario, record } = v;
    for (const fact of movesOf(scenario, record)) {
      const pkg = fact.package;
      rows.push([
        i + 1,
        v.kind,
        record.name,
        scenario.id,
        fact.index + 1,
        fact.turn + 1,
        fact.meeting + 1,
        scenario.parties[fact.side].id,
        fact.who,
        fact.action.type,
        ...tacticCells(v, fact),
        ...issues.map((id) => {
          const j = scenario.issues.findIndex((iss) => iss.id === id);
          return pkg && j >= 0 ? (scenario.issues[j].levels[pkg[j]]?.label ?? null) : null;
        }),
        ...parties.map((id) => {
          const p = scenario.parties.findIndex((party) => party.id === id);
          return fact.utilities && p >= 0 ? u4(fact.utilities[p]) : null;
        }),
      ]);
    }
  });
  return { fields, rows };
}

/** The results file: one row per code (verified or not), as CSV text. `codes[i]` is the text of `verdicts[i]`. */
export function resultsCsv(
  verdicts: readonly Verdict[],
  codes: readonly string[],
  signed?: readonly boolean[],
): string {
  return toCsv(resultsTable(verdicts, codes, signed));
}

/** The moves file: one row per move of every verified (or duplicate) game, as CSV text. */
export function movesCsv(verdicts: readonly Verdict[]): string {
  return toCsv(movesTable(verdicts));
}
