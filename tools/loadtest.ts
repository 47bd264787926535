/**
 * `npm run loadtest -- --json [--students N] [--sessions K] [--seconds S] [--think MS] [--processes P] [--kill-one]
 * [--search]`:
 * starts the live server and joins N simulated students (pairs, shared among K sessions) over real WebSockets
 * (colyseus.js, in this process), each playing its side after a thinking time: the computer agent's move on the
 * view it received, asked once per position and replayed by the other pairs (tools/lib/live-bot.ts
 * `scriptedMoves`), so the students cost the machine little beside the servers. Measures every move's round trip
 * (act → ack), then checks that every acknowledged move is in the server's journal. Prints one JSON object (with --json) or a short report.
 * A benchmark, not a test: no pass/fail.
 *
 * Without --processes: one server process (`server/main.ts`, SQLite) as in class. With --processes P: P
 * processes sharing a throwaway Redis and PostgreSQL (fsync on) that the tool starts and stops
 * (tools/lib/cluster-harness.ts); student i reaches process i mod P, and rejoins its seat through the others
 * if its connection drops. --kill-one kills (SIGKILL) the process holding the first session once the students
 * have made about two moves each; the rest is played on the survivors.
 *
 * Games that end before the time is up are not replayed: the figures are for N students playing whole games.
 * --search looks for the largest single class that keeps act→ack p95 ≤ 100 ms (one fresh run per size tried).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from 'colyseus.js';
import { openJournal } from '../server/journal.ts';
import { type LiveConfig, liveEndpoint, MAX_CLASS_STUDENTS, MAX_STUDENTS } from '../src/net/protocol.ts';
import { freePort } from './lib/chromium.ts';
import { searchLargest } from './lib/class-search.ts';
import { CliError, parseCli, positiveInteger, runMain } from './lib/cli.ts';
import { ReconnectingStudent, startCluster } from './lib/cluster-harness.ts';
import { LiveBot } from './lib/live-bot.ts';
import { cpuSeconds, peakRssMB, track } from './lib/services.ts';

const HELP = `Usage: npm run loadtest -- [--json] [--students N] [--sessions K] [--seconds S] [--think MS]
                          [--processes P] [--kill-one] [--search] [--section-size N]

  --students N    simulated students, in pairs (default 200, at most ${MAX_CLASS_STUDENTS} a session)
  --sessions K    live sessions (classes), the students shared out evenly (default 1)
  --seconds S     the longest the games may take (default 120)
  --think MS      a student's thinking time per move, 0.5 to 1.5 times this (default 3000)
  --processes P   P server processes with Redis and PostgreSQL, started by the tool (default: one process, SQLite)
  --kill-one      with --processes 2 or more: kill the process holding the first session mid-game (SIGKILL)
  --search        the largest single class with act→ack p95 ≤ 100 ms: from --students, doubled, then halved
  --section-size N  students in a room before a class grows a section on any process (default ${MAX_STUDENTS})
  --json          one JSON object on stdout
`;

const CONFIG: LiveConfig = {
  title: 'Load test',
  scenario: { shipped: 'us-japan-2025' },
  pairing: 'auto',
  teamSize: 1,
  meetingSeconds: 0,
  difficulty: 'normal',
};

/** Students join this many at a time (a class arriving, not one burst of N handshakes). */
const JOIN_BATCH = 20;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Waits (at most 30 s) for the server's /healthz. */
async function healthy(port: number): Promise<boolean> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** The servers under test, whichever kind. */
interface Servers {
  readonly endpoints: string[];
  /** The largest peak RSS of one server process, in MB. */
  rssMB(): number;
  /** The CPU time each server process used, in seconds (a killed one: up to its last reading). */
  cpuSeconds(): number[];
  /** The CPU time Redis and PostgreSQL used, in seconds (none for one process on SQLite). */
  serviceCpuSeconds(): { redis: number; postgres: number } | null;
  readonly journal: { dataDir: string; databaseUrl?: string };
  /** Kills the process holding this class code's room; false when there is nothing to fail over to. */
  killHolder(code: string): Promise<boolean>;
  stop(): Promise<void>;
}

async function oneProcess(dataDir: string, extraEnv: Record<string, string>): Promise<Servers> {
  const port = await freePort();
  const main = fileURLToPath(new URL('../server/main.ts', import.meta.url));
  const server = track(
    spawn(process.execPath, ['--import', 'tsx', main, '--port', String(port), '--data', dataDir], {
      stdio: ['ignore', 'ignore', process.env.TT_LOADTEST_LOGS ? 'inherit' : 'ignore'],
      env: { ...process.env, PORT: '', DATABASE_URL: '', REDIS_URL: '', ...extraEnv },
    }),
  );
  const exited = new Promise((r) => server.once('exit', r));
  if (!(await healthy(port))) throw new Error('the server did not start');
  return {
    endpoints: [liveEndpoint({ protocol: 'http:', host: `127.0.0.1:${port}` })],
    rssMB: () => peakRssMB(server.pid),
    cpuSeconds: () => [cpuSeconds(server.pid)],
    serviceCpuSeconds: () => null,
    journal: { dataDir },
    killHolder: async () => false,
    stop: async () => {
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
      await exited;
    },
  };
}

async function processes(n: number, dataDir: string, env: Record<string, string>): Promise<Servers> {
  const cluster = await startCluster(n, { fsync: true, logs: Boolean(process.env.TT_LOADTEST_LOGS), env });
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  const rssMB = () => {
    cluster.processes.forEach((p, i) => {
      rss.set(i, Math.max(rss.get(i) ?? -1, p.rss()));
      cpu.set(i, Math.max(cpu.get(i) ?? 0, p.cpu()));
    });
    return Math.max(...rss.values());
  };
  return {
    endpoints: cluster.processes.map((p) => p.endpoint),
    rssMB,
    cpuSeconds: () => {
      rssMB();
      return cluster.processes.map((_, i) => cpu.get(i) ?? 0);
    },
    serviceCpuSeconds: () => ({ redis: cluster.redis.cpuSeconds(), postgres: cluster.postgres.cpuSeconds() }),
    journal: { dataDir, databaseUrl: cluster.databaseUrl },
    killHolder: async (code) => {
      const holder = await cluster.holderOf(code);
      if (holder < 0 || n < 2) return false;
      rssMB();
      await cluster.kill(holder);
      return true;
    },
    stop: () => cluster.stop(),
  };
}

/** One load test run's settings. */
interface Run {
  readonly students: number;
  readonly sessions: number;
  readonly seconds: number;
  readonly think: number;
  readonly processCount: number | null;
  readonly killOne: boolean;
  /** Students in a room before a class grows a section (TT_SECTION_SIZE). */
  readonly sectionSize: number;
}

async function main(): Promise<number> {
  const { values } = parseCli(process.argv.slice(2), {
    json: { type: 'boolean' },
    students: { type: 'string' },
    sessions: { type: 'string' },
    seconds: { type: 'string' },
    think: { type: 'string' },
    processes: { type: 'string' },
    'kill-one': { type: 'boolean' },
    search: { type: 'boolean' },
    'section-size': { type: 'string' },
    help: { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const students = positiveInteger(values.students, '--students', 200);
  const sessions = positiveInteger(values.sessions, '--sessions', 1);
  if (students % (2 * sessions) !== 0 || students / sessions > MAX_CLASS_STUDENTS)
    throw new CliError(
      `--students must be an even number per session and at most ${MAX_CLASS_STUDENTS} a session`,
    );
  const sectionSize = positiveInteger(values['section-size'], '--section-size', MAX_STUDENTS);
  if (sectionSize < 2 || sectionSize > MAX_STUDENTS)
    throw new CliError(`--section-size must be 2 to ${MAX_STUDENTS}`);
  const seconds = positiveInteger(values.seconds, '--seconds', 120);
  const think = values.think === '0' ? 0 : positiveInteger(values.think, '--think', 3000);
  const processCount =
    values.processes === undefined ? null : positiveInteger(values.processes, '--processes');
  if (processCount !== null && processCount > 8)
    throw new CliError('--processes must be at most 8 on one machine');
  const killOne = values['kill-one'] === true;
  if (killOne && (processCount ?? 1) < 2) throw new CliError('--kill-one needs --processes 2 or more');
  if (values.search && (killOne || sessions !== 1))
    throw new CliError('--search looks for the largest single class: without --kill-one and --sessions');
  const run: Run = { students, sessions, seconds, think, processCount, killOne, sectionSize };
  if (values.search) {
    const found = await searchLargestClass(run);
    if (values.json) process.stdout.write(`${JSON.stringify(found)}\n`);
    else
      process.stdout.write(
        `largest class at p95 ≤ ${SEARCH_P95_MS} ms on ${found.processes} process(es): ${found.largestClass} students (${found.runs.map((r) => `${r.students}: ${r.p95} ms`).join(', ')})\n`,
      );
    return 0;
  }
  const figures = await runOnce(run);
  if (values.json) process.stdout.write(`${JSON.stringify(figures)}\n`);
  else
    process.stdout.write(
      `${students} students in ${sessions} session(s) on ${figures.processes} process(es), ${figures.gamesFinished} of ${figures.games} games finished, ${figures.moves} moves: act→ack p50 ${figures.actionRoundTripP50Ms} ms, p95 ${figures.actionRoundTripP95Ms} ms; peak RSS of a server process ${figures.serverRssMB} MB; lost moves ${figures.lostMoves}; errors ${figures.errors}\n`,
    );
  return 0;
}

/** The round trip a class must keep at the 95th percentile in `--search`. */
const SEARCH_P95_MS = 100;
/** `--search` stops when the largest passing and smallest failing class are this close (students). */
const SEARCH_STEP = 40;

/**
 * `--search`: the largest single class whose moves keep p95 ≤ SEARCH_P95_MS with no lost move and no error
 * (tools/lib/class-search.ts: from --students, doubled, then halved; each try a whole fresh run, new servers).
 */
async function searchLargestClass(base: Run) {
  const runs: { students: number; p95: number; cpuMsPerMove: number; lostMoves: number; errors: number }[] =
    [];
  const { largest } = await searchLargest(
    async (students) => {
      const f = await runOnce({ ...base, students });
      runs.push({
        students,
        p95: f.actionRoundTripP95Ms,
        cpuMsPerMove: f.serverCpuMsPerMove,
        lostMoves: f.lostMoves,
        errors: f.errors,
      });
      return f.actionRoundTripP95Ms <= SEARCH_P95_MS && f.lostMoves === 0 && f.errors === 0;
    },
    { start: base.students, max: MAX_CLASS_STUDENTS, step: SEARCH_STEP },
  );
  return {
    processes: base.processCount ?? 1,
    think: base.think,
    p95LimitMs: SEARCH_P95_MS,
    largestClass: largest,
    cappedByMaxStudents: largest >= MAX_CLASS_STUDENTS,
    runs,
  };
}

async function runOnce(run: Run) {
  const { students, sessions, seconds, think, processCount, killOne, sectionSize } = run;
  const dataDir = mkdtempSync(join(tmpdir(), 'tt-loadtest-'));
  let servers: Servers | null = null;
  let errors = 0;
  const players: ReconnectingStudent[] = [];
  const codes: string[] = [];
  const clientStart = process.cpuUsage();
  try {
    const env = { TT_SECTION_SIZE: String(sectionSize) };
    servers =
      processCount === null ? await oneProcess(dataDir, env) : await processes(processCount, dataDir, env);
    const { endpoints } = servers;
    const deadline = Date.now() + seconds * 1000;
    const wait = async (check: () => boolean) => {
      while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return check();
    };
    for (let k = 0; k < sessions; k++) {
      const teacherRoom = await new Client(endpoints[k % endpoints.length]).create('live', {
        config: CONFIG,
      });
      const teacher = new LiveBot(teacherRoom, false);
      if (!(await wait(() => teacher.of('created').length > 0)))
        throw new Error('the session was not created');
      codes.push(teacher.of('created')[0].code);
      // The teacher leaves: the board is for a person, not part of the students' load.
      await teacherRoom.leave();
    }
    // Student i joins session i mod K through process i mod P, so every class fills at the same pace.
    const codeOf = (i: number) => codes[i % sessions];
    const routeOf = (i: number) => endpoints.map((_, j) => endpoints[(i + j) % endpoints.length]);
    for (let i = 0; i < students; i += JOIN_BATCH) {
      const batch = await Promise.allSettled(
        Array.from({ length: Math.min(JOIN_BATCH, students - i) }, (_, j) =>
          new ReconnectingStudent(
            routeOf(i + j),
            codeOf(i + j),
            `Student ${i + j + 1}`,
            true,
            think,
            true,
          ).join(),
        ),
      );
      batch.forEach((joined) => {
        if (joined.status === 'fulfilled') players.push(joined.value);
        else errors++;
      });
    }
    const bots = () => players.map((p) => p.bot).filter((b): b is LiveBot => b !== null);
    for (const bot of bots()) bot.play();
    let killed = false;
    if (killOne) {
      await wait(() => bots().reduce((n, b) => n + b.acked.length, 0) >= students * 2);
      killed = await servers.killHolder(codes[0]);
    }
    await wait(() => bots().every((b) => b.result !== null));
    await wait(() => bots().every((b) => b.pending.size === 0));
    for (const bot of bots()) errors += bot.refusals.length + (bot.result === null ? 1 : 0);
    const rssMB = servers.rssMB();
    const cpuByProcess = servers.cpuSeconds();
    const cpuS = cpuByProcess.reduce((a, b) => a + b, 0);
    const services = servers.serviceCpuSeconds();
    const clientCpu = process.cpuUsage(clientStart);
    await Promise.allSettled(players.map((p) => p.leave()));
    // Every acknowledged move is in the journal, in the pair's game: count those missing.
    const journal = await openJournal(servers.journal);
    const rooms = [...new Set([...codes, ...players.map((p) => p.roomId)])];
    const journaled = (
      await Promise.all(rooms.map(async (code) => ({ code, records: await journal.records(code) })))
    ).flatMap(({ code, records }) =>
      records
        .filter((r) => r.kind === 'action' && !r.byComputer)
        .map((r) => (r.kind === 'action' ? JSON.stringify([code, r.pair, r.action]) : '')),
    );
    await journal.close();
    const remaining = new Map<string, number>();
    for (const key of journaled) remaining.set(key, (remaining.get(key) ?? 0) + 1);
    let lostMoves = 0;
    for (const player of players) {
      const bot = player.bot as LiveBot;
      const pair = bot.of('welcome')[0]?.pair ?? -1;
      for (const { action } of bot.acked) {
        const key = JSON.stringify([player.roomId, pair, action]);
        const left = remaining.get(key) ?? 0;
        if (left > 0) remaining.set(key, left - 1);
        else lostMoves++;
      }
    }
    const trips = bots()
      .flatMap((b) => b.roundTrips)
      .sort((x, y) => x - y);
    return {
      students,
      sessions,
      processes: processCount ?? 1,
      games: students / 2,
      gamesFinished: bots().filter((b) => b.result !== null).length / 2,
      moves: trips.length,
      actionRoundTripP50Ms: round(percentile(trips, 50)),
      actionRoundTripP95Ms: round(percentile(trips, 95)),
      serverRssMB: round(rssMB),
      serverCpuSeconds: round(cpuS),
      serverCpuSecondsByProcess: cpuByProcess.map(round),
      serverCpuMsPerMove: trips.length > 0 ? round((cpuS * 1000) / trips.length) : 0,
      // The simulated students share the machine: what they cost is the servers' share lost.
      clientCpuSeconds: round((clientCpu.user + clientCpu.system) / 1e6),
      ...(services
        ? { redisCpuSeconds: round(services.redis), postgresCpuSeconds: round(services.postgres) }
        : {}),
      rooms: rooms.length,
      lostMoves,
      errors,
      ...(killOne ? { killed, reconnects: players.reduce((n, p) => n + p.reconnects, 0) } : {}),
    };
  } finally {
    for (const p of players) await p.leave();
    await servers?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runMain('loadtest', main);
