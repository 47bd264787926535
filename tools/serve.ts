/**
 * `npm run serve [-- --port N --data DIR --processes N]`: builds the game (dist/) when it is missing or older
 * than its sources, then starts the live classroom server (server/main.ts) on one port, or with `--processes N`
 * N server processes on ports port..port+N-1 sharing REDIS_URL and DATABASE_URL (each a child process here,
 * started again if it dies; SIGINT/SIGTERM stops them all).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PORT } from '../src/net/protocol.ts';
import { processesOf } from './lib/serve-args.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What the build reads: a change to any of them makes dist/ out of date. */
const SOURCES = ['src', 'public', 'assets', 'index.html', 'teacher.html', 'vite.config.ts', 'package.json'];
/** A child that dies is started again after this long. */
const RESTART_MS = 1000;

/** The newest modification time under a path (a file, or a folder read recursively). */
export function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** Whether dist/ must be built: no dist/index.html, or a source newer than it. */
export function needsBuild(root: string): boolean {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.some((s) => newest(join(root, s)) > builtAt);
}

/** Starts N server processes on consecutive ports; resolves never (signals stop them and exit). */
function supervise(n: number, rest: string[]): void {
  const at = rest.indexOf('--port');
  const base = at >= 0 ? Number(rest.splice(at, 2)[1]) : Number(process.env.PORT || DEFAULT_PORT);
  const children = new Map<number, ChildProcess>();
  let stopping = false;
  const start = (i: number) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'server/main.ts'), '--port', String(base + i), ...rest],
      { stdio: 'inherit', env: { ...process.env, PORT: '' } },
    );
    children.set(i, child);
    child.once('exit', (code, signal) => {
      if (stopping) return;
      process.stderr.write(
        `${JSON.stringify({ time: new Date().toISOString(), level: 'error', event: 'process.exited', port: base + i, code, signal })}\n`,
      );
      setTimeout(() => !stopping && start(i), RESTART_MS);
    });
  };
  for (let i = 0; i < n; i++) start(i);
  const stop = () => {
    stopping = true;
    const left = [...children.values()].filter((c) => c.exitCode === null && c.signalCode === null);
    if (left.length === 0) process.exit(0);
    let waiting = left.length;
    for (const child of left) {
      child.once('exit', () => --waiting === 0 && process.exit(0));
      child.kill('SIGTERM');
    }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const parsed = processesOf(process.argv.slice(2));
if (typeof parsed === 'string') {
  process.stderr.write(`serve: ${parsed}\n`);
  process.exit(2);
}
if ((parsed.processes ?? 1) > 1 && !process.env.REDIS_URL) {
  process.stderr.write(
    'serve: --processes needs REDIS_URL (and DATABASE_URL=postgres://… for the journal)\n',
  );
  process.exit(2);
}
if (needsBuild(ROOT)) {
  process.stdout.write('Building the game (dist/ is missing or older than the sources)…\n');
  const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) {
    process.stderr.write('serve: the build failed (see above)\n');
    process.exit(built.status ?? 1);
  }
}
if (parsed.processes === null) await import('../server/main.ts');
else supervise(parsed.processes, parsed.rest);
