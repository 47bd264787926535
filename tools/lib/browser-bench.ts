/**
 * Browser figures for the benchmark, measured in headless Chromium on a production build served on localhost
 * (`vite preview`). One build, one server and one browser serve every browser figure of a bench run.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumOrInstall, freePort } from './chromium.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');

export interface BrowserRig {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

let rig: Promise<BrowserRig> | null = null;

function build(): void {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error('vite build failed');
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error('vite preview exited');
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

async function startRig(): Promise<BrowserRig> {
  build();
  const port = await freePort();
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}/`;
  await waitForServer(url, server);
  const browser = await chromium.launch({
    executablePath: chromiumOrInstall(),
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      server.kill();
    },
  };
}

/** The shared build, server and browser; started on first use. */
export function browserRig(): Promise<BrowserRig> {
  rig ??= startRig();
  return rig;
}

export async function closeBrowserRig(): Promise<void> {
  if (rig) await (await rig).close();
  rig = null;
}

/**
 * The JavaScript one page of the production build loads, gzipped, in KB (what a school network downloads once):
 * the scripts and module preloads of its HTML, and every chunk they import, followed through the chunks.
 * The game (index.html) and the teacher's page (teacher.html) share chunks but are measured apart.
 */
export function pageGzipKB(page: 'index.html' | 'teacher.html', rebuild = true): number {
  if (rebuild) build();
  const assets = join(DIST, 'assets');
  const html = readFileSync(join(DIST, page), 'utf8');
  const pending = [...html.matchAll(/(?:src|href)="\.\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1] as string);
  const seen = new Set<string>();
  let bytes = 0;
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const code = readFileSync(join(assets, name));
    bytes += gzipSync(code).length;
    for (const m of code.toString('utf8').matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g))
      pending.push(m[1] as string);
  }
  return bytes / 1024;
}

/** The game's JavaScript (index.html), gzipped, in KB. */
export const bundleGzipKB = (): number => pageGzipKB('index.html');

/** A fresh page (its own context: empty cache and storage) at the game's URL. */
export async function freshPage(r: BrowserRig): Promise<Page> {
  const context = await r.browser.newContext({ viewport: { width: 1280, height: 720 } });
  return context.newPage();
}

export async function waitForScene(page: Page, scene: string): Promise<void> {
  await page.waitForFunction(
    (s) => window.__tariffTalks?.ready === true && window.__tariffTalks.scene === s,
    scene,
    {
      polling: 'raf',
      timeout: 30_000,
    },
  );
}

/** From navigation start to the title screen accepting input, ms. */
export async function titleInteractiveMs(): Promise<number> {
  const r = await browserRig();
  const page = await freshPage(r);
  try {
    await page.goto(r.url);
    await waitForScene(page, 'title');
    await page.getByRole('button').first().waitFor({ state: 'visible' });
    return await page.evaluate(() => performance.now());
  } finally {
    await page.context().close();
  }
}

/** From the title through setup and the briefing to the table. */
async function toTable(page: Page, opponent: RegExp, seed: string): Promise<void> {
  await waitForScene(page, 'title');
  await page.getByRole('button', { name: 'New game' }).click();
  await waitForScene(page, 'setup');
  await page.getByRole('radio', { name: opponent }).check();
  await page.getByLabel('Seed', { exact: true }).fill(seed);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await waitForScene(page, 'briefing');
  await page.getByRole('button', { name: /Begin the talks|Start watching/ }).click();
  await waitForScene(page, 'table');
}

/**
 * From a lever's input event to the redrawn projection, ms: the table redraws its projection inside the input
 * handler and records when it finished (window.__tariffTalksBench); the median over a sweep of every lever.
 */
export async function sliderToProjectionMs(): Promise<number> {
  const r = await browserRig();
  const page = await freshPage(r);
  try {
    await page.goto(r.url);
    await toTable(page, /^The computer/, 'bench-slider');
    await page.getByRole('button', { name: 'Propose this package' }).waitFor({ state: 'visible' });
    return await page.evaluate(() => {
      const sliders = [...document.querySelectorAll<HTMLInputElement>('input[type=range]')].filter(
        (s) => !s.disabled,
      );
      const samples: number[] = [];
      for (let round = 0; round < 5; round++) {
        for (const slider of sliders) {
          const max = Number(slider.max);
          for (let v = 0; v <= max; v++) {
            slider.value = String(v);
            const start = performance.now();
            slider.dispatchEvent(new Event('input', { bubbles: true }));
            const bench = window.__tariffTalksBench;
            if (bench && bench.lastProjectionAt >= start) samples.push(bench.lastProjectionAt - start);
          }
        }
      }
      if (samples.length === 0) throw new Error('the table recorded no projection');
      samples.sort((a, b) => a - b);
      return samples[samples.length >> 1];
    });
  } finally {
    await page.context().close();
  }
}

/** One computer-vs-computer game at instant speed, from the title back to the title. */
async function watchOneGame(page: Page, seed: string): Promise<void> {
  await toTable(page, /^Computer against computer/, seed);
  await page.getByLabel('Speed').selectOption({ label: 'Instant' });
  const debrief = page.getByRole('button', { name: 'See the debrief' });
  // Overlays (news, ratification) may need a click at instant speed too.
  for (let i = 0; i < 60; i++) {
    if (await debrief.isVisible()) break;
    const next = page.getByRole('button', { name: /Back to the table|Next news|Continue to the debrief/ });
    if (await next.first().isVisible()) await next.first().click();
    else await page.waitForTimeout(100);
    if ((await page.evaluate(() => window.__tariffTalks?.scene)) === 'debrief') break;
  }
  if ((await page.evaluate(() => window.__tariffTalks?.scene)) !== 'debrief') await debrief.click();
  await waitForScene(page, 'debrief');
  await page.getByRole('button', { name: 'Title screen' }).click();
}

async function heapAfterGc(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const g = (window as unknown as { gc?: () => void }).gc;
    for (let i = 0; i < 3; i++) {
      g?.();
      await new Promise((r) => setTimeout(r, 50));
    }
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
  });
}

/** Heap after ten full games in one page against the heap after the first, in percent. */
export async function heapGrowthPct(): Promise<number> {
  const r = await browserRig();
  const page = await freshPage(r);
  try {
    await page.goto(r.url);
    await watchOneGame(page, 'heap-0');
    await waitForScene(page, 'title');
    const first = await heapAfterGc(page);
    for (let i = 1; i < 10; i++) {
      await watchOneGame(page, `heap-${i}`);
      await waitForScene(page, 'title');
    }
    const tenth = await heapAfterGc(page);
    return ((tenth - first) / first) * 100;
  } finally {
    await page.context().close();
  }
}
