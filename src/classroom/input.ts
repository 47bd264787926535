/**
 * Result codes out of whatever a teacher pastes or uploads: one code per line, or a CSV (a spreadsheet of a
 * form's answers, a results file exported before). Every non-blank line becomes one entry so that it gets a
 * verdict (a line that is not a code is `corrupt`, with the reason); nothing is ever evaluated.
 *
 * The work is bounded whatever the text: at most MAX_ENTRIES entries are read (the rest are counted as
 * dropped), each entry is cut to MAX_ENTRY_LENGTH characters before anyone decodes it, and only the first
 * MAX_INPUT_LENGTH characters of a text are looked at. The scan is one pass over the text, line by line.
 */
import { MAX_CODE_LENGTH, RESULT_PREFIX } from '../model/code/result-code.ts';

/** Entries read from one text at most: a class is a few dozen, a year group a few hundred. */
export const MAX_ENTRIES = 5_000;
/** An entry is cut to this length: one more than the longest code the decoder reads, so it says "too long". */
export const MAX_ENTRY_LENGTH = MAX_CODE_LENGTH + 1;
/** Characters of a text looked at: 20 million (a 20 MB file); anything after them is left out. */
export const MAX_INPUT_LENGTH = 20_000_000;
/** A line is split into cells only within its first 64 KB (a code in a row is in its first cells). */
const MAX_ROW_LENGTH = 65_536;
/** Lines looked at to tell a CSV from a list of codes, and to find its code column. */
const SNIFF_LINES = 50;

const DELIMITERS = [',', ';', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

/** What `readCodes` found in a text. */
export interface CodesRead {
  /** One entry per row, in order: a code, or the text that stood where a code should be. */
  readonly codes: readonly string[];
  /** Non-blank lines left out after the first MAX_ENTRIES entries (and in text past MAX_INPUT_LENGTH: 1). */
  readonly dropped: number;
  /** True when the text was longer than MAX_INPUT_LENGTH and its end was not read. */
  readonly truncated: boolean;
  /** True when the first row was taken for a CSV header (column names) and left out. */
  readonly header: boolean;
}

/** Calls `visit` with each line of the text (any of \r\n, \n, \r ends a line) until it returns false. */
function forEachLine(text: string, visit: (line: string) => boolean): void {
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  while (start <= text.length) {
    breaks.lastIndex = start;
    const found = breaks.exec(text);
    const end = found ? found.index : text.length;
    if (!visit(text.slice(start, end))) return;
    if (!found) return;
    start = end + found[0].length;
  }
}

/** Splits one CSV row on `delimiter`, honouring double quotes within the row ("" is a quote); cells trimmed. */
export function splitRow(line: string, delimiter: Delimiter): string[] {
  const row = line.length > MAX_ROW_LENGTH ? line.slice(0, MAX_ROW_LENGTH) : line;
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const ch = row[i];
    if (quoted) {
      if (ch === '"') {
        if (row[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** How many delimiters outside double quotes a line holds. */
function delimiterCount(line: string, delimiter: Delimiter): number {
  let count = 0;
  let quoted = false;
  const n = Math.min(line.length, MAX_ROW_LENGTH);
  for (let i = 0; i < n; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) count++;
  }
  return count;
}

/** The CSV delimiter of the first lines, or null for a plain list (one code a line). */
function sniffDelimiter(lines: readonly string[]): Delimiter | null {
  let best: Delimiter | null = null;
  let bestLines = 0;
  for (const d of DELIMITERS) {
    const n = lines.filter((line) => delimiterCount(line, d) > 0).length;
    if (n > bestLines) {
      best = d;
      bestLines = n;
    }
  }
  return best;
}

const startsCode = (cell: string): boolean => cell.startsWith(RESULT_PREFIX);

/** A code inside a cell of other text ("1. TT1…", "code: TT1…"): from the prefix at a word's start to the end. */
function codeWithin(cell: string): string | null {
  const at = cell.search(/(?:^|[^A-Za-z0-9_-])TT1[A-Za-z0-9_-]/);
  if (at < 0) return null;
  const from = cell.indexOf(RESULT_PREFIX, at);
  return cell.slice(from);
}

const cap = (entry: string): string =>
  entry.length > MAX_ENTRY_LENGTH ? entry.slice(0, MAX_ENTRY_LENGTH) : entry;

/**
 * The entry of one row: a cell that starts with the prefix, else the code column's cell, else a code after other
 * text in a cell ("1. TT1…"), else the first non-empty cell.
 */
function entryOf(cells: readonly string[], codeColumn: number | null): string {
  const code = cells.find(startsCode);
  if (code !== undefined) return code;
  const inColumn = codeColumn === null ? '' : (cells[codeColumn] ?? '');
  if (inColumn !== '') return inColumn;
  for (const cell of cells) {
    const within = codeWithin(cell);
    if (within !== null) return within;
  }
  return cells.find((cell) => cell !== '') ?? '';
}

/** A cell that is only a name for the codes: "code", "Result code", "Your result codes". */
const CODE_HEADING = /^(?:your\s+)?(?:result\s+)?codes?$/i;

/**
 * A header row: no code in it, and either a cell that names the codes or codes in the rows below. A row of one
 * cell is a header only when it is just a name for the codes ("code"): otherwise it is an entry, and gets a
 * verdict (a mistyped first code must not vanish).
 */
function headerOf(rows: readonly (readonly string[])[]): {
  readonly header: boolean;
  readonly codeColumn: number | null;
} {
  const [first, ...rest] = rows;
  if (first === undefined || first.some(startsCode)) return { header: false, codeColumn: null };
  if (first.length === 1) return { header: CODE_HEADING.test(first[0]), codeColumn: null };
  const named = first.findIndex((cell) => /\bcodes?\b/i.test(cell));
  if (named >= 0) return { header: true, codeColumn: named };
  const below = rest.find((cells) => cells.some(startsCode));
  if (below) return { header: true, codeColumn: below.findIndex(startsCode) };
  return { header: false, codeColumn: null };
}

/**
 * Reads the entries of a pasted or uploaded text, with what was left out. Never throws; the work is linear in
 * the text's length and at most MAX_INPUT_LENGTH characters are looked at.
 */
export function readCodes(text: string): CodesRead {
  const raw = typeof text === 'string' ? text : '';
  const truncated = raw.length > MAX_INPUT_LENGTH;
  const body = (truncated ? raw.slice(0, MAX_INPUT_LENGTH) : raw).replace(/^\uFEFF/, '');

  const sniffed: string[] = [];
  forEachLine(body, (line) => {
    if (line.trim() !== '') sniffed.push(line);
    return sniffed.length < SNIFF_LINES;
  });
  const delimiter = sniffDelimiter(sniffed);
  const cellsOf = (line: string): string[] => (delimiter ? splitRow(line, delimiter) : [line.trim()]);
  const { header, codeColumn } = headerOf(sniffed.map(cellsOf));

  const codes: string[] = [];
  let dropped = truncated ? 1 : 0;
  let skipHeader = header;
  forEachLine(body, (line) => {
    if (line.trim() === '') return true;
    if (skipHeader) {
      skipHeader = false;
      return true;
    }
    if (codes.length >= MAX_ENTRIES) dropped++;
    // A row of empty cells (",,,") is kept as it stands, so that it too gets a verdict.
    else codes.push(cap(entryOf(cellsOf(line), codeColumn) || line.trim()));
    return true;
  });
  return { codes, dropped, truncated, header };
}

/**
 * The entries of a pasted or uploaded text: one code per line, or a CSV (in each row the cell that starts with
 * TT1, else the cell of the code column, else the first non-empty cell); a header row is left out; from a line
 * of other text, the code from its TT1 on ("1. TT1…"). Blank lines are dropped; every other line is kept, so
 * that it gets a verdict. At most MAX_ENTRIES entries (`readCodes` says how many were left out), each at most
 * MAX_ENTRY_LENGTH characters. Never throws.
 */
export function codesFromText(text: string): string[] {
  return [...readCodes(text).codes];
}
