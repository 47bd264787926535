/**
 * Any two countries (issue 15): the fictional Ardonia–Belmark scenario played from setup to the debrief, by
 * mouse, with a screenshot of every scene and debrief page, and not a trace of Japan or the United States on
 * the page or in the texts the canvas draws. Its currency, base year, colours, drawn flag and badge show.
 */
import type { Page } from '@playwright/test';
import { encodeSession } from '../../src/model/code/index';
import { SCENE_KEYS } from '../../src/scenes/keys';
import { settled } from './play';
import { expect, pixelStats, saveScreenshot, test, waitForScene } from './support';

/** Words that would give away the shipped scenario: its countries, people, places and currency, in both languages. */
const TRACE =
  /Japan|Japanese|United States|\bUS\b|U\.S\.|America|Tokyo|Washington|Trump|Ishiba|Akazawa|Lutnick|\$|日本|米国|アメリカ|日米|ドル/;

/** The page's visible text and the canvas texts of the scene showing; fails naming `where` on a trace. */
async function noTrace(page: Page, where: string): Promise<readonly string[]> {
  const dom = await page.evaluate(() => document.body.innerText);
  const texts = (await page.evaluate(() => window.__tariffTalks?.texts ?? [])) as readonly string[];
  expect(dom.match(TRACE), `${where}: the page says "${dom.match(TRACE)?.[0]}"`).toBeNull();
  const canvas = texts.join('\n');
  expect(canvas.match(TRACE), `${where}: the canvas says "${canvas.match(TRACE)?.[0]}"`).toBeNull();
  return texts;
}

const ARDONIA_GREEN = 0x009e73;
const BELMARK_PURPLE = 0x9467bd;

test('Ardonia and Belmark: played to the debrief, with no trace of Japan or the United States', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await waitForScene(page, SCENE_KEYS.title);
  await page.getByRole('button', { name: 'New game' }).click();
  await waitForScene(page, SCENE_KEYS.setup);
  await page
    .getByRole('group', { name: 'Scenario' })
    .getByRole('radio', { name: /^Ardonia and Belmark/ })
    .check();
  // The scenario's first side is Belmark; both sides show a picture: Ardonia's drawn flag, Belmark's badge.
  const sides = page.getByRole('group', { name: /side/ });
  await expect(sides.getByRole('radio', { name: /^Belmark/ })).toBeChecked();
  await expect(sides.locator('img')).toHaveCount(2);
  expect((await sides.innerText()).match(TRACE)).toBeNull();
  await saveScreenshot(page, 'fictional-setup');
  await page.getByLabel('Seed', { exact: true }).fill('ardonia-1');
  await page.getByRole('button', { name: 'Start', exact: true }).click();

  await waitForScene(page, SCENE_KEYS.briefing);
  const briefing = await noTrace(page, 'briefing');
  // The timeline's dates: 10 March, then the last week's three meetings, evenly spaced so each has room.
  expect(briefing).toEqual(expect.arrayContaining(['10 Mar', '21 Jul', '24 Jul', '28 Jul']));
  await saveScreenshot(page, 'fictional-briefing');
  await page.getByRole('button', { name: 'Begin the talks' }).click();

  const shot = new Set<string>();
  let proposals = 0;
  for (let guard = 0; guard < 40; guard++) {
    const status = await settled(page);
    const scene = status.scene;
    if (scene === SCENE_KEYS.debrief) break;
    await noTrace(page, scene);
    if (!shot.has(scene)) {
      shot.add(scene);
      const png = await saveScreenshot(page, `fictional-${scene}`);
      if (scene === SCENE_KEYS.table) {
        // Both sides' colours are drawn (the figures at the table), and the figures carry the scenario's currency.
        const stats = pixelStats(png);
        expect(stats.share(ARDONIA_GREEN, 8)).toBeGreaterThan(0.0005);
        expect(stats.share(BELMARK_PURPLE, 8)).toBeGreaterThan(0.0005);
        await expect(page.locator('body')).toContainText('₳');
      }
    }
    if (scene === SCENE_KEYS.news || scene === SCENE_KEYS.ratification) {
      await page.locator('.tt-overlay-buttons button').click();
      continue;
    }
    if (status.end) {
      await page.getByRole('button', { name: 'See the debrief' }).click();
      continue;
    }
    const accept = page.getByRole('button', { name: 'Accept their offer' });
    if (proposals >= 2 && (await accept.isVisible()) && (await accept.isEnabled())) {
      await accept.click();
      continue;
    }
    proposals++;
    await page.getByRole('button', { name: 'Propose this package' }).click();
  }
  await waitForScene(page, SCENE_KEYS.debrief);

  const tabs = page.getByRole('tablist', { name: 'Debrief pages' }).getByRole('tab');
  const names = await tabs.allInnerTexts();
  expect(names.length).toBeGreaterThan(4);
  for (const name of names) {
    await page.getByRole('tab', { name, exact: true }).click();
    await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
    const texts = await noTrace(page, `debrief ${name}`);
    if (name === 'Sectors') {
      expect(texts).toEqual(expect.arrayContaining(['Belmark machines and parts', 'Tick: 2030 trade']));
    }
    await saveScreenshot(page, `fictional-debrief-${name.toLowerCase().replaceAll(' ', '-')}`);
  }
});

test('the join page names the parties of a scenario that does not ship, before its file is loaded', async ({
  page,
}) => {
  // A session of a designer's Korea–US scenario: the link names the parties by id only.
  const link = encodeSession({
    id: 'join-names',
    title: '8C, Friday',
    scenario: { id: 'korea-us-2025', version: '1.0.0', hash: '0123456789abcd' },
    parties: ['korea', 'us'],
    sides: { kind: 'alternate' },
    opponent: 'computer',
    difficulty: 'normal',
    seed: 'join-names',
    seeding: 'class',
  });
  await page.goto(`./?session=${link}`);
  await waitForScene(page, SCENE_KEYS.join);
  await expect(page.locator('.tt-join-file')).toContainText('korea-us-2025');
  // Korea from its id; the United States by the name a shipped scenario gives that id.
  await expect(page.locator('.tt-join-facts')).toContainText(
    'odd seats play Korea, even seats play United States',
  );
  await page.getByRole('textbox', { name: /seat/i }).fill('3');
  await expect(page.locator('#tt-join-seat-side')).toContainText('Korea');
  await saveScreenshot(page, 'fictional-join-names');
});

test('in Japanese: the title card, and Ardonia and Belmark from their translation, in ardos', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?lang=ja');
  const title = await waitForScene(page, SCENE_KEYS.title);
  // The default scenario's tagline and dates, from the Japanese catalog's templates and its translation.
  expect(title.texts).toEqual(
    expect.arrayContaining([
      '2025年の米国・日本関税交渉に挑戦しよう',
      '交渉期間：2025年4月16日〜2025年7月22日／期限：2025年8月1日',
    ]),
  );
  // The page's meta description follows the default scenario and the language too.
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(
    '授業で使うゲーム。2025年の米国・日本関税交渉に挑戦しよう。',
  );
  await saveScreenshot(page, 'fictional-ja-title');
  await page.getByRole('button', { name: '新しいゲーム' }).click();
  await waitForScene(page, SCENE_KEYS.setup);
  await page
    .getByRole('group', { name: 'シナリオ' })
    .getByRole('radio', { name: /^アルドニアとベルマーク/ })
    .check();
  await page.getByRole('button', { name: '開始', exact: true }).click();
  await waitForScene(page, SCENE_KEYS.briefing);
  await noTrace(page, 'ja briefing');
  await saveScreenshot(page, 'fictional-ja-briefing');
  await page.getByRole('button', { name: '交渉を始める' }).click();
  await waitForScene(page, SCENE_KEYS.table);
  await noTrace(page, 'ja table');
  await expect(page.locator('body')).toContainText('アルド');
  await saveScreenshot(page, 'fictional-ja-table');
});
