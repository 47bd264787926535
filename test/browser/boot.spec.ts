import { SCENE_KEYS } from '../../src/scenes/keys';
import { PALETTE } from '../../src/ui/theme';
import { expect, pixelStats, saveScreenshot, test, waitForScene } from './support';

const JAPAN_RED = 0xbc002d;
const US_BLUE = 0x3c3b6e;
const US_RED = 0xb22234;

test.describe('boot scene', () => {
  test('loads the assets and shows the title card', async ({ page }) => {
    await page.goto('./');
    await expect(page).toHaveTitle('Tariff Talks');

    const status = await waitForScene(page, SCENE_KEYS.title);
    expect(status.texts).toContain('Tariff Talks');
    expect(status.texts).toContain('Negotiate the 2025 US–Japan tariff deal');
    expect(status.texts).toEqual(expect.arrayContaining(['Japan', 'United States']));

    const canvas = page.locator('#game canvas');
    await expect(canvas).toHaveCount(1);
    await expect(canvas).toBeVisible();
    const box = await canvas.boundingBox();
    expect(box?.width).toBeCloseTo(1280, 0);
    expect(box?.height).toBeCloseTo(720, 0);

    const stats = pixelStats(await saveScreenshot(page, 'boot'));
    // Drawn, not blank: many colours, and no single colour fills the screen.
    expect(stats.distinctColours).toBeGreaterThan(50);
    expect(stats.dominantShare).toBeLessThan(0.75);
    // The navy ground, the lighter table, and both flags are on screen.
    expect(stats.share(PALETTE.navy, 4)).toBeGreaterThan(0.05);
    expect(stats.share(PALETTE.navyLight, 4)).toBeGreaterThan(0.2);
    expect(stats.share(JAPAN_RED)).toBeGreaterThan(0.005);
    expect(stats.share(US_BLUE)).toBeGreaterThan(0.005);
    expect(stats.share(US_RED)).toBeGreaterThan(0.005);
  });

  test('letterboxes the 16:9 game into a 4:3 window', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('./');
    await waitForScene(page, SCENE_KEYS.title);

    const box = await page.locator('#game canvas').boundingBox();
    expect(box).not.toBeNull();
    if (box === null) return;
    expect(box.width).toBeCloseTo(1024, 0);
    expect(box.height).toBeCloseTo(576, 0);
    // Centred vertically: equal bars above and below.
    expect(box.y).toBeCloseTo((768 - 576) / 2, 0);
    await saveScreenshot(page, 'boot-4x3');
  });
});
