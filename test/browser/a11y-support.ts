/**
 * What the accessibility specs share: the catalog of the language under test (so one tour runs in English and
 * Japanese), an axe-core run that lists the violations the game must not have, and the focus check made after
 * every action (the focus is never left on the page body).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { TariffTalksStatus } from '../../src/global';
import { JA } from '../../src/i18n/ja/index';
import { EN, type MessageKey } from '../../src/i18n/page-catalog.ts';
import { expect } from './support';

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** A message of the catalog in `lang`, placeholders filled. */
export function messages(lang: Lang): (key: MessageKey, vars?: Record<string, string | number>) => string {
  const catalog = lang === 'ja' ? JA : EN;
  return (key, vars = {}) =>
    catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Rules whose every violation counts, whatever its impact (the issue's landmarks and headings). */
const ALWAYS = new Set(['region', 'landmark-one-main', 'page-has-heading-one']);

/** Given to AxeBuilder as axe-core's source once the page has axe: nothing to inject again. */
const ALREADY_INJECTED = ';';

/**
 * Runs axe-core on the page as it stands and returns the violations that count: every one of serious or
 * critical impact, and every one of the landmark and heading rules, as "rule: selector" lines.
 *
 * Lean, as a tour runs it on many screens of one document: axe-core (half a megabyte) is injected once per
 * page load, not on every run; it runs in the page itself (legacy mode: no blank page opened for the final step,
 * which only matters for cross-origin frames, and the game has none); and only violations are collected.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const injected = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  const results = await new AxeBuilder({ page, axeSource: injected ? ALREADY_INJECTED : undefined })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations
    .filter((v) => ALWAYS.has(v.id) || v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} ${n.failureSummary ?? ''}`),
    );
}

/** Fails with the violations found, naming where (`where`) the tour stood. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  // The scene's controls are laid out on Phaser's next render; a slide-in settles within half a second.
  await page.waitForTimeout(100);
  expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
}

/** What has the focus: a short description, "body" when it fell to the page. */
export const focusedElement = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active === document.documentElement) return 'body';
    const name = active.getAttribute('aria-label') ?? active.textContent ?? '';
    return `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''} ${name.slice(0, 40)}`;
  });

/** After an action: the focus lands on something (within a few frames), never the page body. */
export async function expectFocusKept(page: Page, after: string): Promise<void> {
  await expect
    .poll(() => focusedElement(page), { message: `focus after ${after}`, timeout: 3_000 })
    .not.toBe('body');
}

/** Presses Enter on a control, as a keyboard user does, then checks where the focus went. */
export async function pressEnter(page: Page, control: Locator, what: string): Promise<void> {
  await control.focus();
  await page.keyboard.press('Enter');
  await expectFocusKept(page, what);
}

/**
 * What the page shows once it settles, in either language (play.ts `settled` reads the English labels): an
 * overlay, the debrief, the end of the talks, or the player's move.
 */
export async function settledIn(
  page: Page,
  lang: Lang,
): Promise<TariffTalksStatus & { readonly end: boolean }> {
  const m = messages(lang);
  const handle = await page.waitForFunction(
    ([propose, debrief]) => {
      const status = window.__tariffTalks;
      if (!status?.ready || !['table', 'news', 'ratification', 'debrief'].includes(status.scene))
        return undefined;
      const buttons = [...document.querySelectorAll('button')];
      const end = buttons.some((b) => b.textContent === debrief && b.offsetParent !== null);
      if (status.scene !== 'table') return { ...status, end: false };
      const move = buttons.find((b) => b.textContent === propose);
      return end || (move && !move.disabled && move.offsetParent !== null) ? { ...status, end } : undefined;
    },
    [m('table.move.propose'), m('table.end.debrief')] as const,
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as TariffTalksStatus & { end: boolean };
}
