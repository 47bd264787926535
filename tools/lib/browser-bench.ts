/**
 * Browser figures for the benchmark, measured in headless Chromium on a production build served on localhost
 * (`vite preview`). One build, one server and one browser serve every browser figure of a bench run.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type CDPSession, chromium, type Page } from 'playwright-core';
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
    args: [...CHROMIUM_ARGS],
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

/** From the title through setup (against the computer) and the briefing to the table. */
async function toTable(page: Page, seed: string): Promise<void> {
  await waitForScene(page, 'title');
  await page.getByRole('button', { name: 'New game' }).click();
  await waitForScene(page, 'setup');
  await page.getByRole('radio', { name: /^The computer/ }).check();
  await page.getByLabel('Seed', { exact: true }).fill(seed);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await waitForScene(page, 'briefing');
  await page.getByRole('button', { name: 'Begin the talks' }).click();
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
    await toTable(page, 'bench-slider');
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

const WATCH_DRIVER = readFileSync(join(import.meta.dirname, 'watch-driver.js'), 'utf8')
  .replace(/^\/\*\*[\s\S]*?\*\/\s*/, '')
  .replace(/;\s*$/, '');

/** Plays computer-vs-computer games in the page with its own DOM (tools/lib/watch-driver.js), title to title. */
async function watchGames(page: Page, seeds: readonly string[]): Promise<void> {
  await page.evaluate(`(${WATCH_DRIVER})(${JSON.stringify({ seeds })})`);
}

/** The page's memory after a full garbage collection, bytes (exact, unlike performance.memory). */
interface PageHeap {
  /** V8's heap: JavaScript objects, strings, compiled code. */
  readonly js: number;
  /** Blink's heap: the DOM and the browser objects the page holds. */
  readonly dom: number;
  /** The backing stores of ArrayBuffers and typed arrays (outside V8's heap). */
  readonly buffers: number;
}

async function heapAfterGc(cdp: CDPSession): Promise<PageHeap> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    embedderHeapUsedSize?: number;
    backingStorageSize?: number;
  };
  return { js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? 0, buffers: usage.backingStorageSize ?? 0 };
}

const total = (h: PageHeap): number => h.js + h.dom + h.buffers;
const growthPct = (first: number, tenth: number): number => ((tenth - first) / first) * 100;

export interface HeapGrowth {
  /** The page's whole memory (JavaScript heap, DOM heap, buffers) after ten games against after the first, %. */
  readonly heapGrowthPct: number;
  /** V8's heap alone, %: mostly the code the JIT compiles as the hot paths warm up, which levels off. */
  readonly heapJsGrowthPct: number;
  /** The whole after the first game, MB. */
  readonly heapFirstMB: number;
}

/**
 * Heap after ten full games in one page against the heap after the first. Measured in a browser of its own
 * (nothing the other figures did shares its renderer), the games driven from inside the page (see
 * watch-driver.js), and the heaps read exactly through the DevTools protocol after a full collection: V8's
 * heap, Blink's heap (a leaked DOM node or scene object shows there) and the buffers' backing stores.
 */
export async function heapGrowth(): Promise<HeapGrowth> {
  const { url } = await browserRig();
  const browser = await chromium.launch({ executablePath: chromiumOrInstall(), args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(url);
    await waitForScene(page, 'title');
    await watchGames(page, ['heap-0']);
    const first = await heapAfterGc(cdp);
    await watchGames(
      page,
      Array.from({ length: 9 }, (_, i) => `heap-${i + 1}`),
    );
    const tenth = await heapAfterGc(cdp);
    return {
      heapGrowthPct: growthPct(total(first), total(tenth)),
      heapJsGrowthPct: growthPct(first.js, tenth.js),
      heapFirstMB: total(first) / 1024 / 1024,
    };
  } finally {
    await browser.close();
  }
}
