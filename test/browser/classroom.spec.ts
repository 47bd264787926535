import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import Papa from 'papaparse';
import { SCENE_KEYS } from '../../src/scenes/keys';
import { playOn } from './play';
import { expect, saveScreenshot, test, waitForScene } from './support';

/**
 * A whole class period, end to end, through the real pages: the teacher sets up a session on teacher.html and
 * takes its link; two students (each on their own device: a browser context of their own) open the link, join
 * with a name and a seat number, play to the debrief and copy their result codes; the teacher pastes both codes
 * into the dashboard, sees two verified rows, and exports the two CSV files, which a standard CSV parser reads.
 */

/** A student's device: its own storage, and any error in the page fails the test. */
async function studentPage(browser: Browser, baseURL: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 720 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return { page, errors };
}

/** A student plays a whole game from the session link and hands back the code the debrief shows. */
async function playFromLink(browser: Browser, baseURL: string, link: string, name: string, seat: number) {
  const { page, errors } = await studentPage(browser, baseURL);
  await page.goto(link);
  await waitForScene(page, SCENE_KEYS.join);
  await page.getByRole('textbox', { name: 'Your name or team' }).fill(name);
  await page.getByRole('textbox', { name: 'Your seat number' }).fill(String(seat));
  await page.getByRole('button', { name: 'Start the game' }).click();
  await waitForScene(page, SCENE_KEYS.briefing);
  await page.getByRole('button', { name: 'Begin the talks' }).click();
  await waitForScene(page, SCENE_KEYS.table);
  await playOn(page);
  await waitForScene(page, SCENE_KEYS.debrief);
  const box = page.getByRole('dialog', { name: 'Your result code' }).getByRole('textbox');
  const code = await box.inputValue();
  await page.getByRole('button', { name: 'Copy the result code' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(code);
  await saveScreenshot(page, `classroom-code-${seat}`);
  expect(errors).toEqual([]);
  await page.context().close();
  return code;
}

test('a class session: teacher link, two students play, two verified codes, both CSVs parse', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  if (!baseURL) throw new Error('no baseURL');

  // The teacher sets up the session.
  await page.goto('./teacher.html');
  await expect(page.locator('#teacher[data-ready="true"]')).toBeAttached({ timeout: 15_000 });
  await page.getByLabel('Title of the session').fill('9C, Monday');
  await page.getByRole('radio', { name: /^Alternate by seat number/ }).check();
  await page.getByRole('button', { name: 'Create the session' }).click();
  const link = await page.getByLabel('Link for the students').inputValue();
  expect(link).toMatch(/\?session=TS1[A-Za-z0-9_-]+$/);

  // Two students, seats 1 and 2: one plays each side.
  const first = await playFromLink(browser, baseURL, link, 'Mei Suzuki', 1);
  const second = await playFromLink(browser, baseURL, link, 'Tom Baker', 2);
  expect(first).not.toBe(second);

  // The teacher pastes both codes: two verified rows, one per student.
  await page.getByLabel('Result codes', { exact: true }).fill(`${first}\n${second}\n`);
  await page.getByRole('button', { name: 'Check and add the codes' }).click();
  const rows = page.locator('#tt-class-table tbody tr');
  await expect(rows).toHaveCount(2);
  expect(await rows.evaluateAll((r) => r.map((row) => row.getAttribute('data-verdict')))).toEqual([
    'verified',
    'verified',
  ]);
  await expect(page.locator('#tt-class-table')).toContainText('Mei Suzuki');
  await expect(page.locator('#tt-class-table')).toContainText('Tom Baker');
  await saveScreenshot(page, 'classroom-dashboard');

  // Both CSV files download and parse: a row per student, a row per move of both games.
  const download = async (name: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    return readFileSync(await file.path(), 'utf8');
  };
  const results = Papa.parse<Record<string, string>>(await download('Download results (CSV)'), {
    header: true,
    skipEmptyLines: true,
  });
  expect(results.errors).toEqual([]);
  expect(results.data.map((r) => [r.name, r.verdict])).toEqual([
    ['Mei Suzuki', 'verified'],
    ['Tom Baker', 'verified'],
  ]);
  expect(new Set(results.data.map((r) => r.side))).toEqual(new Set(['us', 'japan']));
  const moves = Papa.parse<Record<string, string>>(await download('Download every move (CSV)'), {
    header: true,
    skipEmptyLines: true,
  });
  expect(moves.errors).toEqual([]);
  const names = new Set(moves.data.map((m) => m.name));
  expect(names).toEqual(new Set(['Mei Suzuki', 'Tom Baker']));
  // Every decision is there, the computer's as well as the student's: in each game at least the student's
  // proposal of the real deal and the computer's answer (it may take the real deal at once).
  expect(moves.data.length).toBeGreaterThanOrEqual(2 * 2);
  expect(new Set(moves.data.map((m) => m.who))).toEqual(new Set(['student', 'computer']));
});
