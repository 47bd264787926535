/**
 * The computer negotiates like a person, as a student sees it (issue 12): in a seeded game it draws a public red
 * line, links an off-table issue, and, when the student draws a red line of their own, takes a concession back
 * and says why. Each is shown on the table and read out in the live region.
 */
import type { Page } from '@playwright/test';
import { SCENE_KEYS } from '../../src/scenes/keys';
import { loadScenario } from '../helpers';
import { setLevers, settled, startByMouse } from './play';
import { expect, saveScreenshot, test, waitForScene } from './support';

const live = (page: Page) => page.locator('#tt-live');

/** Keeps everything the live region says from now on (a later announcement, such as news, replaces the text). */
async function recordAnnouncements(page: Page): Promise<() => Promise<string>> {
  await page.evaluate(() => {
    const region = document.getElementById('tt-live');
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    if (region)
      new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
  });
  return () => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard.join('\n'));
}

/** The package with no deal, as level indices: Japan's opening in this script. */
const NO_DEAL = [...loadScenario('src/content/scenarios/us-japan-2025.json').noDeal];

test('the computer draws a red line, links an issue and explains a retraction, on the table and aloud', async ({
  page,
}) => {
  test.slow();
  await startByMouse(page, { side: 'Japan', opponent: /^The computer/, seed: 'tactics-0' });
  await waitForScene(page, SCENE_KEYS.briefing);
  await page.getByRole('button', { name: 'Begin the talks' }).click();
  await settled(page);

  // Japan opens with no deal on the levers.
  await setLevers(page, NO_DEAL);
  await page.getByRole('button', { name: 'Propose this package' }).click();
  let status = await settled(page);

  // The US answers with its tactics: a public red line on steel and a linked issue, each announced, and its line.
  await expect(live(page)).toContainText('United States draws a public red line: Steel and aluminium tariff');
  await expect(live(page)).toContainText('United States links Defense spending to the talks.');
  await expect(live(page)).toContainText('is our line, and we say it in public');
  expect(status.texts.join(' ')).toContain('is our line, and we say it in public');
  await page.getByRole('tab', { name: 'Tactics' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Tactics' });
  await expect(panel).toContainText('Steel and aluminium tariff');
  // The linked issue is on the table now: its lever can move.
  await expect(page.getByRole('slider', { name: 'Defense spending' })).toBeEnabled();
  await saveScreenshot(page, 'opponent-tactics');

  // Japan draws its own red line (no more US rice) and proposes the same package again.
  await panel.getByRole('combobox', { name: 'Issue for the red line' }).selectOption({ label: 'US rice' });
  await panel
    .getByRole('combobox', { name: 'Level of the red line' })
    .selectOption({ label: 'we give at most: No change (about 346,000 t of US rice)' });
  await panel.getByRole('button', { name: 'Draw the line' }).click();
  await expect(live(page)).toContainText('Japan draws a public red line: US rice');
  const heard = await recordAnnouncements(page);
  await page.getByRole('button', { name: 'Propose this package' }).click();
  status = await settled(page);

  // The US takes a concession back and says that Japan's red line is the reason. The meeting then ends with
  // news: the reply was read out before it, and the table shows the line again once the news is read.
  const retraction = 'If that is your line, we need more on Defense purchases in return.';
  await expect.poll(heard).toContain(`United States says: “${retraction}”`);
  if (status.scene === SCENE_KEYS.news) {
    await page.getByRole('button', { name: /Back to the table|Next news/ }).click();
    status = await settled(page);
    if (status.scene === SCENE_KEYS.news) {
      await page.getByRole('button', { name: /Back to the table/ }).click();
      status = await settled(page);
    }
  }
  expect(status.scene).toBe(SCENE_KEYS.table);
  expect(status.texts.join(' ')).toContain('If that is your line');
  await saveScreenshot(page, 'opponent-retraction');
});
