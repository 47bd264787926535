/**
 * Accessibility, in English and in Japanese: axe-core on every scene, the dialogs and the teacher page (no
 * violation of serious or critical impact, none of the landmark and heading rules), and after every action of a
 * keyboard player the focus is on something, never on the page body.
 */
import type { Page } from '@playwright/test';
import { SCENE_KEYS } from '../../src/scenes/keys';
import {
  expectFocusKept,
  expectNoAxeViolations,
  LANGS,
  type Lang,
  messages,
  pressEnter,
  settledIn,
} from './a11y-support';
import { setLevers } from './play';
import { expect, test, waitForScene } from './support';

/** Japan offers everything the United States could want: accepted at once, voted down in Japan. */
const VOTED_DOWN = [1, 0, 0, 3, 3, 1, 2, 3, 2, 0];

async function openTitle(page: Page, lang: Lang): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./?lang=${lang}`);
  await waitForScene(page, SCENE_KEYS.title);
}

/** From the title to the setup screen, by keyboard. */
async function toSetup(page: Page, lang: Lang): Promise<void> {
  const m = messages(lang);
  await pressEnter(page, page.getByRole('button', { name: m('title.newGame') }), 'New game');
  await waitForScene(page, SCENE_KEYS.setup);
}

for (const lang of LANGS) {
  const m = messages(lang);

  test.describe(`accessibility (${lang})`, () => {
    test('a game: title, setup, briefing, table, ratification, news, debrief', async ({ page }) => {
      test.setTimeout(300_000);
      await openTitle(page, lang);
      await expectNoAxeViolations(page, 'the title');

      await pressEnter(page, page.getByRole('button', { name: m('title.settings') }), 'Settings');
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page, 'the settings dialog');
      await page.keyboard.press('Escape');
      await expectFocusKept(page, 'closing Settings');

      await toSetup(page, lang);
      await expectNoAxeViolations(page, 'the setup');
      await page.locator('input[type="radio"][value="japan"]').first().check();
      await page.locator('input[type="radio"][value="computer"]').check();
      await page.getByLabel(m('setup.seed'), { exact: true }).fill('voted-down');
      await pressEnter(page, page.getByRole('button', { name: m('setup.start'), exact: true }), 'Start');
      await waitForScene(page, SCENE_KEYS.briefing);
      await expectNoAxeViolations(page, 'the briefing');

      await pressEnter(page, page.getByRole('button', { name: m('briefing.begin') }), 'Begin the talks');
      await settledIn(page, lang);
      await expectNoAxeViolations(page, 'the table');
      for (const tab of [
        'table.tab.economy',
        'table.tab.home',
        'table.tab.offers',
        'table.tab.tactics',
      ] as const) {
        await pressEnter(page, page.getByRole('tab', { name: m(tab) }), m(tab));
      }
      // The canvas panels' text twins are checked with the table, the DOM panels on their own: the tactics now,
      // the offers so far once there are offers (its table's headers).
      await expectNoAxeViolations(page, `the table's tab ${m('table.tab.tactics')}`);
      await pressEnter(page, page.getByRole('button', { name: m('glossary.openName') }), 'Glossary');
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page, 'the glossary');
      await page.keyboard.press('Escape');
      await expectFocusKept(page, 'closing the glossary');

      await setLevers(page, VOTED_DOWN);
      await expectFocusKept(page, 'moving a lever');
      await pressEnter(page, page.getByRole('button', { name: m('table.move.propose') }), 'Propose');
      await waitForScene(page, SCENE_KEYS.ratification);
      await expectFocusKept(page, 'the ratification');
      await expectNoAxeViolations(page, 'the ratification');
      await pressEnter(
        page,
        page.getByRole('button', { name: m('table.ratify.toTable') }),
        'back to the table',
      );

      // The talks go on: the same offer again until news between meetings comes.
      let news = false;
      let offersChecked = false;
      for (let turn = 0; turn < 12 && !news; turn++) {
        const status = await settledIn(page, lang);
        if (status.scene === SCENE_KEYS.news) {
          news = true;
          await expectFocusKept(page, 'the news');
          await expectNoAxeViolations(page, 'the news');
          break;
        }
        if (status.scene !== SCENE_KEYS.table) {
          await pressEnter(page, page.locator('.tt-overlay-buttons button'), status.scene);
          continue;
        }
        if (!offersChecked) {
          offersChecked = true;
          const offers = page.getByRole('tab', { name: m('table.tab.offers') });
          await pressEnter(page, offers, m('table.tab.offers'));
          await expect(page.locator('#tt-panel-offers tbody tr').first()).toBeVisible();
          await expectNoAxeViolations(page, `the table's tab ${m('table.tab.offers')} with offers`);
        }
        await pressEnter(page, page.getByRole('button', { name: m('table.move.propose') }), 'Propose');
      }
      expect(news, 'news came between meetings').toBe(true);
      expect(offersChecked, 'the offers so far were checked').toBe(true);
      for (let i = 0; i < 5; i++) {
        const status = await settledIn(page, lang);
        if (status.scene === SCENE_KEYS.table) break;
        await pressEnter(page, page.locator('.tt-overlay-buttons button'), status.scene);
      }

      // Tactics by keyboard: the back channel, then walking away.
      await pressEnter(page, page.getByRole('tab', { name: m('table.tab.tactics') }), 'the Tactics tab');
      await pressEnter(
        page,
        page.getByRole('button', { name: m('table.tactic.backChannelDo') }),
        'back channel',
      );
      await settledIn(page, lang);
      await pressEnter(page, page.getByRole('button', { name: m('table.move.walk') }), 'Walk away');
      await expect(page.getByRole('button', { name: m('table.move.walkYes') })).toBeVisible();
      await pressEnter(page, page.getByRole('button', { name: m('table.move.walkYes') }), 'Yes, walk away');
      await pressEnter(page, page.getByRole('button', { name: m('table.end.debrief') }), 'See the debrief');
      await waitForScene(page, SCENE_KEYS.debrief);
      await expectFocusKept(page, 'the debrief');
      for (const tab of [
        'debrief.tab.result',
        'debrief.tab.dance',
        'debrief.tab.sectors',
        'debrief.tab.approval',
        'debrief.tab.scores',
        'debrief.tab.history',
        'debrief.tab.discuss',
      ] as const) {
        await pressEnter(page, page.getByRole('tab', { name: m(tab) }), m(tab));
        // The pages with tables (the result's package, the scores); the others are canvas or plain text.
        if (tab === 'debrief.tab.result' || tab === 'debrief.tab.scores')
          await expectNoAxeViolations(page, `the debrief's tab ${m(tab)}`);
      }
    });

    test('the hand-over, the live class form, the class session and the teacher page', async ({ page }) => {
      test.setTimeout(90_000);
      await openTitle(page, lang);
      await pressEnter(page, page.getByRole('button', { name: m('live.titleJoin') }), 'Join a live class');
      await waitForScene(page, SCENE_KEYS.live);
      await expectNoAxeViolations(page, 'the live class form');
      await pressEnter(page, page.getByRole('button', { name: m('live.back') }), 'back to the title');
      await waitForScene(page, SCENE_KEYS.title);

      await toSetup(page, lang);
      await page.locator('input[type="radio"][value="human"]').check();
      await pressEnter(page, page.getByRole('button', { name: m('setup.start'), exact: true }), 'Start');
      await waitForScene(page, SCENE_KEYS.handover);
      await expectFocusKept(page, 'the hand-over');
      await expectNoAxeViolations(page, 'the hand-over');
      await page.keyboard.press('Enter');
      await waitForScene(page, SCENE_KEYS.briefing);
      await expectFocusKept(page, 'the briefing after the hand-over');

      await page.goto(`./teacher.html?lang=${lang}`);
      await expect(page.locator('#teacher')).toHaveAttribute('data-ready', 'true');
      await expectNoAxeViolations(page, 'the teacher page');
      await pressEnter(page, page.getByRole('button', { name: m('teacher.setup.create') }), 'Create');
      const link = await page.getByLabel(m('teacher.link.label')).inputValue();
      await page.getByLabel(m('teacher.codes.label'), { exact: true }).fill('TT1-not-a-code\n');
      await pressEnter(page, page.getByRole('button', { name: m('teacher.codes.add') }), 'Check the codes');
      await expect(page.locator('#tt-class-table tbody tr')).toHaveCount(1);
      await expectNoAxeViolations(page, 'the teacher page with a corrupt code');

      // A game is saved on this device: the title offers the class session first.
      const address = new URL(link);
      address.searchParams.set('lang', lang);
      await page.goto(address.href);
      await waitForScene(page, SCENE_KEYS.title);
      await pressEnter(
        page,
        page.getByRole('button', { name: m('classroom.join') }),
        'Join the class session',
      );
      await waitForScene(page, SCENE_KEYS.join);
      await expectFocusKept(page, 'the class session page');
      await expectNoAxeViolations(page, 'the class session page');
    });
  });
}
