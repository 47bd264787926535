/**
 * `tsx server/main.ts [--port N] [--data DIR]`: the live classroom server (npm run serve builds dist/ first).
 * Port: --port, else PORT, else 2567. Data folder (journal and server key): --data, else TT_DATA_DIR, else ./data.
 * Prints the addresses students on the local network can open; Ctrl-C (SIGINT) or SIGTERM closes the rooms and
 * the journal and exits 0. Every session not ended comes back on the next start.
 * Environment: DATABASE_URL (postgres://…: the journal in PostgreSQL), REDIS_URL (redis://…: one process of
 * several), TT_ADVERTISE_HOST (the address other processes reach this one at, default 127.0.0.1), PUBLIC_URLS
 * and TT_PUBLIC_URL (the page addresses students are told to rejoin through), TT_SECTION_SIZE (students in a
 * room before a class grows another section). Logs: one JSON object per line on
 * stderr.
 */
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PORT, MAX_STUDENTS } from '../src/net/protocol.ts';
import { CliError, parseCli, positiveInteger, runMain } from '../tools/lib/cli.ts';
import { startServer } from './http.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const HELP = `Usage: npm run serve -- [--port N] [--data DIR]

Serves the game (dist/), the teacher page and the live classroom on one port.
  --port N     the port (default: $PORT, else ${DEFAULT_PORT})
  --data DIR   where sessions and the server key are kept (default: $TT_DATA_DIR, else ./data)
  --processes N  (npm run serve) N processes on ports port..port+N-1, sharing $REDIS_URL and $DATABASE_URL

Environment: DATABASE_URL=postgres://… keeps the journal in PostgreSQL (else SQLite in the data folder);
REDIS_URL=redis://… makes this one process of several; TT_ADVERTISE_HOST is the address the other processes
reach this one at (default 127.0.0.1, the same machine). Students are told the event's addresses to rejoin
through if their process stops: PUBLIC_URLS (all of them, comma-separated), else each process's TT_PUBLIC_URL,
else this machine's name (as the student typed it) with each process's port. A class larger than
TT_SECTION_SIZE students (default ${MAX_STUDENTS}) grows sections: further rooms on any process.
`;

/** The IPv4 addresses of this machine on the local network. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

/** A page address (`http(s)://host[:port]`) as its origin; a CliError naming `what` otherwise. */
export function originOf(text: string, what: string): string {
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/' || url.search)
    throw new CliError(`${what} must be page addresses like http://10.0.0.5:2567, not ${text}`);
  return url.origin;
}

/** How long a stop may take before the process exits anyway. */
const CLOSE_WAIT_MS = 10_000;

function portOf(text: string | undefined, what: string): number | undefined {
  if (text === undefined || text === '') return undefined;
  const port = positiveInteger(text, what);
  if (port > 65535) throw new CliError(`${what} must be a port number (1 to 65535), not ${text}`);
  return port;
}

/** TT_SECTION_SIZE: 2 to MAX_STUDENTS students in a room before a class grows a section. */
function sectionSizeOf(text: string): number {
  const size = positiveInteger(text, 'TT_SECTION_SIZE');
  if (size < 2 || size > MAX_STUDENTS)
    throw new CliError(`TT_SECTION_SIZE must be 2 to ${MAX_STUDENTS} students, not ${text}`);
  return size;
}

async function main(): Promise<number> {
  const { values } = parseCli(process.argv.slice(2), {
    port: { type: 'string' },
    data: { type: 'string' },
    help: { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const port = portOf(values.port, '--port') ?? portOf(process.env.PORT, 'PORT') ?? DEFAULT_PORT;
  const dataDir = resolve(values.data ?? process.env.TT_DATA_DIR ?? 'data');
  const env = (name: string) => (process.env[name] === '' ? undefined : process.env[name]);
  const server = await startServer({
    port,
    dataDir,
    distDir: resolve(ROOT, 'dist'),
    databaseUrl: env('DATABASE_URL'),
    redisUrl: env('REDIS_URL'),
    advertiseHost: env('TT_ADVERTISE_HOST'),
    publicUrls: (env('PUBLIC_URLS') ?? '')
      .split(/[\s,]+/)
      .filter((u) => u !== '')
      .map((u) => originOf(u, 'PUBLIC_URLS')),
    ...(env('TT_PUBLIC_URL') ? { publicUrl: originOf(env('TT_PUBLIC_URL') as string, 'TT_PUBLIC_URL') } : {}),
    ...(env('TT_SECTION_SIZE') ? { sectionSize: sectionSizeOf(env('TT_SECTION_SIZE') as string) } : {}),
  }).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'EADDRINUSE')
      throw new CliError(`port ${port} is in use: stop the other server or use --port`);
    throw error;
  });
  const addresses = ['localhost', ...lanAddresses()];
  const lines = [
    `Tariff Talks live classroom on port ${server.port} (data in ${dataDir})`,
    ...addresses.map((a) => `  students: http://${a}:${server.port}/`),
    `  teacher:  http://${addresses[addresses.length - 1]}:${server.port}/teacher.html`,
    'Ctrl-C stops it; sessions not ended come back on the next start.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // A close that hangs (a room that never disposes) must not keep the port: the journal has every move.
    setTimeout(() => process.exit(1), CLOSE_WAIT_MS).unref();
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return new Promise<number>(() => {});
}

runMain('serve', main);
