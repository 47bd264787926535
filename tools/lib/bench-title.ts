/**
 * The title against a bare Phaser page (issue 16, `titleVsBarePhaser`): how much longer the game takes from
 * navigation to its title accepting input than a bare Phaser 4 page (bench/bare-phaser.html: one scene, one text,
 * the same Phaser chunk of the same build, served by the same server) takes to draw its scene. The pages are
 * loaded in turns in one Chromium, each in a fresh context (empty cache, no service worker), the order swapped
 * every pair so neither always goes first; the figure is the median of the pairs' ratios.
 *
 * For each load it also reads the main thread's CPU time up to that moment (DevTools' Performance metrics:
 * TaskDuration, the time the renderer's main thread spent running tasks), since on a loaded machine the wall
 * times swing with what the other processes do.
 */
import type { Browser, Page } from 'playwright-core';
import { browserRig } from './browser-bench.ts';

/** Where the build puts the bare page (vite.config.ts, entry `bench`), relative to the game's URL. */
export const BARE_PHASER_PATH = 'bench/bare-phaser.html';

/** One load of a page: from navigation to ready, wall time and main-thread CPU time, ms. */
export interface PageLoad {
  readonly ms: number;
  readonly cpuMs: number;
}

/** A page to load and how to tell it is ready; `readyAt` gives performance.now() of that moment. */
export interface BenchPage {
  readonly label: string;
  readonly url: string;
  readonly ready: (page: Page) => Promise<number>;
}

export interface TitleVsBare {
  /** Median over the pairs of (game's ms / bare page's ms). */
  readonly ratio: number;
  readonly titleMs: number;
  readonly titleCpuMs: number;
  readonly bareMs: number;
  readonly bareCpuMs: number;
  readonly pairs: number;
}

/** Records the moment the game first reports its title ready (src/scenes/readiness.ts sets the status). */
const WATCH_TITLE = `(() => {
  let status;
  Object.defineProperty(window, '__tariffTalks', {
    configurable: true,
    get: () => status,
    set: (value) => {
      status = value;
      if (value && value.ready && value.scene === 'title' && window.__titleReadyAt === undefined)
        window.__titleReadyAt = performance.now();
    },
  });
})();`;

const READY_TIMEOUT_MS = 60_000;

/** The game at `url`: ready when the title has drawn itself and shows its menu's first button. */
export function gamePage(label: string, url: string): BenchPage {
  return {
    label,
    url,
    async ready(page) {
      await page.waitForFunction(
        () => typeof (window as { __titleReadyAt?: number }).__titleReadyAt === 'number',
        null,
        {
          polling: 'raf',
          timeout: READY_TIMEOUT_MS,
        },
      );
      await page.getByRole('button').first().waitFor({ state: 'visible' });
      return page.evaluate(() => (window as { __titleReadyAt?: number }).__titleReadyAt as number);
    },
  };
}

/** The bare Phaser page at `url`: ready when its scene is first drawn. */
export function barePage(url: string): BenchPage {
  return {
    label: 'bare Phaser',
    url,
    async ready(page) {
      await page.waitForFunction(() => typeof window.__barePhaserReadyAt === 'number', null, {
        polling: 'raf',
        timeout: READY_TIMEOUT_MS,
      });
      return page.evaluate(() => window.__barePhaserReadyAt as number);
    },
  };
}

/** Loads `target` in a fresh context of `browser`: navigation → ready, and the main thread's CPU time then. */
export async function loadOnce(browser: Browser, target: BenchPage): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    await context.addInitScript(WATCH_TITLE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(target.url);
    const ms = await target.ready(page);
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    const task = metrics.find((m) => m.name === 'TaskDuration');
    if (!task) throw new Error('Chromium reported no TaskDuration');
    return { ms, cpuMs: task.value * 1000 };
  } finally {
    await context.close();
  }
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Loads every page of `targets` once per round, in an order that turns by one each round, after one unmeasured
 * round (the server's and the browser's first-use costs); returns each page's loads, round by round.
 */
export async function interleaved(
  browser: Browser,
  targets: readonly BenchPage[],
  rounds: number,
): Promise<PageLoad[][]> {
  const loads: PageLoad[][] = targets.map(() => []);
  for (const target of targets) await loadOnce(browser, target);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < targets.length; k++) {
      const i = (round + k) % targets.length;
      loads[i].push(await loadOnce(browser, targets[i]));
    }
  }
  return loads;
}

/** The game's title against the bare Phaser page of the same build, `pairs` pairs (at least 7). */
export async function titleVsBarePhaser(pairs: number): Promise<TitleVsBare> {
  const n = Math.max(7, pairs);
  const { url, browser } = await browserRig();
  const [game, bare] = await interleaved(
    browser,
    [gamePage('game', url), barePage(new URL(BARE_PHASER_PATH, url).href)],
    n,
  );
  return {
    ratio: median(game.map((g, i) => g.ms / bare[i].ms)),
    titleMs: median(game.map((g) => g.ms)),
    titleCpuMs: median(game.map((g) => g.cpuMs)),
    bareMs: median(bare.map((b) => b.ms)),
    bareCpuMs: median(bare.map((b) => b.cpuMs)),
    pairs: n,
  };
}
