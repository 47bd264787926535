/**
 * Pages of a server of several processes (server/pages.ts): their policy lets the page connect to every address of
 * the event, and nothing else changes; with PUBLIC_URLS a student is told those addresses (`servers`) on joining.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'colyseus.js';
import { afterAll, describe, expect, test } from 'vitest';
import { startServer } from '../../server/http.ts';
import { pageName, widenConnectSrc, widenPage } from '../../server/pages.ts';
import { liveEndpoint } from '../../src/net/protocol.ts';
import { LiveBot } from '../../tools/lib/live-bot.ts';
import { PAGE_CSP, SECURITY_HEADERS } from '../../tools/lib/security-headers.ts';
import { createSession, until } from './live-helpers.ts';

const A = 'http://10.0.0.5:2567';
const C = 'https://c.example.org';
const WIDE = `connect-src 'self' ${A} ws://10.0.0.5:2567 ${C} wss://c.example.org;`;

describe('page policy', () => {
  test('connect-src lists the addresses as pages and as WebSockets; the rest of the policy is the same', () => {
    const header = SECURITY_HEADERS['Content-Security-Policy'];
    const wide = widenConnectSrc(header, [A, C, A, "x' 'unsafe-inline"]);
    expect(wide).toContain(WIDE);
    expect(wide.replace(WIDE, "connect-src 'self';")).toBe(header);
    expect(widenConnectSrc(header, [])).toBe(header);
    const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    const page = widenPage(html, [A, C]);
    expect(page).toContain(`content="${PAGE_CSP.replace("connect-src 'self';", WIDE)}"`);
    expect(page.replace(WIDE, "connect-src 'self';")).toBe(html);
  });

  test('pages by path: the index and plain .html names only', () => {
    expect(pageName('/')).toBe('index.html');
    expect(pageName('/teacher.html')).toBe('teacher.html');
    for (const other of ['/a/b.html', '/../x.html', '/x.js', '/index.html.map', '/.html'])
      expect(pageName(other), other).toBeNull();
  });
});

describe('a server with PUBLIC_URLS', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tt-pages-'));
  const distDir = join(dataDir, 'dist');
  mkdirSync(distDir);
  copyFileSync(new URL('../../index.html', import.meta.url), join(distDir, 'index.html'));
  const started = startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    distDir,
    quiet: true,
    publicUrls: [A, C],
  });
  afterAll(async () => {
    await (await started).close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('sends its pages with the wider policy, and tells a joining student the addresses', async () => {
    const server = await started;
    const http = `http://127.0.0.1:${server.port}`;
    const answer = await fetch(`${http}/?live=K7MQ3D`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-security-policy')).toContain(WIDE);
    expect(await answer.text()).toContain(WIDE);
    const endpoint = liveEndpoint({ protocol: 'http:', host: `127.0.0.1:${server.port}` });
    const teacher = await createSession(endpoint);
    const student = new LiveBot(
      await new Client(endpoint).joinById(teacher.code, { role: 'student', name: 'Aiko' }),
      false,
    );
    expect(await until('the addresses', () => student.of('servers')[0])).toEqual({ urls: [A, C] });
    await student.room.leave();
    await teacher.bot.room.leave();
  });
});
