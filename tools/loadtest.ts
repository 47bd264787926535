/**
 * `npm run loadtest -- --json [--students N] [--seconds S] [--think MS]`: starts the live server as a child
 * process (`server/main.ts`, one process as in class) on a free port with a temporary data folder, creates one
 * live session, and joins N simulated students (pairs) over real WebSockets (colyseus.js, in this process),
 * each playing its side with the computer agent's policy on the view it received, after a thinking time.
 * Measures every move's round trip (act → ack), then checks that every acknowledged move is in the server's
 * journal. Prints one JSON object (with --json) or a short report. A benchmark, not a test: no pass/fail.
 *
 * Games that end before the time is up are not replayed: the figures are for N students playing whole games.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from 'colyseus.js';
import { openJournal } from '../server/journal.ts';
import { type LiveConfig, liveEndpoint, MAX_STUDENTS } from '../src/net/protocol.ts';
import { freePort } from './lib/chromium.ts';
import { CliError, parseCli, positiveInteger, runMain } from './lib/cli.ts';
import { LiveBot } from './lib/live-bot.ts';

const HELP = `Usage: npm run loadtest -- [--json] [--students N] [--sessions K] [--seconds S] [--think MS]

  --students N   simulated students, in pairs (default 200, at most 400 a session)
  --sessions K   live sessions (classes) on the one server, the students shared out evenly (default 1)
  --seconds S    the longest the games may take (default 120)
  --think MS     a student's thinking time per move, 0.5 to 1.5 times this (default 3000)
  --json         one JSON object on stdout
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

/** The server process's peak resident memory (Linux /proc), or -1 where it cannot be read. */
function peakRssMB(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb === undefined ? -1 : Number(kb) / 1024;
  } catch {
    return -1;
  }
}

async function main(): Promise<number> {
  const { values } = parseCli(process.argv.slice(2), {
    json: { type: 'boolean' },
    students: { type: 'string' },
    sessions: { type: 'string' },
    seconds: { type: 'string' },
    think: { type: 'string' },
    help: { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const students = positiveInteger(values.students, '--students', 200);
  const sessions = positiveInteger(values.sessions, '--sessions', 1);
  if (students % (2 * sessions) !== 0 || students / sessions > MAX_STUDENTS)
    throw new CliError(`--students must be an even number per session and at most ${MAX_STUDENTS} a session`);
  const seconds = positiveInteger(values.seconds, '--seconds', 120);
  const think = values.think === '0' ? 0 : positiveInteger(values.think, '--think', 3000);
  const dataDir = mkdtempSync(join(tmpdir(), 'tt-loadtest-'));
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(new URL('../server/main.ts', import.meta.url)),
      '--port',
      String(port),
      '--data',
      dataDir,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const exited = new Promise((r) => server.once('exit', r));
  const stopServer = async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
    await exited;
  };
  const endpoint = liveEndpoint({ protocol: 'http:', host: `127.0.0.1:${port}` });
  let errors = 0;
  const bots: LiveBot[] = [];
  const sessionOf = new Map<LiveBot, string>();
  const codes: string[] = [];
  try {
    if (!(await healthy(port))) throw new Error('the server did not start');
    const deadline = Date.now() + seconds * 1000;
    const wait = async (check: () => boolean) => {
      while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return check();
    };
    for (let k = 0; k < sessions; k++) {
      const teacherRoom = await new Client(endpoint).create('live', { config: CONFIG });
      const teacher = new LiveBot(teacherRoom, false);
      if (!(await wait(() => teacher.of('created').length > 0)))
        throw new Error('the session was not created');
      codes.push(teacher.of('created')[0].code);
      // The teacher leaves: the board is for a person, not part of the students' load.
      await teacherRoom.leave();
    }
    // Student i joins session i mod K, so every class fills at the same pace.
    const codeOf = (i: number) => codes[i % sessions];
    for (let i = 0; i < students; i += JOIN_BATCH) {
      const batch = await Promise.allSettled(
        Array.from({ length: Math.min(JOIN_BATCH, students - i) }, (_, j) =>
          new Client(endpoint)
            .joinById(codeOf(i + j), { role: 'student', name: `Student ${i + j + 1}` })
            // Listening at once: the seat, lobby and game follow the join straight away.
            .then((room) => ({ code: codeOf(i + j), bot: new LiveBot(room, true, undefined, think) })),
        ),
      );
      for (const joined of batch) {
        if (joined.status === 'fulfilled') {
          bots.push(joined.value.bot);
          sessionOf.set(joined.value.bot, joined.value.code);
        } else errors++;
      }
    }
    for (const bot of bots) bot.play();
    await wait(() => bots.every((b) => b.result !== null));
    await wait(() => bots.every((b) => b.pending.size === 0));
    for (const bot of bots) errors += bot.refusals.length + (bot.result === null ? 1 : 0);
    const rssMB = peakRssMB(server.pid);
    await Promise.allSettled(bots.map((b) => b.room.leave()));
    await stopServer();
    // Every acknowledged move is in the journal, in the pair's game: count those missing.
    const journal = await openJournal({ dataDir });
    const journaled = (
      await Promise.all(codes.map(async (code) => ({ code, records: await journal.records(code) })))
    ).flatMap(({ code, records }) =>
      records
        .filter((r) => r.kind === 'action' && !r.byComputer)
        .map((r) => (r.kind === 'action' ? JSON.stringify([code, r.pair, r.action]) : '')),
    );
    await journal.close();
    const remaining = new Map<string, number>();
    for (const key of journaled) remaining.set(key, (remaining.get(key) ?? 0) + 1);
    let lostMoves = 0;
    for (const bot of bots) {
      const pair = bot.of('welcome')[0]?.pair ?? -1;
      for (const { action } of bot.acked) {
        const key = JSON.stringify([sessionOf.get(bot), pair, action]);
        const left = remaining.get(key) ?? 0;
        if (left > 0) remaining.set(key, left - 1);
        else lostMoves++;
      }
    }
    const trips = bots.flatMap((b) => b.roundTrips).sort((x, y) => x - y);
    const figures = {
      students,
      sessions,
      games: bots.filter((b) => b.result !== null).length / 2,
      moves: trips.length,
      actionRoundTripP50Ms: round(percentile(trips, 50)),
      actionRoundTripP95Ms: round(percentile(trips, 95)),
      serverRssMB: round(rssMB),
      lostMoves,
      errors,
    };
    if (values.json) process.stdout.write(`${JSON.stringify(figures)}\n`);
    else
      process.stdout.write(
        `${students} students in ${sessions} session(s), ${figures.games} games, ${figures.moves} moves: act→ack p50 ${figures.actionRoundTripP50Ms} ms, p95 ${figures.actionRoundTripP95Ms} ms; server peak RSS ${figures.serverRssMB} MB; lost moves ${lostMoves}; errors ${errors}\n`,
      );
    return 0;
  } finally {
    await stopServer();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runMain('loadtest', main);
