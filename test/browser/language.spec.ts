/**
 * The page's language: the title's switch and Settings change it at once, it is kept across a reload, and a
 * `?lang=` in the address wins over the stored choice; <html lang> follows it.
 */
import type { Page } from '@playwright/test';
import { SCENE_KEYS } from '../../src/scenes/keys';
import { expect, openTitle, saveScreenshot, test, waitForScene } from './support';

const LANGUAGE_KEY = 'tariff-talks/language/v1';

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

test.describe('language', () => {
  test('the title switches to 日本語 and back, by keyboard, and the choice is kept', async ({ page }) => {
    await openTitle(page);
    expect(await htmlLang(page)).toBe('en');
    const toJapanese = page.getByRole('button', { name: 'Show the game in 日本語' });
    await expect(toJapanese).toHaveText('日本語');
    await toJapanese.focus();
    await page.keyboard.press('Enter');

    // Drawn again in Japanese, the focus back on the switch (which now offers English).
    const menu = page.getByRole('navigation', { name: 'メインメニュー' });
    await expect(menu.getByRole('button').first()).toHaveText('新しいゲーム');
    const toEnglish = page.getByRole('button', { name: 'Englishで表示する' });
    await expect(toEnglish).toBeFocused();
    expect(await htmlLang(page)).toBe('ja');
    expect(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY)).toBe('ja');
    await saveScreenshot(page, 'language-title-ja');

    await page.reload();
    await waitForScene(page, SCENE_KEYS.title);
    await expect(page.getByRole('button', { name: '新しいゲーム' })).toBeVisible();
    expect(await htmlLang(page)).toBe('ja');

    // Settings: the language radios, named in their own language; English redraws the title and reopens Settings.
    await page.getByRole('button', { name: '設定' }).click();
    const dialog = page.getByRole('dialog', { name: '設定' });
    await expect(dialog.getByRole('radio', { name: '日本語' })).toBeChecked();
    // Clicked, not checked: the dialog is drawn again in English as the title is.
    await dialog.getByRole('radio', { name: 'English' }).click();
    const again = page.getByRole('dialog', { name: 'Settings' });
    await expect(again).toBeVisible();
    await expect(again.getByRole('radio', { name: 'English' })).toBeChecked();
    expect(await htmlLang(page)).toBe('en');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  });

  test('?lang= in the address wins over the stored choice and the browser', async ({ page }) => {
    await openTitle(page);
    await page.evaluate((key) => localStorage.setItem(key, 'en'), LANGUAGE_KEY);
    await openTitle(page, './?lang=ja');
    await expect(page.getByRole('button', { name: '新しいゲーム' })).toBeVisible();
    expect(await htmlLang(page)).toBe('ja');
    // The scenario's own texts come from its Japanese translation file (us-japan-2025.ja.json).
    await page.getByRole('button', { name: '新しいゲーム' }).click();
    await waitForScene(page, SCENE_KEYS.setup);
    await expect(page.getByText('関税交渉：2025年の日米合意').first()).toBeVisible();
    await expect(page.getByText('指導者：石破茂首相')).toBeVisible();
    // An unknown language in the address is ignored: the stored choice holds.
    await openTitle(page, './?lang=xx');
    await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  });

  test('the teacher page follows the same choice', async ({ page }) => {
    await page.goto('./teacher.html?lang=ja');
    await expect(page.locator('#teacher')).toHaveAttribute('data-ready', 'true');
    expect(await htmlLang(page)).toBe('ja');
    await expect(page.locator('h1')).toHaveText('Tariff Talks 先生用ページ');
  });
});
