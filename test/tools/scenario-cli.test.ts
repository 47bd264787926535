import { describe, expect, it } from 'vitest';
import { brokenText } from '../fixtures/broken-patches.ts';
import { MINI, readText } from '../helpers.ts';
import {
  type BadInput,
  itRefusesBadInput,
  lines,
  noStack,
  runTool,
  TOOL_TIMEOUT_MS,
  tempFile,
} from './run-tool.ts';

const TOOL = 'tools/scenario.ts';

/** Line and column (1-based) of the first occurrence of `needle` in `text`. */
function position(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

/** mini.json with one warning (no group cares about defense) and one error (no objection line for steel). */
function brokenMini(): { text: string; warning: string; error: string } {
  const mini = readText(MINI);
  const hawks = '{ "kind": "issue", "issue": "defense", "values": [0, 1], "weight": 1 }';
  const objection = '"steel": ["{issue} must come down."],';
  expect(mini).toContain(hawks);
  expect(mini).toContain(objection);
  const text = mini
    .replace(
      hawks,
      '{ "kind": "metric", "metric": "jobs", "party": "us", "sectors": ["farm"], "prefer": "more", "weight": 1 }',
    )
    .replace(objection, '');
  const issue = position(text, '{\n      "id": "defense"');
  const objections = position(text, '"objections": {\n        "cars": ["{issue} at');
  return {
    text,
    warning: `warning ISSUE_IGNORED $.issues[3] (line ${issue.line}, col ${issue.column}): no group cares about "defense"`,
    error: `error DIALOGUE_MISSING $.dialogue.japan.objections (line ${objections.line}, col ${objections.column}): no objection line for the issue "steel"`,
  };
}

/** The one warning of mini.json (schema version 2's checks): Japan's farmers block the historical deal. */
function miniWarning(text: string): string {
  const at = position(text, '"package": { "cars": "cars-15"');
  return `warning HISTORICAL_NOT_RATIFIED $.historicalDeal.package (line ${at.line}, col ${at.column}): Japan would not ratify the historical deal: 75% support of the 80% it needs (against: farmers)`;
}

describe('scenario check', () => {
  it(
    'passes mini.json with exit 0 (and its one warning)',
    async () => {
      const run = await runTool(TOOL, ['check', MINI]);
      expect(run.code).toBe(0);
      expect(lines(run.stdout)).toEqual([miniWarning(readText(MINI)), `${MINI}: 0 errors, 1 warning — ok`]);
      expect(run.stderr).toBe('');
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'lists every problem of a broken copy, errors first, with code, path and line, and exits 1',
    async () => {
      const broken = brokenMini();
      const path = tempFile('broken.json', broken.text);
      const run = await runTool(TOOL, ['check', path]);
      expect(run.code).toBe(1);
      expect(lines(run.stdout)).toEqual([broken.error, broken.warning, `${path}: 1 error, 1 warning`]);
      expect(run.stderr).toBe('');
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'exits 0 on warnings alone',
    async () => {
      const broken = brokenMini();
      const text = readText(MINI).replace(
        '{ "kind": "issue", "issue": "defense", "values": [0, 1], "weight": 1 }',
        '{ "kind": "metric", "metric": "jobs", "party": "us", "sectors": ["farm"], "prefer": "more", "weight": 1 }',
      );
      const path = tempFile('warning.json', text);
      const run = await runTool(TOOL, ['check', path]);
      expect(run.code).toBe(0);
      expect(lines(run.stdout)).toEqual([
        broken.warning,
        miniWarning(text),
        `${path}: 0 errors, 2 warnings — ok`,
      ]);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'tells a value of the wrong type from a missing one',
    async () => {
      const [wrong, missing] = await Promise.all([
        runTool(TOOL, ['check', tempFile('shape-wrong-type.json', brokenText('shape-wrong-type'))]),
        runTool(TOOL, ['check', tempFile('shape-missing-field.json', brokenText('shape-missing-field'))]),
      ]);
      expect([wrong.code, missing.code]).toEqual([1, 1]);
      expect(lines(wrong.stdout)[0]).toMatch(
        /^error SHAPE \$\.parties\[0\]\.groups\[0\]\.influence \(line \d+, col \d+\): .*expected number, received string$/,
      );
      expect(lines(missing.stdout)[0]).toMatch(
        /^error SHAPE \$\.meetings\[1\]\.date \(line \d+, col \d+\): a required property is missing \(expected string\)$/,
      );
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'lists JSON syntax problems with their line',
    async () => {
      const path = tempFile('syntax.json', readText(MINI).replace('"version": "1",', '"version": "1"'));
      const run = await runTool(TOOL, ['check', path]);
      expect(run.code).toBe(1);
      expect(lines(run.stdout)).toEqual([
        'error JSON_SYNTAX $ (line 6, col 3): not valid JSON: CommaExpected',
        `${path}: 1 error, 0 warnings`,
      ]);
    },
    TOOL_TIMEOUT_MS,
  );
});

describe('scenario analyze', () => {
  it(
    'prints the space size, the frontier size, the Nash point and the historical deal of mini.json',
    async () => {
      const run = await runTool(TOOL, ['analyze', MINI, '--no-timing']);
      expect(run.code).toBe(0);
      // Warnings go to stderr, the analysis to stdout.
      expect(lines(run.stderr)).toEqual([miniWarning(readText(MINI))]);
      const out = lines(run.stdout);
      // 3 car levels x 2 steel x 3 farm x 2 defense = 36 packages. Ten of them are Pareto-optimal (checked
      // against a brute-force pairwise dominance count over all 36 utility pairs).
      expect(out).toContain('Outcome space: 36 packages; Pareto frontier: 10 packages');
      expect(out).toContain('Nash point: US 0.500, Japan 0.750');
      expect(out.some((l) => l.startsWith('Historical deal (2025-07-22): '))).toBe(true);
      expect(out.some((l) => l.startsWith('Analysis took'))).toBe(false);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'prints the same figures as JSON',
    async () => {
      const run = await runTool(TOOL, ['analyze', MINI, '--json']);
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout) as { spaceSize: number; frontierSize: number; analyzeMs: number };
      expect(json.spaceSize).toBe(36);
      expect(json.frontierSize).toBe(10);
      expect(json.analyzeMs).toBeGreaterThanOrEqual(0);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'refuses a scenario with errors with exit 1',
    async () => {
      const path = tempFile('broken.json', brokenMini().text);
      const run = await runTool(TOOL, ['analyze', path]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      noStack(run.stderr);
      expect(lines(run.stderr).at(-1)).toMatch(/has 1 error, 1 warning/);
    },
    TOOL_TIMEOUT_MS,
  );
});

describe('scenario: bad input gets one line on stderr and exit 2, never a stack trace', () => {
  const notJson = tempFile('notes.txt', 'These are my notes, not a scenario.\n');
  const notScenario = tempFile('other.json', '{ "name": "something else", "version": 2 }\n');
  const array = tempFile('array.json', '[1, 2, 3]\n');
  const empty = tempFile('empty.json', '');
  const cases: readonly BadInput[] = [
    ['a missing file', ['check', 'no/such/file.json'], /^scenario: no such file: no\/such\/file\.json\n$/],
    ['a directory', ['check', 'test'], /^scenario: not a file: test\n$/],
    ['a file that is not JSON', ['check', notJson], /is not JSON \(line 1, col 1\)/],
    ['JSON that is not a scenario', ['analyze', notScenario], /is JSON but not a scenario/],
    ['a JSON array', ['check', array], /the top level is an array/],
    ['an empty file', ['check', empty], /is empty/],
    ['an unknown command', ['frobnicate', MINI], /unknown command "frobnicate"/],
    ['an unknown flag', ['check', MINI, '--fast'], /unknown option --fast/],
    ['a missing file argument', ['analyze'], /missing argument/],
    ['no command at all', [], /missing command/],
    ['an extra argument', ['check', MINI, MINI, MINI], /unexpected argument/],
    ['an extra argument to analyze', ['analyze', MINI, MINI], /unexpected argument/],
    ['--lang with analyze', ['analyze', MINI, '--lang', 'ja'], /--lang is an option of check/],
    ['a bad --lang', ['check', MINI, '--lang', 'Japanese!'], /not a language tag/],
    ['--lang and a translation file', ['check', MINI, MINI, '--lang', 'ja'], /not both/],
    ['--lang with no translation beside', ['check', MINI, '--lang', 'ja'], /no translation into "ja"/],
  ];
  itRefusesBadInput(TOOL, cases);

  it(
    'prints a usage line for --help',
    async () => {
      const run = await runTool(TOOL, ['--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^usage: npm run scenario -- <check\|analyze> <file>/);
    },
    TOOL_TIMEOUT_MS,
  );
});
