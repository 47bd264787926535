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
import { accessSync, constants, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const PATH_CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** Chromium without its desktop recommendations (printing, notifications), plus a font with Arial's metrics. */
const DEBIAN_PACKAGES = ['chromium', 'fonts-liberation'] as const;
const NO_BROWSER_HELP =
  "No Chromium found: install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable";
const RESULTS_FILE = join(ROOT, 'test-results', 'results.json');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, command);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function inPlaywrightCache(): string | undefined {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  const builds = readdirSync(cache)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort((a, b) => Number(b.slice('chromium-'.length)) - Number(a.slice('chromium-'.length)));
  for (const build of builds) {
    for (const sub of ['chrome-linux64', 'chrome-linux']) {
      const candidate = join(cache, build, sub, 'chrome');
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) fail(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file`);
    return fromEnv;
  }
  for (const command of PATH_CANDIDATES) {
    const found = onPath(command);
    if (found) return found;
  }
  return inPlaywrightCache();
}

function installDebianChromium(): string {
  const steps = [
    ['-q', 'update'],
    ['-q', 'install', '-y', '--no-install-recommends', ...DEBIAN_PACKAGES],
  ] as const;
  console.log(
    `No Chromium found: installing Debian's chromium (${steps.map((s) => `apt-get ${s.join(' ')}`).join(' && ')})`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of steps) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (run.status !== 0) fail(`apt-get ${args.join(' ')} failed (exit ${run.status}); ${NO_BROWSER_HELP}`);
  }
  if (!isExecutable(DEBIAN_CHROMIUM)) fail(`apt-get installed chromium but ${DEBIAN_CHROMIUM} is missing`);
  return DEBIAN_CHROMIUM;
}

function chromiumOrInstall(): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && existsSync('/etc/debian_version') && isRoot)
    return installDebianChromium();
  return fail(NO_BROWSER_HELP);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
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
