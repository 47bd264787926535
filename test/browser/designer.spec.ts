/**
 * The designer's workbench (designer.html) as a designer uses it: open a broken scenario file (every problem
 * listed with its path and line), open it again fixed, run 500 balance games in the page's Web Workers (the
 * progress bar reaches 100%, the charts are drawn), and check the figures against `npm run balance` on the same
 * file and seed: its --json, and its --html report, which must parse and show the same figures.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, saveScreenshot, test } from './support';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join(ROOT, 'test-results', 'designer');
const GAMES = 500;
const SEED = 'workbench-spec';

const fixed = readFileSync(join(ROOT, 'src/content/scenarios/tutorial.json'), 'utf8');
/** Two mistakes: an unknown property at the top, and a level value that is not a number. */
const broken = fixed
  .replace('"schemaVersion": 1,', '"schemaVersion": 1,\n  "colour": "red",')
  .replace(/"value": (-?[\d.]+)/, '"value": "high"');
const lineOf = (text: string, needle: string): number =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

/** `npm run balance` on the fixed file: its --json, and the path of its --html report. */
function cli(file: string): { json: Record<string, unknown>; html: string } {
  const html = join(DIR, 'report.html');
  const out = execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      join(ROOT, 'tools/balance.ts'),
      file,
      '--games',
      String(GAMES),
      '--seed',
      SEED,
      '--pairs',
      '--json',
      '--no-timing',
      '--html',
      html,
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  return { json: JSON.parse(out) as Record<string, unknown>, html };
}

const pct = (x: unknown): string => (typeof x === 'number' ? `${(x * 100).toFixed(1)}%` : '–');

test('the workbench lists a broken file’s problems, reloads it fixed, and balances it like the CLI', async ({
  page,
}) => {
  test.setTimeout(240_000);
  mkdirSync(DIR, { recursive: true });
  const brokenFile = join(DIR, 'tutorial.json');
  writeFileSync(brokenFile, broken);

  await page.goto('/designer.html');
  await expect(page.locator('#tt-designer-file-status')).toHaveText('No file open yet.');
  await page.setInputFiles('#tt-designer-file-input', brokenFile);

  const problems = page.locator('.tt-designer-problems tbody tr');
  await expect(page.locator('#tt-designer-file-status')).toContainText('cannot be played yet');
  await expect(problems).toHaveCount(2);
  const colour = problems.filter({ has: page.locator('[data-path="$.colour"]') });
  await expect(colour).toContainText('unknown property "colour"');
  await expect(colour.locator('[data-line]')).toHaveAttribute(
    'data-line',
    String(lineOf(broken, '"colour"')),
  );
  const value = problems.filter({ hasText: '.value' });
  await expect(value.locator('[data-path]')).toHaveAttribute(
    'data-path',
    /^\$\.issues\[0\]\.levels\[0\]\.value$/,
  );
  await expect(value.locator('[data-line]')).toHaveAttribute(
    'data-line',
    String(lineOf(broken, '"value": "high"')),
  );
  await expect(page.locator('#tt-designer-balance')).toHaveCount(0);
  await saveScreenshot(page, 'designer-broken');

  // The designer fixes the file and opens it again.
  writeFileSync(brokenFile, fixed);
  await page.setInputFiles('#tt-designer-file-input', brokenFile);
  await expect(page.locator('#tt-designer-file-status')).toContainText('version 1.1.0');
  await expect(page.locator('#tt-designer-problems')).toHaveText('No problems and no warnings.');
  await expect(page.locator('.tt-designer-issue')).toHaveCount(JSON.parse(fixed).issues.length);

  // A package one click away: the historical deal is ratified by both sides.
  await page.getByRole('button', { name: 'Historical deal' }).click();
  await expect(page.locator('[data-figure="ratified.0"]')).toHaveText('yes');
  await expect(page.locator('[data-figure="ratified.1"]')).toHaveText('yes');

  // One seeded game, with reasons.
  await page.getByRole('button', { name: 'Play the game' }).click();
  await expect(page.locator('.tt-designer-trace tbody tr').first()).toContainText('its opening offer');
  await expect(page.locator('.tt-designer-end')).toHaveText(/^(Deal|No deal)/);

  // The balance run.
  await page.fill('#tt-designer-games', String(GAMES));
  await page.fill('#tt-designer-seed', SEED);
  await page.click('#tt-designer-run');
  await expect(page.locator('#tt-designer-percent')).toHaveText('100%', { timeout: 180_000 });
  await expect(page.locator('#tt-designer-progress')).toHaveAttribute('value', '100');
  await expect(page.locator('#tt-designer-charts svg')).toHaveCount(3);
  const timing = (await page.locator('#tt-designer-balance-status').textContent()) ?? '';
  expect(timing).toMatch(new RegExp(`^${GAMES} games in [\\d.]+ s on \\d+ workers\\.$`));
  test.info().annotations.push({ type: 'workbench run', description: timing });
  await saveScreenshot(page, 'designer-balance');

  const { json, html } = cli(brokenFile);
  const shown = async (key: string) =>
    page.locator(`#tt-designer-figures [data-figure="${key}"]`).textContent();
  expect(await shown('games')).toBe(String(GAMES));
  expect(await shown('deals')).toBe(String(json.deals));
  expect(await shown('dealRate')).toBe(pct(json.dealRate));
  expect(await shown('walkAwayRate')).toBe(pct(json.walkAwayRate));
  expect(await shown('medianWithinOneLevel')).toBe(pct(json.medianWithinOneLevel));
  const pairs = json.pairs as { slot: number; dealRate: number }[];
  expect(pairs.length).toBe(10);
  for (const p of pairs) expect(await shown(`pairs.${p.slot}.dealRate`)).toBe(pct(p.dealRate));
  // Every deal is a point on the dance chart.
  await expect(page.locator('#tt-designer-charts .tt-chart-deals circle')).toHaveCount(json.deals as number);

  // The HTML report parses and shows the same figures (in a page of its own: it has its own CSP).
  const reader = await page.context().newPage();
  await reader.setContent(readFileSync(html, 'utf8'));
  const parsed = await reader.evaluate(() => {
    const doc = document;
    const figures: Record<string, string> = {};
    for (const cell of doc.querySelectorAll('[data-figure]'))
      figures[cell.getAttribute('data-figure') ?? ''] = cell.textContent ?? '';
    return {
      title: doc.title,
      json: doc.getElementById('balance-report')?.textContent ?? '',
      figures,
      charts: doc.querySelectorAll('.charts svg').length,
      deals: doc.querySelectorAll('.tt-chart-deals circle').length,
      scripts: doc.querySelectorAll('script:not([type="application/json"])').length,
    };
  });
  await saveScreenshot(reader, 'designer-report');
  expect(parsed.title).toBe('Balance report: tutorial v1.1.0');
  expect(JSON.parse(parsed.json)).toEqual(json);
  expect(parsed.charts).toBe(3);
  expect(parsed.deals).toBe(json.deals);
  expect(parsed.scripts).toBe(0);
  for (const key of ['games', 'deals', 'dealRate', 'walkAwayRate', 'medianWithinOneLevel'])
    expect(parsed.figures[key], key).toBe(await shown(key));
  for (const p of pairs) expect(parsed.figures[`pairs.${p.slot}.dealRate`]).toBe(pct(p.dealRate));
});

test('the workbench speaks Japanese', async ({ page }) => {
  await page.goto('/designer.html?lang=ja');
  await expect(page.locator('h1')).toHaveText('タリフ・トークス ワークベンチ');
  await expect(page.locator('#tt-designer-file-status')).toHaveText('まだファイルを開いていません。');
  await page.setInputFiles('#tt-designer-file-input', join(ROOT, 'src/content/scenarios/tutorial.json'));
  await expect(page.locator('#tt-designer-problems')).toHaveText('問題も警告もありません。');
  await expect(page.getByRole('button', { name: '史実の合意' })).toBeVisible();
});
