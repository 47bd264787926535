import type { Locator, Page } from '@playwright/test';
import { SCENE_KEYS } from '../../src/scenes/keys';
import { settled } from './play';
import { expect, saveScreenshot, test, waitForScene } from './support';

/**
 * The guided first game (the coach), the glossary on every screen, and an issue's note on the table: played
 * by keyboard, read through the focus and the live regions as a screen-reader user would.
 */

/** Presses Tab until `target` has focus (at most `max` times): reaching a control by keyboard only. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((node) => node === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** A coach step is showing, announced, with its Got it focused; `key` dismisses it; focus goes back. */
async function coachStep(
  page: Page,
  title: string,
  key: 'Enter' | 'Escape',
  back: Locator | null,
): Promise<void> {
  const bubble = page.getByRole('dialog', { name: title });
  await expect(bubble).toBeVisible();
  await expect(bubble.getByRole('button', { name: 'Got it' })).toBeFocused();
  await expect(page.locator('#tt-coach-live')).toContainText(title);
  await page.keyboard.press(key);
  await expect(bubble).toHaveCount(0);
  // A step that follows at once takes focus a moment later; focus then comes back after that one.
  if (back) await expect(back).toBeFocused();
}

/** Sets the focused lever and the ones after it (Tab moves lever to lever) to these levels. */
async function setLeversFromFocus(page: Page, levels: readonly number[]): Promise<void> {
  for (let j = 0; j < levels.length; j++) {
    if (j > 0) await page.keyboard.press('Tab');
    await page.keyboard.press('Home');
    for (let k = 0; k < levels[j]; k++) await page.keyboard.press('ArrowRight');
  }
}

/** The tutorial's deal of 22 July in lever order (US gives cars, general; Japan gives farm, investment). */
const TUTORIAL_DEAL = [2, 2, 2, 3] as const;

test.describe('the coach', () => {
  test('guides a first game on the tutorial by keyboard, from the title to the debrief', async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./');
    await waitForScene(page, SCENE_KEYS.title);
    await expect(page.getByRole('button', { name: 'New game' })).toBeFocused();
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE_KEYS.setup);

    // The tutorial, by arrow keys in the scenario group; the coach switch is on for it by itself.
    const scenarios = page.getByRole('group', { name: 'Scenario' });
    await tabTo(page, scenarios.getByRole('radio', { checked: true }));
    const coachSwitch = page.getByRole('checkbox', { name: /Coach me through this game/ });
    await expect(coachSwitch).not.toBeChecked();
    await page.keyboard.press('ArrowDown');
    await expect(scenarios.getByRole('radio', { name: /^Tutorial/ })).toBeChecked();
    await expect(coachSwitch).toBeChecked();
    const seed = page.getByLabel('Seed', { exact: true });
    await tabTo(page, seed);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('coach-1');
    await tabTo(page, page.getByRole('button', { name: 'Start', exact: true }));
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE_KEYS.briefing);
    await expect(page.getByRole('button', { name: 'Begin the talks' })).toBeFocused();
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE_KEYS.table);

    // Japan opens: the lever, then (once a lever moves) the projection.
    const firstLever = page.locator('.tt-lever input[type="range"]:not([disabled])').first();
    await coachStep(page, 'Shape your offer', 'Enter', firstLever);
    await saveScreenshot(page, 'coach-lever-dismissed');
    await page.keyboard.press('ArrowRight');
    await coachStep(page, 'See what it would do', 'Escape', firstLever);
    // Nothing more until there is something new: the game goes on under the coach.
    await expect(page.locator('.tt-coach')).toHaveCount(0);
    await page.keyboard.press('Enter'); // to Propose
    await expect(page.getByRole('button', { name: 'Propose this package' })).toBeFocused();
    await page.keyboard.press('Enter');

    // The computer's reply: their offer, then a tactic (the player has proposed once).
    const offer = page.getByRole('dialog', { name: 'Their offer' });
    await expect(offer).toBeVisible({ timeout: 20_000 });
    await saveScreenshot(page, 'coach-offer');
    await coachStep(page, 'Their offer', 'Enter', null);
    await coachStep(page, 'Try a tactic', 'Enter', firstLever);

    const seen = { news: false, ratification: false };
    let dealSet = false;
    let proposedDeal = 0;
    for (let guard = 0; guard < 60; guard++) {
      const status = await settled(page);
      if (status.scene === SCENE_KEYS.debrief) break;
      if (status.scene === SCENE_KEYS.news) {
        const next = page
          .locator('.tt-overlay-buttons button')
          .filter({ hasText: /Back to the table|Next news/ });
        if (!seen.news) {
          seen.news = true;
          await saveScreenshot(page, 'coach-news');
          await coachStep(page, 'News between meetings', 'Enter', next);
        }
        await expect(next).toBeFocused();
        await page.keyboard.press('Enter');
        continue;
      }
      if (status.scene === SCENE_KEYS.ratification) {
        const go = page.getByRole('button', { name: /Continue to the debrief|Back to the table/ });
        if (!seen.ratification) {
          seen.ratification = true;
          await saveScreenshot(page, 'coach-ratification');
          await coachStep(page, 'Ratification at home', 'Escape', go);
        }
        await expect(go).toBeFocused();
        await page.keyboard.press('Enter');
        continue;
      }
      if (status.end) {
        await expect(page.getByRole('button', { name: 'See the debrief' })).toBeFocused();
        await page.keyboard.press('Enter');
        continue;
      }
      // The player's move. Before the news: the levers as they stand. After it: the deal of 22 July; if the
      // computer does not take it twice, its own offer.
      await expect(firstLever).toBeFocused();
      const accept = page.getByRole('button', { name: 'Accept their offer' });
      if (seen.news && proposedDeal >= 2 && (await accept.isEnabled())) {
        await tabTo(page, accept);
        await page.keyboard.press('Enter');
        continue;
      }
      if (seen.news && !dealSet) {
        await setLeversFromFocus(page, TUTORIAL_DEAL);
        dealSet = true;
      }
      if (seen.news) proposedDeal++;
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: 'Propose this package' })).toBeFocused();
      await page.keyboard.press('Enter');
    }
    expect(seen).toEqual({ news: true, ratification: true });

    // The debrief: the last step points at its pages.
    await waitForScene(page, SCENE_KEYS.debrief);
    const selectedTab = page.getByRole('tab', { selected: true });
    await coachStep(page, 'The debrief', 'Enter', selectedTab);
    await expect(page.locator('.tt-coach')).toHaveCount(0);
    await saveScreenshot(page, 'coach-debrief');
  });
});
