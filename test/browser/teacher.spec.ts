import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { parseScenario } from '../../src/content/parse';
import { playComputerGame } from '../../src/model/agent/index';
import {
  type ClassSession,
  decodeResultCode,
  encodeRecord,
  encodeSession,
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

/** The session the codes were played in: set up in another browser, added here by its link. */
const SESSION: ClassSession = {
  id: 'spec-session',
  title: 'Spec class',
  scenario: { id: scenario.id, version: scenario.version, hash: scenario.hash },
  parties: [scenario.parties[0].id, scenario.parties[1].id],
  sides: { kind: 'choose' },
  opponent: 'computer',
  difficulty: 'normal',
  seed: 'spec-seed',
  seeding: 'student',
};

/** A finished game's code in SESSION, the computer playing for the student too (legal moves: it verifies). */
function codeOf(side: 'japan' | 'us', name: string): string {
  const seed = studentSeed(SESSION.seed, name);
  const game = playComputerGame(scenario, { seed, side, opponent: 'computer', difficulty: 'normal' });
  const code = resultCode(scenario, game, name, { id: SESSION.id, classSeed: SESSION.seed });
  if (!code) throw new Error('the game did not end');
  return code;
}

const ann = codeOf('japan', 'Ann');
const ben = codeOf('us', 'Ben');
const formula = codeOf('japan', '=SUM(A1)');
/** Ann's code with the claimed result edited and the code rebuilt: it decodes, but the replay disagrees. */
const tampered = (() => {
  const decoded = decodeResultCode(ann);
  if (!decoded.ok) throw new Error('cannot decode');
  const record = decoded.value;
  return encodeRecord({
    ...record,
    name: 'Tom',
    claim: { ...record.claim, utilities: [record.claim.utilities[0] + 50, record.claim.utilities[1]] },
  });
})();
const truncated = ben.slice(0, Math.floor(ben.length / 2));
const CODES = [ann, ben, formula, tampered, truncated, ann];
// Ann's code handed in twice: both copies are marked, the first one counts in the class's figures.
const EXPECTED = ['duplicate', 'verified', 'verified', 'tampered', 'corrupt', 'duplicate'];

async function openTeacher(page: Page): Promise<void> {
  await page.goto('./teacher.html');
  await expect(page.locator('#teacher[data-ready="true"]')).toBeAttached({ timeout: 15_000 });
}

/** Adds SESSION by its link, as a teacher whose session was set up in another browser does. */
async function addSessionLink(page: Page): Promise<void> {
  await page.getByText('Codes from a session set up in another browser?').click();
  await page
    .getByRole('textbox', { name: 'Session link' })
    .fill(`https://school.example/index.html?session=${encodeSession(SESSION)}`);
  await page.getByRole('button', { name: 'Add the session' }).click();
  await expect(page.getByText('Added the session “Spec class”; the codes are checked again.')).toBeVisible();
}

async function pasteCodes(page: Page, text: string): Promise<void> {
  await page.getByLabel('Result codes', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Check and add the codes' }).click();
}

const verdicts = (page: Page) =>
  page
    .locator('#tt-class-table tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-verdict')));

async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

test.describe('teacher page', () => {
  test('sets up a session: link, QR code and a handout to print', async ({ page }) => {
    await openTeacher(page);
    await expect(page.getByRole('heading', { name: 'Set up a session' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the game' })).toHaveAttribute('href', 'index.html');
    await page.getByLabel('Title of the session').fill('7B, Thursday');
    await page.getByRole('radio', { name: /^Alternate by seat number/ }).check();
    await expect(
      page.getByText('Odd seat numbers play United States, even seat numbers play Japan.').first(),
    ).toBeVisible();
    await page.getByRole('radio', { name: /^A seed for each student/ }).check();
    await page.getByLabel('Seed', { exact: true }).fill('CLASS-7B');
    await page.getByRole('button', { name: 'Create the session' }).click();

    const link = page.getByLabel('Link for the students');
    await expect(link).toHaveValue(/\/index\.html\?session=TS1[A-Za-z0-9_-]+$/);
    const qr = page.locator('#tt-qr');
    await expect(qr).toBeVisible();
    const inked = await qr.evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 60) dark++;
      return dark / (data.length / 4);
    });
    expect(inked).toBeGreaterThan(0.2);
    const handout = page.getByRole('region', { name: 'Handout for the students' });
    await expect(handout).toContainText('7B, Thursday');
    await expect(handout).toContainText(await link.inputValue());
    await expect(handout).toContainText('seat number');
    await expect(handout).toContainText('Hand in your result code');
    await expect(handout.locator('canvas')).toBeVisible();
    await saveScreenshot(page, 'teacher-session');

    // Printing shows only the handout.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Class dashboard' })).toBeHidden();
    await expect(page.getByLabel('Link for the students')).toBeHidden();
    await expect(handout).toBeVisible();
    await saveScreenshot(page, 'teacher-handout-print');
    await page.emulateMedia({ media: 'screen' });

    // The session is stored: after a reload it is listed and shows its link again.
    await page.reload();
    await expect(page.locator('#teacher[data-ready="true"]')).toBeAttached();
    await page.getByRole('button', { name: 'Show the link and handout of “7B, Thursday”' }).click();
    await expect(page.getByLabel('Link for the students')).toHaveValue(/session=TS1/);
  });

  test('verifies pasted codes, sorts them, draws the class and exports both CSV files', async ({ page }) => {
    test.setTimeout(60_000);
    await openTeacher(page);
    // Before the session is known here, no code can be checked against it.
    await pasteCodes(page, CODES.join('\n'));
    await expect(page.locator('#tt-counts')).toHaveText(
      '6 codes: 0 verified, 0 tampered, 0 for another scenario version, 5 not from your sessions, 1 corrupt, 0 handed in more than once.',
    );
    await addSessionLink(page);
    await expect(page.locator('#tt-counts')).toHaveText(
      '6 codes: 2 verified, 1 tampered, 0 for another scenario version, 0 not from your sessions, 1 corrupt, 2 handed in more than once.',
    );
    expect(await verdicts(page)).toEqual(EXPECTED);
    await expect(page.locator('#tt-live')).toContainText('2 verified');
    const table = page.locator('#tt-class-table');
    await expect(table.getByRole('rowheader', { name: '=SUM(A1)' })).toBeVisible();
    await expect(table.locator('tr[data-verdict="tampered"]')).toContainText('Tom');

    // Sorting: by name, then by the first side's score (numbers), by header buttons.
    await table.getByRole('button', { name: 'Name' }).click();
    await expect(table.locator('th[data-column="name"]')).toHaveAttribute('aria-sort', 'ascending');
    const names = await table.locator('tbody th').allTextContents();
    expect(names.slice(0, 3)).toEqual(['=SUM(A1)', 'Ann', 'Ann']);
    await table.getByRole('button', { name: 'United States score' }).press('Enter');
    await table.getByRole('button', { name: 'United States score' }).press('Enter');
    await expect(table.locator('th[data-column="utility0"]')).toHaveAttribute('aria-sort', 'descending');
    const scores = (await table.locator('tbody td:nth-child(10)').allTextContents())
      .filter((s) => s !== '')
      .map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    // The chart: one mark per verified game (the duplicate is the same game), frontier, Nash, real deal.
    const chart = page.locator('.tt-dance svg.tt-chart');
    await expect(chart.locator('.tt-deal')).toHaveCount(3);
    await expect(chart.locator('.tt-frontier')).toHaveCount(1);
    await expect(chart).toContainText('Nash point');
    await expect(chart).toContainText('Real deal');
    await expect(page.locator('.tt-dots')).toHaveCount(7);
    await expect(page.locator('#tt-averages')).toContainText('Real deal, 22 July 2025');
    await saveScreenshot(page, 'teacher-dashboard');
    await chart.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'teacher-chart');
    await page.locator('.tt-dists').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'teacher-distributions');

    // CSV: the results (one row per code) and the moves (one row per move of the verified and duplicate games).
    const [results] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download results (CSV)' }).click(),
    ]);
    expect(results.suggestedFilename()).toMatch(/^tariff-talks-results-\d{4}-\d{2}-\d{2}\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(await downloadedText(results), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(6);
    expect(parsed.data.map((r) => r.verdict)).toEqual(EXPECTED);
    expect(parsed.data.map((r) => r.name)).toContain("'=SUM(A1)");
    const [moves] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download every move (CSV)' }).click(),
    ]);
    const moveRows = Papa.parse<Record<string, string>>(await downloadedText(moves), { header: true });
    expect(moveRows.errors).toEqual([]);
    const logLength = (code: string) => {
      const decoded = decodeResultCode(code);
      return decoded.ok ? decoded.value.log.length : 0;
    };
    expect(moveRows.data).toHaveLength(logLength(ann) * 2 + logLength(ben) + logLength(formula));
    expect(moveRows.data.some((r) => r.name === "'=SUM(A1)")).toBe(true);

    // The projector view: the chart large, names hidden.
    await page.getByRole('button', { name: 'Projector view' }).click();
    await page.getByLabel('Hide names').check();
    await expect(page.locator('#setup')).toBeHidden();
    await expect(chart.locator('.tt-deal title').first()).toHaveText(/^Row \d+$/);
    await saveScreenshot(page, 'teacher-projector');
    await page.getByRole('button', { name: 'Leave the projector view' }).click();
    await expect(page.locator('#setup')).toBeVisible();
    await expect(table.locator('tbody th').first()).toHaveText(/^Student \d+$/);

    // A reload verifies the stored codes again; the same paste again adds nothing.
    await page.reload();
    await expect(page.locator('#teacher[data-ready="true"]')).toBeAttached();
    expect(await verdicts(page)).toEqual(EXPECTED);
    await pasteCodes(page, ann);
    await expect(
      page.getByText('0 entries added. 1 was already in the list and was left out.'),
    ).toBeVisible();
  });

  test('a megabyte of garbage gets verdicts and the page keeps drawing and taking input', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openTeacher(page);
    await addSessionLink(page);
    const line = `${'TT1'.padEnd(180, 'Zq9_-x')}\n`;
    const garbage = `${ann}\n${'x'.repeat(200_000)}\n${line.repeat(4_500)}`;
    expect(garbage.length).toBeGreaterThan(1_000_000);
    // Every frame the page draws from now on records how far the check has got.
    await page.evaluate(() => {
      const w = window as unknown as { __progressFrames: number[]; __stopFrames: boolean };
      w.__progressFrames = [];
      w.__stopFrames = false;
      const frame = (): void => {
        const bar = document.querySelector<HTMLProgressElement>('progress');
        if (bar && bar.offsetParent !== null) w.__progressFrames.push(bar.value / bar.max);
        if (!w.__stopFrames) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.getByLabel('Or upload a file of codes (.txt or .csv)').setInputFiles({
      name: 'garbage.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(garbage),
    });
    await expect(page.locator('#tt-counts')).toContainText('4502 codes: 1 verified', { timeout: 60_000 });
    // The page kept drawing while the codes were checked: frames showed the progress part-way (a check that
    // blocked the page until the end would show none).
    const partWay = await page.evaluate(() => {
      const w = window as unknown as { __progressFrames: number[]; __stopFrames: boolean };
      w.__stopFrames = true;
      return w.__progressFrames.filter((p) => p > 0 && p < 1).length;
    });
    expect(partWay).toBeGreaterThan(0);
    await expect(page.locator('#tt-counts')).toContainText('4501 corrupt');
    await page.getByLabel('Title of the session').fill('still typing');
    await expect(page.getByLabel('Title of the session')).toHaveValue('still typing');
  });

  test('exports the teacher’s data and imports it into an empty browser; a damaged file changes nothing', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await openTeacher(page);
    await page.getByLabel('Title of the session').fill('Period 3');
    await page.getByRole('button', { name: 'Create the session' }).click();
    await addSessionLink(page);
    await pasteCodes(page, [ann, ben].join('\n'));
    await expect(page.locator('#tt-counts')).toContainText('2 codes: 2 verified');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export your data (JSON)' }).click(),
    ]);
    const exported = await downloadedText(file);
    expect(JSON.parse(exported)).toMatchObject({
      format: 'tariff-talks/teacher',
      version: 1,
      codes: [ann, ben],
    });

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator('#teacher[data-ready="true"]')).toBeAttached();
    await expect(page.locator('#tt-counts')).toHaveText('No codes yet.');

    const importer = page.getByLabel('Import data exported before (.json)');
    await importer.setInputFiles({
      name: 'teacher.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect(
      page.getByText(/Imported “teacher\.json”: 2 new sessions, 0 new scenario files, 2 new codes/),
    ).toBeVisible();
    await expect(page.locator('#tt-counts')).toContainText('2 codes: 2 verified');
    await expect(page.getByText('Period 3')).toBeVisible();

    const damaged = JSON.parse(exported);
    damaged.codes = 'not a list';
    await importer.setInputFiles({
      name: 'damaged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(damaged)),
    });
    await expect(page.getByText('“damaged.json” was not imported.')).toBeVisible();
    await expect(page.getByText(/It is damaged: \$\.codes/)).toBeVisible();
    await page.reload();
    await expect(page.locator('#teacher[data-ready="true"]')).toBeAttached();
    await expect(page.locator('#tt-counts')).toContainText('2 codes: 2 verified');
    await saveScreenshot(page, 'teacher-data');
  });
});
