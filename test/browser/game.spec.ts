import type { Page } from '@playwright/test';
import { SCENE_KEYS } from '../../src/scenes/keys';
import { expect, saveScreenshot, test, waitForScene } from './support';

/** Whole games that no other spec covers: computer against computer at top speed, and a reload mid-game. */

const SAVE_KEY = 'tariff-talks/save';

async function newGame(page: Page, opponent: RegExp, seed: string): Promise<void> {
  await page.goto('./');
  await waitForScene(page, SCENE_KEYS.title);
  await page.getByRole('button', { name: 'New game' }).click();
  await waitForScene(page, SCENE_KEYS.setup);
  await page.getByRole('radio', { name: opponent }).check();
  await page.getByLabel('Seed', { exact: true }).fill(seed);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await waitForScene(page, SCENE_KEYS.briefing);
  await page.getByRole('button', { name: /Begin the talks|Start watching/ }).click();
  await waitForScene(page, SCENE_KEYS.table);
}

/** Clicks through news between meetings until the player can move again. */
async function untilMyMove(page: Page): Promise<void> {
  const propose = page.getByRole('button', { name: 'Propose this package' });
  const overlay = page.getByRole('button', { name: /Back to the table|Next news/ });
  await expect(async () => {
    if (await overlay.first().isVisible()) await overlay.first().click();
    await expect(propose).toBeEnabled({ timeout: 500 });
  }).toPass({ timeout: 30_000, intervals: [200] });
}

/** The table's heading, drawn on the canvas (readiness status lists the canvas texts). */
const meetingHeading = (page: Page) =>
  page.evaluate(() => window.__tariffTalks?.texts.find((text) => text.startsWith('Meeting')) ?? null);

const savedGame = (page: Page) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw === null ? null : ((JSON.parse(raw) as { game?: unknown }).game ?? null);
  }, SAVE_KEY);

test.describe('whole games', () => {
  test('computer against computer at top speed reaches the debrief', async ({ page }) => {
    test.setTimeout(120_000);
    await newGame(page, /^Computer against computer/, 'watch-fast');
    await page.getByLabel('Speed').selectOption({ label: 'Instant' });
    const debrief = page.getByRole('button', { name: 'See the debrief' });
    const overlay = page.getByRole('button', { name: /Back to the table|Next news|Continue to the debrief/ });
    await expect(async () => {
      if (await overlay.first().isVisible()) await overlay.first().click();
      const scene = await page.evaluate(() => window.__tariffTalks?.scene);
      expect(scene === SCENE_KEYS.debrief || (await debrief.isVisible())).toBe(true);
    }).toPass({ timeout: 90_000, intervals: [200] });
    if ((await page.evaluate(() => window.__tariffTalks?.scene)) !== SCENE_KEYS.debrief)
      await debrief.click();
    const status = await waitForScene(page, SCENE_KEYS.debrief);
    expect(status.texts.join(' ')).toMatch(/Deal|No deal/);
    const game = (await savedGame(page)) as { outcome: unknown; log: unknown[] } | null;
    expect(game?.outcome).not.toBeNull();
    expect(game?.log.length).toBeGreaterThan(4);
    await saveScreenshot(page, 'game-watched-debrief');
  });

  test('a reload in the middle of a game resumes at exactly the same state', async ({ page }) => {
    test.setTimeout(120_000);
    await newGame(page, /^The computer/, 'reload-mid');
    const propose = page.getByRole('button', { name: 'Propose this package' });
    for (let move = 0; move < 2; move++) {
      await untilMyMove(page);
      await page.getByRole('slider', { name: 'Car tariff' }).fill(String(2 + move));
      await propose.click();
    }
    await untilMyMove(page);
    const before = (await savedGame(page)) as { log: unknown[]; outcome: unknown } | null;
    expect(before?.outcome).toBeNull();
    expect(before?.log.length).toBeGreaterThanOrEqual(4);

    const heading = await meetingHeading(page);
    expect(heading).toMatch(/^Meeting \d of 8/);
    await page.reload();
    await waitForScene(page, SCENE_KEYS.title);
    const resume = page.getByRole('button', { name: 'Continue' });
    await expect(resume).toBeEnabled();
    await resume.click();
    await waitForScene(page, SCENE_KEYS.table);
    await expect(propose).toBeEnabled({ timeout: 20_000 });
    expect(await savedGame(page)).toEqual(before);
    // The table shows the same meeting as before the reload.
    expect(await meetingHeading(page)).toBe(heading);
    await saveScreenshot(page, 'game-resumed-table');
  });
});
