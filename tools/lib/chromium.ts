/**
 * Finding Chromium for the browser tests and the browser benchmarks: $CHROMIUM_PATH, then chromium /
 * chromium-browser / google-chrome on PATH, then Playwright's own cache; as root on Debian, Debian's chromium is
 * installed with apt-get. Playwright's own browser download is never used.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

/** Chromium flags for a headless run on a machine without a GPU, a sandbox-capable kernel or a network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

const PATH_CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** Chromium without its desktop recommendations (printing, notifications), plus a font with Arial's metrics. */
const DEBIAN_PACKAGES = ['chromium', 'fonts-liberation'] as const;
const NO_BROWSER_HELP =
  "No Chromium found: install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable";
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

export function chromiumOrInstall(): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && existsSync('/etc/debian_version') && isRoot)
    return installDebianChromium();
  return fail(NO_BROWSER_HELP);
}

export function freePort(): Promise<number> {
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
