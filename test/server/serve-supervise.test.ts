/**
 * `npm run serve -- --processes 2`'s supervisor (tools/lib/supervise.ts) with the real server processes on a
 * throwaway Redis and PostgreSQL: a child killed with SIGKILL is started again on its port within a bounded
 * time (and says so in one log line), the other child is untouched, and stopping ends them all.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { type Service, startPostgres, startRedis } from '../../tools/lib/services.ts';
import { RESTART_MS, type Supervisor, supervise } from '../../tools/lib/supervise.ts';
import { skipServices } from './services.ts';

const skip = skipServices();
const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));
/** A killed child must answer again within this long (RESTART_MS, then a server start on a loaded machine). */
const BACK_WITHIN_MS = 20_000;

const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
}, 30_000);

const free = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/** Two consecutive free ports (serve's processes take port..port+N-1). */
async function twoPorts(): Promise<number> {
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    if ((await free(base)) && (await free(base + 1))) return base;
  }
}

/** The process id `/healthz` names at `port`, or null when nothing answers. */
async function processAt(port: number): Promise<string | null> {
  try {
    const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { process: string };
    return health.process;
  } catch {
    return null;
  }
}

async function waitFor<T>(what: string, probe: () => Promise<T | null>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await probe();
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: not within ${ms} ms`);
}

describe.skipIf(skip)('serve --processes 2: the supervisor', () => {
  test('a child killed with SIGKILL comes back on its port; the other stays; stop ends both', async () => {
    const [redis, postgres]: Service[] = await Promise.all([startRedis(), startPostgres()]);
    cleanup.push(() => Promise.all([redis.remove(), postgres.remove()]).then(() => undefined));
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query('CREATE DATABASE live');
    await admin.end();
    const data = mkdtempSync(join(tmpdir(), 'tt-serve-'));
    cleanup.push(() => rmSync(data, { recursive: true, force: true }));
    const base = await twoPorts();
    const logs: string[] = [];
    const supervisor: Supervisor = supervise({
      processes: 2,
      basePort: base,
      args: (port) => ['--import', 'tsx', MAIN, '--port', String(port), '--data', join(data, String(port))],
      env: {
        ...process.env,
        REDIS_URL: redis.url,
        DATABASE_URL: postgres.url.replace(/\/[^/]*$/, '/live'),
      },
      stdio: 'ignore',
      log: (line) => logs.push(line),
    });
    cleanup.push(() => supervisor.stop());
    const [a, b] = await Promise.all(
      [base, base + 1].map((port) => waitFor(`port ${port}`, () => processAt(port), 30_000)),
    );
    expect(a).not.toBe(b);

    const victim = supervisor.children.get(base);
    const killedAt = Date.now();
    victim?.kill('SIGKILL');
    await new Promise((r) => victim?.once('exit', r));
    const again = await waitFor(
      'the killed child back',
      async () => {
        const id = await processAt(base);
        return id !== null && id !== a ? id : null;
      },
      BACK_WITHIN_MS,
    );
    const back = Date.now() - killedAt;
    expect(back).toBeGreaterThanOrEqual(RESTART_MS);
    expect(back).toBeLessThan(BACK_WITHIN_MS);
    expect(again).not.toBe(a);
    expect(supervisor.restarts()).toBe(1);
    expect(supervisor.children.get(base)?.pid).not.toBe(victim?.pid);
    expect(logs.map((l) => JSON.parse(l) as Record<string, unknown>)).toMatchObject([
      { level: 'error', event: 'process.exited', port: base, code: null, signal: 'SIGKILL' },
    ]);
    // The other child was not touched.
    expect(await processAt(base + 1)).toBe(b);

    await supervisor.stop();
    for (const child of supervisor.children.values())
      expect(child.exitCode ?? child.signalCode).not.toBeNull();
    expect(await processAt(base)).toBeNull();
    expect(await processAt(base + 1)).toBeNull();
    expect(supervisor.restarts()).toBe(1);
  }, 90_000);
});
