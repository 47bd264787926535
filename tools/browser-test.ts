/**
 * Runs the browser tests (test/browser/*.spec.ts) against the production build.
 *
 *   npm run test:browser [-- <playwright test arguments, e.g. --grep boot>]
 *
 * 1. Finds a Chromium: $CHROMIUM_PATH, then chromium / chromium-browser / google-chrome on PATH, then Playwright's
 *    own cache. If there is none and this is Debian running as root, installs Debian's chromium with apt-get.
 *    Playwright's own browser download is never used.
 * 2. Builds dist/ if it is missing (`npm test` has just built it).
 * 3. Picks a free localhost port and runs Playwright, which serves dist/ with `vite preview` on that port
 *    (see playwright.config.ts) and drives the Chromium found in step 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumOrInstall, freePort } from './lib/chromium.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS_FILE = join(ROOT, 'test-results', 'results.json');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function run(args: readonly string[], env: NodeJS.ProcessEnv): number {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.error) fail(`Could not run ${args.join(' ')}: ${result.error.message}`);
  return result.status ?? 1;
}

interface PlaywrightStats {
  readonly expected?: number;
  readonly unexpected?: number;
  readonly flaky?: number;
  readonly skipped?: number;
}

/** One plain summary line from Playwright's JSON report, e.g. "browser: 3 passed, 0 failed". */
function printSummary(): void {
  if (!existsSync(RESULTS_FILE)) return;
  try {
    const report: { stats?: PlaywrightStats } = JSON.parse(readFileSync(RESULTS_FILE, 'utf8'));
    const stats = report.stats ?? {};
    const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
    const skipped = stats.skipped ?? 0;
    console.log(
      `browser: ${passed} passed, ${stats.unexpected ?? 0} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`,
    );
  } catch {
    // The list reporter has already said what happened.
  }
}

async function main(): Promise<void> {
  const chromium = chromiumOrInstall();
  console.log(`Browser tests use ${chromium}`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  };

  if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
    console.log('dist/ is missing: building it first');
    if (run([join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], env) !== 0) process.exit(1);
  }

  // Screenshots are this run's artifacts: drop the previous run's (Playwright cleans only its own outputDir).
  rmSync(join(ROOT, 'test-results', 'screenshots'), { recursive: true, force: true });
  rmSync(RESULTS_FILE, { force: true });
  env.TT_PREVIEW_PORT = String(await freePort());
  const playwrightCli = join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
  const status = run([playwrightCli, 'test', ...process.argv.slice(2)], env);
  printSummary();
  process.exit(status);
}

await main();
