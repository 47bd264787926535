import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseScenario } from '../../src/content/parse';
import {
  type ClassSession,
  encodeSession,
  type ScenarioLookup,
  studentSeed,
  verifyCode,
} from '../../src/model/code/index';
import type { Scenario } from '../../src/model/scenario';
import { SCENE_KEYS, type SceneKey } from '../../src/scenes/keys';
import { playOn, watchToDebrief } from './play';
import { expect, saveScreenshot, test, waitForScene } from './support';

/**
 * The game side of a classroom session: a student opens the teacher's link, enters a name (and a seat number or
 * a side), plays with the settings the session locks (no setup screen), and ends with a result code that the
 * teacher's replay verifies, to copy or download. A damaged link is explained; a reload mid-game resumes the
 * session game; a scenario that does not ship is asked for as a file; a game outside a session still gets a
 * code once the student types a name.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const scenarioAt = (path: string): Scenario => {
  const parsed = parseScenario(readFileSync(join(ROOT, path), 'utf8'));
  if (!parsed.ok) throw new Error(`${path} does not parse`);
  return parsed.value.scenario;
};
const US_JAPAN = scenarioAt('src/content/scenarios/us-japan-2025.json');
const MINI_PATH = join(ROOT, 'test/fixtures/scenarios/mini.json');
const MINI = scenarioAt('test/fixtures/scenarios/mini.json');
const lookup: ScenarioLookup = (id) => [US_JAPAN, MINI].filter((s) => s.id === id);

const session = (over: Partial<ClassSession> = {}): ClassSession => ({
  id: 'session-spec-7b',
  title: '7B, Thursday',
  scenario: { id: US_JAPAN.id, version: US_JAPAN.version, hash: US_JAPAN.hash },
  parties: [US_JAPAN.parties[0].id, US_JAPAN.parties[1].id],
  sides: { kind: 'alternate' },
  opponent: 'computer',
  difficulty: 'normal',
  seed: 'table-keyboard',
  seeding: 'class',
  ...over,
});

const linkTo = (s: ClassSession): string => `./?session=${encodeSession(s)}`;

/** Records every scene that starts (each one marks itself leaving in init), to show which screens appeared. */
async function recordScenes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    let status: unknown;
    Object.defineProperty(window, '__tariffTalks', {
      configurable: true,
      get: () => status,
      set: (value: { scene: string }) => {
        status = value;
        if (seen.at(-1) !== value.scene) seen.push(value.scene);
      },
    });
    (window as unknown as { __scenes: string[] }).__scenes = seen;
  });
}

const scenesSeen = (page: Page): Promise<SceneKey[]> =>
  page.evaluate(() => (window as unknown as { __scenes: SceneKey[] }).__scenes);

/** The code dialog of the debrief and the code in it. */
async function readCode(page: Page): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Your result code' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('textbox', { name: 'Your result code' });
  await expect(box).toHaveAttribute('readonly', '');
  const code = await box.inputValue();
  expect(code).toMatch(/^TT1[A-Za-z0-9_-]+$/);
  return code;
}

const live = (page: Page) => page.locator('#tt-live');

test.describe('classroom session link', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('join with a name and a seat, play with the locked settings, hand in a verified code', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await recordScenes(page);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const s = session();
    await page.goto(linkTo(s));

    // Straight to the join screen: what the teacher set, read-only.
    const join = await waitForScene(page, SCENE_KEYS.join);
    expect(join.texts).toEqual(['Join the class session', '7B, Thursday']);
    const facts = page.locator('.tt-join-facts');
    await expect(facts).toContainText('Session7B, Thursday');
    await expect(facts).toContainText(`Scenario${US_JAPAN.title}`);
    await expect(facts).toContainText('OpponentThe computer');
    await expect(facts).toContainText('DifficultyNormal');
    await expect(facts).toContainText('odd seats play United States, even seats play Japan');
    const name = page.getByRole('textbox', { name: 'Your name or team' });
    await expect(name).toBeFocused();

    // Nothing entered: the name is asked for first, then the seat.
    await page.getByRole('button', { name: 'Start the game' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Type your name or your team’s name: your teacher needs it.',
    );
    await expect(name).toBeFocused();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await name.fill('Ana Lima');
    await page.keyboard.press('Enter');
    const seat = page.getByRole('textbox', { name: 'Your seat number' });
    await expect(page.getByRole('alert')).toHaveText('Type your seat number: it decides your side.');
    await expect(seat).toBeFocused();
    await seat.fill('x');
    await expect(page.locator('#tt-join-seat-side')).toHaveText('Type your seat number to see your side.');
    await seat.fill('2');
    await expect(page.locator('#tt-join-seat-side')).toHaveText('Seat 2: you play Japan.');
    await saveScreenshot(page, 'session-join');

    await page.getByRole('button', { name: 'Start the game' }).click();
    await waitForScene(page, SCENE_KEYS.briefing);
    await page.getByRole('button', { name: 'Begin the talks' }).click();
    await waitForScene(page, SCENE_KEYS.table);
    const turns = await playOn(page);
    expect(turns).toBeGreaterThan(0);
    await waitForScene(page, SCENE_KEYS.debrief);
    const scenes = await scenesSeen(page);
    expect(scenes).not.toContain(SCENE_KEYS.setup);
    expect(scenes.slice(0, 5)).toEqual(['boot', 'title', 'join', 'briefing', 'table']);

    // The code comes up at once, with the instruction; the teacher's replay verifies it.
    const code = await readCode(page);
    const dialog = page.getByRole('dialog', { name: 'Your result code' });
    await expect(dialog).toContainText('Hand this code to your teacher');
    await expect(dialog).toContainText('Ana Lima · class session “7B, Thursday”');
    await expect(dialog.getByRole('button', { name: 'Copy the result code' })).toBeFocused();
    await saveScreenshot(page, 'session-code');
    const verdict = verifyCode(code, lookup);
    expect(verdict.kind).toBe('verified');
    if (verdict.kind !== 'verified') return;
    expect(verdict.record.name).toBe('Ana Lima');
    expect(verdict.record.session).toEqual({ id: s.id, classSeed: null });
    expect(verdict.record.settings).toEqual({
      seed: 'table-keyboard',
      side: 'japan',
      opponent: 'computer',
      difficulty: 'normal',
    });
    expect(verdict.game.log.length).toBeGreaterThanOrEqual(turns);

    // Copy, by keyboard: the clipboard holds the code, and it is announced.
    await page.keyboard.press('Enter');
    await expect(live(page)).toHaveText('Result code copied. Paste it where your teacher asked.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    // Download: a text file named after the student, holding the same code.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download the result code as a text file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tariff-talks-Ana-Lima.txt');
    const path = await download.path();
    expect(readFileSync(path, 'utf8').trim()).toBe(code);
    await expect(live(page)).toHaveText('Result code downloaded as “tariff-talks-Ana-Lima.txt”.');

    // Closed, it is one button away.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('tab', { name: 'Result' })).toBeFocused();
    await page.getByRole('button', { name: 'Result code' }).click();
    expect(await readCode(page)).toBe(code);
  });

  test('a damaged link is explained on the title, and ordinary play stays available', async ({ page }) => {
    const text = encodeSession(session());
    const typo = `${text.slice(0, 30)}${text[30] === 'x' ? 'y' : 'x'}${text.slice(31)}`;
    await page.goto(`./?session=${typo}`);
    await waitForScene(page, SCENE_KEYS.title);
    const problem = page.getByRole('alertdialog', { name: 'This session link does not work' });
    await expect(problem).toContainText(
      'The class session link in the address is damaged: the checksum does not match: a character was mistyped, left out or added.',
    );
    await expect(problem).toContainText('Ask your teacher for the link again');
    await saveScreenshot(page, 'session-damaged-link');
    await page.keyboard.press('Enter');
    await expect(problem).toBeHidden();
    await expect(page.getByRole('button', { name: 'Join the class session' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'New game' })).toBeFocused();
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE_KEYS.setup);
  });

  test('a reload mid-game resumes the session game, and its code still has the name', async ({ page }) => {
    test.setTimeout(150_000);
    const s = session({
      sides: { kind: 'choose' },
      seeding: 'student',
      seed: 'CLASS-SEED',
      difficulty: 'easy',
    });
    await page.goto(linkTo(s));
    await waitForScene(page, SCENE_KEYS.join);
    await expect(page.locator('.tt-join-facts')).toContainText('Each student chooses');
    await page.getByRole('textbox', { name: 'Your name or team' }).fill('Team Kai');
    await page.getByRole('button', { name: 'Start the game' }).click();
    await expect(page.getByRole('alert')).toHaveText('Choose your side.');
    await page.getByRole('radio', { name: 'Japan' }).check();
    await page.getByRole('button', { name: 'Start the game' }).click();
    await waitForScene(page, SCENE_KEYS.briefing);
    await page.getByRole('button', { name: 'Begin the talks' }).click();
    await waitForScene(page, SCENE_KEYS.table);
    expect(await playOn(page, 2, 2)).toBe(2);

    // Reloaded with the link still in the address: the saved game of this session is offered first.
    await page.reload();
    await waitForScene(page, SCENE_KEYS.title);
    const status = page.locator('.tt-menu-status');
    await expect(status).toContainText('Class session “7B, Thursday”, Team Kai');
    await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Join the class session' })).toBeVisible();
    await page.keyboard.press('Enter');
    await playOn(page);
    await waitForScene(page, SCENE_KEYS.debrief);
    const code = await readCode(page);
    const verdict = verifyCode(code, lookup);
    expect(verdict.kind).toBe('verified');
    if (verdict.kind !== 'verified') return;
    expect(verdict.record.name).toBe('Team Kai');
    expect(verdict.record.session).toEqual({ id: s.id, classSeed: 'CLASS-SEED' });
    expect(verdict.record.settings).toEqual({
      seed: studentSeed('CLASS-SEED', 'Team Kai'),
      side: 'japan',
      opponent: 'computer',
      difficulty: 'easy',
    });

    // Reloaded after the end: Continue reopens the debrief, with the same code.
    await page.reload();
    await waitForScene(page, SCENE_KEYS.title);
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForScene(page, SCENE_KEYS.debrief);
    expect(await readCode(page)).toBe(code);
  });

  test('with another game saved, the link leaves it to continue, and the join screen says what starting does', async ({
    page,
  }) => {
    // An ordinary game, saved.
    await page.goto('./');
    await waitForScene(page, SCENE_KEYS.title);
    await page.getByRole('button', { name: 'New game' }).click();
    await waitForScene(page, SCENE_KEYS.setup);
    await page.getByLabel('Seed', { exact: true }).fill('ordinary');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await waitForScene(page, SCENE_KEYS.briefing);

    await page.goto(linkTo(session({ sides: { kind: 'fixed', side: 'us' } })));
    await waitForScene(page, SCENE_KEYS.title);
    await expect(page.getByRole('button', { name: 'Join the class session' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Continue' })).toBeEnabled();
    await expect(page.locator('.tt-menu-status')).toContainText('Japan against the computer');
    // The ways out of the session say so.
    for (const name of ['New game', 'Load scenario file'])
      await expect(page.getByRole('button', { name })).toHaveAccessibleDescription(/leave the class session/);
    await expect(page.locator('#tt-leaves-session')).toBeVisible();
    await saveScreenshot(page, 'session-title-saved');
    await page.getByRole('button', { name: 'Join the class session' }).click();
    await waitForScene(page, SCENE_KEYS.join);
    await expect(page.locator('.tt-join-saved')).toContainText('You have a saved game');
    await expect(page.locator('.tt-join-side')).toHaveText('You play United States.');
    await page.getByRole('button', { name: 'Back to the title' }).click();
    await waitForScene(page, SCENE_KEYS.title);
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForScene(page, SCENE_KEYS.table);
  });

  test('a session with a scenario that does not ship asks for its file, and takes only the right one', async ({
    page,
  }) => {
    const s = session({
      scenario: { id: MINI.id, version: MINI.version, hash: MINI.hash },
      parties: [MINI.parties[0].id, MINI.parties[1].id],
      sides: { kind: 'fixed', side: MINI.parties[1].id },
    });
    await page.goto(linkTo(s));
    await waitForScene(page, SCENE_KEYS.join);
    await expect(page.locator('.tt-join-file')).toContainText(`uses the scenario “${MINI.id}”`);
    await page.getByRole('textbox', { name: 'Your name or team' }).fill('Mo');
    await page.getByRole('button', { name: 'Start the game' }).click();
    await expect(page.getByRole('alert')).toHaveText('Load the session’s scenario file first.');
    await expect(page.getByRole('button', { name: 'Load the scenario file' })).toBeFocused();
    await saveScreenshot(page, 'session-join-file');

    // Another scenario is refused with the reason.
    await page
      .locator('.tt-join input[type=file]')
      .setInputFiles(join(ROOT, 'src/content/scenarios/tutorial.json'));
    await expect(page.getByRole('alert')).toContainText(`but this session uses “${MINI.id}”`);
    // A file that is not a scenario at all gets the title screen's report.
    await page
      .locator('.tt-join input[type=file]')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect(page.getByRole('alertdialog', { name: 'This file cannot be loaded' })).toBeVisible();
    await page.keyboard.press('Escape');

    // The right file: the screen shows its title and the game starts with it.
    await page.locator('.tt-join input[type=file]').setInputFiles(MINI_PATH);
    await waitForScene(page, SCENE_KEYS.join);
    await expect(page.locator('.tt-join-facts')).toContainText(`Scenario${MINI.title}`);
    await expect(page.locator('.tt-join-file-status')).toContainText('it is the session’s scenario');
    await expect(page.getByRole('textbox', { name: 'Your name or team' })).toHaveValue('Mo');
    await page.getByRole('button', { name: 'Start the game' }).click();
    await waitForScene(page, SCENE_KEYS.briefing);
  });

  test('outside a session, the debrief makes a code once the student types a name', async ({ page }) => {
    test.setTimeout(120_000);
    await watchToDebrief(page, { seed: 'abc' });

    // No dialog by itself outside a session; the button asks for a name.
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByRole('button', { name: 'Get a result code' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your result code' });
    const name = dialog.getByRole('textbox', { name: 'Your name or team' });
    await expect(name).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('alert')).toHaveText(
      'Type your name or your team’s name: your teacher needs it.',
    );
    await name.fill('Sam <b>O’Neil</b>');
    await page.keyboard.press('Enter');
    const code = await readCode(page);
    await expect(dialog).toContainText('Sam <b>O’Neil</b> · not in a class session');
    const verdict = verifyCode(code, lookup);
    expect(verdict.kind).toBe('verified');
    if (verdict.kind !== 'verified') return;
    expect(verdict.record.name).toBe('Sam <b>O’Neil</b>');
    expect(verdict.record.session).toBeNull();
  });
});
