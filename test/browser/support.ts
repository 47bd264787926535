import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { TariffTalksStatus } from '../../src/global';
import { SCENE_KEYS, type SceneKey } from '../../src/scenes/keys';

export { expect };

export const SCREENSHOT_DIR = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

/** Everything the page complained about: console errors, uncaught exceptions, CSP violations, failed requests. */
export interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly cspViolations: string[];
  readonly failedRequests: string[];
}

const CSP_PREFIX = '[csp-violation]';

/**
 * Starts recording what goes wrong in `page` (console errors, uncaught exceptions, CSP violations, failed
 * requests). Call it before the page opens anything; the `problems` fixture does so for the test's own page, and
 * specs that open more pages (more browser contexts) call it for each.
 */
export async function watchProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    failedRequests: [],
  };
  // Runs before any page script, through the DevTools protocol, so the page's CSP does not apply to it.
  await page.addInitScript((prefix: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.warn(`${prefix} ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  }, CSP_PREFIX);
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith(CSP_PREFIX)) problems.cspViolations.push(text.slice(CSP_PREFIX.length + 1));
    else if (message.type() === 'error') problems.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(`${error.name}: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}

export const NO_PROBLEMS: PageProblems = {
  consoleErrors: [],
  pageErrors: [],
  cspViolations: [],
  failedRequests: [],
};

/**
 * `test` with an automatic `problems` fixture: it records what went wrong in the page, and fails the test if
 * anything did. Every spec imports `test` and `expect` from here.
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page }, use) => {
      const problems = await watchProblems(page);
      await use(problems);
      expect(problems, 'the page reported no problems').toEqual(NO_PROBLEMS);
    },
    // Automatic: every test checks for problems, whether or not it asks for the fixture.
    { auto: true },
  ],
});

/** Waits until `scene` has drawn (src/scenes/readiness.ts) and returns what it reported. */
export async function waitForScene(page: Page, scene: SceneKey): Promise<TariffTalksStatus> {
  const handle = await page.waitForFunction(
    (key) => {
      const status = window.__tariffTalks;
      return status?.ready === true && status.scene === key ? status : undefined;
    },
    scene,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as TariffTalksStatus;
}

/** Opens the game's page (by default the title, in the browser's language) and waits for the title. */
export async function openTitle(page: Page, address = './'): Promise<TariffTalksStatus> {
  await page.goto(address);
  return waitForScene(page, SCENE_KEYS.title);
}

/** Lets entrance tweens finish before a screenshot. */
export const settle = (page: Page): Promise<void> => page.waitForTimeout(600);

/** Saves a screenshot of the page to test-results/screenshots/<name>.png and returns the PNG. */
export async function saveScreenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}

export interface PixelStats {
  readonly width: number;
  readonly height: number;
  /** Distinct colours after dropping the low 4 bits of each channel (so anti-aliasing does not count). */
  readonly distinctColours: number;
  /** Share of pixels that have the most common colour, 0–1. */
  readonly dominantShare: number;
  /** Share of pixels within `tolerance` of a colour, per channel. */
  share(rgb: number, tolerance?: number): number;
}

export function pixelStats(png: Buffer): PixelStats {
  const image = PNG.sync.read(png);
  const { width, height, data } = image;
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = ((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = width * height;
  return {
    width,
    height,
    distinctColours: counts.size,
    dominantShare: Math.max(...counts.values()) / total,
    share(rgb: number, tolerance = 12): number {
      const r = (rgb >> 16) & 0xff;
      const g = (rgb >> 8) & 0xff;
      const b = rgb & 0xff;
      let matching = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (
          Math.abs(data[i] - r) <= tolerance &&
          Math.abs(data[i + 1] - g) <= tolerance &&
          Math.abs(data[i + 2] - b) <= tolerance
        ) {
          matching++;
        }
      }
      return matching / total;
    },
  };
}
