/**
 * Several live server processes sharing a throwaway Redis and PostgreSQL, for the multi-process tests and the
 * load test: each process is `server/main.ts` as a child (its own port and data folder, REDIS_URL and
 * DATABASE_URL set), so killing one with SIGKILL is a real process lost. `ReconnectingStudent` rejoins its seat
 * with its token when its connection drops, trying the processes in turn with backoff; `GameClientStudent` is
 * the game's own client (src/app/live-client.ts with live-servers.ts: it knows one address and learns the
 * others from the server), played by the same bot.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RedisDriver } from '@colyseus/redis-driver';
import { Client, type Room } from 'colyseus.js';
import pg from 'pg';
import { colyseusTransport, LiveClient, SeatMemory, type SeatStorage } from '../../src/app/live-client.ts';
import { endpointOf, rotatingTransport } from '../../src/app/live-servers.ts';
import {
  liveEndpoint,
  MAX_SECTIONS,
  refusalCode,
  type ServerMessageType,
  sectionOfRefusal,
} from '../../src/net/protocol.ts';
import { freePort } from './chromium.ts';
import { LiveBot } from './live-bot.ts';
import { cpuSeconds, peakRssMB, type Service, startPostgres, startRedis, track } from './services.ts';

const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));
/** The game client's backoff (src/app/live-client.ts BACKOFF_MS), shorter: the tests wait for it. */
const BACKOFF_MS = [200, 400, 800, 1000];

export interface ClusterProcess {
  readonly port: number;
  readonly endpoint: string;
  readonly http: string;
  child: ChildProcess | null;
  rss: () => number;
  /** The CPU time the process has used so far (user + system), in seconds; -1 once it is gone. */
  cpu: () => number;
}

export interface TestCluster {
  readonly redis: Service;
  readonly postgres: Service;
  readonly databaseUrl: string;
  readonly processes: ClusterProcess[];
  /** Kills process i with SIGKILL. */
  kill(i: number): Promise<void>;
  /** Starts process i again (same port). */
  restart(i: number): Promise<void>;
  /** The index of the process that holds a class code's room, or -1. */
  holderOf(code: string): Promise<number>;
  stop(): Promise<void>;
}

async function healthy(http: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(`${http}/healthz`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${http} did not start`);
}

export async function startCluster(
  n: number,
  options: { fsync?: boolean; logs?: boolean; env?: Record<string, string> } = {},
): Promise<TestCluster> {
  const [redis, postgres] = await Promise.all([startRedis(), startPostgres({ fsync: options.fsync })]);
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query('CREATE DATABASE live');
  await admin.end();
  const databaseUrl = postgres.url.replace(/\/[^/]*$/, '/live');
  const dirs: string[] = [];
  const processes: ClusterProcess[] = [];
  const spawnAt = (p: ClusterProcess, dataDir: string) => {
    const child = track(
      spawn(process.execPath, ['--import', 'tsx', MAIN, '--port', String(p.port), '--data', dataDir], {
        stdio: ['ignore', 'ignore', options.logs ? 'inherit' : 'ignore'],
        env: {
          ...process.env,
          PORT: '',
          REDIS_URL: redis.url,
          DATABASE_URL: databaseUrl,
          // Clients connect straight to the process of their room (server/http.ts `publicAddress`).
          TT_PUBLIC_URL: `http://127.0.0.1:${p.port}`,
          ...options.env,
        },
      }),
    );
    p.child = child;
  };
  for (let i = 0; i < n; i++) {
    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    const dataDir = mkdtempSync(join(tmpdir(), 'tt-cluster-'));
    dirs.push(dataDir);
    const p: ClusterProcess = {
      port,
      endpoint: liveEndpoint({ protocol: 'http:', host }),
      http: `http://${host}`,
      child: null,
      rss: () => peakRssMB(p.child?.pid),
      cpu: () => cpuSeconds(p.child?.pid),
    };
    processes.push(p);
    spawnAt(p, dataDir);
  }
  // One after the other would be slower; together they race on the migrations, which the lock serialises.
  await Promise.all(processes.map((p) => healthy(p.http)));
  const stopChild = async (p: ClusterProcess, signal: NodeJS.Signals) => {
    const child = p.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  };
  return {
    redis,
    postgres,
    databaseUrl,
    processes,
    kill: (i) => stopChild(processes[i], 'SIGKILL'),
    restart: async (i) => {
      spawnAt(processes[i], dirs[i]);
      await healthy(processes[i].http);
    },
    holderOf: async (code) => {
      const listing = await fetchListing(redis, code);
      if (!listing) return -1;
      for (let i = 0; i < processes.length; i++) {
        const health = (await (
          await fetch(`${processes[i].http}/healthz`).catch(() => null)
        )
          ?.json()
          .catch(() => null)) as {
          process?: string;
        } | null;
        if (health?.process === listing) return i;
      }
      return -1;
    },
    stop: async () => {
      await Promise.all(processes.map((p) => stopChild(p, 'SIGTERM')));
      await Promise.all([redis.remove(), postgres.remove()]);
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}

/** The processId of the room of `code` in Redis' room listings, or null. */
async function fetchListing(redis: Service, code: string): Promise<string | null> {
  const driver = new RedisDriver(redis.url);
  try {
    return (await driver.findOne({ roomId: code }))?.processId ?? null;
  } catch {
    return null;
  } finally {
    await driver.shutdown();
  }
}

/**
 * A scripted student that keeps its seat across lost connections: on a drop it rejoins with its seat token,
 * through the next process in the list, with backoff, and carries on playing (moves in flight and not
 * acknowledged were never accepted: it plays its turn again from the state the server sends).
 */
export class ReconnectingStudent {
  bot: LiveBot | null = null;
  reconnects = 0;
  private closed = false;
  private next = 0;
  private room: string | null = null;

  constructor(
    private readonly endpoints: readonly string[],
    private readonly code: string,
    private readonly name: string,
    private readonly autoplay = true,
    private readonly think = 0,
    /** A load-test student (LiveBot's `lean`). */
    private readonly lean = false,
  ) {}

  async join(): Promise<this> {
    const room = await this.dial(undefined);
    this.bot = new LiveBot(room, this.autoplay, undefined, this.think, this.lean);
    this.watch(room);
    return this;
  }

  /** The room this student's seat is in: the class code, or the section its head sent the student to. */
  get roomId(): string {
    return this.bot?.room.roomId ?? this.room ?? this.code;
  }

  private async dial(seatToken: string | undefined): Promise<Room> {
    const endpoint = this.endpoints[this.next % this.endpoints.length];
    const options = seatToken
      ? { role: 'student', name: this.name, seatToken }
      : { role: 'student', name: this.name };
    for (let hop = 0; ; hop++) {
      try {
        return await new Client(endpoint).joinById(this.roomId, options);
      } catch (error) {
        // A new student of a large class: its head names the section to join (src/net/sections.ts).
        const message = error instanceof Error ? error.message : String(error);
        const next = refusalCode(message) === 'IN_SECTION' ? sectionOfRefusal(this.code, message) : null;
        if (next === null || hop > MAX_SECTIONS) throw error;
        this.room = next;
      }
    }
  }

  private watch(room: Room): void {
    room.onLeave(() => {
      if (this.closed) return;
      void this.rejoin();
    });
  }

  private async rejoin(): Promise<void> {
    const bot = this.bot as LiveBot;
    const token = bot.of('welcome')[0]?.token;
    for (let attempt = 0; !this.closed; attempt++) {
      await new Promise((r) => setTimeout(r, BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)]));
      if (attempt > 0) this.next++;
      try {
        const room = await this.dial(token);
        bot.pending.clear();
        bot.listen(room);
        this.watch(room);
        this.reconnects++;
        return;
      } catch {
        // the room is being restored, or this process is gone: the next try goes elsewhere
      }
    }
  }

  /** Leaves the class (once; a room already gone does not answer, so this waits at most a second). */
  async leave(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const leaving = this.bot?.room.leave().catch(() => {});
    await Promise.race([leaving, new Promise((r) => setTimeout(r, 1000).unref())]);
  }
}

/** Every message type a student hears (the bot listens to all). */
const STUDENT_HEARS: readonly ServerMessageType[] = [
  'refused',
  'welcome',
  'lobby',
  'game',
  'step',
  'ack',
  'chat',
  'draft',
  'suggestion',
  'announce',
  'result',
  'servers',
];

/**
 * A student on the game's own client code (LiveClient over colyseus.js, rejoining through the addresses the
 * server names), played by a LiveBot: it is given one address only, as a page is.
 */
export class GameClientStudent {
  readonly client: LiveClient;
  readonly bot: LiveBot;
  reconnects = 0;

  constructor(address: string, autoplay = true) {
    const items = new Map<string, string>();
    const storage: SeatStorage = {
      getItem: (k) => items.get(k) ?? null,
      setItem: (k, v) => void items.set(k, v),
      removeItem: (k) => void items.delete(k),
    };
    this.client = new LiveClient(
      rotatingTransport(address, (origin) => colyseusTransport(endpointOf(origin))),
      new SeatMemory(() => storage),
    );
    const client = this.client;
    const room = {
      send: (type: never, payload: never) => client.send(type, payload),
      onMessage: (_all: '*', handler: (type: string, message: unknown) => void) => {
        for (const type of STUDENT_HEARS) client.on(type, (message) => handler(type, message));
      },
      leave: async () => client.close(),
    };
    this.bot = new LiveBot(room as unknown as Room, autoplay);
    let was = client.status;
    client.onStatus(({ status }) => {
      // Moves in flight when the connection dropped were never accepted: the bot plays its turn again.
      if (status === 'connected' && was === 'reconnecting') {
        this.bot.pending.clear();
        this.reconnects++;
      }
      was = status;
    });
  }

  async join(code: string, name: string): Promise<this> {
    const failure = await this.client.join(code, name);
    if (failure) throw new Error(`could not join ${code}: ${JSON.stringify(failure)}`);
    return this;
  }

  async leave(): Promise<void> {
    this.client.close();
  }
}
