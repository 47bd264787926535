import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseScenario } from '../../src/content/parse';
import { encodeSession } from '../../src/model/code/index';
import { SCENE_KEYS } from '../../src/scenes/keys';
import { playOn, settled, startByMouse } from './play';
import { expect, saveScreenshot, test, waitForScene } from './support';

/**
 * Issue 9, data loss in the game: a save that cannot be written is said at once and can be downloaded (and
 * loaded again from the title); a new game asks before it replaces a game under way or a finished classroom
 * game, whose result code stays on the title; two tabs never silently replace each other's game.
 */

// As in src/app/save.ts (not imported: it pulls in the shipped scenarios as JSON modules).
const SAVE_KEY = 'tariff-talks/save';
const US_JAPAN = (() => {
  const parsed = parseScenario(
    readFileSync(new URL('../../src/content/scenarios/us-japan-2025.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('the shipped scenario does not parse');
  return parsed.value.scenario;
})();

interface SavedGame {
  readonly gameId?: string;
  readonly game: { readonly log: readonly unknown[]; readonly settings: { readonly seed: string } };
}

const stored = (page: Page): Promise<SavedGame | null> =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), SAVE_KEY);

/** Makes every write of the save throw a QuotaExceededError while `window.__storageFull` is true. */
async function fillableStorage(page: Page): Promise<void> {
  await page.addInitScript((key: string) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
      if (name === key && (window as unknown as { __storageFull?: boolean }).__storageFull)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, name, value);
    };
  }, SAVE_KEY);
}
const setFull = (page: Page, full: boolean) =>
  page.evaluate((value) => {
    (window as unknown as { __storageFull?: boolean }).__storageFull = value;
  }, full);

/** From the title to the table against the computer, as Japan. */
async function toTable(page: Page, seed: string): Promise<void> {
  await startByMouse(page, { side: 'Japan', opponent: /^The computer/, seed });
  await waitForScene(page, SCENE_KEYS.briefing);
  await page.getByRole('button', { name: 'Begin the talks' }).click();
  await waitForScene(page, SCENE_KEYS.table);
}

const banner = (page: Page) => page.getByRole('region', { name: 'Saving' });

test.describe('data loss', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('storage full: the player is told at once, downloads the game and loads it again', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await fillableStorage(page);
    // Seed storage-full-1: a US deal-seeker, who never walks away, so the game goes on while Japan holds its opening.
    await toTable(page, 'storage-full-1');
    await setFull(page, true);
    expect(await playOn(page, 2, 2)).toBe(2);
    await settled(page);
    const alert = banner(page).getByRole('alert');
    await expect(alert).toContainText(
      'Your game is not being saved: this browser’s storage is full or blocked.',
    );
    await saveScreenshot(page, 'save-storage-full');
    const stale = await stored(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      banner(page).getByRole('button', { name: 'Download the game' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tariff-talks-save-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const downloaded = JSON.parse(readFileSync(file, 'utf8')) as SavedGame;
    expect(downloaded.game.log.length).toBeGreaterThan(stale?.game.log.length ?? 0);
    expect(downloaded.gameId).toBe(stale?.gameId);

    // Storage works again: the next move is saved and the bar goes away.
    await setFull(page, false);
    await playOn(page, 1, 1);
    await expect(banner(page)).toHaveCount(0);
    const newer = await stored(page);
    expect(newer?.game.log.length).toBeGreaterThan(downloaded.game.log.length);

    // After a reload, the downloaded file loads again from the title (asking first: it replaces the newer save).
    await page.reload();
    await waitForScene(page, SCENE_KEYS.title);
    await page.locator('.tt-save-file-input').setInputFiles(file);
    const ask = page.getByRole('alertdialog', { name: 'Start a new game?' });
    await expect(ask).toContainText('Your game in progress will be replaced.');
    await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await ask.getByRole('button', { name: 'Start the new game' }).click();
    await waitForScene(page, SCENE_KEYS.table);
    expect((await stored(page))?.game).toEqual(downloaded.game);
  });

  test('a save file that is not a game is refused with the reason, and nothing is stored', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForScene(page, SCENE_KEYS.title);
    await page.locator('.tt-save-file-input').setInputFiles({
      name: 'game.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":1}'),
    });
    const dialog = page.getByRole('alertdialog', { name: 'This saved game cannot be loaded' });
    await expect(dialog).toContainText('“game.json” cannot be played on.');
    await expect(dialog).toContainText('The saved game is damaged.');
    expect(await stored(page)).toBeNull();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('button', { name: 'Load a saved game file' })).toBeVisible();
  });

  test('a new game asks before replacing a finished classroom game, and its code stays on the title', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const session = encodeSession({
      id: 'save-spec',
      title: '7B, Thursday',
      scenario: { id: US_JAPAN.id, version: US_JAPAN.version, hash: US_JAPAN.hash },
      parties: ['us', 'japan'],
      sides: { kind: 'fixed', side: 'japan' },
      opponent: 'computer',
      difficulty: 'normal',
      seed: 'save-spec',
      seeding: 'class',
    });
    await page.goto(`./?session=${session}`);
    await waitForScene(page, SCENE_KEYS.join);
    await page.getByRole('textbox', { name: 'Your name or team' }).fill('Ana Lima');
    await page.getByRole('button', { name: 'Start the game' }).click();
    await waitForScene(page, SCENE_KEYS.briefing);
    await page.getByRole('button', { name: 'Begin the talks' }).click();
    await waitForScene(page, SCENE_KEYS.table);
    await settled(page);
    await page.getByRole('button', { name: 'Walk away…' }).click();
    await page.getByRole('button', { name: 'Yes, walk away' }).click();
    await playOn(page);
    const codeDialog = page.getByRole('dialog', { name: 'Your result code' });
    const code = await codeDialog.getByRole('textbox', { name: 'Your result code' }).inputValue();
    expect(code).toMatch(/^TT1/);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Title screen' }).click();
    await waitForScene(page, SCENE_KEYS.title);
    await expect(page.locator('.tt-menu-status')).toContainText('game over: see the debrief');

    // New game, then Start: asked first, with the code to copy; the safe choice has the focus.
    await page.getByRole('button', { name: 'New game' }).click();
    await waitForScene(page, SCENE_KEYS.setup);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const ask = page.getByRole('alertdialog', { name: 'Start a new game?' });
    await expect(ask).toContainText('Your finished game and its result code will be replaced.');
    await expect(ask.getByRole('textbox', { name: 'Your result code' })).toHaveValue(code);
    await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await saveScreenshot(page, 'save-replace-finished');
    await ask.getByRole('button', { name: 'See the debrief' }).click();
    await waitForScene(page, SCENE_KEYS.debrief);

    // Replaced by choice: the code is still one button away on the title.
    await page.keyboard.press('Escape');
    // In a class session, Play again goes back to the session's join screen.
    await page.getByRole('button', { name: 'Play again' }).click();
    await waitForScene(page, SCENE_KEYS.join);
    await page.getByRole('button', { name: 'Start the game' }).click();
    await page
      .getByRole('alertdialog', { name: 'Start a new game?' })
      .getByRole('button', { name: 'Start the new game' })
      .click();
    await waitForScene(page, SCENE_KEYS.briefing);
    expect((await stored(page))?.game.log).toEqual([]);
    await page.goto('./');
    await waitForScene(page, SCENE_KEYS.title);
    await page.getByRole('button', { name: 'Your last result code' }).click();
    const last = page.getByRole('dialog', { name: 'Your last result code' });
    await expect(last).toContainText('Ana Lima · class session “7B, Thursday”');
    await expect(last.getByRole('textbox', { name: 'Your result code' })).toHaveValue(code);
    await last.getByRole('button', { name: 'Copy the result code' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  });

  test('two tabs: neither replaces the other’s game without the player choosing it', async ({ page }) => {
    test.setTimeout(120_000);
    const a = page;
    await toTable(a, 'tab-a');
    expect(await playOn(a, 1)).toBe(1);
    await settled(a);
    const aId = (await stored(a))?.gameId;

    // Tab B (same browser, same storage) continues the same game: tab A is told and stops saving.
    const b = await a.context().newPage();
    await b.emulateMedia({ reducedMotion: 'reduce' });
    await b.goto('./');
    await waitForScene(b, SCENE_KEYS.title);
    await b.getByRole('button', { name: 'Continue' }).click();
    await waitForScene(b, SCENE_KEYS.table);
    await expect(banner(a).getByRole('alert')).toContainText('This game is being continued in another tab.');
    await expect(banner(b)).toHaveCount(0);

    // Tab B starts a new game: asked first (a game under way), then tab A is told it is no longer saved.
    await b.getByRole('button', { name: 'Title screen' }).first().click();
    await waitForScene(b, SCENE_KEYS.title);
    await b.getByRole('button', { name: 'New game' }).click();
    await waitForScene(b, SCENE_KEYS.setup);
    await b.getByLabel('Seed', { exact: true }).fill('tab-b');
    await b.getByRole('button', { name: 'Start', exact: true }).click();
    await b
      .getByRole('alertdialog', { name: 'Start a new game?' })
      .getByRole('button', { name: 'Start the new game' })
      .click();
    await waitForScene(b, SCENE_KEYS.briefing);
    expect((await stored(b))?.game.settings.seed).toBe('tab-b');
    await expect(banner(a).getByRole('alert')).toContainText('Another tab started or saved a different game');
    await saveScreenshot(a, 'save-other-tab');

    // Tab A plays on: tab B's game stays saved.
    await playOn(a, 1);
    await settled(a);
    expect((await stored(a))?.game.settings.seed).toBe('tab-b');

    // Tab A takes over by choice: its game is saved, and now tab B is told.
    await banner(a).getByRole('button', { name: 'Keep playing here' }).click();
    await expect(banner(a)).toHaveCount(0);
    const now = await stored(a);
    expect(now?.game.settings.seed).toBe('tab-a');
    expect(now?.gameId).toBe(aId);
    await expect(banner(b).getByRole('alert')).toContainText('Another tab started or saved a different game');
    await b.close();
  });
});
