/**
 * `parseScenario` turns a scenario file (text or parsed JSON) into a compiled Scenario, or reports every
 * problem at once: each with its JSON path, and with line and column when the input was text.
 */
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { findRatifiablePackage } from '../model/analysis.ts';
import { err, ok, type Result } from '../model/result.ts';
import type { Scenario } from '../model/scenario.ts';
import { compileScenario } from './compile.ts';
import type { JsonPath, ScenarioProblem } from './problems.ts';
import { ScenarioSchema } from './schema.ts';

export interface ParsedScenario {
  readonly scenario: Scenario;
  readonly warnings: readonly ScenarioProblem[];
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
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

function syntaxProblems(text: string, errors: readonly ParseError[]): ScenarioProblem[] {
  return errors.map((e) => ({
    code: 'JSON_SYNTAX',
    severity: 'error',
    path: [],
    message: `not valid JSON: ${printParseErrorCode(e.error)}`,
    ...lineColumn(text, e.offset),
  }));
}

function shapeProblems(value: unknown): ScenarioProblem[] {
  const parsed = ScenarioSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return [];
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
  return problems;
}

/**
 * Parses a scenario. A string is read as JSON text (and problems get line and column); anything else is
 * taken as already-parsed JSON. Never throws.
 */
export function parseScenario(input: unknown): Result<ParsedScenario, readonly ScenarioProblem[]> {
  let value: unknown = input;
  let text: string | null = null;
  let root: Node | undefined;
  if (typeof input === 'string') {
    text = input;
    const errors: ParseError[] = [];
    root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    if (errors.length > 0 || !root)
      return err(syntaxProblems(text, errors.length ? errors : [{ error: 4, offset: 0, length: 0 }]));
    value = JSON.parse(text);
  }
  const withPositions = (problems: readonly ScenarioProblem[]): ScenarioProblem[] =>
    problems.map((p) => {
      if (text === null) return p;
      const node = locate(root, p.path);
      return node ? { ...p, ...lineColumn(text, node.offset) } : p;
    });

  const shape = shapeProblems(value);
  if (shape.length > 0) return err(withPositions(shape));
  const data = ScenarioSchema.parse(value);
  const { scenario, problems } = compileScenario(data);
  if (!scenario) return err(withPositions(problems));
  const warnings = [...problems];
  if (findRatifiablePackage(scenario) === null) {
    warnings.push({
      code: 'NO_RATIFIABLE_PACKAGE',
      severity: 'warning',
      path: ['parties'],
      message: 'no package would be ratified by both sides: no deal is possible',
    });
  }
  return ok({ scenario, warnings: withPositions(warnings) });
}
