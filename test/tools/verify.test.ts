import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { movesCsv, resultsCsv } from '../../src/classroom/csv.ts';
import { codesFromText } from '../../src/classroom/input.ts';
import { isTranslationFileName } from '../../src/content/translation.ts';
import { playComputerGame } from '../../src/model/agent/index.ts';
import {
  decodeResultCode,
  encodeRecord,
  resultCode,
  sealOf,
  studentSeed,
} from '../../src/model/code/result-code.ts';
import { type ClassSession, encodeSession } from '../../src/model/code/session-link.ts';
import { verifyCodes } from '../../src/model/code/verify.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import type { GameState } from '../../src/model/types.ts';
import { brokenText } from '../fixtures/broken-patches.ts';
import { loadScenario, MINI, testSession, testSettings } from '../helpers.ts';
import { type BadInput, itRefusesBadInput, lines, runTool, TOOL_TIMEOUT_MS, tempFile } from './run-tool.ts';

const TOOL = 'tools/verify.ts';
const SHIPPED = readdirSync('src/content/scenarios')
  .filter((name) => name.endsWith('.json') && !isTranslationFileName(name))
  .map((name) => loadScenario(`src/content/scenarios/${name}`));
const US_JAPAN = SHIPPED.find((s) => s.id === 'us-japan-2025') as Scenario;
const MINI_SCENARIO = loadScenario(MINI);
const shippedLookup = (id: string) => SHIPPED.filter((s) => s.id === id);

function code(scenario: Scenario, game: GameState, name: string): string {
  const text = resultCode(scenario, game, name);
  if (text === null) throw new Error('the game did not end');
  return text;
}

const ada = code(US_JAPAN, playComputerGame(US_JAPAN, testSettings('cli-1', { side: 'us' })), 'Ada');
const ben = code(US_JAPAN, playComputerGame(US_JAPAN, testSettings('cli-2', { difficulty: 'easy' })), 'Ben');
const dana = code(MINI_SCENARIO, playComputerGame(MINI_SCENARIO, testSettings('cli-3')), 'Dana');
/** Ben's code with another name put in, and the seal not redone. */
const renamed = (() => {
  const decoded = decodeResultCode(ben);
  if (!decoded.ok) throw new Error(decoded.error.message);
  return encodeRecord({ ...decoded.value, name: 'Mallory' });
})();

/** A fresh directory holding one file of codes. */
function codesFile(name: string, text: string): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tariff-talks-verify-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return { dir, path };
}

describe('verify', () => {
  it(
    'prints a verdict per code and the tally, and writes the same CSV files as the teacher’s page',
    async () => {
      const text = [ada, '', ben, ada, 'not a code', renamed, dana].join('\r\n');
      const { path } = codesFile('class.txt', text);
      const run = await runTool(TOOL, [path]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const out = lines(run.stdout);
      expect(out).toHaveLength(9);
      const codes = codesFromText(text);
      const verdicts = verifyCodes(codes, shippedLookup);
      const moveCount = verdicts.reduce((n, v) => n + ('game' in v ? v.game.log.length : 0), 0);
      expect(out[0]).toBe(
        '#1  duplicate      Ada      the same game was handed in again as code 3; this copy came first',
      );
      expect(out[1]).toMatch(/^#2 {2}verified {7}Ben {6}japan: deal in meeting \d; /);
      expect(out.slice(2)).toEqual([
        '#3  duplicate      Ada      the same game as code 1, which came first',
        '#4  corrupt        -        a code starts with TT1',
        '#5  tampered       Mallory  the seal does not match: the name, settings, moves or result were edited',
        '#6  other-version  Dana     the code is for the scenario “mini”, which is not loaded here',
        '6 codes: 1 verified, 1 tampered, 1 other-version, 1 corrupt, 2 duplicate',
        'not checked against a session: a code can say anything of its session and settings. Add --session <link> of your session to check them',
        `results: ${path}.results.csv (6 rows); moves: ${path}.moves.csv (${moveCount} rows)`,
      ]);
      expect(readFileSync(`${path}.results.csv`, 'utf8')).toBe(resultsCsv(verdicts, codes));
      expect(readFileSync(`${path}.moves.csv`, 'utf8')).toBe(movesCsv(verdicts));
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'checks codes against more scenarios (--scenario, repeated), writes where told, and prints JSON',
    async () => {
      const text = `name,code\nAda,${ada}\nDana,${dana}\n`;
      const { dir, path } = codesFile('class.csv', text);
      const results = join(dir, 'out-results.csv');
      const moves = join(dir, 'out-moves.csv');
      const run = await runTool(TOOL, [
        path,
        '--scenario',
        MINI,
        `--scenario=${MINI}`,
        '--results',
        results,
        '--moves',
        moves,
        '--json',
      ]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(json).toMatchObject({
        file: path,
        codes: 2,
        dropped: 0,
        tally: { verified: 2, tampered: 0, 'other-version': 0, corrupt: 0, duplicate: 0 },
        results,
        moves,
      });
      expect((json.verdicts as { name: string; verdict: string }[]).map((v) => [v.name, v.verdict])).toEqual([
        ['Ada', 'verified'],
        ['Dana', 'verified'],
      ]);
      const codes = [ada, dana];
      const verdicts = verifyCodes(codes, (id) => [...SHIPPED, MINI_SCENARIO].filter((s) => s.id === id));
      expect(readFileSync(results, 'utf8')).toBe(resultsCsv(verdicts, codes));
      expect(readFileSync(moves, 'utf8')).toBe(movesCsv(verdicts));
      expect(existsSync(`${path}.results.csv`)).toBe(false);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'checks every code against the teacher’s sessions (--session, repeated): forged settings and other sessions',
    async () => {
      const session = testSession(US_JAPAN, {
        title: '7B',
        sides: { kind: 'choose' },
        seed: 'cli-s',
        seeding: 'student',
      });
      const other: ClassSession = { ...session, id: 'class-8a', seed: 'cli-t', seeding: 'class' };
      const codeSession = { id: session.id, classSeed: session.seed };
      const honestGame = playComputerGame(US_JAPAN, testSettings(studentSeed(session.seed, 'Aiko')));
      const honest = resultCode(US_JAPAN, honestGame, 'Aiko', codeSession) ?? '';
      const decoded = decodeResultCode(honest);
      if (!decoded.ok) throw new Error(decoded.error.message);
      // Renamed, resealed, and the class seed blanked so that the seed no longer depends on the name.
      const next = { ...decoded.value, name: 'Copy Cat', session: { id: session.id, classSeed: null } };
      const stolen = encodeRecord({ ...next, seal: sealOf(next) });
      const eighth = resultCode(US_JAPAN, playComputerGame(US_JAPAN, testSettings('cli-t')), 'Ben', {
        id: other.id,
        classSeed: null,
      });
      const { path } = codesFile('class.txt', [honest, stolen, ada, eighth].join('\n'));
      const link = `https://school.example/tariff-talks/index.html?session=${encodeSession(session)}`;
      const run = await runTool(TOOL, [path, '--session', link, `--session=${encodeSession(other)}`]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const out = lines(run.stdout);
      expect(out[0]).toMatch(/^#1 {2}verified {7}Aiko {6}japan: deal/);
      expect(out.slice(1, 5)).toEqual([
        '#2  tampered       Copy Cat  the session “7B” gives each student a seed of their own, but the code does not carry the session’s class seed',
        '#3  other-session  Ada       the game was played outside a classroom session: its settings and seed cannot be checked against one of yours',
        expect.stringMatching(/^#4 {2}verified {7}Ben {7}japan: /),
        '4 codes: 2 verified, 1 tampered, 1 other-session',
      ]);
      expect(run.stdout).not.toMatch(/not checked against a session/);
      // Without the sessions the forgery is not found: the two copies are only duplicates, either the real one.
      const unchecked = await runTool(TOOL, [path, '--json']);
      const json = JSON.parse(unchecked.stdout) as { verdicts: { verdict: string }[] };
      expect(json.verdicts.map((v) => v.verdict)).toEqual(['duplicate', 'duplicate', 'verified', 'verified']);
    },
    TOOL_TIMEOUT_MS,
  );
});

describe.concurrent('verify: bad input gets one line on stderr and exit 2, never a stack trace', () => {
  const good = tempFile('codes.txt', `${ada}\n`);
  const blank = tempFile('blank.txt', '\n \r\n');
  const cases: readonly BadInput[] = [
    ['no file', [], /^verify: missing argument: the file of codes/],
    ['a missing file', ['no/such.txt'], /^verify: no such file: no\/such\.txt/],
    ['a directory', ['test'], /^verify: not a file: test/],
    ['a file without codes', [blank], /holds no code/],
    ['two files', [good, good], /unexpected argument/],
    ['an unknown flag', [good, '--fast'], /unknown option --fast/],
    ['--scenario without a file', [good, '--scenario'], /option --scenario needs a value/],
    ['--scenario that is missing', [good, '--scenario', 'no/such.json'], /no such file: no\/such\.json/],
    ['--results without a value', [good, '--results'], /option --results needs a value/],
    [
      '--results into no directory',
      [good, '--results', 'no/such/dir/r.csv'],
      /cannot write no\/such\/dir\/r\.csv/,
    ],
    ['the same file twice', [good, '--results', 'x.csv', '--moves', 'x.csv'], /name the same file/],
    ['--session without a link', [good, '--session'], /option --session needs a value/],
    ['--session that is not a link', [good, '--session', 'TT1abc'], /--session 1 is not a session link/],
    ['--session that is damaged', [good, '--session', 'TS1AAAA'], /--session 1 is not a session link: /],
  ];
  itRefusesBadInput(TOOL, cases);

  it(
    'lists the problems of a broken --scenario file and exits 1',
    async () => {
      const broken = tempFile('unknown-group.json', brokenText('unknown-group'));
      const run = await runTool(TOOL, [good, '--scenario', broken]);
      expect(run.code).toBe(1);
      expect(lines(run.stderr).at(-1)).toBe(`verify: ${broken} is not a valid scenario: 1 error, 0 warnings`);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'prints --help',
    async () => {
      const run = await runTool(TOOL, ['--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^usage: npm run verify -- <file of codes>/);
    },
    TOOL_TIMEOUT_MS,
  );
});
