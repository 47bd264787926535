import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseScenario } from '../../src/content/parse';
import { formatPath } from '../../src/content/problems';
import { SCENE_KEYS } from '../../src/scenes/keys';
import { writeBroken } from '../fixtures/broken-patches';
import { expect, openTitle, pixelStats, saveScreenshot, settle, test, waitForScene } from './support';

const ROOT = join(import.meta.dirname, '..', '..');
const fixture = (path: string): string => join(ROOT, 'test', 'fixtures', path);
const MINI = fixture('scenarios/mini.json');
const SETTINGS_KEY = 'tariff-talks/settings/v1';
// As in src/app/save.ts (not imported: it pulls in the shipped scenarios as JSON modules).
const SAVE_KEY = 'tariff-talks/save';
const SET_ASIDE_PREFIX = 'tariff-talks/save/set-aside/';

async function chooseFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.locator('.tt-title input[type=file][aria-label="Choose a scenario file"]').setInputFiles(file);
}

test.describe('title screen', () => {
  test('shows the title card and a menu that takes keyboard input', async ({ page }) => {
    const status = await openTitle(page);
    expect(status.texts).toEqual(
      expect.arrayContaining([
        'Tariff Talks',
        'Negotiate the 2025 US–Japan tariff deal',
        'Japan',
        'United States',
      ]),
    );
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    await expect(menu.getByRole('button')).toHaveText([
      'New game',
      'Join a live class',
      'Continue',
      'Load scenario file',
      'Settings',
    ]);
    // No save yet: Continue is off, and New game has the focus.
    await expect(page.getByRole('button', { name: 'Continue' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'New game' })).toBeFocused();
    await settle(page);
    const stats = pixelStats(await saveScreenshot(page, 'frame-title'));
    expect(stats.distinctColours).toBeGreaterThan(50);

    // Tab reaches the menu in order (Continue is skipped while disabled); Enter opens Settings.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Join a live class' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Load scenario file' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio', { name: '100%' })).toBeFocused();
    await saveScreenshot(page, 'frame-title-settings');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();

    // Space on New game goes to setup.
    await page.getByRole('button', { name: 'New game' }).focus();
    await page.keyboard.press('Space');
    await waitForScene(page, SCENE_KEYS.setup);
  });

  test('keeps settings across a reload and applies the text size', async ({ page }) => {
    await openTitle(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByRole('radio', { name: '150%' }).check();
    await dialog.getByRole('checkbox', { name: /Reduce motion/ }).check();
    await dialog.getByRole('checkbox', { name: 'Sound' }).uncheck();
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.reload();
    await waitForScene(page, SCENE_KEYS.title);
    const stored = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? 'null'),
      SETTINGS_KEY,
    );
    expect(stored).toEqual({ textScale: 1.5, reducedMotion: true, sound: false, coach: 'auto' });
    const scale = await page.evaluate(() =>
      document.documentElement.style.getPropertyValue('--tt-text-scale'),
    );
    expect(scale).toBe('1.5');
    // The menu's text is larger than at 100% (20 px).
    const fontSize = await page
      .getByRole('button', { name: 'New game' })
      .evaluate((b) => Number.parseFloat(getComputedStyle(b).fontSize));
    expect(fontSize).toBeCloseTo(30, 0);
    await saveScreenshot(page, 'frame-title-150');

    await page.getByRole('button', { name: 'Settings' }).click();
    const again = page.getByRole('dialog', { name: 'Settings' });
    await expect(again.getByRole('radio', { name: '150%' })).toBeChecked();
    await expect(again.getByRole('checkbox', { name: /Reduce motion/ })).toBeChecked();
    await expect(again.getByRole('checkbox', { name: 'Sound' })).not.toBeChecked();
  });
});

test.describe('scenario files', () => {
  for (const name of ['unknown-issue', 'json-syntax', 'shape-wrong-type', 'values-count'] as const) {
    test(`a broken file (${name}) shows every problem with its path and line`, async ({ page }) => {
      await openTitle(page);
      const file = writeBroken(mkdtempSync(join(tmpdir(), 'tariff-talks-')), name);
      const text = readFileSync(file, 'utf8');
      const parsed = parseScenario(text);
      expect(parsed.ok).toBe(false);
      const expected = parsed.ok ? [] : parsed.error;

      await chooseFile(page, file);
      const dialog = page.getByRole('alertdialog', { name: 'This scenario file cannot be played' });
      await expect(dialog).toBeVisible();
      const rows = dialog.locator('.tt-problem');
      await expect(rows).toHaveCount(expected.length);
      for (const problem of expected) {
        const row = rows.filter({ hasText: formatPath(problem.path) }).filter({ hasText: problem.message });
        await expect(row.first()).toContainText(`line ${problem.line}, column ${problem.column}`);
        await expect(row.first()).toContainText(problem.code);
      }
      // The list scrolls by keyboard, and the game is still there behind the dialog.
      await expect(dialog.locator('.tt-problems')).toHaveAttribute('tabindex', '0');
      await saveScreenshot(page, `frame-file-${name}`);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toHaveCount(0);
      const status = await waitForScene(page, SCENE_KEYS.title);
      expect(status.scene).toBe(SCENE_KEYS.title);
    });
  }

  const refusals: [string, { name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
    ['empty', { name: 'empty.json', mimeType: 'application/json', buffer: Buffer.alloc(0) }, /is empty/],
    [
      'not JSON',
      { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('Dear teacher, my scenario') },
      /is not JSON/,
    ],
    [
      'binary',
      {
        name: 'picture.json',
        mimeType: 'application/json',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      },
      /is not a text file/,
    ],
    [
      'huge',
      {
        name: 'huge.json',
        mimeType: 'application/json',
        buffer: Buffer.from(`{"x":"${'a'.repeat(2 * 1024 * 1024 + 10)}"}`),
      },
      /may be at most 2\.0 MB/,
    ],
  ];
  for (const [what, file, message] of refusals) {
    test(`a file that is ${what} is refused with a clear message`, async ({ page }) => {
      await openTitle(page);
      await chooseFile(page, file);
      const dialog = page.getByRole('alertdialog', { name: 'This file cannot be loaded' });
      await expect(dialog).toContainText(message);
      await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
      if (what === 'not JSON') await saveScreenshot(page, 'frame-file-refused');
      await page.keyboard.press('Enter');
      await expect(dialog).toHaveCount(0);
    });
  }

  test('a valid custom file reaches setup and the briefing', async ({ page }) => {
    await openTitle(page);
    await chooseFile(page, MINI);
    const setup = await waitForScene(page, SCENE_KEYS.setup);
    expect(setup.texts).toContain('Mini test scenario');
    await expect(
      page.getByRole('radio', { name: /Mini test scenario \(from the file “mini\.json”\)/ }),
    ).toBeChecked();
    await settle(page);
    await saveScreenshot(page, 'frame-setup-file');

    await page.getByRole('button', { name: 'Start' }).click();
    const briefing = await waitForScene(page, SCENE_KEYS.briefing);
    expect(briefing.texts).toEqual(expect.arrayContaining(['Briefing: Japan', 'Mini test scenario']));
    // Your side's groups show their weight; the other side's do not.
    await expect(page.locator('.tt-brief-own .tt-weight')).toHaveCount(2);
    await expect(page.locator('.tt-brief-other .tt-weight')).toHaveCount(0);
    await expect(page.locator('.tt-brief-other')).toContainText('United States, as far as you know');
    await expect(page.getByRole('button', { name: 'Begin the talks' })).toBeFocused();

    // The game is saved with the file's own text, so it can be resumed without the file.
    const save = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), SAVE_KEY);
    expect(save.source).toEqual({ kind: 'file', name: 'mini.json', text: readFileSync(MINI, 'utf8') });
  });

  test('a file dropped anywhere on the page is loaded', async ({ page }) => {
    await openTitle(page);
    const text = readFileSync(MINI, 'utf8');
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }, text);
    await waitForScene(page, SCENE_KEYS.setup);
    await expect(page.getByRole('radio', { name: /from the file “dropped\.json”/ })).toBeChecked();
  });
});

test.describe('saved games', () => {
  test('a damaged save shows its message on the title and is set aside', async ({ page }) => {
    await page.goto('./');
    await waitForScene(page, SCENE_KEYS.title);
    await page.evaluate((key) => localStorage.setItem(key, '{"format":1,"game":garbage'), SAVE_KEY);
    await page.reload();
    await waitForScene(page, SCENE_KEYS.title);
    const dialog = page.getByRole('alertdialog', { name: 'Your saved game could not be resumed' });
    await expect(dialog).toContainText('The saved game is damaged.');
    await expect(dialog).toContainText(SET_ASIDE_PREFIX);
    await settle(page);
    await saveScreenshot(page, 'frame-title-damaged-save');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).not.toContain(SAVE_KEY);
    const aside = keys.find((k) => k.startsWith(SET_ASIDE_PREFIX)) ?? '';
    expect(await page.evaluate((key) => localStorage.getItem(key), aside)).toBe('{"format":1,"game":garbage');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(page.getByRole('button', { name: 'Continue' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'New game' })).toBeFocused();
  });

  test('an outdated save is set aside with its own message', async ({ page }) => {
    await page.goto('./');
    await waitForScene(page, SCENE_KEYS.title);
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ format: 0 })), SAVE_KEY);
    await page.reload();
    await waitForScene(page, SCENE_KEYS.title);
    await expect(page.getByRole('alertdialog')).toContainText('comes from another version');
  });

  test('a new game is saved at once, and Continue offers it after a reload', async ({ page }) => {
    await openTitle(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await waitForScene(page, SCENE_KEYS.setup);
    await page.getByRole('radio', { name: /Tutorial/ }).check();
    await page.getByRole('radio', { name: /^United States/ }).check();
    await page.getByRole('radio', { name: /^Hard/ }).check();
    await page.getByRole('textbox', { name: 'Seed' }).fill('class-7b');
    await page.getByRole('button', { name: 'Start' }).click();
    await waitForScene(page, SCENE_KEYS.briefing);
    const save = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), SAVE_KEY);
    expect(save.source).toEqual({ kind: 'shipped', id: 'tutorial' });
    expect(save.game.settings).toEqual({
      seed: 'class-7b',
      side: 'us',
      opponent: 'computer',
      difficulty: 'hard',
    });

    await page.reload();
    await waitForScene(page, SCENE_KEYS.title);
    const resume = page.getByRole('button', { name: 'Continue' });
    await expect(resume).toBeEnabled();
    await expect(resume).toBeFocused();
    await expect(page.locator('.tt-menu-status')).toHaveText(
      'Tutorial: your first tariff deal · United States against the computer · meeting 1 of 3',
    );
    await resume.click();
    // Continue opens the table (a game under way against the computer).
    await page.waitForFunction(() => window.__tariffTalks?.scene !== 'title');
    expect(await page.evaluate(() => window.__tariffTalks?.scene)).toBe(SCENE_KEYS.table);
  });
});
