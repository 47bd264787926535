/**
 * `npm run verify -- … --lang ja`: the report's lines, its verdicts and the CSV files' column names in Japanese,
 * through the same catalogs as the teacher's page (the CSV the same text the page writes in Japanese, BOM first);
 * `--lang en` is the default, and a language the game does not have is refused.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { movesCsv, resultsCsv } from '../../src/classroom/csv.ts';
import { codesFromText } from '../../src/classroom/input.ts';
import { isTranslationFileName } from '../../src/content/translation.ts';
import { JA } from '../../src/i18n/ja/index.ts';
import { EN, useCatalog } from '../../src/i18n/page-catalog.ts';
import { playComputerGame } from '../../src/model/agent/index.ts';
import { resultCode } from '../../src/model/code/result-code.ts';
import { verifyCodes } from '../../src/model/code/verify.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { displayWidth, formatTable } from '../../tools/lib/cli.ts';
import { loadScenario, testSettings } from '../helpers.ts';
import { type BadInput, itRefusesBadInput, lines, runTool, TOOL_TIMEOUT_MS, tempFile } from './run-tool.ts';

const TOOL = 'tools/verify.ts';
const SHIPPED = (await import('node:fs'))
  .readdirSync('src/content/scenarios')
  .filter((name) => name.endsWith('.json') && !isTranslationFileName(name))
  .map((name) => loadScenario(`src/content/scenarios/${name}`));
const US_JAPAN = SHIPPED.find((s) => s.id === 'us-japan-2025') as Scenario;
const lookup = (id: string) => SHIPPED.filter((s) => s.id === id);

const playedCode = (seed: string, name: string, side: 'us' | 'japan' = 'japan'): string =>
  resultCode(US_JAPAN, playComputerGame(US_JAPAN, testSettings(seed, { side })), name) ?? '';
const ada = playedCode('cli-1', 'Ada', 'us');
const ben = playedCode('cli-2', '佐藤');

function codesFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tariff-talks-verify-ja-')), 'class.txt');
  writeFileSync(path, text);
  return path;
}

afterEach(() => useCatalog(EN, 'en'));

describe('verify --lang ja', () => {
  it(
    'prints the verdicts, results, tally and files in Japanese, and writes the Japanese CSV files with a BOM',
    async () => {
      const text = [ada, ben, ada, 'not a code'].join('\n');
      const path = codesFile(text);
      const run = await runTool(TOOL, [path, '--lang', 'ja']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const out = lines(run.stdout);
      expect(out[0]).toMatch(
        /^#1 +重複 +Ada +同じゲームがコード3としても提出されています。こちらが最初の提出です$/,
      );
      expect(out[1]).toMatch(/^#2 +検証済み +佐藤 +japan：第\d回会合で合意。効用0\.\d{3}、利益の取り分\d+%$/);
      expect(out[2]).toMatch(/^#3 +重複 +Ada +先に提出されたコード1と同じゲームです$/);
      expect(out[3]).toMatch(/^#4 +破損 +- +/);
      expect(out.slice(4)).toEqual([
        'コード4件：検証済み1件、破損1件、重複2件',
        'セッションと照らし合わせていません。コードにはセッションや設定について何でも書けます。確認するには、あなたのセッションのリンクを --session <link> で加えてください',
        expect.stringMatching(
          new RegExp(`^結果：${path}\\.results\\.csv（4行）、手：${path}\\.moves\\.csv（\\d+行）$`),
        ),
      ]);

      const codes = codesFromText(text);
      const verdicts = verifyCodes(codes, lookup);
      useCatalog(JA, 'ja');
      const results = readFileSync(`${path}.results.csv`, 'utf8');
      expect(results).toBe(resultsCsv(verdicts, codes));
      expect(readFileSync(`${path}.moves.csv`, 'utf8')).toBe(movesCsv(verdicts));
      const bytes = readFileSync(`${path}.results.csv`);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = Papa.parse<Record<string, unknown>>(results, { header: true, dynamicTyping: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields?.slice(0, 3)).toEqual(['番号', '判定', '判定の理由']);
      expect(parsed.data.map((r) => [r.番号, r.名前])).toEqual([
        [1, 'Ada'],
        [2, '佐藤'],
        [3, 'Ada'],
        [4, null],
      ]);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'is English by default and with --lang en (the same report and files)',
    async () => {
      const path = codesFile(`${ada}\n${ben}\n`);
      const plain = await runTool(TOOL, [path]);
      const english = await runTool(TOOL, [path, '--lang=en']);
      expect(english.code).toBe(0);
      expect(english.stdout).toBe(plain.stdout);
      expect(lines(plain.stdout).at(-3)).toBe('2 codes: 2 verified');
      const results = readFileSync(`${path}.results.csv`, 'utf8');
      expect(results.startsWith('\uFEFF"number","verdict",')).toBe(true);
    },
    TOOL_TIMEOUT_MS,
  );
});

describe('formatTable', () => {
  it('lines up columns by the width a terminal gives each character (a Japanese one two)', () => {
    expect(displayWidth('検証済み')).toBe(8);
    expect(displayWidth('Ada「」')).toBe(7);
    expect(
      formatTable([
        ['#1', '検証済み', 'Ada'],
        ['#2', '重複', '佐藤'],
        ['#10', 'corrupt', '-'],
      ]),
    ).toEqual(['#1   検証済み  Ada', '#2   重複      佐藤', '#10  corrupt   -']);
  });
});

describe.concurrent('verify --lang: bad input', () => {
  const good = tempFile('codes.txt', `${ada}\n`);
  const cases: readonly BadInput[] = [
    ['a language the game does not have', [good, '--lang', 'fr'], /--lang must be en or ja, not "fr"/],
    ['--lang without a value', [good, '--lang'], /--lang/],
  ];
  itRefusesBadInput(TOOL, cases);
});
