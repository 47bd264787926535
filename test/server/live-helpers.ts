/**
 * Helpers of the live server tests: a server on a free port of 127.0.0.1 with its own temporary data folder,
 * colyseus.js clients whose every received frame is recorded (raw bytes, before colyseus.js decodes them), and
 * a bounded wait for a condition (the tests assert what arrives, never how fast).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Room } from 'colyseus.js';
import { type RunningServer, startServer } from '../../server/http.ts';
import { type LiveConfig, liveEndpoint } from '../../src/net/protocol.ts';
import { LiveBot } from '../../tools/lib/live-bot.ts';

const frames = new WeakMap<object, Uint8Array[]>();
type Callback = (this: Room, event: { data: ArrayBuffer }) => void;
const proto = Room.prototype as unknown as { onMessageCallback: Callback };
const original = proto.onMessageCallback;
proto.onMessageCallback = function (this: Room, event: { data: ArrayBuffer }) {
  const list = frames.get(this) ?? [];
  frames.set(this, list);
  list.push(new Uint8Array(event.data).slice());
  original.call(this, event);
};

/** Every frame a room received, as bytes. */
export const framesOf = (room: Room): Uint8Array[] => frames.get(room) ?? [];

export const CONFIG: LiveConfig = {
  title: 'Class 7B',
  scenario: { shipped: 'us-japan-2025' },
  pairing: 'auto',
  teamSize: 1,
  meetingSeconds: 0,
  difficulty: 'normal',
};

export interface TestServer {
  server: RunningServer;
  dataDir: string;
  endpoint: string;
  http: string;
}

export async function startTestServer(
  dataDir = mkdtempSync(join(tmpdir(), 'tt-live-')),
  options: { sectionSize?: number } = {},
): Promise<TestServer> {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    distDir: join(dataDir, 'no-dist'),
    quiet: true,
    ...options,
  });
  const host = `127.0.0.1:${server.port}`;
  return { server, dataDir, endpoint: liveEndpoint({ protocol: 'http:', host }), http: `http://${host}` };
}

export async function stopTestServer(t: TestServer | null, removeData = true): Promise<void> {
  if (!t) return;
  await t.server.close();
  if (removeData) rmSync(t.dataDir, { recursive: true, force: true });
}

/** Waits until `check` gives a value (polling), or fails with `what` after `ms`. */
export async function until<T>(
  what: string,
  check: () => T | null | undefined | false,
  ms = 10_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface Teacher {
  bot: LiveBot;
  code: string;
  token: string;
}

export async function createSession(endpoint: string, config: Partial<LiveConfig> = {}): Promise<Teacher> {
  const room = await new Client(endpoint).create('live', { config: { ...CONFIG, ...config } });
  const bot = new LiveBot(room, false);
  const created = await until('created', () => bot.of('created')[0]);
  return { bot, code: created.code, token: created.teacherToken };
}

export async function joinStudent(
  endpoint: string,
  code: string,
  name: string,
  autoplay = true,
  seatToken?: string,
): Promise<LiveBot> {
  const options = seatToken === undefined ? { role: 'student', name } : { role: 'student', name, seatToken };
  const room = await new Client(endpoint).joinById(code, options);
  return new LiveBot(room, autoplay);
}
