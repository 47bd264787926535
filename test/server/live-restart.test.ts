/**
 * Nothing is lost: a server closed, or a server process killed with SIGKILL, comes back from its journal with
 * every session as it was; the students rejoin with their seat tokens and finish their game.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { decodeResultCode } from '../../src/model/code/result-code.ts';
import { liveEndpoint } from '../../src/net/protocol.ts';
import { freePort } from '../../tools/lib/chromium.ts';
import type { LiveBot } from '../../tools/lib/live-bot.ts';
import {
  createSession,
  joinStudent,
  startTestServer,
  stopTestServer,
  type TestServer,
  until,
} from './live-helpers.ts';

let t: TestServer | null = null;
let child: ChildProcess | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await stopTestServer(t);
  t = null;
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = null;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Plays until at least `moves` moves of the game were acknowledged, then stops both bots. */
async function playSome(a: LiveBot, b: LiveBot, moves: number): Promise<void> {
  a.autoplay = true;
  b.autoplay = true;
  a.play();
  b.play();
  await until(
    'some moves',
    () => a.acked.length + b.acked.length >= moves && a.pending.size + b.pending.size === 0,
  );
  a.autoplay = false;
  b.autoplay = false;
  // Whatever was in flight is acknowledged before the server goes.
  await until('no move in flight', () => a.pending.size + b.pending.size === 0);
}

/** Rejoins both students with their seat tokens and plays to the end: every acknowledged move is in the result. */
async function finishAfterRestart(endpoint: string, code: string, a: LiveBot, b: LiveBot): Promise<void> {
  const acked = a.acked.length + b.acked.length;
  const tokenA = a.of('welcome')[0].token;
  const tokenB = b.of('welcome')[0].token;
  const a2 = await joinStudent(endpoint, code, 'Aiko', true, tokenA);
  const b2 = await joinStudent(endpoint, code, 'Ben', true, tokenB);
  const game = await until('the restored game', () => a2.game);
  expect(game.state.log.length).toBe(acked);
  expect(a2.of('welcome')[0].id).toBe(a.of('welcome')[0].id);
  a2.play();
  b2.play();
  const result = await until('the result', () => a2.result && b2.result && a2.result, 30_000);
  const decoded = decodeResultCode(result.code);
  expect(decoded.ok && decoded.value.log.length).toBe(acked + a2.acked.length + b2.acked.length);
  const before = [...a.acked, ...b.acked].map((m) => m.action);
  if (decoded.ok) for (const action of before) expect(decoded.value.log).toContainEqual(action);
}

function startChild(port: number, dataDir: string): ChildProcess {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--port', String(port), '--data', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PORT: '' } },
  );
  proc.stdout?.resume();
  proc.stderr?.resume();
  return proc;
}

async function healthy(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
  } catch {
    return false;
  }
}

describe('live server restart', () => {
  test('a server closed and started again on the same data restores the session; the game goes on', async () => {
    t = await startTestServer();
    const dataDir = t.dataDir;
    const teacher = await createSession(t.endpoint);
    const a = await joinStudent(t.endpoint, teacher.code, 'Aiko', false);
    const b = await joinStudent(t.endpoint, teacher.code, 'Ben', false);
    await until('both games', () => a.game && b.game);
    await playSome(a, b, 5);
    await stopTestServer(t, false);
    t = await startTestServer(dataDir);
    await finishAfterRestart(t.endpoint, teacher.code, a, b);
  }, 60_000);

  test('a server process killed with SIGKILL and started again loses no acknowledged move', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tt-live-kill-'));
    dirs.push(dataDir);
    const port = await freePort();
    const endpoint = liveEndpoint({ protocol: 'http:', host: `127.0.0.1:${port}` });
    child = startChild(port, dataDir);
    for (let i = 0; i < 300 && !(await healthy(port)); i++) await new Promise((r) => setTimeout(r, 100));
    const teacher = await createSession(endpoint);
    const a = await joinStudent(endpoint, teacher.code, 'Aiko', false);
    const b = await joinStudent(endpoint, teacher.code, 'Ben', false);
    await until('both games', () => a.game && b.game);
    await playSome(a, b, 5);
    const exited = new Promise((r) => child?.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    child = startChild(port, dataDir);
    for (let i = 0; i < 300 && !(await healthy(port)); i++) await new Promise((r) => setTimeout(r, 100));
    await finishAfterRestart(endpoint, teacher.code, a, b);
  }, 90_000);
});
