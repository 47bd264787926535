/**
 * The teacher's check from a terminal: the same verdicts and the same CSV files as the dashboard of the
 * teacher's page, for a file of result codes.
 *
 *   npm run verify -- <file of codes> [--session <link>]... [--scenario <file.json>]... [--results <out.csv>]
 *                     [--moves <out.csv>] [--json] [--lang en|ja]
 *
 * The file is read as the teacher's page reads a paste or an upload (src/classroom/input.ts): one code a line,
 * or a CSV. Each code is replayed against the scenarios that ship with the game (src/content/scenarios) and the
 * ones given with --scenario; one line per code (its number, verdict, name, and its result or why it failed),
 * then the tally. With --session (the teacher's own session link, as many as there are sessions), every code must
 * name one of those sessions and have been played as it locks the game, as on the teacher's page; without,
 * a code is checked only against what it says of itself, and the tool says so. The two CSV files
 * (src/classroom/csv.ts) go next to the input unless told otherwise. With --lang ja the report's lines, the
 * verdicts and the CSV files' column names are in Japanese, through the game's catalogs (English by default; the
 * reasons a code failed and the error messages stay in English).
 *
 * Exit codes: 0 the codes were checked (whatever their verdicts), 1 a --scenario file has errors, 2 bad input
 * (arguments, a --session that is not a session link, a file that cannot be read or holds no code, a CSV that
 * cannot be written), 3 a bug in the tool.
 * Anything that goes wrong is one line on stderr, never a stack trace (TARIFF_TALKS_DEBUG=1 adds it).
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { movesTable, resultsTable, toCsv } from '../src/classroom/csv.ts';
import { MAX_ENTRIES, MAX_INPUT_LENGTH, readCodes } from '../src/classroom/input.ts';
import { verdictReason } from '../src/classroom/reason.ts';
import { sessionFromText } from '../src/classroom/session-text.ts';
import { type StudentSummary, summaryOf } from '../src/classroom/summary.ts';
import { parseScenario } from '../src/content/parse.ts';
import { formatProblem } from '../src/content/problems.ts';
import { isTranslationFileName } from '../src/content/translation.ts';
import { JA } from '../src/i18n/ja/index.ts';
import { numberFormat } from '../src/i18n/numbers.ts';
import { EN, LANGUAGES, type Language, t, useCatalog } from '../src/i18n/page-catalog.ts';
import { sessionLookupOf } from '../src/model/code/session-check.ts';
import type { ClassSession } from '../src/model/code/session-link.ts';
import { VERDICTS, type Verdict, type VerdictKind, verifyCodes } from '../src/model/code/verify.ts';
import type { Scenario } from '../src/model/scenario.ts';
import { CliError, EXIT_OK, formatTable, oneLine, parseCli, readTextFile, runMain } from './lib/cli.ts';
import { loadScenario } from './lib/scenario-input.ts';

const USAGE = `usage: npm run verify -- <file of codes> [--session <link>]... [--scenario <file.json>]... [--results <out.csv>] [--moves <out.csv>] [--json] [--lang en|ja]
  <file of codes>        result codes, one a line, or a CSV with the codes in a column
  --session <link>       the link of your session (the address or its TS1… text; may be repeated): every code
                         must be from one of these sessions and played as it locks the game
  --scenario <file>      a scenario to check codes against, besides the ones that ship (may be repeated)
  --results <out.csv>    where to write the results, one row per code (default <file>.results.csv)
  --moves <out.csv>      where to write the moves, one row per move (default <file>.moves.csv)
  --json                 print the verdicts as one JSON object instead of lines
  --lang en|ja           the language of the lines, the verdicts and the CSV column names (default en)`;

/** The scenarios that ship with the game, read from the source tree. */
const SHIPPED_DIR = fileURLToPath(new URL('../src/content/scenarios/', import.meta.url));
/** A file of codes larger than this is refused before it is read (the reader looks at 20 million characters). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Takes every `--<flag> <value>` (or `--<flag>=<value>`) of the repeatable flags out of the arguments.
 */
function takeRepeated<F extends string>(
  args: readonly string[],
  flags: readonly F[],
): { values: Record<F, string[]>; rest: string[] } {
  const values = Object.fromEntries(flags.map((f) => [f, [] as string[]])) as Record<F, string[]>;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    const flag = flags.find((f) => arg === `--${f}` || arg.startsWith(`--${f}=`));
    if (flag === undefined) {
      rest.push(arg);
      continue;
    }
    let value: string | undefined;
    if (arg === `--${flag}`) {
      value = args[i + 1];
      if (value?.startsWith('--')) value = undefined;
      i++;
    } else value = arg.slice(`--${flag}=`.length);
    if (value === undefined || value === '')
      throw new CliError(`option --${flag} needs a value (see --help)`);
    values[flag].push(value);
  }
  return { values, rest };
}

/** The sessions given with --session, each read as the teacher's page reads a pasted link. */
function sessionsOf(links: readonly string[]): ClassSession[] {
  return links.map((link, i) => {
    const read = sessionFromText(link);
    if (!read.ok) throw new CliError(`--session ${i + 1} is not a session link: ${read.error}`);
    return read.value;
  });
}

function shippedScenarios(): Scenario[] {
  const names = readdirSync(SHIPPED_DIR)
    .filter((name) => name.endsWith('.json') && !isTranslationFileName(name))
    .sort();
  return names.map((name) => {
    const parsed = parseScenario(readTextFile(`${SHIPPED_DIR}${name}`));
    if (!parsed.ok)
      throw new Error(`the shipped scenario ${name} does not parse: ${formatProblem(parsed.error[0])}`);
    return parsed.value.scenario;
  });
}

/** The scenarios by id; a file with the same content as one already loaded is loaded once. */
function lookupOf(scenarios: readonly Scenario[]): (id: string) => readonly Scenario[] {
  const byId = new Map<string, Scenario[]>();
  for (const s of scenarios) {
    const list = byId.get(s.id) ?? [];
    if (!list.some((other) => other.hash === s.hash)) list.push(s);
    byId.set(s.id, list);
  }
  return (id) => byId.get(id) ?? [];
}

/**
 * Text from a code (a name, a reason quoting one) made safe for a terminal: no control or format characters
 * (escape sequences, bidi overrides).
 */
const printable = (text: string): string => text.replace(/[\p{Cc}\p{Cf}]/gu, '?');

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** A verified game's result in a few words: how it ended, the student's utility and share. */
function shortResult(s: StudentSummary): string {
  const ended =
    s.outcome === 'deal'
      ? t('teacher.verify.deal', { meeting: s.meetings })
      : s.reason === 'walked-away'
        ? t('teacher.verify.walkedAway', {
            side: s.endedBy ?? t('teacher.verify.aSide'),
            meeting: s.meetings,
          })
        : t('teacher.verify.deadline');
  const who = s.opponent === 'computer-vs-computer' ? t('teacher.verify.watched', { side: s.side }) : s.side;
  return t('teacher.verify.result', {
    who,
    ended,
    utility: s.utilities[s.sideIndex].toFixed(3),
    share: percent(s.surplusShare),
  });
}

const verdictName = (kind: VerdictKind): string => t(`teacher.verify.verdict.${kind}`);

function verdictLine(v: Verdict, index: number): string[] {
  const name = 'record' in v ? v.record.name : '';
  const summary = v.kind === 'verified' ? summaryOf(v) : null;
  const result = v.kind === 'verified' ? (summary ? shortResult(summary) : '') : verdictReason(v, index);
  return [`#${index + 1}`, verdictName(v.kind), printable(name) || '-', printable(result)];
}

function tallyOf(verdicts: readonly Verdict[]): Record<VerdictKind, number> {
  const tally = Object.fromEntries(VERDICTS.map((k) => [k, 0])) as Record<VerdictKind, number>;
  for (const v of verdicts) tally[v.kind]++;
  return tally;
}

function tallyLine(tally: Record<VerdictKind, number>, total: number): string {
  const parts = VERDICTS.filter((k) => tally[k] > 0).map((k) =>
    t('teacher.verify.tallyPart', { count: tally[k], verdict: verdictName(k) }),
  );
  return t('teacher.verify.tally', { count: total, parts: parts.join(t('teacher.verify.tallySeparator')) });
}

/** The catalog of --lang (English without it), or a CliError naming the languages there are. */
function useLanguageOf(lang: string | undefined): void {
  if (lang === undefined) return;
  if (!(LANGUAGES as readonly string[]).includes(lang))
    throw new CliError(`--lang must be ${LANGUAGES.join(' or ')}, not "${lang}"`);
  if ((lang as Language) === 'ja') useCatalog(JA, 'ja');
  else useCatalog(EN, 'en');
}

function writeCsv(path: string, text: string): void {
  try {
    writeFileSync(path, text, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw new CliError(`cannot write ${path}: no such directory`);
    if (code === 'EACCES') throw new CliError(`cannot write ${path}: permission denied`);
    if (code === 'EISDIR') throw new CliError(`cannot write ${path}: it is a directory`);
    throw new CliError(`cannot write ${path}: ${oneLine(error)}`);
  }
}

function main(): number {
  const { values: repeated, rest } = takeRepeated(process.argv.slice(2), ['scenario', 'session']);
  const files = repeated.scenario;
  const sessions = sessionsOf(repeated.session);
  const { values, positionals } = parseCli(rest, {
    help: { type: 'boolean' },
    json: { type: 'boolean' },
    results: { type: 'string' },
    moves: { type: 'string' },
    lang: { type: 'string' },
  });
  useLanguageOf(values.lang);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  const [path, ...extra] = positionals;
  if (path === undefined) throw new CliError('missing argument: the file of codes (see --help)');
  if (extra.length > 0)
    throw new CliError(`unexpected argument "${extra[0]}": verify takes one file (see --help)`);
  for (const [flag, value] of [
    ['--results', values.results],
    ['--moves', values.moves],
  ] as const)
    if (value === '') throw new CliError(`${flag} must name a file`);
  const resultsPath = values.results ?? `${path}.results.csv`;
  const movesPath = values.moves ?? `${path}.moves.csv`;
  if (resultsPath === movesPath)
    throw new CliError(`--results and --moves name the same file: ${resultsPath}`);

  let size = 0;
  try {
    size = statSync(path).size;
  } catch {
    // readTextFile says why the file cannot be read.
  }
  if (size > MAX_FILE_BYTES)
    throw new CliError(`${path} is ${Math.round(size / 2 ** 20)} MB: a file of codes is at most 64 MB`);
  const text = readTextFile(path, 'file of codes');
  const extraScenarios = files.map((file) => loadScenario(file).scenario);
  const read = readCodes(text);
  if (read.codes.length === 0) throw new CliError(`${path} holds no code: one code a line, or a CSV of them`);

  const lookup = lookupOf([...shippedScenarios(), ...extraScenarios]);
  const verdicts = verifyCodes(
    read.codes,
    lookup,
    sessions.length > 0 ? sessionLookupOf(sessions) : undefined,
  );
  const unchecked = sessions.length === 0 ? t('teacher.verify.unchecked') : null;
  // resultsCsv and movesCsv are toCsv of these tables: the same text as the teacher's page writes.
  const results = resultsTable(verdicts, read.codes);
  const moves = movesTable(verdicts);
  writeCsv(resultsPath, toCsv(results));
  writeCsv(movesPath, toCsv(moves));

  const tally = tallyOf(verdicts);
  const left = read.truncated
    ? t('teacher.verify.truncated', { max: numberFormat({}).format(MAX_INPUT_LENGTH), path })
    : read.dropped > 0
      ? t('teacher.verify.dropped', { max: MAX_ENTRIES, count: read.dropped })
      : null;
  if (values.json) {
    const out = {
      file: path,
      codes: verdicts.length,
      dropped: read.dropped,
      sessions: sessions.map((s) => s.id),
      tally,
      verdicts: verdicts.map((v, i) => {
        const s = summaryOf(v);
        return {
          number: i + 1,
          verdict: v.kind,
          name: 'record' in v ? v.record.name : null,
          reason: v.kind === 'verified' ? null : v.reason,
          result: s && {
            side: s.side,
            outcome: s.outcome,
            reason: s.reason,
            meetings: s.meetings,
            utility: s.utilities[s.sideIndex],
            surplusShare: s.surplusShare,
          },
        };
      }),
      results: resultsPath,
      moves: movesPath,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const lines = formatTable(
      verdicts.map((v, i) => verdictLine(v, i)),
      [0],
    );
    const written = t('teacher.verify.written', {
      results: resultsPath,
      rows: t('teacher.verify.rows', { count: results.rows.length }),
      moves: movesPath,
      moveRows: t('teacher.verify.rows', { count: moves.rows.length }),
    });
    process.stdout.write(
      `${[...lines, '', tallyLine(tally, verdicts.length), ...(left ? [left] : []), ...(unchecked ? [unchecked] : []), written].join('\n')}\n`,
    );
  }
  return EXIT_OK;
}

runMain('verify', main);
