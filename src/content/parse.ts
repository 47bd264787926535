/**
 * `parseScenario` turns a scenario file (text or parsed JSON) into a compiled Scenario, or reports every
 * problem at once: each with its JSON path, and with line and column when the input was text.
 */
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { contentHash } from '../model/hash.ts';
import { err, ok, type Result } from '../model/result.ts';
import type { Scenario } from '../model/scenario.ts';
import { compileScenario } from './compile.ts';
import {
  limitProblems,
  lineIndex,
  MAX_SCENARIO_CHARS,
  preflight,
  stripBom,
  tooDeepOffset,
  tooDeepPath,
  tooDeepProblem,
} from './limits.ts';
import type { JsonPath, ScenarioProblem } from './problems.ts';
import { type ScenarioData, ScenarioSchema } from './schema.ts';
import { scenarioWarnings } from './warnings.ts';

export interface ParsedScenario {
  readonly scenario: Scenario;
  readonly warnings: readonly ScenarioProblem[];
}

export interface ParseOptions {
  /**
   * false: leave out the designer's checks of a scenario that compiles (warnings.ts: a search of its packages).
   * The game's shipped scenarios are checked by the content tests, and the game never shows their warnings.
   */
  readonly designerWarnings?: boolean;
}

/** The closest node that exists along the path: a missing property points at its object. */
function locate(root: Node | undefined, path: JsonPath): Node | undefined {
  if (!root) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, [...path.slice(0, n)]);
    if (node) return node.parent?.type === 'property' && n === path.length ? node.parent : node;
  }
  return undefined;
}

type LineColumn = (offset: number) => { line: number; column: number };

function syntaxProblems(lineColumn: LineColumn, errors: readonly ParseError[]): ScenarioProblem[] {
  return errors.map((e) => ({
    code: 'JSON_SYNTAX',
    severity: 'error',
    path: [],
    message: `not valid JSON: ${printParseErrorCode(e.error)}`,
    ...lineColumn(e.offset),
  }));
}

/** A text nested too deep, found before any recursive parser sees it: its path if the JSON parses, its place. */
function deepTextProblem(text: string, offset: number, lineColumn: LineColumn): ScenarioProblem {
  let path: JsonPath = [];
  try {
    // V8's JSON.parse does not recurse on the stack: it reads 1,000,000 levels.
    path = tooDeepPath(JSON.parse(text)) ?? [];
  } catch {
    // Not JSON either: the place in the text says enough.
  }
  return { ...tooDeepProblem(path), ...lineColumn(offset) };
}

/** The data the schema reads from `value`, or every problem of its shape (one pass of the schema either way). */
function readShape(value: unknown): Result<ScenarioData, ScenarioProblem[]> {
  const parsed = ScenarioSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  const problems: ScenarioProblem[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          code: 'SHAPE',
          severity: 'error',
          path: [...path, key],
          message: `unknown property "${key}"`,
        });
      }
    } else {
      const missing = issue.code === 'invalid_type' && issue.input === undefined;
      const message = missing ? `a required property is missing (expected ${issue.expected})` : issue.message;
      problems.push({ code: 'SHAPE', severity: 'error', path, message });
    }
  }
  return err(problems);
}

/**
 * Parses a scenario. A string is read as JSON text (a leading byte-order mark is dropped, and problems get line
 * and column); anything else is taken as already-parsed JSON. Size and nesting are checked before anything
 * recursive reads the input, and at most MAX_PROBLEMS problems are listed (the last one counts the rest).
 * Never throws. `transform` (a translation, translate.ts) changes the checked data before it is compiled; the
 * scenario keeps the content hash of the data as read.
 */
export function parseScenario(
  input: unknown,
  transform?: (data: ScenarioData) => ScenarioData,
  options: ParseOptions = {},
): Result<ParsedScenario, readonly ScenarioProblem[]> {
  let value: unknown = input;
  let text: string | null = null;
  let lineColumn: LineColumn = () => ({ line: 1, column: 1 });
  let root: Node | undefined;
  if (typeof input === 'string') {
    if (input.length > MAX_SCENARIO_CHARS) {
      const size = `${(input.length / (1024 * 1024)).toFixed(1)} MB`;
      const most = `${MAX_SCENARIO_CHARS / (1024 * 1024)} MB`;
      const message = `the file is too large (${size}): a scenario file is at most ${most}`;
      return err([{ code: 'TOO_LARGE', severity: 'error', path: [], message }]);
    }
    text = stripBom(input);
    lineColumn = lineIndex(text);
    const deep = tooDeepOffset(text);
    if (deep >= 0) return err([deepTextProblem(text, deep, lineColumn)]);
    const errors: ParseError[] = [];
    root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    if (errors.length > 0 || !root)
      return err(
        limitProblems(
          syntaxProblems(lineColumn, errors.length ? errors : [{ error: 4, offset: 0, length: 0 }]),
        ),
      );
    value = JSON.parse(text);
  }
  const withPositions = (problems: readonly ScenarioProblem[]): ScenarioProblem[] =>
    limitProblems(problems).map((p) => {
      if (text === null || p.code === 'TOO_MANY_PROBLEMS') return p;
      const node = locate(root, p.path);
      return node ? { ...p, ...lineColumn(node.offset) } : p;
    });

  const refused = preflight(value);
  if (refused.length > 0) return err(withPositions(refused));
  const shape = readShape(value);
  if (!shape.ok) return err(withPositions(shape.error));
  const data = shape.value;
  const { scenario, problems } = compileScenario(transform ? transform(data) : data, contentHash(data));
  if (!scenario) return err(withPositions(problems));
  // The compiler's own warnings always; the designer's checks (warnings.ts) unless the caller has no use for them.
  const warnings =
    options.designerWarnings === false ? problems : [...problems, ...scenarioWarnings(scenario, problems)];
  return ok({ scenario, warnings: withPositions(warnings) });
}
