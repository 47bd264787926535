/**
 * A schema version 2 file (test/fixtures/scenarios/mini-v2.json) in the browser: the red line Japan announced
 * before the talks shows in the briefing (with its quote), and its lever stops at the line.
 */
import { join } from 'node:path';
import { SCENE_KEYS } from '../../src/scenes/keys';
import { expect, test, waitForScene } from './support';

const MINI_V2 = join(import.meta.dirname, '..', 'fixtures', 'scenarios', 'mini-v2.json');

test('an announced red line shows in the briefing from the start', async ({ page }) => {
  await page.goto('./');
  await waitForScene(page, SCENE_KEYS.title);
  await page
    .locator('.tt-title input[type=file][aria-label="Choose a scenario file"]')
    .setInputFiles(MINI_V2);
  await waitForScene(page, SCENE_KEYS.setup);
  await page.getByRole('button', { name: 'Start' }).click();
  await waitForScene(page, SCENE_KEYS.briefing);
  const own = page.locator('.tt-brief-own');
  await expect(own).toContainText('Public red line announced before the talks on Farm purchases');
  await expect(own).toContainText('We will not open the rice market beyond $4B.');
  await expect(own).toContainText('The Prime Minister, April 2025');
  await expect(page.locator('.tt-brief-other')).not.toContainText('announced before the talks');
});
