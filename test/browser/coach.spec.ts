import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { SCENE_KEYS } from '../../src/scenes/keys';
import { setLevers, settled, startByMouse } from './play';
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
  // The coach's bubble (the news and ratification cards are dialogs too, and may bear the same title).
  const bubble = page
    .getByRole('dialog', { name: title })
    .filter({ has: page.getByRole('button', { name: 'Got it' }) });
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

/** Opens the glossary (key G, or the focused Glossary button), searches it, and closes it with Escape. */
async function glossaryRoundTrip(page: Page, how: 'key' | 'button'): Promise<void> {
  if (how === 'button') await page.getByRole('button', { name: /^Glossary/ }).focus();
  // Mark what has focus, to find it again after the glossary closes.
  await page.evaluate(() => document.activeElement?.setAttribute('data-before-glossary', ''));
  await page.keyboard.press(how === 'key' ? 'g' : 'Enter');
  const glossary = page.getByRole('dialog', { name: 'Glossary' });
  await expect(glossary).toBeVisible();
  const search = glossary.getByRole('searchbox', { name: 'Search the glossary' });
  await expect(search).toBeFocused();
  await expect(page.locator('#tt-live')).toHaveText(/Glossary: \d+ terms/);
  const terms = glossary.locator('dt:visible');
  await expect(terms.first()).toHaveText('Approval');
  const count = await terms.count();
  expect(count).toBeGreaterThanOrEqual(15);
  await page.keyboard.type('frontier');
  await expect(terms).toHaveText(['Nash point', 'Pareto frontier']);
  await page.keyboard.press('Escape');
  await expect(glossary).toHaveCount(0);
  await expect(page.locator('[data-before-glossary]')).toBeFocused();
  await page.evaluate(() =>
    document.querySelector('[data-before-glossary]')?.removeAttribute('data-before-glossary'),
  );
}

test.describe('the glossary', () => {
  test('opens on every screen (G or its button), finds terms, and closes with Escape', async ({ page }) => {
    test.setTimeout(150_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // The coach off, so that only the glossary takes focus here.
    await page.addInitScript(() =>
      localStorage.setItem('tariff-talks/settings/v1', JSON.stringify({ coach: 'off' })),
    );
    await page.goto('./');
    await waitForScene(page, SCENE_KEYS.title);
    await glossaryRoundTrip(page, 'key');
    await glossaryRoundTrip(page, 'button');

    await page.getByRole('button', { name: 'New game' }).click();
    await waitForScene(page, SCENE_KEYS.setup);
    await glossaryRoundTrip(page, 'key');
    await page.getByRole('radio', { name: /^Tutorial/ }).check();
    await expect(page.getByRole('checkbox', { name: /Coach me through this game/ })).not.toBeChecked();
    await page.getByLabel('Seed', { exact: true }).fill('coach-1');
    await page.getByRole('button', { name: 'Start', exact: true }).click();

    await waitForScene(page, SCENE_KEYS.briefing);
    await glossaryRoundTrip(page, 'key');
    await glossaryRoundTrip(page, 'button');
    // A term underlined in the briefing opens its own entry.
    const term = page.locator('.tt-term', { hasText: /^ratified$/ }).first();
    await term.focus();
    await page.keyboard.press('Enter');
    const glossary = page.getByRole('dialog', { name: 'Glossary' });
    await expect(glossary.getByRole('term').filter({ hasText: 'Ratification' })).toBeFocused();
    await expect(page.locator('#tt-live')).toContainText('Ratification: After both sides accept a deal');
    await page.keyboard.press('Escape');
    await expect(term).toBeFocused();
    await page.getByRole('button', { name: 'Begin the talks' }).click();

    const seen = { table: false, news: false, ratification: false };
    let proposedDeal = 0;
    for (let guard = 0; guard < 60; guard++) {
      const status = await settled(page);
      if (status.scene === SCENE_KEYS.debrief) break;
      if (status.scene === SCENE_KEYS.news || status.scene === SCENE_KEYS.ratification) {
        if (!seen[status.scene]) {
          seen[status.scene] = true;
          await glossaryRoundTrip(page, 'key');
          await glossaryRoundTrip(page, 'button');
        }
        await page.locator('.tt-overlay-buttons button').filter({ hasNotText: 'Glossary' }).click();
        continue;
      }
      if (status.end) {
        await page.getByRole('button', { name: 'See the debrief' }).click();
        continue;
      }
      if (!seen.table) {
        // The same moves as the guided game: one lever step, then the levers as they stand until the news.
        seen.table = true;
        await glossaryRoundTrip(page, 'key');
        await glossaryRoundTrip(page, 'button');
        await page.locator('#tt-lever-0').focus();
        await page.keyboard.press('ArrowRight');
      }
      const accept = page.getByRole('button', { name: 'Accept their offer' });
      if (seen.news && proposedDeal >= 2 && (await accept.isEnabled())) {
        await accept.click();
        continue;
      }
      if (seen.news && proposedDeal === 0) await setLevers(page, TUTORIAL_DEAL);
      if (seen.news) proposedDeal++;
      await page.getByRole('button', { name: 'Propose this package' }).click();
    }
    expect(seen).toEqual({ table: true, news: true, ratification: true });
    await waitForScene(page, SCENE_KEYS.debrief);
    await glossaryRoundTrip(page, 'key');
    await glossaryRoundTrip(page, 'button');
    await saveScreenshot(page, 'glossary-debrief');
  });
});

test.describe('issue notes on the table', () => {
  test('an issue’s description opens from its lever by keyboard and closes with Escape', async ({ page }) => {
    // A game from the title through setup and the briefing to the table (about 20 s on a loaded machine, before
    // the note's ten steps): the budget of the specs that start a game, not Playwright's default 30 s.
    test.setTimeout(60_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await startByMouse(page, { side: 'Japan', opponent: /^The computer/, seed: 'issue-notes' });
    await waitForScene(page, SCENE_KEYS.briefing);
    await page.getByRole('button', { name: 'Begin the talks' }).click();
    await waitForScene(page, SCENE_KEYS.table);
    await settled(page);
    const file = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../src/content/scenarios/us-japan-2025.json'), 'utf8'),
    ) as { issues: { name: string; description: string }[] };
    const [general, cars] = file.issues;

    const lever = page.getByRole('slider', { name: general.name });
    await lever.focus();
    await page.keyboard.press('i');
    const note = page.getByRole('dialog', { name: general.name });
    await expect(note).toBeVisible();
    await expect(note).toBeFocused();
    await expect(note.locator('p')).toHaveText(general.description);
    await expect(page.locator('#tt-live')).toHaveText(`About ${general.name}: ${general.description}`);
    await saveScreenshot(page, 'issue-note');
    await page.keyboard.press('Escape');
    await expect(note).toHaveCount(0);
    await expect(lever).toBeFocused();
    // The play goes on from the lever: the keys still move it.
    await page.keyboard.press('Home');
    await expect(lever).toHaveValue('0');
    await page.keyboard.press('ArrowRight');
    await expect(lever).toHaveValue('1');

    // By mouse: the round i of another issue; Escape gives focus to its lever.
    await page.getByRole('button', { name: `About ${cars.name}` }).click();
    const carNote = page.getByRole('dialog', { name: cars.name });
    await expect(carNote.locator('p')).toHaveText(cars.description);
    await page.keyboard.press('Escape');
    await expect(carNote).toHaveCount(0);
    await expect(page.getByRole('slider', { name: cars.name })).toBeFocused();
  });
});
