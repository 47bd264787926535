/**
 * The live classroom server on one port: the built game and teacher page (dist/, with the security headers of
 * tools/lib/security-headers.ts), `GET /healthz`, the short link `/j/CODE`, `POST /api/verify`, and Colyseus'
 * matchmaking and WebSockets under LIVE_PATH. `startServer` starts it in this process (tests, the load test,
 * server/main.ts) and restores every session of the journal that has not ended. With a Redis address it is one
 * process of several (server/cluster.ts): rooms are listed in Redis, and sessions are restored on demand.
 */
import { existsSync, readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import sirv from 'sirv';
import {
  HEALTH_PATH,
  type Health,
  LIVE_PARAM,
  LIVE_PATH,
  LIVE_ROOM,
  MAX_MESSAGE_BYTES,
  normalizeClassCode,
  SHORT_LINK_PREFIX,
  VERIFY_PATH,
  VerifyRequestSchema,
  type VerifyResponse,
} from '../src/net/protocol.ts';
import { SECURITY_HEADERS } from '../tools/lib/security-headers.ts';
import { routeJoins } from './class-routing.ts';
import { type Cluster, clusterParts, LEASE_MS, startCluster } from './cluster.ts';
import { openJournal } from './journal.ts';
import { internalNonce, loadServerKey, verifySignature } from './keys.ts';
import {
  type LiveRoom,
  liveRoomClass,
  type RoomContext,
  SESSIONS_CHANNEL,
  type SessionSummary,
} from './live-room.ts';
import { colyseusLogger, jsonLog } from './log.ts';
import { pageName, pageReader, widenConnectSrc, widenPage } from './pages.ts';

export interface ServerOptions {
  /** 0 for any free port. */
  readonly port: number;
  readonly host?: string;
  readonly dataDir: string;
  readonly distDir: string;
  /** No log lines (tests). */
  readonly quiet?: boolean;
  /** A postgres:// address: the journal in PostgreSQL; else SQLite in dataDir. */
  readonly databaseUrl?: string;
  /** A redis:// address: one process of several sharing it (and the journal). */
  readonly redisUrl?: string;
  /** The host other processes reach this one at (default 127.0.0.1: processes on one machine). */
  readonly advertiseHost?: string;
  /** PUBLIC_URLS: every page address of the event, told to students to rejoin through (else from Redis). */
  readonly publicUrls?: readonly string[];
  /** TT_PUBLIC_URL: the page address students reach this process at (else this machine's name and port). */
  readonly publicUrl?: string;
  /** TT_SECTION_SIZE: students in a class's head room before new ones go to sections (default MAX_STUDENTS). */
  readonly sectionSize?: number;
}

export interface RunningServer {
  readonly port: number;
  readonly close: () => Promise<void>;
}

const VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
/** How long `/healthz?deep` waits for the journal and Redis. */
const DEEP_CHECK_MS = 1000;
/** The largest body POST /api/verify reads. */
const MAX_BODY_BYTES = 64 * 1024;

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}
const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
const text = (res: ServerResponse, status: number, value: string) =>
  send(res, status, `${value}\n`, 'text/plain; charset=utf-8');

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(null));
  });
}

async function verify(req: IncomingMessage, res: ServerResponse, key: Buffer): Promise<void> {
  if (req.method !== 'POST') return text(res, 405, 'POST {code, signature} here');
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === null) return text(res, 413, 'the request is too large');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return text(res, 400, 'the request is not JSON: send {code, signature}');
  }
  const parsed = VerifyRequestSchema.safeParse(value);
  if (!parsed.success) return text(res, 400, 'send {code, signature} (signature: 64 hexadecimal digits)');
  const answer: VerifyResponse = { verified: verifySignature(key, parsed.data.code, parsed.data.signature) };
  json(res, 200, answer);
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const started = Date.now();
  const log = jsonLog(options.quiet);
  const journal = await openJournal(options);
  const key = await journal.serverKey(loadServerKey(options.dataDir));
  const rooms = new Set<LiveRoom>();
  let cluster: Cluster | null = null;
  const publicUrls = options.publicUrls ?? [];
  const context: RoomContext = {
    journal,
    key,
    restoreNonce: internalNonce(key),
    rooms,
    log,
    ...(options.sectionSize ? { sectionSize: options.sectionSize } : {}),
    // With several processes, a client connects straight to the process of its room (no forwarding) when
    // this process's public address is known.
    ...(options.redisUrl && options.publicUrl
      ? { publicAddress: `${new URL(options.publicUrl).host}${LIVE_PATH}` }
      : {}),
    ...(options.redisUrl ? { lease: { processId: () => matchMaker.processId, ms: LEASE_MS } } : {}),
    ...(options.redisUrl || publicUrls.length > 0
      ? {
          servers: async (headers) =>
            publicUrls.length > 0 ? publicUrls : ((await cluster?.servers(headers)) ?? []),
        }
      : {}),
  };
  const hasDist = existsSync(options.distDir);
  const readPage = pageReader(options.distDir);
  const files = hasDist
    ? sirv(options.distDir, {
        etag: true,
        setHeaders: (res) => {
          for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        },
      })
    : null;

  const parts = options.redisUrl ? clusterParts(options.redisUrl, log) : null;
  // Every session of the event, as its room publishes it through the presence (several processes).
  const summaries = new Map<string, SessionSummary>();
  if (parts)
    await parts.presence.subscribe(SESSIONS_CHANNEL, (summary: SessionSummary) => {
      if (summary.ended) summaries.delete(summary.code);
      else summaries.set(summary.code, summary);
    });
  const eventTotals = () => {
    const totals = { sessions: 0, students: 0, pairs: 0, finished: 0 };
    for (const s of summaries.values()) {
      totals.sessions++;
      totals.students += s.students;
      totals.pairs += s.pairs;
      totals.finished += s.finished;
    }
    return totals;
  };
  /** What does not answer within DEEP_CHECK_MS: 'journal', 'redis'. */
  const deepCheck = async (): Promise<string[]> => {
    const within = (work: Promise<unknown>) =>
      Promise.race([
        work.then(() => true),
        new Promise<boolean>((r) => setTimeout(() => r(false), DEEP_CHECK_MS).unref()),
      ]).catch(() => false);
    const checks: [string, Promise<boolean>][] = [['journal', within(journal.hasSession('-'))]];
    if (parts) checks.push(['redis', within(parts.presence.get('tt:health'))]);
    const answers = await Promise.all(checks.map(([, p]) => p));
    return checks.filter((_, i) => !answers[i]).map(([name]) => name);
  };

  const httpServer = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://server');
    const path = url.pathname;
    if (path === HEALTH_PATH) {
      let clients = 0;
      for (const room of rooms) clients += room.connectionCount();
      const health: Health & Record<string, unknown> = {
        ok: true,
        rooms: rooms.size,
        clients,
        uptimeSeconds: Math.round((Date.now() - started) / 1000),
        version: VERSION,
        process: matchMaker.processId,
        journal: journal.kind,
        redis: options.redisUrl !== undefined,
        ...(parts ? { event: eventTotals() } : {}),
      };
      if (!url.searchParams.has('deep')) return json(res, 200, health);
      // ?deep: this process can serve only if its journal (and Redis, with several processes) answers.
      deepCheck().then(
        (problems) =>
          problems.length === 0 ? json(res, 200, health) : json(res, 503, { ...health, ok: false, problems }),
        () => json(res, 503, { ...health, ok: false }),
      );
      return;
    }
    if (path.startsWith(SHORT_LINK_PREFIX)) {
      const code = normalizeClassCode(decodeURIComponent(path.slice(SHORT_LINK_PREFIX.length)));
      if (code === null) return text(res, 404, 'That is not a class code: check the letters and try again.');
      return send(res, 302, '', 'text/plain', { Location: `/index.html?${LIVE_PARAM}=${code}` });
    }
    if (path === VERIFY_PATH) {
      verify(req, res, key).catch(() => text(res, 500, 'the server could not check this code'));
      return;
    }
    if (!files) return text(res, 503, 'The game is not built: run npm run build (npm run serve builds it).');
    const page = context.servers && req.method === 'GET' ? pageName(path) : null;
    if (page && context.servers) {
      // Several processes: the page may connect to every address of the event (server/pages.ts).
      Promise.all([readPage(page), context.servers(req.headers).catch(() => [])]).then(
        ([html, origins]) => {
          if (html === null) return files(req, res, () => text(res, 404, 'Not found'));
          send(res, 200, widenPage(html, origins), 'text/html; charset=utf-8', {
            'Content-Security-Policy': widenConnectSrc(SECURITY_HEADERS['Content-Security-Policy'], origins),
          });
        },
        () => text(res, 500, 'the server could not read this page'),
      );
      return;
    }
    files(req, res, () => text(res, 404, 'Not found'));
  });

  const transport = new WebSocketTransport({ server: httpServer, maxPayload: MAX_MESSAGE_BYTES });
  const gameServer = new Server({
    transport,
    greet: false,
    gracefullyShutdown: false,
    logger: colyseusLogger(log),
    ...(parts ?? {}),
  });
  gameServer.define(LIVE_ROOM, liveRoomClass(context));
  await gameServer.listen(options.port, options.host);
  const port = (httpServer.address() as AddressInfo).port;
  if (parts)
    cluster = startCluster({
      httpServer,
      presence: parts.presence,
      journal,
      context,
      advertise: `${options.advertiseHost ?? '127.0.0.1'}:${port}`,
      ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
      log,
    });
  // A new student of a large class is seated in its section straight away (src/net/sections.ts).
  const unroute = routeJoins();
  // One process restores every open session now; in a cluster, the watchdog shares them out (server/cluster.ts).
  for (const code of cluster ? [] : await journal.openSessions()) {
    try {
      await matchMaker.createRoom(LIVE_ROOM, { restore: code, nonce: context.restoreNonce });
    } catch (error) {
      log('restore.error', { code, error: error instanceof Error ? error.message : String(error) });
    }
  }
  log('server.started', {
    port,
    journal: journal.kind,
    redis: parts !== null,
    process: matchMaker.processId,
  });
  let closing: Promise<void> | null = null;
  return {
    port,
    close: () => {
      closing ??= (async () => {
        unroute();
        cluster?.stop();
        await gameServer.gracefullyShutdown(false);
        httpServer.closeAllConnections();
        await journal.close();
      })();
      return closing;
    },
  };
}
