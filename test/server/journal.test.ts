/**
 * The journal's contract, the same tests on both back ends: SQLite in a data folder, and a real PostgreSQL
 * (a throwaway server, a fresh database per test). Two journals on one database stand for two processes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type Journal, JournalConflict, journalKindOf, openJournal } from '../../server/journal.ts';
import { migrations } from '../../server/journal-postgres.ts';
import type { SessionRecord } from '../../server/records.ts';
import { type Service, startPostgres } from '../../tools/lib/services.ts';
import { freshDatabase, skipServices } from './services.ts';

const skip = skipServices();
let postgres: Service | null = null;
beforeAll(async () => {
  if (!skip) postgres = await startPostgres();
}, 60_000);
afterAll(async () => {
  await postgres?.remove();
});

const created = (code: string, at: number): SessionRecord =>
  ({
    kind: 'created',
    at,
    code,
    config: {
      title: 'T',
      scenario: { shipped: 'us-japan-2025' },
      pairing: 'auto',
      teamSize: 1,
      meetingSeconds: 0,
      difficulty: 'normal',
    },
    scenarioText: '{"x": 1.25}',
    session: {} as never,
    teacherTokenHash: 'h',
  }) as SessionRecord;
const seat = (id: string, at: number): SessionRecord => ({
  kind: 'seat',
  at,
  id,
  tokenHash: `h-${id}`,
  name: id,
});
const chat = (text: string, at: number): SessionRecord => ({ kind: 'chat', at, pair: 0, seat: 's1', text });

interface Backend {
  /** Where a journal of this back end lives, fresh per test. */
  place(): Promise<{ dataDir: string; databaseUrl?: string }>;
}

const dirs: string[] = [];
const open: Journal[] = [];
afterEach(async () => {
  for (const j of open.splice(0)) await j.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function journalAt(place: { dataDir: string; databaseUrl?: string }): Promise<Journal> {
  const journal = await openJournal(place);
  open.push(journal);
  return journal;
}

const backends: [string, Backend][] = [
  ['sqlite', { place: async () => ({ dataDir: tmp() }) }],
  [
    'postgres',
    {
      place: async () => ({ dataDir: tmp(), databaseUrl: await freshDatabase(postgres as Service) }),
    },
  ],
];

function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tt-journal-'));
  dirs.push(dir);
  return dir;
}

describe.each(backends)('journal on %s', (name, backend) => {
  const it = name === 'postgres' && skip ? test.skip : test;

  it('keeps every record of a session in order, exactly as appended, across appends and a reopen', async () => {
    const place = await backend.place();
    const a = await journalAt(place);
    expect(a.kind).toBe(name);
    const records = [created('ACDEFG', 1000), seat('s1', 1001), seat('s2', 1002)];
    await a.append('ACDEFG', records.slice(0, 1));
    await a.append('ACDEFG', records.slice(1));
    expect(await a.records('ACDEFG')).toEqual(records);
    await a.close();
    open.splice(open.indexOf(a), 1);
    const b = await journalAt(place);
    // A reopened journal carries on after the last record (its next seq from the database).
    await b.append('ACDEFG', [chat('héllo "there" 🌏', 1003)]);
    expect(await b.records('ACDEFG')).toEqual([...records, chat('héllo "there" 🌏', 1003)]);
  });

  it('knows which codes were given out and which sessions are open, oldest first', async () => {
    const j = await journalAt(await backend.place());
    await j.append('BBBBBB', [created('BBBBBB', 2000)]);
    await j.append('AAAAAA', [created('AAAAAA', 1000)]);
    await j.append('CCCCCC', [created('CCCCCC', 3000)]);
    await j.append('BBBBBB', [{ kind: 'ended', at: 2500 }]);
    expect(await j.openSessions()).toEqual(['AAAAAA', 'CCCCCC']);
    expect(await j.hasSession('BBBBBB')).toBe(true);
    expect(await j.hasSession('ZZZZZZ')).toBe(false);
    expect(await j.isOpen('BBBBBB')).toBe(false);
    expect(await j.isOpen('AAAAAA')).toBe(true);
    expect(await j.isOpen('ZZZZZZ')).toBe(false);
  });

  it('refuses a second session with a code already given out, and stores none of that append', async () => {
    const j = await journalAt(await backend.place());
    await j.append('ACDEFG', [created('ACDEFG', 1000)]);
    await expect(j.append('ACDEFG', [created('ACDEFG', 2000), seat('x', 2001)])).rejects.toThrow();
    expect(await j.records('ACDEFG')).toEqual([created('ACDEFG', 1000)]);
  });

  it('two processes on one database: the one that restored the session writes; the stale one gets a conflict', async () => {
    const place = await backend.place();
    const first = await journalAt(place);
    const second = await journalAt(place);
    await first.append('ACDEFG', [created('ACDEFG', 1000), seat('s1', 1001)]);
    // The second process restores the room (reads its records) and writes on.
    expect(await second.records('ACDEFG')).toHaveLength(2);
    await second.append('ACDEFG', [seat('s2', 1002)]);
    // The first still thinks it holds the room: its next write is refused as a conflict, and stores nothing.
    const stale = first.append('ACDEFG', [seat('s3', 1003)]);
    await expect(stale).rejects.toBeInstanceOf(JournalConflict);
    expect((await second.records('ACDEFG')).map((r) => (r.kind === 'seat' ? r.id : r.kind))).toEqual([
      'created',
      's1',
      's2',
    ]);
  });

  it('appends of several sessions at once are each written whole and in order; a stale one among them alone is refused', async () => {
    const place = await backend.place();
    const j = await journalAt(place);
    const other = await journalAt(place);
    await j.append('AAAAAA', [created('AAAAAA', 1000)]);
    await j.append('BBBBBB', [created('BBBBBB', 2000)]);
    // Another process restored BBBBBB and wrote its next record.
    await other.records('BBBBBB');
    await other.append('BBBBBB', [seat('x', 2001)]);
    // Three rooms of this process write at the same moment (PostgreSQL: one statement for all three).
    const results = await Promise.allSettled([
      j.append('AAAAAA', [seat('s1', 1001), seat('s2', 1002)]),
      j.append('BBBBBB', [seat('s3', 2002)]),
      j.append('CCCCCC', [created('CCCCCC', 3000), seat('s4', 3001)]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(JournalConflict);
    const ids = async (code: string) =>
      (await other.records(code)).map((r) => (r.kind === 'seat' ? r.id : r.kind));
    expect(await ids('AAAAAA')).toEqual(['created', 's1', 's2']);
    expect(await ids('BBBBBB')).toEqual(['created', 'x']);
    expect(await ids('CCCCCC')).toEqual(['created', 's4']);
    // The refused session reads where it stands and writes on once it holds the room again.
    await j.records('BBBBBB');
    await j.append('BBBBBB', [seat('s5', 2003)]);
    expect(await ids('BBBBBB')).toEqual(['created', 'x', 's5']);
  });

  it('reading a session while this process writes it never sets its next record back; its first record alone', async () => {
    const j = await journalAt(await backend.place());
    await j.append('ACDEFG', [created('ACDEFG', 1000)]);
    // A section being made reads its head while the head's room writes on (server/room-birth.ts).
    for (let i = 0; i < 30; i++) {
      const [, read] = await Promise.all([
        j.append('ACDEFG', [seat(`a${i}`, 2000 + i)]),
        j.records('ACDEFG'),
      ]);
      expect(read.length).toBeGreaterThanOrEqual(i + 1);
      await j.append('ACDEFG', [seat(`b${i}`, 3000 + i)]);
    }
    expect(await j.records('ACDEFG')).toHaveLength(61);
    expect(await j.firstRecord('ACDEFG')).toEqual(created('ACDEFG', 1000));
    expect(await j.firstRecord('ZZZZZZ')).toBe(null);
  });

  it('leases: one process holds a room; another takes it only once the lease ran out or was given up', async () => {
    const place = await backend.place();
    const a = await journalAt(place);
    const b = await journalAt(place);
    await a.append('AAAAAA', [created('AAAAAA', 1000)]);
    await a.append('BBBBBB', [created('BBBBBB', 2000)]);
    expect(await a.orphans(60_000)).toEqual(['AAAAAA', 'BBBBBB']);
    expect(await a.claim('AAAAAA', 'p1', 60_000)).toBe(true);
    expect(await b.claim('AAAAAA', 'p2', 60_000)).toBe(false);
    expect(await a.claim('AAAAAA', 'p1', 60_000)).toBe(true);
    expect(await b.orphans(60_000)).toEqual(['BBBBBB']);
    expect(await a.renew('p1')).toEqual(['AAAAAA']);
    // p1 stops renewing (its process died): after the lease, p2 takes the room, and p1 learns it lost it.
    await new Promise((r) => setTimeout(r, 400));
    expect(await b.orphans(300)).toEqual(['AAAAAA', 'BBBBBB']);
    expect(await b.claim('AAAAAA', 'p2', 300)).toBe(true);
    expect(await a.renew('p1')).toEqual([]);
    expect(await b.renew('p2')).toEqual(['AAAAAA']);
    // Given up (the room closed cleanly): free at once, whatever the lease.
    await b.release('AAAAAA', 'p2');
    expect(await a.claim('AAAAAA', 'p1', 60_000)).toBe(true);
    // An ended session is nobody's orphan.
    await a.append('BBBBBB', [{ kind: 'ended', at: 3000 }]);
    expect(await a.orphans(60_000)).toEqual([]);
  });

  it('a session just created is no orphan before its creator has had the time of a lease to claim it', async () => {
    const place = await backend.place();
    const a = await journalAt(place);
    const b = await journalAt(place);
    // Written, not yet claimed (the creating process claims its lease next): another process must not take it.
    await a.append('CCCCCC', [created('CCCCCC', Date.now())]);
    expect(await b.orphans(60_000)).toEqual([]);
    // A creator that died before claiming it: the session is an orphan once the lease's time has passed.
    await new Promise((r) => setTimeout(r, 400));
    expect(await b.orphans(300)).toEqual(['CCCCCC']);
  });

  it('gives every process of one database the same server key', async () => {
    const place = await backend.place();
    const a = await journalAt(place);
    const b = await journalAt(place);
    const keyA = await a.serverKey(Buffer.alloc(32, 1));
    const keyB = await b.serverKey(Buffer.alloc(32, name === 'postgres' ? 2 : 1));
    expect(keyA).toEqual(Buffer.alloc(32, 1));
    expect(keyB).toEqual(keyA);
  });
});

describe('journal choice and migrations', () => {
  test('DATABASE_URL chooses the back end; anything but postgres:// is refused with a clear message', () => {
    expect(journalKindOf(undefined)).toBe('sqlite');
    expect(journalKindOf('')).toBe('sqlite');
    expect(journalKindOf('postgres://u@h/db')).toBe('postgres');
    expect(journalKindOf('postgresql://u@h/db')).toBe('postgres');
    expect(() => journalKindOf('mysql://u@h/db')).toThrow(/DATABASE_URL must be a postgres:\/\/ address/);
  });

  (skip ? test.skip : test)(
    'migrations apply once, in order, recorded, even with processes starting together',
    async () => {
      const url = await freshDatabase(postgres as Service);
      const place = { dataDir: tmp(), databaseUrl: url };
      await Promise.all([journalAt(place), journalAt(place), journalAt(place)]);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const rows = (await client.query('SELECT version FROM schema_migrations ORDER BY version')).rows;
      await client.end();
      expect(rows.map((r) => r.version)).toEqual(migrations().map(([v]) => v));
      expect(rows[0].version).toBe('001_journal');
    },
  );
});
