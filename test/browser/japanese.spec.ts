/**
 * The game in Japanese fits: a whole game played by keyboard only, title to debrief, at 100% and at 150% text
 * size, measuring every screen for cut text and overlaps (fit-check.ts) and saving a screenshot of each to
 * test-results/screenshots/ja-<scale>-<screen>.png; then the screens a game does not pass through (settings,
 * glossary, hand-over, join, live), and browser zoom (200% enlarges the text; a 1366×657 laptop window fits
 * without scrolling and without text below its size).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parseScenario } from '../../src/content/parse';
import { encodeSession } from '../../src/model/code/index';
import { SCENE_KEYS, type SceneKey } from '../../src/scenes/keys';
import { fitProblems } from './fit-check';
import { REAL_DEAL } from './play';
import { expect, saveScreenshot, test, waitForScene } from './support';

const SETTINGS_KEY = 'tariff-talks/settings/v1';
const SCALES = [1, 1.5] as const;
/** Offers made before the deal of 22 July: enough for the talks to pass the news after the second meeting. */
const REAL_DEAL_FROM = 2;

function usJapan() {
  const path = join(import.meta.dirname, '..', '..', 'src', 'content', 'scenarios', 'us-japan-2025.json');
  const parsed = parseScenario(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error('us-japan-2025.json does not parse');
  return parsed.value.scenario;
}

async function useSettings(page: Page, textScale: number): Promise<void> {
  await page.addInitScript(
    ([key, scale]) => {
      if (localStorage.getItem(key as string) === null)
        localStorage.setItem(
          key as string,
          JSON.stringify({ textScale: scale, reducedMotion: true, sound: false, coach: 'auto' }),
        );
    },
    [SETTINGS_KEY, textScale] as const,
  );
}

/** Presses a key on a control, as a keyboard user who has reached it does. */
async function press(target: Locator, key = 'Enter'): Promise<void> {
  await target.focus();
  await target.press(key);
}

/** Saves the screen and fails the test if anything on it is cut or overlaps. */
async function fits(page: Page, scale: number, screen: string, canvas = true): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await saveScreenshot(
    page,
    screen.startsWith('en-') ? `${screen}-${scale * 100}` : `ja-${scale * 100}-${screen}`,
  );
  expect(await fitProblems(page, { canvas }), `${screen} at ${scale * 100}% fits`).toEqual([]);
  const scroll = await page.evaluate(() => ({
    height: document.scrollingElement?.scrollHeight ?? 0,
    window: window.innerHeight,
  }));
  expect(scroll.height, `${screen} at ${scale * 100}% does not scroll`).toBeLessThanOrEqual(scroll.window);
}

const sceneNow = (page: Page) => page.evaluate(() => window.__tariffTalks?.scene);

async function settle(page: Page): Promise<SceneKey> {
  const handle = await page.waitForFunction(
    () => {
      const status = window.__tariffTalks;
      if (!status?.ready) return undefined;
      if (status.scene !== 'table') return status.scene;
      const buttons = [...document.querySelectorAll('button')];
      const ready = buttons.some(
        (b) =>
          b.offsetParent !== null &&
          ((b.textContent === 'この案を提案する' && !b.disabled) || b.textContent === '振り返りを見る'),
      );
      return ready ? 'table' : undefined;
    },
    null,
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as SceneKey;
}

for (const scale of SCALES) {
  test(`a whole game in Japanese by keyboard fits at ${scale * 100}% text`, async ({ page }) => {
    test.setTimeout(240_000);
    await useSettings(page, scale);
    await page.goto('./?lang=ja');
    await waitForScene(page, SCENE_KEYS.title);
    // The menu, the status line and the dates line: one above the other (the dates line is on the canvas).
    const dates = await page.evaluate(
      () => window.__tariffTalksTextBoxes?.().find((b) => b.text.startsWith('交渉期間')) ?? null,
    );
    expect(dates).not.toBeNull();
    const menuBottom = await page.locator('.tt-menu-area').evaluate((e) => e.getBoundingClientRect().bottom);
    expect(menuBottom).toBeLessThanOrEqual(dates?.y ?? 0);
    await fits(page, scale, 'title');

    await expect(page.getByRole('button', { name: '新しいゲーム' })).toBeFocused();
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE_KEYS.setup);
    await fits(page, scale, 'setup');
    const seed = page.getByRole('textbox', { name: 'シード' });
    await seed.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('ja-fit');
    await press(page.getByRole('button', { name: '開始', exact: true }));

    await waitForScene(page, SCENE_KEYS.briefing);
    await fits(page, scale, 'briefing');
    await expect(page.getByRole('button', { name: '交渉を始める' })).toBeFocused();
    await page.keyboard.press('Enter');

    let proposals = 0;
    const seen = new Set<SceneKey>();
    let tabsSeen = false;
    for (let guard = 0; guard < 60; guard++) {
      const scene = await settle(page);
      if (scene === SCENE_KEYS.debrief) break;
      if (scene === SCENE_KEYS.news || scene === SCENE_KEYS.ratification) {
        seen.add(scene);
        await fits(page, scale, `${scene}-${guard}`);
        const go = page.locator('.tt-overlay-buttons button').first();
        await expect(go).toBeFocused();
        await page.keyboard.press('Enter');
        continue;
      }
      const end = page.getByRole('button', { name: '振り返りを見る' });
      if (await end.isVisible()) {
        await press(end);
        continue;
      }
      if (!tabsSeen) {
        // Each tab of the table, chosen with the arrow keys.
        tabsSeen = true;
        await fits(page, scale, 'table-economy');
        const tabs = page.getByRole('tab');
        await tabs.first().focus();
        for (const tab of ['home', 'offers', 'tactics']) {
          await page.keyboard.press('ArrowRight');
          await fits(page, scale, `table-${tab}`);
        }
        await page.keyboard.press('Home');
      }
      // Two offers as the levers open (the computer turns them down, and the news after the second meeting
      // breaks), then the deal of 22 July, lever by lever (once: the levers keep the last offer).
      for (let j = 0; j < REAL_DEAL.length && proposals === REAL_DEAL_FROM; j++) {
        const lever = page.locator(`#tt-lever-${j}`);
        if (await lever.isDisabled()) continue;
        await lever.focus();
        await page.keyboard.press('Home');
        for (let k = 0; k < REAL_DEAL[j]; k++) await page.keyboard.press('ArrowRight');
      }
      if (proposals === REAL_DEAL_FROM) await fits(page, scale, 'table-levers-set');
      proposals++;
      await press(page.getByRole('button', { name: 'この案を提案する' }));
    }
    await waitForScene(page, SCENE_KEYS.debrief);
    expect(proposals).toBeGreaterThan(REAL_DEAL_FROM);
    expect([...seen].sort()).toEqual([SCENE_KEYS.news, SCENE_KEYS.ratification]);
    const tabs = page.getByRole('tab');
    const count = await tabs.count();
    expect(count).toBeGreaterThanOrEqual(6);
    await tabs.first().focus();
    for (let i = 0; i < count; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
      await fits(page, scale, `debrief-${i}`);
    }
    expect(await sceneNow(page)).toBe(SCENE_KEYS.debrief);
  });

  test(`the other Japanese screens fit at ${scale * 100}% text`, async ({ page }) => {
    test.setTimeout(120_000);
    await useSettings(page, scale);
    await page.goto('./?lang=ja');
    await waitForScene(page, SCENE_KEYS.title);
    await press(page.getByRole('button', { name: '設定' }));
    await expect(page.getByRole('dialog', { name: '設定' })).toBeVisible();
    await fits(page, scale, 'settings', false);
    await page.keyboard.press('Escape');
    await press(page.getByRole('button', { name: '用語集' }));
    await expect(page.getByRole('dialog')).toBeVisible();
    await fits(page, scale, 'glossary', false);
    await page.keyboard.press('Escape');

    // A live class: the screen to type the class's code.
    await press(page.getByRole('button', { name: 'ライブ授業に参加する' }));
    await waitForScene(page, SCENE_KEYS.live);
    await fits(page, scale, 'live');

    // Back to the title by the form's own button; two players on one device: the hand-over between their turns.
    await press(page.getByRole('button', { name: 'タイトルに戻る', exact: true }));
    await waitForScene(page, SCENE_KEYS.title);
    await press(page.getByRole('button', { name: '新しいゲーム' }));
    await waitForScene(page, SCENE_KEYS.setup);
    await press(page.getByRole('radio', { name: /^この端末で2人目のプレイヤー/ }), 'Space');
    await press(page.getByRole('button', { name: '開始', exact: true }));
    await waitForScene(page, SCENE_KEYS.handover);
    await fits(page, scale, 'handover');

    // A classroom session link: the title with the session's note, then the join screen.
    const scenario = usJapan();
    const session = encodeSession({
      id: 'fit-ja',
      title: '2年B組 木曜日',
      scenario: { id: scenario.id, version: scenario.version, hash: scenario.hash },
      parties: [scenario.parties[0].id, scenario.parties[1].id],
      sides: { kind: 'alternate' },
      opponent: 'computer',
      difficulty: 'normal',
      seed: 'fit-ja',
      seeding: 'class',
    });
    await page.goto(`./?lang=ja&session=${session}`);
    const shown = await page.waitForFunction(() =>
      window.__tariffTalks?.ready ? window.__tariffTalks.scene : undefined,
    );
    const first = (await shown.jsonValue()) as SceneKey;
    if (first === SCENE_KEYS.title) await fits(page, scale, 'title-session');
    else {
      await waitForScene(page, SCENE_KEYS.join);
      await fits(page, scale, 'join');
    }
  });
}

test('browser zoom enlarges the text and a laptop window fits without scrolling', async ({ browser }) => {
  test.setTimeout(120_000);
  /** The title's New game button: its font size on the screen, in device pixels, and whether the page scrolls. */
  const measure = async (width: number, height: number, zoom: number) => {
    const context = await browser.newContext({
      viewport: { width, height },
      deviceScaleFactor: zoom,
    });
    const page = await context.newPage();
    await page.goto('./?lang=ja');
    await waitForScene(page, SCENE_KEYS.title);
    await page.waitForTimeout(50);
    const figures = await page.evaluate(() => {
      const button = document.querySelector('.tt-new');
      const canvas = document.querySelector('#game canvas');
      if (!button || !canvas) return null;
      const frame = canvas.getBoundingClientRect().width / 1280;
      const px = Number.parseFloat(getComputedStyle(button).fontSize);
      return {
        devicePx: px * frame * window.devicePixelRatio,
        cssPx: px * frame,
        scrolls: (document.scrollingElement?.scrollHeight ?? 0) > window.innerHeight,
        scrollsSideways: (document.scrollingElement?.scrollWidth ?? 0) > window.innerWidth,
      };
    });
    const problems = await fitProblems(page);
    await saveScreenshot(page, `ja-zoom-${width}x${height}@${zoom}`);
    await context.close();
    return { figures, problems };
  };
  const full = await measure(1366, 768, 1);
  const laptop = await measure(1366, 657, 1);
  const zoomed = await measure(683, 384, 2);
  for (const { figures, problems } of [full, laptop, zoomed]) {
    expect(figures?.scrolls).toBe(false);
    expect(figures?.scrollsSideways).toBe(false);
    expect(problems).toEqual([]);
  }
  // The button's text is 20 px at 100%: the laptop's short window does not draw it smaller.
  expect(laptop.figures?.cssPx).toBeGreaterThanOrEqual(20);
  // At 200% zoom the text is half as large again as at 100% (the largest text size the screens are made for).
  expect(zoomed.figures?.devicePx).toBeGreaterThanOrEqual(1.45 * (full.figures?.devicePx ?? 0));
});

test('the texts once cut are whole in English at 150%: the meeting title, the other side’s level, the red line', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await useSettings(page, 1.5);
  await page.goto('./?lang=en');
  await waitForScene(page, SCENE_KEYS.title);
  await page.getByRole('button', { name: 'New game' }).click();
  await waitForScene(page, SCENE_KEYS.setup);
  await page.getByLabel('Seed', { exact: true }).fill('cut-texts');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await waitForScene(page, SCENE_KEYS.briefing);
  await page.getByRole('button', { name: 'Begin the talks' }).click();
  await waitForScene(page, SCENE_KEYS.table);
  const propose = page.getByRole('button', { name: 'Propose this package' });
  await expect(propose).toBeEnabled({ timeout: 20_000 });
  await page.getByRole('tab', { name: 'Tactics' }).click();
  await fits(page, 1.5, 'en-table-tactics');
  await page.getByRole('tab', { name: 'Economy' }).click();
  await propose.click();
  // The computer's counter-offer: the levers show its levels ("◆ Theirs: …"); the second meeting begins.
  await expect(page.locator('.tt-lever-theirs.tt-differs').first()).toBeVisible({ timeout: 20_000 });
  await expect(propose).toBeEnabled({ timeout: 20_000 });
  const texts = await page.evaluate(() => window.__tariffTalksTextBoxes?.().map((b) => b.text) ?? []);
  expect(texts.some((text) => text.endsWith('· Round 2: Bessent, Lutnick and Greer'))).toBe(true);
  expect(texts.filter((text) => text.includes('…'))).toEqual([]);
  const theirs = await page.locator('.tt-lever-theirs.tt-differs').allTextContents();
  expect(theirs.length).toBeGreaterThan(0);
  await fits(page, 1.5, 'en-table-theirs');
});
