import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENE_KEYS } from '../../src/scenes/keys';
import { PALETTE } from '../../src/ui/theme';
import { DRAW_SVG, FLAGS } from '../../tools/gen-flags';
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

  test("draws the flags from PNGs that are their SVGs drawn at the textures' size (tools/gen-flags.ts)", async ({
    page,
  }) => {
    await page.goto('./');
    await waitForScene(page, SCENE_KEYS.title);
    for (const flag of FLAGS) {
      const asset = { key: flag.name, width: flag.width, height: flag.height };
      const text = readFileSync(join(import.meta.dirname, '..', '..', 'assets', `${asset.key}.svg`), 'utf8');
      const png = await page
        .locator(`link[rel="preload"][href*="${asset.key}-"][href$=".png"]`)
        .getAttribute('href');
      expect(png, `${asset.key}.png preloaded`).toBeTruthy();
      // Both pictures' pixels, in the page: the SVG drawn as the generator draws it, and the shipped PNG.
      const compare = `(async () => {
        const size = ${JSON.stringify({ width: asset.width, height: asset.height })};
        const pixels = async (src) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = size.width;
          canvas.height = size.height;
          const ctx = canvas.getContext('2d');
          ctx.drawImage(image, 0, 0);
          return { width: image.naturalWidth, height: image.naturalHeight, data: ctx.getImageData(0, 0, size.width, size.height).data };
        };
        const svg = await pixels(await (${DRAW_SVG})({ text: ${JSON.stringify(text)}, ...size }));
        const png = await pixels(${JSON.stringify(png)});
        let differing = 0;
        for (let i = 0; i < svg.data.length; i += 4) {
          let most = 0;
          for (let c = 0; c < 4; c++) most = Math.max(most, Math.abs(svg.data[i + c] - png.data[i + c]));
          if (most > 8) differing++;
        }
        return { width: png.width, height: png.height, differing: differing / (svg.data.length / 4) };
      })()`;
      const result = (await page.evaluate(compare)) as { width: number; height: number; differing: number };
      expect(result.width, asset.key).toBe(asset.width);
      expect(result.height, asset.key).toBe(asset.height);
      expect(result.differing, `${asset.key}: share of pixels unlike the SVG's`).toBeLessThan(0.005);
    }
  });

  test("requests the title's data with the page, not after Phaser has started, and each file once", async ({
    page,
  }) => {
    await page.goto('./');
    await waitForScene(page, SCENE_KEYS.title);
    const requests = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
        file: e.name.replace(/^.*\//, '').replace(/-[\w-]{8}\./, '.'),
        by: e.initiatorType,
        start: e.startTime,
        end: e.responseEnd,
      })),
    );
    const phaser = requests.find((r) => r.file === 'phaser.js');
    expect(phaser).toBeDefined();
    // The scenarios and the flags the boot scene reads come with the page's own files (a preload in the HTML),
    // so they are there when Phaser starts instead of a round trip after it.
    for (const file of ['us-japan-2025.json', 'tutorial.json', 'flag-japan.png', 'flag-us.png']) {
      const sent = requests.filter((r) => r.file === file);
      expect(sent, `${file} requested once`).toHaveLength(1);
      expect(sent[0].by, `${file} preloaded by the HTML`).toBe('link');
      expect(sent[0].start, `${file} requested before Phaser arrived`).toBeLessThan(phaser?.end ?? 0);
    }
  });

  test('loads again, with its loader, a title file the page could not read before Phaser started', async ({
    page,
    problems,
  }) => {
    // The first answer for the default scenario and for a flag is an error (src/boot-files.ts goes without it);
    // the boot scene's loader asks again and gets the real file.
    const asked = new Map<string, number>();
    await page.route(/\/assets\/(us-japan-2025-[\w-]+\.json|flag-us-[\w-]+\.png)$/, async (route) => {
      const file = route
        .request()
        .url()
        .replace(/^.*\//, '')
        .replace(/-[\w-]{8}\./, '.');
      const n = (asked.get(file) ?? 0) + 1;
      asked.set(file, n);
      return n > 1 ? route.continue() : route.fulfill({ status: 503, body: 'busy' });
    });
    await page.goto('./');
    const status = await waitForScene(page, SCENE_KEYS.title);
    expect(Object.fromEntries(asked)).toEqual({ 'us-japan-2025.json': 2, 'flag-us.png': 2 });
    expect(status.texts).toContain('Negotiate the 2025 US–Japan tariff deal');
    expect(status.texts).toEqual(expect.arrayContaining(['Japan', 'United States']));
    const stats = pixelStats(await saveScreenshot(page, 'boot-reloaded'));
    expect(stats.share(US_BLUE)).toBeGreaterThan(0.005);
    expect(stats.share(JAPAN_RED)).toBeGreaterThan(0.005);
    // The two refusals this test made, and nothing else.
    expect(
      problems.failedRequests.map((r) => r.replace(/^.*\//, '').replace(/-[\w-]{8}\./, '.')).sort(),
    ).toEqual(['flag-us.png: HTTP 503', 'us-japan-2025.json: HTTP 503']);
    expect(problems.consoleErrors.every((e) => e.includes('503'))).toBe(true);
    problems.failedRequests.length = 0;
    problems.consoleErrors.length = 0;
  });

  test('draws the title without the code of the screens after it, which comes when one is opened', async ({
    page,
  }) => {
    // The moment the title first reports itself ready (src/scenes/readiness.ts sets window.__tariffTalks).
    await page.addInitScript(() => {
      let status: unknown;
      Object.defineProperty(window, '__tariffTalks', {
        configurable: true,
        get: () => status,
        set: (value: { ready?: boolean; scene?: string }) => {
          status = value;
          const w = window as { __titleAt?: number };
          if (value?.ready && value.scene === 'title' && w.__titleAt === undefined)
            w.__titleAt = performance.now();
        },
      });
    });
    await page.goto('./');
    await waitForScene(page, SCENE_KEYS.title);
    const playChunk = () =>
      performance.getEntriesByType('resource').find((e) => /\/play-scenes-[\w-]+\.js$/.test(e.name))
        ?.startTime;
    // Nothing of the later screens is loaded for the title.
    expect(await page.evaluate(playChunk)).toBeUndefined();
    await page.getByRole('button', { name: 'New game' }).click();
    await waitForScene(page, SCENE_KEYS.setup);
    const titleAt = await page.evaluate(() => (window as { __titleAt?: number }).__titleAt ?? Number.NaN);
    // Their code came when the first of them was opened.
    expect(await page.evaluate(playChunk)).toBeGreaterThan(titleAt);
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
