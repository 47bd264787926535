import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './tools/lib/chromium.ts';

/**
 * Browser tests. Run them with `npm run test:browser` (tools/browser-test.ts), which finds or installs Chromium,
 * sets CHROMIUM_PATH and TT_PREVIEW_PORT, and builds dist/ if needed. Playwright's own browser download is never
 * used: the executable always comes from CHROMIUM_PATH.
 */
const port = Number(process.env.TT_PREVIEW_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
const executablePath = process.env.CHROMIUM_PATH;
if (!executablePath) {
  throw new Error(
    'CHROMIUM_PATH is not set: run the browser tests with `npm run test:browser`, which finds Chromium',
  );
}

export default defineConfig({
  testDir: 'test/browser',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 1 : 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 720 },
        launchOptions: { executablePath, args: [...CHROMIUM_ARGS] },
      },
    },
  ],
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
