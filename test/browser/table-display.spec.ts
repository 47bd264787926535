import type { Page } from '@playwright/test';
import { SCENE_KEYS } from '../../src/scenes/keys';
import { PALETTE } from '../../src/ui/theme';
import { settled, startByMouse } from './play';
import { expect, pixelStats, saveScreenshot, test, waitForScene } from './support';

/**
 * The negotiation table as it reads and sounds: at a school laptop's size, at 150% text, and its sound cues
 * (the games themselves are in table.spec.ts).
 */

const live = (page: Page) => page.locator('#tt-live');

test.describe('negotiation table: display and sound', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('reads at 1366×768, the common school laptop', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await startByMouse(page, { side: 'Japan', opponent: /^The computer/, seed: 'table-laptop' });
    await waitForScene(page, SCENE_KEYS.briefing);
    await page.getByRole('button', { name: 'Begin the talks' }).click();
    await waitForScene(page, SCENE_KEYS.table);
    await settled(page);
    const box = await page.locator('#game canvas').boundingBox();
    expect(box?.width).toBeCloseTo(1365, -1);
    // The levers sit inside the canvas, scaled with it.
    const levers = await page.locator('.tt-levers').boundingBox();
    expect(levers && box && levers.x + levers.width <= box.x + box.width).toBe(true);
    await saveScreenshot(page, 'table-1366x768');
  });

  test('reads at 150% text: levels wrap instead of being cut, the figures stay whole, the debrief header clears its buttons', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('./');
    await waitForScene(page, SCENE_KEYS.title);
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByRole('radio', { name: '150%' }).check();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await startByMouse(page, { side: 'Japan', opponent: /^The computer/, seed: 'table-large-text' });
    await waitForScene(page, SCENE_KEYS.briefing);
    await page.getByRole('button', { name: 'Begin the talks' }).click();
    await waitForScene(page, SCENE_KEYS.table);
    const { texts } = await settled(page);

    // Every level reads whole (the longest ones take a second line).
    const cut = await page
      .locator('.tt-lever-value')
      .evaluateAll((values) => values.filter((v) => v.scrollWidth > v.clientWidth).map((v) => v.textContent));
    expect(cut).toEqual([]);
    await expect(page.locator('.tt-lever-value').nth(1)).toHaveText('27.5% (2.5% normal duty + 25% extra)');
    // The projection's lines keep their figures (a shorter wording, or smaller type, rather than "…").
    expect(texts).toEqual(
      expect.arrayContaining([
        'Meeting 1 of 8 · 16 April 2025',
        'support 60% · needs 60%',
        'Satisfaction 40 (no deal 40) · approval 45%',
        '? Unknown',
        'US energy, aircraft and other goods',
      ]),
    );
    expect(texts.filter((text) => /^5 of 6 groups( back it)?$/.test(text))).toHaveLength(1);
    // Nothing is cut, not even the meeting's title at the end of the status line (whole, or left out).
    expect(texts.filter((text) => text.includes('…'))).toEqual([]);
    expect(texts).toContain('Turn 1 of 16 · Your move · Round 1: the Oval Office');
    await saveScreenshot(page, 'table-text-150');

    await page.getByRole('button', { name: 'Walk away…' }).click();
    await page.getByRole('button', { name: 'Yes, walk away' }).click();
    await page.getByRole('button', { name: 'See the debrief' }).click();
    const debrief = await waitForScene(page, SCENE_KEYS.debrief);
    expect(debrief.texts).toContain('No deal: the talks broke down');
    // The kicker and the headline (canvas text, orange and paper) stop short of the buttons: just left of them
    // the canvas is the header's plain navy.
    const buttons = await page.locator('.tt-debrief-actions').boundingBox();
    if (!buttons) throw new Error('the debrief has no buttons');
    const strip = pixelStats(
      await page.screenshot({
        clip: { x: buttons.x - 14, y: 0, width: 10, height: buttons.y + buttons.height },
      }),
    );
    expect(strip.share(PALETTE.paper)).toBe(0);
    expect(strip.share(PALETTE.orange)).toBe(0);
    await saveScreenshot(page, 'debrief-text-150');
  });

  test('sound: cues play on the move and the reply when sound is on, and none when it is off', async ({
    page,
  }) => {
    test.slow(); // a move, its cues and the settings round trip
    // Count the tones the page asks Web Audio for, through the real AudioContext.
    await page.addInitScript(() => {
      const original = AudioContext.prototype.createOscillator;
      const w = window as unknown as { __tones: number };
      w.__tones = 0;
      AudioContext.prototype.createOscillator = function (this: AudioContext) {
        w.__tones++;
        return original.call(this);
      };
    });
    const tones = () => page.evaluate(() => (window as unknown as { __tones: number }).__tones);
    const proposeOnce = async (sound: boolean) => {
      await page.goto('./');
      // The boot scene's loads (scenarios, flags) finish before the next page load, which would abort them.
      await waitForScene(page, SCENE_KEYS.title);
      await page.evaluate((on) => {
        localStorage.clear();
        localStorage.setItem(
          'tariff-talks/settings/v1',
          JSON.stringify({ textScale: 1, reducedMotion: true, sound: on }),
        );
      }, sound);
      await startByMouse(page, { side: 'Japan', opponent: /^The computer/, seed: 'table-sound' });
      await waitForScene(page, SCENE_KEYS.briefing);
      await page.getByRole('button', { name: 'Begin the talks' }).click();
      await waitForScene(page, SCENE_KEYS.table);
      await settled(page);
      const before = await tones();
      await page.getByRole('button', { name: 'Propose this package' }).click();
      // The computer's reply (a counter-offer or a rejection, perhaps followed by news) is announced.
      await expect(live(page)).toContainText(/United States (proposes|rejects)|News: /);
      return async () => (await tones()) - before;
    };
    // Japan's offer (two tones) and the computer's reply (two for a counter-offer, one for a rejection).
    const withSound = await proposeOnce(true);
    await expect.poll(withSound).toBeGreaterThanOrEqual(3);
    const withoutSound = await proposeOnce(false);
    expect(await withoutSound()).toBe(0);
  });
});
