/**
 * The teacher's page in Japanese (teacher.html?lang=ja), as a Japanese teacher uses it: set up a session whose
 * link fixes the students' language, print-preview the handout, verify the class's codes (real games played in
 * that session), export the results CSV and read it back (BOM, Japanese column names, the rows); and the
 * language switch in the header, which reloads the page without losing a pasted but unsubmitted code list.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { parseScenario } from '../../src/content/parse';
import { playComputerGame } from '../../src/model/agent/index';
import {
  type ClassSession,
  decodeResultCode,
  decodeSession,
  encodeRecord,
  resultCode,
  studentSeed,
} from '../../src/model/code/index';
import type { Scenario } from '../../src/model/scenario';
import { expect, saveScreenshot, test } from './support';

function shipped(): Scenario {
  const parsed = parseScenario(
    readFileSync(new URL('../../src/content/scenarios/us-japan-2025.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('the shipped scenario does not parse');
  return parsed.value.scenario;
}

const scenario = shipped();

/** A finished game's code in `session`, the computer playing for the student (legal moves: it verifies). */
function codeOf(session: ClassSession, side: 'japan' | 'us', name: string): string {
  const seed = studentSeed(session.seed, name);
  const game = playComputerGame(scenario, { seed, side, opponent: 'computer', difficulty: 'normal' });
  const code = resultCode(scenario, game, name, { id: session.id, classSeed: session.seed });
  if (!code) throw new Error('the game did not end');
  return code;
}

async function openTeacher(page: Page, address = './teacher.html?lang=ja'): Promise<void> {
  await page.goto(address);
  await expect(page.locator('#teacher[data-ready="true"]')).toBeAttached({ timeout: 15_000 });
}

const verdicts = (page: Page) =>
  page
    .locator('#tt-class-table tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-verdict')));

async function downloadedBytes(download: Download): Promise<Buffer> {
  return readFileSync(await download.path());
}

test.describe('teacher page in Japanese', () => {
  test('sets up a session for Japanese students, verifies their codes and exports a Japanese CSV', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openTeacher(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await expect(page.locator('h1')).toHaveText('Tariff Talks 先生用ページ');
    await expect(page).toHaveTitle('Tariff Talks 先生用ページ');
    const switcher = page.getByRole('group', { name: 'このページの言語' });
    await expect(switcher.getByRole('button', { name: '日本語' })).toHaveAttribute('aria-pressed', 'true');
    await expect(switcher.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');

    // The session: title, scenario, sides, a seed per student, and the students' language fixed to Japanese.
    await page.getByLabel('セッションの名前（例：クラス名と日付）').fill('3年B組 日米交渉');
    await page.locator('#tt-scenario').selectOption('shipped:us-japan-2025');
    await page.getByRole('radio', { name: /^生徒が選ぶ/ }).check();
    await page.getByRole('radio', { name: /^生徒ごとのシード/ }).check();
    const languages = page.getByRole('group', { name: '生徒の言語' });
    await expect(languages.getByRole('radio', { name: /^ブラウザーの言語に合わせる/ })).toBeChecked();
    await languages.getByRole('radio', { name: /^日本語/ }).check();
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'teacher-ja-header');
    await languages.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'teacher-ja-setup');
    await page.locator('#tt-seed').fill('KURASU-3B');
    await page.getByRole('button', { name: 'セッションを作成する' }).click();

    const linkField = page.getByLabel('生徒用のリンク');
    await expect(linkField).toHaveValue(/\/index\.html\?session=TS1[A-Za-z0-9_-]+&lang=ja$/);
    const link = new URL(await linkField.inputValue());
    expect(link.searchParams.get('lang')).toBe('ja');
    const decoded = decodeSession(link.searchParams.get('session') ?? '');
    if (!decoded.ok) throw new Error('the link holds no session');
    const session = decoded.value;
    expect(session).toMatchObject({
      title: '3年B組 日米交渉',
      scenario: { id: scenario.id, hash: scenario.hash },
      sides: { kind: 'choose' },
      seeding: 'student',
      seed: 'KURASU-3B',
    });
    const handout = page.getByRole('region', { name: '生徒用の配布プリント' });
    await expect(handout).toContainText('3年B組 日米交渉');
    await expect(handout).toContainText(link.href);
    await expect(handout.locator('dt', { hasText: '生徒の言語' })).toHaveCount(1);
    await expect(handout.locator('dd', { hasText: /^日本語$/ })).toHaveCount(1);
    await saveScreenshot(page, 'teacher-ja-session');

    // The class's codes: two real games in this session (one a Japanese name), one code cut in half, and one
    // with the name changed by hand (the seed the session gives that name is another).
    const sakura = codeOf(session, 'japan', '佐藤さくら');
    const ken = codeOf(session, 'us', 'Ken');
    const cut = ken.slice(0, Math.floor(ken.length / 2));
    const decodedKen = decodeResultCode(ken);
    if (!decodedKen.ok) throw new Error('cannot decode');
    const renamed = encodeRecord({ ...decodedKen.value, name: '田中' });
    await page.getByLabel('結果コード', { exact: true }).fill([sakura, ken, cut, renamed].join('\n'));
    await page.getByRole('button', { name: 'コードを検証して追加する' }).click();
    await expect.poll(() => verdicts(page)).toEqual(['verified', 'verified', 'corrupt', 'tampered']);
    const table = page.locator('#tt-class-table');
    await expect(table.getByRole('rowheader', { name: '佐藤さくら' })).toBeVisible();
    await expect(table.locator('tr[data-verdict="verified"]').first()).toContainText('検証済み');
    await expect(table.locator('tr[data-verdict="tampered"]')).toContainText(
      'セッション「3年B組 日米交渉」が「田中」さんに割り当てるシードではありません。名前かシードが変えられています',
    );
    await table.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'teacher-ja-dashboard');

    // The results CSV: a BOM, Japanese column names, a row per code with plain numbers.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '結果をダウンロード（CSV）' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tariff-talks-results-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await downloadedBytes(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string | number | boolean | null>>(text, {
      header: true,
      // Figures as numbers; the session id stays text (a random id may be all digits, as "639689" was).
      dynamicTyping: (field) => field !== 'セッション',
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields?.slice(0, 5)).toEqual([
      '番号',
      '判定',
      '判定の理由',
      '最初のコードの番号',
      '名前',
    ]);
    expect(parsed.meta.fields).toContain('雇用:japan');
    expect(parsed.meta.fields?.slice(-2)).toEqual(['サーバーによる検証', 'コード']);
    expect(parsed.data.map((r) => [r.番号, r.判定, r.名前, r.セッション || null])).toEqual([
      [1, 'verified', '佐藤さくら', session.id],
      [2, 'verified', 'Ken', session.id],
      [3, 'corrupt', null, null],
      [4, 'tampered', '田中', session.id],
    ]);
    expect(parsed.data[3].判定の理由).toMatch(/^セッション「3年B組 日米交渉」が「田中」さんに割り当てる/);
    expect(parsed.data.map((r) => r.コード)).toEqual([sakura, ken, cut, renamed]);
    for (const row of parsed.data.slice(0, 2)) {
      expect(typeof row.会合数).toBe('number');
      expect(typeof row['雇用:japan']).toBe('number');
      expect(row.生徒の効用).toBeGreaterThanOrEqual(0);
      expect(row.生徒の効用).toBeLessThanOrEqual(1);
    }
  });

  test('the header switch changes the language and keeps a pasted code list that was not yet added', async ({
    page,
  }) => {
    await openTeacher(page);
    const pasted = 'TT1 まだ追加していないコード';
    await page.getByLabel('結果コード', { exact: true }).fill(pasted);
    await page.getByLabel('セッションの名前（例：クラス名と日付）').fill('3年B組');
    await page
      .getByRole('group', { name: 'このページの言語' })
      .getByRole('button', { name: 'English' })
      .click();

    await expect(page.locator('h1')).toHaveText('Tariff Talks for teachers');
    await expect(page.locator('#teacher[data-ready="true"]')).toBeAttached();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await expect(page.getByLabel('Result codes', { exact: true })).toHaveValue(pasted);
    await expect(page.getByLabel('Title of the session')).toHaveValue('3年B組');
    const english = page.getByRole('group', { name: 'Language of this page' });
    await expect(english.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(english.getByRole('button', { name: '日本語' })).toHaveAttribute('lang', 'ja');

    // The choice is kept: the page without ?lang= opens in English, and switching back gives Japanese.
    await openTeacher(page, './teacher.html');
    await expect(page.locator('h1')).toHaveText('Tariff Talks for teachers');
    await expect(page.getByLabel('Result codes', { exact: true })).toHaveValue('');
    await english.getByRole('button', { name: '日本語' }).click();
    await expect(page.locator('h1')).toHaveText('Tariff Talks 先生用ページ');
    await expect(page.locator('#teacher[data-ready="true"]')).toBeAttached();
  });
});
