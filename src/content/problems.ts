/** Problems found in a scenario file. Every one carries a code, its JSON path and, for text, line and column. */
export const PROBLEM_CODES = [
  'JSON_SYNTAX',
  'TOO_LARGE',
  'TOO_DEEP',
  'SHAPE',
  'DUPLICATE_ID',
  'UNKNOWN_SOURCE',
  'UNKNOWN_PARTY',
  'UNKNOWN_ISSUE',
  'UNKNOWN_LEVEL',
  'UNKNOWN_SECTOR',
  'UNKNOWN_GROUP',
  'UNKNOWN_MEETING',
  'LEVELS_NOT_ORDERED',
  'VALUES_COUNT',
  'METRIC_NEEDS_PARTY',
  'SECTOR_ISSUE_KIND',
  'SECTOR_PARTIES',
  'PACKAGE_INCOMPLETE',
  'NO_DEAL_OFF_LEVEL',
  'EVENT_WINDOW',
  'DATES_NOT_ORDERED',
  'DIALOGUE_MISSING',
  'SPACE_TOO_LARGE',
  'ISSUE_IGNORED',
  'NO_RATIFIABLE_PACKAGE',
  'VALUE_OUT_OF_RANGE',
  'TOO_MANY_PROBLEMS',
  // Schema version 2 (issue 15): appended, so the codes above keep their places.
  'BAD_DATE',
  'NEEDS_VERSION_2',
  'TERM_EMPTY',
  'HISTORICAL_NOT_RATIFIED',
  'RED_LINE_NEVER_BINDS',
  'ISSUE_NO_EFFECT',
  'BALANCE_LOW_DEAL_RATE',
  // Presentation (schema-presentation.ts): warnings.
  'COLOUR_CONTRAST',
  'COLOURS_ALIKE',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];
export type JsonPath = readonly (string | number)[];

export interface ScenarioProblem {
  readonly code: ProblemCode;
  readonly severity: 'error' | 'warning';
  readonly path: JsonPath;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  /** TOO_MANY_PROBLEMS only: how many problems the list leaves out, by severity. */
  readonly omitted?: { readonly errors: number; readonly warnings: number };
}

/** How many problems there are in all: those listed, less the TOO_MANY_PROBLEMS line, plus those it leaves out. */
export function problemTotal(problems: readonly ScenarioProblem[]): number {
  let total = 0;
  for (const p of problems) total += p.omitted ? p.omitted.errors + p.omitted.warnings : 1;
  return total;
}

/** `$.issues[2].levels[0].value` */
export function formatPath(path: JsonPath): string {
  let out = '$';
  for (const part of path)
    out +=
      typeof part === 'number'
        ? `[${part}]`
        : /^[A-Za-z_$][\w$]*$/.test(part)
          ? `.${part}`
          : `[${JSON.stringify(part)}]`;
  return out;
}

/** One line per problem: `error SHAPE $.issues[0].levels (line 12, col 5): ...` */
export function formatProblem(problem: ScenarioProblem): string {
  const where = problem.line === undefined ? '' : ` (line ${problem.line}, col ${problem.column ?? 1})`;
  return `${problem.severity} ${problem.code} ${formatPath(problem.path)}${where}: ${problem.message}`;
}
