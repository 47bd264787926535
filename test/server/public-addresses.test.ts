/**
 * The addresses a student is told to rejoin through (server/cluster.ts `publicAddresses`): live processes only,
 * by port; this machine's by the name the student typed, another machine's by its own host, a TT_PUBLIC_URL as is.
 */
import { describe, expect, test } from 'vitest';
import { publicAddresses } from '../../server/cluster.ts';

const NOW = 1_000_000;
const entry = (host: string, port: number, url: string | null = null, at = NOW - 500) => ({
  host,
  port,
  url,
  at,
});

describe('public addresses', () => {
  test('the name the student used for this machine, each live process by port; dead ones left out', () => {
    const entries = [
      entry('127.0.0.1', 2568),
      entry('127.0.0.1', 2567),
      entry('127.0.0.1', 2569, null, NOW - 60_000),
      entry('10.0.0.9', 2567),
      entry('10.0.0.8', 2570, 'https://b.example.org'),
    ];
    expect(publicAddresses(entries, '127.0.0.1', { host: 'school.local:2567' }, NOW)).toEqual([
      'http://school.local:2567',
      'http://10.0.0.9:2567',
      'http://school.local:2568',
      'https://b.example.org',
    ]);
  });

  test("https behind a TLS proxy; a missing or strange Host header gives the process's own host", () => {
    const entries = [entry('127.0.0.1', 2567)];
    expect(
      publicAddresses(entries, '127.0.0.1', { host: 'a.example.org', 'x-forwarded-proto': 'https' }, NOW),
    ).toEqual(['https://a.example.org:2567']);
    expect(publicAddresses(entries, '127.0.0.1', {}, NOW)).toEqual(['http://127.0.0.1:2567']);
    expect(publicAddresses(entries, '127.0.0.1', { host: 'a b/c' }, NOW)).toEqual(['http://127.0.0.1:2567']);
  });
});
