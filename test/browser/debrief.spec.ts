import type { Page } from '@playwright/test';
import { SCENE_KEYS } from '../../src/scenes/keys';
import { SIDE_COLOURS } from '../../src/ui/theme';
import { setLevers, settled, startByMouse, watchToDebrief } from './play';
import { expect, pixelStats, saveScreenshot, test, waitForScene } from './support';

/** Selects a debrief page with the keyboard (arrow keys on the tab list) and waits until it has drawn. */
async function nextTab(page: Page, name: string): Promise<readonly string[]> {
  await page.keyboard.press('ArrowRight');
  const tab = page.getByRole('tab', { name });
  await expect(tab).toBeFocused();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name })).toBeVisible();
  return (await waitForScene(page, SCENE_KEYS.debrief)).texts;
}

test.describe('debrief', () => {
  test('a deal: every page reads, by keyboard, and play again goes back to setup', async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // Seed abc-15: a deal in the third meeting, after offers from both sides, so both draw paths on the dance.
    await watchToDebrief(page, { seed: 'abc-15', side: 'Japan', difficulty: 'Normal' });

    let texts = (await waitForScene(page, SCENE_KEYS.debrief)).texts;
    expect(texts).toContain('Deal!');
    await expect(page.locator('#tt-live')).toHaveText(/^Deal! Japan accepted the offer from United States/);

    // Result: why it ended, and the package beside the real deal of 22 July 2025.
    const tabs = page.getByRole('tablist', { name: 'Debrief pages' });
    await expect(tabs.getByRole('tab')).toHaveText([
      'Result',
      'The dance',
      'Sectors',
      'Approval',
      'Scores',
      'What happened',
      'Discuss',
    ]);
    await expect(page.getByRole('tab', { name: 'Result' })).toBeFocused();
    const result = page.getByRole('tabpanel', { name: 'Result' });
    await expect(result).toContainText('accepted the offer');
    await expect(result).toContainText('You watched the computer play both sides.');
    // The personalities the computer played, private during the game, are named now.
    await expect(result).toContainText(/The computer negotiated for United States as /);
    await expect(result).toContainText(/The computer negotiated for Japan as /);
    const pkg = result.getByRole('table', { name: 'The final package, issue by issue' });
    await expect(pkg.getByRole('row')).toHaveCount(11);
    await expect(pkg.getByRole('columnheader', { name: 'Real deal, 22 July 2025' })).toBeVisible();
    await saveScreenshot(page, 'debrief-result');

    texts = await nextTab(page, 'The dance');
    for (const label of [
      'Nash point',
      'Your deal',
      'Real deal',
      'No deal',
      'Pareto frontier',
      'Japan offers',
      'United States offers',
      'United States: score out of 100',
      'Japan: score out of 100',
    ]) {
      expect(texts).toContain(label);
    }
    const dance = pixelStats(await saveScreenshot(page, 'debrief-dance'));
    expect(dance.share(SIDE_COLOURS.japan, 8)).toBeGreaterThan(0.0005);
    expect(dance.share(SIDE_COLOURS.us, 8)).toBeGreaterThan(0.0005);

    texts = await nextTab(page, 'Sectors');
    expect(texts).toEqual(expect.arrayContaining(['Japanese cars and parts', 'Japan → United States']));
    await expect(page.getByRole('table', { name: 'Totals' })).toContainText('US: jobs');
    await saveScreenshot(page, 'debrief-sectors');

    texts = await nextTab(page, 'Approval');
    expect(texts).toEqual(expect.arrayContaining(['Start', 'Approval at home, out of 100']));
    expect(texts.some((text) => /^Japan \d+$/.test(text))).toBe(true);
    await saveScreenshot(page, 'debrief-approval');

    await nextTab(page, 'Scores');
    const scores = page.getByRole('tabpanel', { name: 'Scores' });
    await expect(scores).toContainText(
      /^Japan: [+−]?\d+\.\d points over no deal in your game; the real negotiators got/,
    );
    await expect(scores.getByRole('row')).toHaveCount(8);
    await saveScreenshot(page, 'debrief-scores');

    await nextTab(page, 'What happened');
    await expect(page.getByRole('tabpanel', { name: 'What happened' })).toContainText(
      'The deal of 22 July 2025',
    );
    await saveScreenshot(page, 'debrief-history');

    await nextTab(page, 'Discuss');
    await expect(page.getByRole('tabpanel', { name: 'Discuss' }).getByRole('listitem')).toHaveCount(8);
    await saveScreenshot(page, 'debrief-discuss');

    // Home goes back to the first page; then Play again starts a new game of the same scenario.
    await page.keyboard.press('Home');
    await expect(page.getByRole('tab', { name: 'Result' })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('button', { name: 'Play again' }).click();
    await waitForScene(page, SCENE_KEYS.setup);
  });

  test('no deal: the deadline, said plainly, and the way back to the title', async ({ page }) => {
    test.setTimeout(120_000);
    await watchToDebrief(page, { seed: 's34', side: 'United States', difficulty: 'Hard' });
    const { texts } = await waitForScene(page, SCENE_KEYS.debrief);
    expect(texts).toContain('No deal: time ran out');
    const result = page.getByRole('tabpanel', { name: 'Result' });
    await expect(result).toContainText('Time ran out');
    await expect(result).toContainText('The real negotiators did reach a deal, on 22 July 2025.');
    await expect(result.getByRole('columnheader', { name: 'No deal: what applies' })).toBeVisible();
    await saveScreenshot(page, 'debrief-no-deal');
    await page.getByRole('button', { name: 'Title screen' }).click();
    await waitForScene(page, SCENE_KEYS.title);
  });

  test('a deal voted down at home, then a walk-away: the debrief tells both', async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await startByMouse(page, { side: 'Japan', opponent: /^The computer/, seed: 'voted-down' });
    await waitForScene(page, SCENE_KEYS.briefing);
    await page.getByRole('button', { name: 'Begin the talks' }).click();
    await settled(page);

    // Japan offers everything the United States could want (the model: Japan's groups cannot ratify it, the
    // US's can); the computer takes it at once, and Japan's groups vote it down.
    await setLevers(page, [1, 0, 0, 3, 3, 1, 2, 3, 2, 0]);
    await page.getByRole('button', { name: 'Propose this package' }).click();
    const vote = await waitForScene(page, SCENE_KEYS.ratification);
    expect(vote.texts).toEqual(
      expect.arrayContaining([
        '✓ Ratified',
        '✗ Rejected at home',
        'The deal failed at home in Japan. The talks go on.',
      ]),
    );
    await saveScreenshot(page, 'debrief-voted-down-ratification');
    await page.locator('.tt-overlay-buttons button').click();

    // The talks go on; Japan walks away.
    let status = await settled(page);
    while (status.scene !== SCENE_KEYS.table) {
      await page.locator('.tt-overlay-buttons button').click();
      status = await settled(page);
    }
    await page.getByRole('button', { name: 'Walk away…' }).click();
    await page.getByRole('button', { name: 'Yes, walk away' }).click();
    await page.getByRole('button', { name: 'See the debrief' }).click();

    const { texts } = await waitForScene(page, SCENE_KEYS.debrief);
    expect(texts).toContain('No deal: the talks broke down');
    const result = page.getByRole('tabpanel', { name: 'Result' });
    await expect(result).toContainText(/Japan walked away from the talks in round \d+ \(/);
    await expect(result).toContainText(
      'Before that, one offer was accepted at the table but voted down at home: round 1, where Japan could not get enough support at home.',
    );
    await expect(page.locator('#tt-live')).toHaveText(/^No deal: the talks broke down Japan walked away/);
    await saveScreenshot(page, 'debrief-walked-away');
  });
});
