/**
 * Issue 9: the teacher's data is never lost and the page is never bricked. Hostile stored items are set aside by
 * name and the rest loads; a hostile import is refused before anything is stored; every broken upload (scenario,
 * codes, data) says what is wrong in the page; the data panel counts the changes not yet exported.
 */
import type { Page } from '@playwright/test';
import { codeSessionOf, joinSettings } from '../../src/app/classroom';
import { sessionFromText } from '../../src/classroom/session-text';
import { parseScenario } from '../../src/content/parse';
import { playComputerGame } from '../../src/model/agent/index';
import { resultCode } from '../../src/model/code/index';
import { constructorScenario, deepArray, deepObject, pngBytes, shippedText } from '../teacher/hostile';
import { expect, test } from './support';

const STORAGE_KEY = 'tariff-talks/teacher/v1';

const scenario = (() => {
  const parsed = parseScenario(shippedText());
  if (!parsed.ok) throw new Error('the shipped scenario does not parse');
  return parsed.value.scenario;
})();

/** Ann's code in the session of this link: the game the session locks for her, played to the end. */
function codeFor(link: string): string {
  const session = sessionFromText(link);
  if (!session.ok) throw new Error(session.error);
  const joined = joinSettings(session.value, { name: 'Ann', seat: '1', side: scenario.parties[1].id });
  if (!joined.ok) throw new Error(joined.error);
  const game = playComputerGame(scenario, joined.value.settings);
  const made = resultCode(scenario, game, 'Ann', codeSessionOf(joined.value.classroom));
  if (!made) throw new Error('the game did not end');
  return made;
}

const ready = (page: Page) =>
  expect(page.locator('#teacher[data-ready="true"]')).toBeAttached({ timeout: 20_000 });

/** Opens the page and stores a session "Period 3" and one verified code, as a teacher would. */
async function teacherWithData(page: Page): Promise<void> {
  await page.goto('./teacher.html');
  await ready(page);
  await page.getByLabel('Title of the session').fill('Period 3');
  await page.getByRole('button', { name: 'Create the session' }).click();
  const link = await page.getByLabel('Link for the students').inputValue();
  await page.getByLabel('Result codes', { exact: true }).fill(codeFor(link));
  await page.getByRole('button', { name: 'Check and add the codes' }).click();
  await expect(page.locator('#tt-counts')).toContainText('1 code: 1 verified');
}

async function expectDataKept(page: Page): Promise<void> {
  await ready(page);
  await expect(page.getByRole('button', { name: 'Show the link and handout of “Period 3”' })).toBeVisible();
  await expect(page.locator('#tt-counts')).toContainText('1 code: 1 verified');
}

const file = (name: string, content: string | Buffer, mimeType = 'application/json') => ({
  name,
  mimeType,
  buffer: typeof content === 'string' ? Buffer.from(content) : content,
});

test.describe('teacher data safety', () => {
  test('stored scenario texts that throw are set aside by name; the page and the rest of the data load', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await teacherWithData(page);
    const hostile = [
      { name: 'deep.json', text: deepArray(20_000) },
      { name: 'nested.json', text: deepObject(5_000) },
      { name: 'constructor.json', text: constructorScenario() },
    ];
    await page.evaluate(
      ([key, scenarios]) => {
        const data = JSON.parse(localStorage.getItem(key) ?? '{}');
        data.scenarios.push(...scenarios);
        localStorage.setItem(key, JSON.stringify(data));
      },
      [STORAGE_KEY, hostile] as const,
    );
    await page.reload();
    await expectDataKept(page);
    const alert = page.locator('.tt-notices');
    for (const { name } of hostile) await expect(alert).toContainText(`The stored scenario file “${name}”`);
    const aside = await page.evaluate(() => localStorage.getItem('tariff-talks/teacher/v1/set-aside-items'));
    expect(JSON.parse(aside ?? '[]').map((a: { item: unknown }) => a.item)).toEqual(hostile);
    // Set aside once: the next visit is clean.
    await page.reload();
    await expectDataKept(page);
    await expect(alert).toBeEmpty();
  });

  test('an import whose scenario throws is refused whole, names the file, and changes nothing', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await teacherWithData(page);
    const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    const exported = JSON.parse(before ?? '{}');
    const importer = page.getByLabel('Import data exported before (.json)');
    for (const [name, text] of [
      ['deep-import.json', deepArray(20_000)],
      ['ctor-import.json', constructorScenario()],
    ]) {
      const hostile = {
        ...exported,
        scenarios: [{ name: `${name}-scenario`, text }],
        sessions: [],
        codes: [],
      };
      await importer.setInputFiles(file(name, JSON.stringify(hostile)));
      const note = page.locator('#tt-data-note');
      await expect(note).toContainText(`“${name}” was not imported.`);
      await expect(note).toContainText(`The scenario file “${name}-scenario” in it cannot be used`);
    }
    // A session whose custom scenario is nowhere is refused too.
    const orphan = structuredClone(exported);
    orphan.sessions[0].session.id = 'other1';
    orphan.sessions[0].scenarioFile = 'gone.json';
    orphan.sessions[0].session.scenario = { id: 'elsewhere', version: '1.0.0', hash: 'nope' };
    await importer.setInputFiles(file('orphan.json', JSON.stringify(orphan)));
    await expect(page.locator('#data')).toContainText('neither in the file nor stored here');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);
    await page.reload();
    await expectDataKept(page);
  });

  test('every broken scenario upload says what is wrong in the page', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('./teacher.html');
    await ready(page);
    const upload = page.getByLabel('Or use a scenario file of your own (.json)');
    const report = page.locator('#setup .tt-file-report');
    const cases: [string, string | Buffer, RegExp][] = [
      // 20,000 levels (40 KB) overflowed the stack before, and the page showed nothing; a party id "constructor"
      // made the compiler throw. Now each is a problem with its path.
      ['deep5k.json', deepArray(5_000), /“deep5k\.json” has 1 problem\..*TOO_DEEP/],
      ['deep.json', deepArray(20_000), /“deep\.json” has 1 problem\..*nested deeper than 32 levels/],
      ['constructor.json', constructorScenario(), /“constructor\.json” has \d+ problems\..*UNKNOWN_PARTY/],
      ['empty.json', '', /“empty\.json” is empty/],
      ['picture.json', pngBytes(), /“picture\.json” is not a text file/],
      ['huge.json', Buffer.alloc(30 * 1024 * 1024, 0x20), /“huge\.json” is 30\.0 MB/],
    ];
    for (const [name, content, message] of cases) {
      await upload.setInputFiles(file(name, content));
      await expect(report).toHaveText(message);
    }
    // Nothing was stored, and a good file still loads afterwards.
    await page.reload();
    await ready(page);
    await upload.setInputFiles(file('mine.json', shippedText()));
    await expect(report).toContainText('“mine.json”');
  });

  test('every broken codes upload and data import says what is wrong in the page', async ({ page }) => {
    test.setTimeout(90_000);
    await teacherWithData(page);
    const codes = page.getByLabel('Or upload a file of codes (.txt or .csv)');
    const codesNote = page.locator('#tt-codes-note');
    const codeCases: [string, string | Buffer, RegExp][] = [
      ['empty.txt', '', /“empty\.txt” is empty/],
      ['picture.txt', pngBytes(), /“picture\.txt” is not a text file/],
      ['huge.txt', Buffer.alloc(26 * 1024 * 1024, 0x41), /“huge\.txt” is 26\.0 MB/],
    ];
    for (const [name, content, message] of codeCases) {
      await codes.setInputFiles(file(name, content, 'text/plain'));
      await expect(codesNote).toHaveText(message);
    }
    const importer = page.getByLabel('Import data exported before (.json)');
    const dataNote = page.locator('#tt-data-note');
    const importCases: [string, string | Buffer, RegExp][] = [
      ['empty.json', '', /“empty\.json” is empty/],
      ['picture.json', pngBytes(), /“picture\.json” is not a text file/],
      ['huge.json', Buffer.alloc(31 * 1024 * 1024, 0x20), /“huge\.json” is 31\.0 MB/],
      ['broken.json', '{"format": ', /“broken\.json” was not imported\.It is not a JSON file/],
      [
        'deep.json',
        deepArray(5_000),
        /“deep\.json” was not imported\.It is not a file exported from this page/,
      ],
    ];
    for (const [name, content, message] of importCases) {
      await importer.setInputFiles(file(name, content));
      await expect(dataNote).toHaveText(message);
    }
    await page.reload();
    await expectDataKept(page);
  });

  test('the data panel counts changes since the last export; exporting clears it', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('./teacher.html');
    await ready(page);
    const reminder = page.locator('#tt-unexported');
    await expect(reminder).toHaveText('Everything is exported.');
    await expect(page.locator('#tt-persist')).toHaveText(/browser/);
    await page.getByLabel('Title of the session').fill('Period 3');
    await page.getByRole('button', { name: 'Create the session' }).click();
    await expect(reminder).toContainText('Changes since your last export: 1.');
    const link = await page.getByLabel('Link for the students').inputValue();
    await page.getByLabel('Result codes', { exact: true }).fill(codeFor(link));
    await page.getByRole('button', { name: 'Check and add the codes' }).click();
    await expect(reminder).toContainText('Changes since your last export: 2.');
    await expect(page.locator('#tt-persist')).toHaveText(
      /The browser (has agreed|has not promised)|cannot promise/,
    );
    await page.reload();
    await ready(page);
    await expect(reminder).toContainText('Changes since your last export: 2.');
    await Promise.all([
      page.waitForEvent('download'),
      reminder.getByRole('button', { name: 'Export now' }).click(),
    ]);
    await expect(reminder).toHaveText('Everything is exported.');
    await page.reload();
    await ready(page);
    await expect(reminder).toHaveText('Everything is exported.');
  });
});
