import { SCENE_KEYS } from '../../src/scenes/keys';
import { expect, openTitle, saveScreenshot, settle, test, waitForScene } from './support';

/** Setup and the briefing, from the title: by keyboard, computer against computer, and two players. */

// As in src/app/save.ts (not imported: it pulls in the shipped scenarios as JSON modules).
const SAVE_KEY = 'tariff-talks/save';

test.describe('setup and briefing', () => {
  test('setup is played by keyboard alone; an empty seed is refused', async ({ page }) => {
    await openTitle(page);
    await page.keyboard.press('Enter'); // New game has the focus
    await waitForScene(page, SCENE_KEYS.setup);
    // The first control is the side, on the chosen one; arrows change it.
    await expect(page.getByRole('radio', { name: /^Japan/ })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: /^United States/ })).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: /^Japan/ })).toBeChecked();

    // Every control is reached by Tab, with a visible focus ring.
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (!e) return '';
        const label = e.getAttribute('aria-label') ?? e.closest('label')?.textContent ?? e.textContent ?? '';
        return `${e.tagName.toLowerCase()}:${label.trim().slice(0, 30)}`;
      });
      seen.push(focused);
    }
    expect(seen).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^input:The computer/),
        expect.stringMatching(/^input:Tariff Talks/),
        expect.stringMatching(/^input:Normal/),
        'input:',
        'button:Make a new random seed',
        'button:Back to the title',
        'button:Start',
      ]),
    );

    const seed = page.getByRole('textbox', { name: 'Seed' });
    await expect(seed).toHaveValue(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await seed.fill('   ');
    await seed.press('Enter');
    await expect(page.getByRole('alert')).toHaveText('Type a seed, or press “New seed”: a game needs one.');
    await expect(seed).toBeFocused();
    await expect(seed).toHaveAttribute('aria-invalid', 'true');
    await saveScreenshot(page, 'frame-setup-empty-seed');
    await page.getByRole('button', { name: 'Make a new random seed' }).press('Enter');
    await expect(seed).toHaveValue(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await seed.press('Enter');
    await waitForScene(page, SCENE_KEYS.briefing);
    await settle(page);
    await saveScreenshot(page, 'frame-briefing');
    await expect(page.getByRole('button', { name: 'Begin the talks' })).toBeFocused();
  });

  test('computer against computer: the briefing of the side watched', async ({ page }) => {
    await openTitle(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await waitForScene(page, SCENE_KEYS.setup);
    await page.getByRole('radio', { name: /Computer against computer/ }).check();
    await expect(page.getByRole('group', { name: 'Watch from the side of' })).toBeVisible();
    await settle(page);
    await saveScreenshot(page, 'frame-setup');
    await page.getByRole('button', { name: 'Start' }).click();
    const briefing = await waitForScene(page, SCENE_KEYS.briefing);
    expect(briefing.texts).toContain('You watch from the side of Japan');
    await expect(page.getByRole('button', { name: 'Start watching' })).toBeVisible();

    // Back to setup keeps the choices and the seed.
    const seed = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? 'null').game.settings.seed,
      SAVE_KEY,
    );
    await page.getByRole('button', { name: 'Back to setup' }).click();
    await waitForScene(page, SCENE_KEYS.setup);
    await expect(page.getByRole('radio', { name: /Computer against computer/ })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Seed' })).toHaveValue(seed);
  });

  test('two players: each reads their own briefing behind the hand-over screen', async ({ page }) => {
    await openTitle(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await waitForScene(page, SCENE_KEYS.setup);
    await page.getByRole('radio', { name: /A second player on this device/ }).check();
    for (const level of ['Easy', 'Normal', 'Hard'])
      await expect(page.getByRole('radio', { name: new RegExp(`^${level}`) })).toBeDisabled();
    await expect(page.getByRole('group', { name: 'Difficulty' })).toContainText('No computer plays');
    await page.getByRole('button', { name: 'Start' }).click();

    // Japan opens the first meeting, so the United States reads first, then hands over to Japan.
    const first = await waitForScene(page, SCENE_KEYS.handover);
    expect(first.texts).toContain('Pass the device to the player for United States');
    await expect(page.locator('.tt-brief-columns')).toHaveCount(0);
    await settle(page);
    await saveScreenshot(page, 'frame-handover');
    const reveal = page.getByRole('button', { name: 'I am the player for United States — show my side' });
    await expect(reveal).toBeFocused();
    await page.keyboard.press('Enter');
    const usBriefing = await waitForScene(page, SCENE_KEYS.briefing);
    expect(usBriefing.texts).toContain('Briefing: United States');
    await expect(page.locator('.tt-brief-own')).toContainText('The President’s headline win');

    await page.getByRole('button', { name: 'Begin the talks' }).click();
    const second = await waitForScene(page, SCENE_KEYS.handover);
    expect(second.texts).toContain('Pass the device to the player for Japan');
    // Nothing of the other player's briefing can be seen or reached while the device changes hands.
    await expect(page.locator('.tt-brief-own')).not.toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: /I am the player for Japan/ })).toBeFocused();
    await page.getByRole('button', { name: /I am the player for Japan/ }).click();
    const japanBriefing = await waitForScene(page, SCENE_KEYS.briefing);
    expect(japanBriefing.texts).toContain('Briefing: Japan');
    await expect(page.locator('.tt-brief-own')).toContainText('Carmakers and their workers');
    await expect(page.locator('.tt-brief-own')).toBeVisible();
  });
});
