/**
 * Offline and installing (issue 10, README "Offline and installing"): after one visit the service worker serves
 * both pages with no network, a game plays to its debrief and the teacher's page makes a session; a new build is
 * picked up on the next visit without interrupting a game in progress; a page opened as a file says how to run it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { SCENE_KEYS } from '../../src/scenes/keys';
import { freePort } from '../../tools/lib/chromium';
import { watchToDebrief } from './play';
import { expect, saveScreenshot, test, waitForScene } from './support';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');

/** Waits for the service worker to be active, then reloads so the page is controlled by it. */
async function controlledBy(page: Page): Promise<void> {
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/');
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

test.describe('offline', () => {
  test('after one visit the game loads and plays a whole game with no network', async ({ page, context }) => {
    test.setTimeout(90_000);
    await page.goto('./');
    await waitForScene(page, SCENE_KEYS.title);
    // Served, the file:// notice is never shown, and the app removes it as it starts.
    await expect(page.locator('#tt-file-notice')).toHaveCount(0);
    await controlledBy(page);
    await waitForScene(page, SCENE_KEYS.title);

    await context.setOffline(true);
    await page.reload();
    await waitForScene(page, SCENE_KEYS.title);
    await watchToDebrief(page, { seed: 'offline-1' });
    // The installable app's manifest is linked and served offline too.
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as { name: string; start_url: string }) : null;
    });
    expect(manifest).toMatchObject({ name: 'Tariff Talks', start_url: './', display: 'standalone' });
  });

  test('after one visit the teacher’s page loads with no network, makes a session, and its link opens the game', async ({
    page,
    context,
  }) => {
    test.setTimeout(60_000);
    await page.goto('./teacher.html');
    await expect(page.locator('#teacher[data-ready="true"]')).toBeAttached({ timeout: 15_000 });
    await expect(page.locator('#tt-file-notice')).toHaveCount(0);
    await controlledBy(page);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('#teacher[data-ready="true"]')).toBeAttached({ timeout: 15_000 });
    await expect(page.locator('.tt-notice')).toHaveCount(0);
    await page.getByLabel('Title of the session').fill('Offline class');
    await page.getByRole('button', { name: 'Create the session' }).click();
    const link = page.getByLabel('Link for the students');
    await expect(link).toHaveValue(/\/index\.html\?session=TS1[A-Za-z0-9_-]+$/);
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? '';
      return (await (await fetch(href)).json()) as { name: string; start_url: string };
    });
    expect(manifest).toMatchObject({ name: 'Tariff Talks for teachers', start_url: './teacher.html' });

    // The students' link (index.html?session=…) is the precached game page, still offline.
    await page.goto(await link.inputValue());
    await waitForScene(page, SCENE_KEYS.join);
  });
});

/** `vite preview` (with the security headers of vite.config.ts) serving `dir` on a free port. */
async function serve(dir: string): Promise<{ url: string; server: ChildProcess }> {
  const port = await freePort();
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--outDir', dir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/`;
  await expect
    .poll(async () => (await fetch(url).catch(() => null))?.status ?? 0, { timeout: 30_000 })
    .toBe(200);
  return { url, server };
}

/**
 * What a rebuild does when index.html changes: the new page, and its new revision in sw.js's precache list
 * (Workbox's revision is the file's MD5), so the browser finds a new service worker on its next check.
 */
function publishNewIndex(dir: string): void {
  const indexPath = join(dir, 'index.html');
  const before = readFileSync(indexPath, 'utf8');
  const after = before.replace('<title>', '<meta name="tt-build" content="second" />\n    <title>');
  expect(after).not.toBe(before);
  const md5 = (text: string) => createHash('md5').update(text).digest('hex');
  const swPath = join(dir, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  const entry = /url:"index\.html",revision:"([0-9a-f]+)"/.exec(sw);
  expect(entry?.[1], 'sw.js precaches index.html with its MD5').toBe(md5(before));
  writeFileSync(indexPath, after);
  writeFileSync(swPath, sw.replace(entry?.[0] ?? '', `url:"index.html",revision:"${md5(after)}"`));
}

test('a new build waits while a game is open and is there on the next visit', async ({ page, context }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'tt-offline-'));
  cpSync(DIST, dir, { recursive: true });
  const { url, server } = await serve(dir);
  try {
    const build = (p: Page) =>
      p.evaluate(() => document.querySelector('meta[name="tt-build"]')?.getAttribute('content') ?? 'first');
    await page.goto(url);
    await waitForScene(page, SCENE_KEYS.title);
    await controlledBy(page);
    await waitForScene(page, SCENE_KEYS.title);
    // A game in progress: the computer against itself at the table, at the slowest pace.
    await page.getByRole('button', { name: 'New game' }).click();
    await waitForScene(page, SCENE_KEYS.setup);
    await page.getByRole('radio', { name: /^Computer against computer/ }).check();
    await page.getByLabel('Seed', { exact: true }).fill('update-1');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await waitForScene(page, SCENE_KEYS.briefing);
    await page.evaluate(() => {
      (window as unknown as { ttSamePage: boolean }).ttSamePage = true;
    });

    publishNewIndex(dir);
    // Another tab of the site (the teacher's page) looks for a new worker, as the browser does on navigation:
    // it installs and waits, since the game's tab still uses the old one.
    const other = await context.newPage();
    await other.goto(`${url}teacher.html`);
    const waiting = await other.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
      const worker = registration.installing ?? registration.waiting;
      if (!worker) return 'no new worker';
      if (worker.state === 'installing')
        await new Promise<void>((done) => worker.addEventListener('statechange', () => done()));
      return registration.waiting === worker ? 'waiting' : worker.state;
    });
    await other.close();
    expect(waiting).toBe('waiting');
    // The open game is not interrupted: same page, same scene, still the first build.
    expect(await page.evaluate(() => (window as unknown as { ttSamePage?: boolean }).ttSamePage)).toBe(true);
    expect((await page.evaluate(() => window.__tariffTalks))?.scene).toBe(SCENE_KEYS.briefing);
    expect(await build(page)).toBe('first');
    await page.getByRole('button', { name: 'Start watching' }).click();
    await waitForScene(page, SCENE_KEYS.table);

    // Every tab closed, then the next visit: the new build (the waiting worker takes over once no page uses it).
    await page.close();
    await expect
      .poll(
        async () => {
          const next = await context.newPage();
          try {
            await next.goto(url);
            return await build(next);
          } finally {
            await next.close();
          }
        },
        { timeout: 20_000, intervals: [250, 500, 1000] },
      )
      .toBe('second');
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.describe('opened as a file', () => {
  for (const [file, words] of [
    ['index.html', 'Tariff Talks cannot start from a file'],
    ['teacher.html', "The teacher's page cannot start from a file"],
    ['designer.html', 'The workbench cannot start from a file'],
  ] as const)
    test(`${file} says how to run it instead of a blank page`, async ({ page, problems }) => {
      await page.goto(pathToFileURL(join(DIST, file)).href);
      const notice = page.locator('#tt-file-notice');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(words);
      await expect(notice).toContainText('npm run preview');
      await expect(notice).toContainText('any web server');
      await saveScreenshot(page, `offline-file-${file}`);
      // From a file, the browser refuses the page's module script and stylesheets (CORS): that is the point.
      await page.waitForTimeout(300);
      const all = [...problems.consoleErrors, ...problems.failedRequests];
      expect(all.length).toBeGreaterThan(0);
      for (const problem of all)
        expect(problem).toMatch(
          /^file:.*net::ERR_FAILED$|blocked by CORS policy|^Failed to load resource: net::ERR_FAILED$/,
        );
      expect(problems.pageErrors).toEqual([]);
      expect(problems.cspViolations).toEqual([]);
      problems.consoleErrors.length = 0;
      problems.failedRequests.length = 0;
    });
});
