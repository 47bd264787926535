/**
 * `npm run serve [-- --port N --data DIR --processes N]`: builds the game (dist/) when it is missing or older
 * than its sources, then starts the live classroom server (server/main.ts) on one port, or with `--processes N`
 * N server processes on ports port..port+N-1 sharing REDIS_URL and DATABASE_URL (each a child process here,
 * started again if it dies; SIGINT/SIGTERM stops them all).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PORT } from '../src/net/protocol.ts';
import { processesOf } from './lib/serve-args.ts';
import { supervise } from './lib/supervise.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What the build reads: a change to any of them makes dist/ out of date. */
const SOURCES = ['src', 'public', 'assets', 'index.html', 'teacher.html', 'vite.config.ts', 'package.json'];

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

/** Starts N server processes on consecutive ports (tools/lib/supervise.ts); signals stop them and exit. */
function superviseHere(n: number, rest: string[]): void {
  const at = rest.indexOf('--port');
  const base = at >= 0 ? Number(rest.splice(at, 2)[1]) : Number(process.env.PORT || DEFAULT_PORT);
  const supervisor = supervise({
    processes: n,
    basePort: base,
    args: (port) => ['--import', 'tsx', join(ROOT, 'server/main.ts'), '--port', String(port), ...rest],
  });
  const stop = () => {
    supervisor.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
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
else superviseHere(parsed.processes, parsed.rest);
