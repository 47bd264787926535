import type { Page } from '@playwright/test';
import type { TariffTalksStatus } from '../../src/global';
import { SCENE_KEYS } from '../../src/scenes/keys';
import { expect, waitForScene } from './support';

/**
 * Playing games through the real menus and table, shared by the specs: starting a game from the title,
 * watching a computer game to its debrief, and playing the deal of 22 July 2025 every turn until the debrief.
 */

/** The deal of 22 July 2025, as level indices in the scenario's issue order (as in table.spec.ts). */
export const REAL_DEAL = [3, 2, 0, 2, 2, 1, 1, 3, 2, 0] as const;
const OFF_TABLE = 9;

/** What the page shows once it settles: an overlay, the debrief, the end of the talks, or the player's move. */
export async function settled(page: Page): Promise<TariffTalksStatus & { readonly end: boolean }> {
  const handle = await page.waitForFunction(
    () => {
      const status = window.__tariffTalks;
      // Only the table, its overlays and the debrief: a menu scene still showing has not settled yet.
      if (!status?.ready || !['table', 'news', 'ratification', 'debrief'].includes(status.scene))
        return undefined;
      const end = [...document.querySelectorAll('button')].some(
        (b) => b.textContent === 'See the debrief' && b.offsetParent !== null,
      );
      if (status.scene !== 'table') return { ...status, end: false };
      const propose = [...document.querySelectorAll('button')].find(
        (b) => b.textContent === 'Propose this package',
      );
      return end || (propose && !propose.disabled && propose.offsetParent !== null)
        ? { ...status, end }
        : undefined;
    },
    null,
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as TariffTalksStatus & { end: boolean };
}

/** Sets the levers (all but the one off the table) to these levels, by keyboard, as a student can. */
export async function setLevers(page: Page, levels: readonly number[]): Promise<void> {
  for (let j = 0; j < levels.length; j++) {
    if (j === OFF_TABLE) continue;
    await page.locator(`#tt-lever-${j}`).focus();
    await page.keyboard.press('Home');
    for (let k = 0; k < levels[j]; k++) await page.keyboard.press('ArrowRight');
  }
}

/** Sets the levers to the deal of 22 July. */
export const setRealDeal = (page: Page): Promise<void> => setLevers(page, REAL_DEAL);

/**
 * Plays from the table to the debrief: the deal of 22 July proposed every turn (the levers keep the player's
 * last offer). `stopAfter` ends early, after that many proposals, at the player's next move. `realDealFrom`
 * proposes the levers as the table sets them (the player's opening) that many times first: the computer takes
 * the real deal at once when it is at least as good as its next offer, so a game meant to last a few turns
 * starts further away.
 */
export async function playOn(
  page: Page,
  stopAfter = Number.POSITIVE_INFINITY,
  realDealFrom = 0,
): Promise<number> {
  let turns = 0;
  for (let guard = 0; guard < 80; guard++) {
    const status = await settled(page);
    if (status.scene === SCENE_KEYS.debrief) return turns;
    if (status.scene === SCENE_KEYS.news || status.scene === SCENE_KEYS.ratification) {
      await page.locator('.tt-overlay-buttons button').click();
      continue;
    }
    if (status.end) {
      await page.getByRole('button', { name: 'See the debrief' }).click();
      continue;
    }
    if (turns === stopAfter) return turns;
    if (turns === realDealFrom) await setRealDeal(page);
    turns++;
    await page.getByRole('button', { name: 'Propose this package' }).click();
  }
  throw new Error('the game did not end');
}

export interface Start {
  readonly side: 'Japan' | 'United States';
  readonly opponent: RegExp;
  readonly seed: string;
}

/** From the title to the table (or to the first hand-over), by mouse. */
export async function startByMouse(page: Page, start: Start): Promise<void> {
  await page.goto('./');
  await waitForScene(page, SCENE_KEYS.title);
  await page.getByRole('button', { name: 'New game' }).click();
  await waitForScene(page, SCENE_KEYS.setup);
  await page
    .getByRole('radio', { name: new RegExp(`^${start.side}`) })
    .first()
    .check();
  await page.getByRole('radio', { name: start.opponent }).check();
  await page.getByLabel('Seed', { exact: true }).fill(start.seed);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
}

export interface Watch {
  readonly seed: string;
  /** The side whose view the table shows, and the difficulty; the setup screen's defaults if not given. */
  readonly side?: 'Japan' | 'United States';
  readonly difficulty?: 'Easy' | 'Normal' | 'Hard';
}

/** From the title, sets up a computer-vs-computer game, watches it at top speed and goes on to the debrief. */
export async function watchToDebrief(page: Page, watch: Watch): Promise<void> {
  await page.goto('./');
  await waitForScene(page, SCENE_KEYS.title);
  await page.getByRole('button', { name: 'New game' }).click();
  await waitForScene(page, SCENE_KEYS.setup);
  await page.getByRole('radio', { name: /^Computer against computer/ }).check();
  if (watch.side)
    await page
      .getByRole('group', { name: /side/ })
      .getByRole('radio', { name: new RegExp(`^${watch.side}`) })
      .check();
  if (watch.difficulty) await page.getByRole('radio', { name: new RegExp(`^${watch.difficulty}`) }).check();
  await page.getByLabel('Seed', { exact: true }).fill(watch.seed);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await waitForScene(page, SCENE_KEYS.briefing);
  await page.getByRole('button', { name: 'Start watching' }).click();
  await waitForScene(page, SCENE_KEYS.table);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('instant');
  // The talks end with the ratification overlay (a deal) or the table's own way out (no deal).
  await expect
    .poll(
      async () => {
        const status = await page.evaluate(() => window.__tariffTalks);
        if (status?.ready && status.scene === SCENE_KEYS.debrief) return true;
        for (const name of ['Continue to the debrief', 'See the debrief']) {
          const way = page.getByRole('button', { name });
          if (await way.isVisible()) await way.click();
        }
        return false;
      },
      { timeout: 60_000, intervals: [250] },
    )
    .toBe(true);
}
