/**
 * `npm run serve [-- --port N --data DIR]`: builds the game (dist/) when it is missing or older than its sources,
 * then starts the live classroom server (server/main.ts) on one port.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

if (needsBuild(ROOT)) {
  process.stdout.write('Building the game (dist/ is missing or older than the sources)…\n');
  const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) {
    process.stderr.write('serve: the build failed (see above)\n');
    process.exit(built.status ?? 1);
  }
}
await import('../server/main.ts');
