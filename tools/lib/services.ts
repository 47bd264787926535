/**
 * Throwaway Redis and PostgreSQL servers for the tests and the load test: Debian's `redis-server` and PostgreSQL
 * (`initdb`, `postgres` from /usr/lib/postgresql/<version>/bin, or $PG_BIN, or the PATH) started on a free port
 * of 127.0.0.1 with their data in a temporary folder, and stopped (the folder removed) afterwards. PostgreSQL
 * refuses to run as root: as root, it runs as the `postgres` system user (or `nobody`) via runuser, in a folder
 * that user owns. `servicesMissing()` says in one line what is not installed, so a test can skip with it.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './chromium.ts';

export interface Service {
  readonly url: string;
  readonly port: number;
  /** Stops the server (SIGKILL with `hard`); data is kept until `remove`. */
  stop(hard?: boolean): Promise<void>;
  /** Starts it again on the same port (Redis: empty, as after a restart without persistence). */
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  remove(): Promise<void>;
  /** The CPU time it has used so far, in seconds: its processes and their children (PostgreSQL's backends). */
  cpuSeconds(): number;
}

/**
 * A process's /proc/<pid>/stat (or a thread's, `self/task/<tid>`): its parent, and its CPU time and that of its
 * children that have exited (s).
 */
function procStat(pid: number | string): { ppid: number; own: number; children: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[1] ppid; [11], [12] user and system ticks (1/100 s); [13], [14] those of its children waited for.
    return {
      ppid: Number(fields[1]),
      own: (Number(fields[11]) + Number(fields[12])) / 100,
      children: (Number(fields[13]) + Number(fields[14])) / 100,
    };
  } catch {
    return null;
  }
}

/** A process's CPU time so far (Linux /proc: user + system), in seconds, or -1. */
export const cpuSeconds = (pid: number | undefined): number =>
  pid === undefined ? -1 : (procStat(pid)?.own ?? -1);

/** The CPU seconds of each thread of this process so far, by thread id (the main thread's is the pid); null
 * where /proc cannot be read. */
export function threadCpuSeconds(): Map<string, number> | null {
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return null;
  }
  const out = new Map<string, number>();
  for (const tid of tids) {
    const stat = procStat(`self/task/${tid}`);
    if (stat) out.set(tid, stat.own);
  }
  return out;
}

/** A process's peak resident memory (Linux /proc), in MB, or -1 where it cannot be read. */
export function peakRssMB(pid: number | undefined): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? -1 : Number(kb) / 1024;
  } catch {
    return -1;
  }
}

/** CPU seconds of a process and of every process below it (Linux /proc; 0 where it cannot be read). */
export function treeCpuSeconds(root: number | undefined): number {
  if (root === undefined) return 0;
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const stats = new Map<number, { ppid: number; cpu: number }>();
  for (const name of entries) {
    const stat = procStat(name);
    if (stat) stats.set(Number(name), { ppid: stat.ppid, cpu: stat.own + stat.children });
  }
  let total = 0;
  const below = [root];
  while (below.length > 0) {
    const pid = below.pop() as number;
    total += stats.get(pid)?.cpu ?? 0;
    for (const [child, s] of stats) if (s.ppid === pid) below.push(child);
  }
  return total;
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const path = join(dir, name);
    if (dir && existsSync(path)) return path;
  }
  return null;
}

/** The folder with PostgreSQL's initdb and postgres, or null. */
export function postgresBin(): string | null {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'postgres'))) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'postgres')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length > 0) return join(root, versions[0], 'bin');
  }
  const initdb = onPath('initdb');
  return initdb && existsSync(join(initdb, '..', 'postgres')) ? join(initdb, '..') : null;
}

export const redisBin = (): string | null => onPath('redis-server');

/** Null when both are installed, else one line saying what is missing and how to get it. */
export function servicesMissing(): string | null {
  const missing = [redisBin() ? null : 'redis-server', postgresBin() ? null : 'postgresql'].filter(Boolean);
  if (missing.length === 0) return null;
  return `${missing.join(' and ')} not installed (Debian: apt-get install redis-server postgresql): skipped`;
}

/** The user PostgreSQL runs as: ourselves, or as root a system user (uid, gid, name). */
function postgresUser(): { name: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
      return { name, uid, gid };
    } catch {
      // no such user
    }
  }
  throw new Error('running as root and there is no postgres or nobody user to run PostgreSQL as');
}

function run(user: string | null, file: string, args: string[]): ChildProcess {
  const [cmd, argv] = user ? ['runuser', ['-u', user, '--', file, ...args]] : [file, args];
  const child = track(spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] }));
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-4000);
  });
  (child as ChildProcess & { errText: () => string }).errText = () => err;
  return child;
}

async function waitFor(what: string, child: ChildProcess, ready: () => Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null)
      throw new Error(`${what} exited: ${(child as ChildProcess & { errText: () => string }).errText()}`);
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} did not start within ${ms} ms`);
}

/** Children still running when this process exits (a test or tool killed midway) are stopped with it. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});
function track(child: ChildProcess): ChildProcess {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

async function stopChild(child: ChildProcess | null, hard = false): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(hard ? 'SIGKILL' : 'SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

export { track };

export async function startRedis(): Promise<Service> {
  const bin = redisBin();
  if (!bin) throw new Error('redis-server is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'tt-redis-'));
  const port = await freePort();
  let child: ChildProcess | null = null;
  const { createConnection } = await import('node:net');
  const ping = () =>
    new Promise<boolean>((resolve) => {
      const socket = createConnection(port, '127.0.0.1');
      socket.once('error', () => resolve(false));
      socket.once('connect', () => socket.write('PING\r\n'));
      socket.once('data', (d) => {
        socket.destroy();
        resolve(d.toString().startsWith('+PONG'));
      });
    });
  const service: Service = {
    url: `redis://127.0.0.1:${port}`,
    port,
    start: async () => {
      const args = [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
      ];
      child = track(
        spawn(bin, [...args, 'no', '--daemonize', 'no', '--loglevel', 'warning'], {
          stdio: ['ignore', 'ignore', 'pipe'],
        }),
      );
      (child as ChildProcess & { errText: () => string }).errText = () => '';
      await waitFor('redis-server', child, ping);
    },
    stop: (hard) => stopChild(child, hard),
    cpuSeconds: () => treeCpuSeconds(child?.pid),
    remove: async () => {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await service.start();
  return service;
}

/** `fsync: false` (tests) trades durability on a power cut for speed; the load test keeps it on, as in production. */
export async function startPostgres(options: { fsync?: boolean } = {}): Promise<Service> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed');
  const user = postgresUser();
  const dir = mkdtempSync(join(tmpdir(), 'tt-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const port = await freePort();
  const init = run(user?.name ?? null, join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'tt',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  const code = await new Promise<number | null>((r) => init.once('exit', r));
  if (code !== 0)
    throw new Error(`initdb failed: ${(init as ChildProcess & { errText: () => string }).errText()}`);
  let child: ChildProcess | null = null;
  const url = `postgres://tt@127.0.0.1:${port}/postgres`;
  const { default: pg } = await import('pg');
  const ready = async () => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  };
  const service: Service = {
    url,
    port,
    start: async () => {
      child = run(user?.name ?? null, join(bin, 'postgres'), [
        '-D',
        data,
        '-p',
        String(port),
        '-k',
        dir,
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        `fsync=${options.fsync ? 'on' : 'off'}`,
        '-c',
        'max_connections=100',
      ]);
      await waitFor('postgres', child, ready);
    },
    stop: (hard) => stopChild(child, hard),
    cpuSeconds: () => treeCpuSeconds(child?.pid),
    remove: async () => {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await service.start();
  return service;
}
