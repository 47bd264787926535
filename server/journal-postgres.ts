/**
 * The journal in PostgreSQL (`pg`), when DATABASE_URL is a postgres:// address: every process and machine of
 * one event shares it, so a room lost with its process is restored on another from here (server/journal.ts has
 * the contract). Migrations are the SQL files of server/migrations, applied in name order at start, each in one
 * transaction, recorded in `schema_migrations`, under an advisory lock so processes starting together do not race.
 *
 * A record's seq is the room's own count (read with `records` when a room is restored); the primary key (code,
 * seq) turns two processes writing the same session into a JournalConflict instead of a fork.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type Journal, JournalConflict } from './journal.ts';
import type { SessionRecord } from './records.ts';

const MIGRATIONS = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Any constant: the advisory lock that serialises migrations. */
const MIGRATION_LOCK = 7_142_025;

/** The migrations in the repository, in the order they apply: [version, sql]. */
export function migrations(): [string, string][] {
  return readdirSync(MIGRATIONS)
    .filter((f) => /^\d+_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => [f.replace(/\.sql$/, ''), readFileSync(MIGRATIONS + f, 'utf8')]);
}

/** Applies the migrations not yet applied; the versions it applied. */
export async function migrate(pool: pg.Pool): Promise<string[]> {
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await client.query<{ version: string }>('SELECT version FROM schema_migrations')).rows.map(
        (r) => r.version,
      ),
    );
    for (const [version, sql] of migrations()) {
      if (done.has(version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
        await client.query('COMMIT');
        applied.push(version);
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(
          `migration ${version} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
  return applied;
}

/** An append waiting for the next statement. */
interface Append {
  readonly code: string;
  readonly records: readonly SessionRecord[];
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** The most records one statement carries (4 parameters a row, well under PostgreSQL's 65,535). */
const MAX_BATCH_ROWS = 2000;

/** A unique key refused the statement: another process wrote a session's record (or a code was taken). */
const isDuplicate = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === '23505';

export class PostgresJournal implements Journal {
  readonly kind = 'postgres' as const;
  private readonly nextSeq = new Map<string, number>();
  private readonly waiting: Append[] = [];
  private flushing = false;

  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string): Promise<PostgresJournal> {
    const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
    // An idle client losing its server (a restart) must not crash the process: the next query reconnects.
    pool.on('error', () => {});
    await migrate(pool);
    return new PostgresJournal(pool);
  }

  async hasSession(code: string): Promise<boolean> {
    return (await this.pool.query('SELECT 1 FROM sessions WHERE code = $1', [code])).rowCount !== 0;
  }

  async isOpen(code: string): Promise<boolean> {
    const result = await this.pool.query('SELECT 1 FROM sessions WHERE code = $1 AND NOT ended', [code]);
    return result.rowCount !== 0;
  }

  /**
   * Group commit across the rooms of this process: appends that arrive while a statement is under way go
   * together in the next one (one statement, so one transaction), however many sessions they belong to. A
   * PostgreSQL transaction costs far more than a row, and a process holds many rooms. Each append still stands
   * alone: when a batch is refused for a duplicate key, its appends are tried one by one, so only the session
   * another process wrote first gets the JournalConflict, and none of its records is stored.
   */
  append(code: string, records: readonly SessionRecord[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ code, records, resolve, reject });
      // The rooms that write in this same turn of the event loop go in the first statement together.
      if (!this.flushing) {
        this.flushing = true;
        queueMicrotask(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch: Append[] = [];
      let rows = 0;
      while (
        this.waiting.length > 0 &&
        (batch.length === 0 || rows + this.waiting[0].records.length <= MAX_BATCH_ROWS)
      ) {
        const next = this.waiting.shift() as Append;
        batch.push(next);
        rows += next.records.length;
      }
      try {
        // A session new to this process, or whose last append failed, reads where it stands.
        for (const a of batch)
          if (!this.nextSeq.has(a.code)) this.nextSeq.set(a.code, (await this.lastSeq(a.code)) + 1);
        await this.write(batch);
        for (const a of batch) a.resolve();
      } catch (error) {
        if (batch.length > 1 && isDuplicate(error)) {
          // Which one? Each on its own: the others are written, the one written elsewhere first is refused.
          for (const a of batch)
            await this.write([a]).then(a.resolve, (e: unknown) => a.reject(this.failed(a.code, e)));
        } else for (const a of batch) a.reject(this.failed(a.code, error));
      }
    }
    this.flushing = false;
  }

  /** Why an append failed, as the journal's contract says; the session's next seq is read again next time. */
  private failed(code: string, error: unknown): unknown {
    this.nextSeq.delete(code);
    return isDuplicate(error)
      ? new JournalConflict(`session ${code}: another process wrote its next record`)
      : error;
  }

  /** One statement for the appends of several sessions: the new sessions' rows, the records, the end marks. */
  private async write(batch: readonly Append[]): Promise<void> {
    const values: unknown[] = [];
    const param = (value: unknown) => {
      values.push(value);
      return `$${values.length}`;
    };
    const sessions: string[] = [];
    const rows: string[] = [];
    const ended: string[] = [];
    const seqs = new Map<string, number>();
    for (const { code, records } of batch) {
      const first = seqs.get(code) ?? this.nextSeq.get(code);
      if (first === undefined) throw new Error(`session ${code}: its next record's place is not known`);
      const c = param(code);
      const created = records.find((r) => r.kind === 'created');
      if (created) sessions.push(`(${c}, ${param(Number(created.at))})`);
      records.forEach((record, i) => {
        rows.push(
          `(${c}, ${param(first + i)}, ${param(record.kind)}, ${param(JSON.stringify(record))}::json)`,
        );
      });
      if (records.some((r) => r.kind === 'ended')) ended.push(c);
      seqs.set(code, first + records.length);
    }
    const parts = [];
    if (sessions.length > 0)
      parts.push(`s AS (INSERT INTO sessions (code, created_at) VALUES ${sessions.join(', ')})`);
    parts.push(`r AS (INSERT INTO records (code, seq, kind, data) VALUES ${rows.join(', ')})`);
    const tail =
      ended.length > 0 ? `UPDATE sessions SET ended = TRUE WHERE code IN (${ended.join(', ')})` : 'SELECT 1';
    await this.pool.query(`WITH ${parts.join(', ')} ${tail}`, values);
    for (const [code, next] of seqs) this.nextSeq.set(code, next);
  }

  private async lastSeq(code: string): Promise<number> {
    const result = await this.pool.query<{ last: number | null }>(
      'SELECT MAX(seq) AS last FROM records WHERE code = $1',
      [code],
    );
    return result.rows[0]?.last ?? -1;
  }

  async openSessions(): Promise<string[]> {
    const result = await this.pool.query<{ code: string }>(
      'SELECT code FROM sessions WHERE NOT ended ORDER BY created_at, code',
    );
    return result.rows.map((r) => r.code);
  }

  async records(code: string): Promise<SessionRecord[]> {
    const result = await this.pool.query<{ data: SessionRecord }>(
      'SELECT data FROM records WHERE code = $1 ORDER BY seq',
      [code],
    );
    // Never backwards: an append of this process may have been written while the rows were read.
    this.nextSeq.set(code, Math.max(this.nextSeq.get(code) ?? 0, result.rows.length));
    return result.rows.map((r) => r.data);
  }

  async firstRecord(code: string): Promise<SessionRecord | null> {
    const result = await this.pool.query<{ data: SessionRecord }>(
      'SELECT data FROM records WHERE code = $1 AND seq = 0',
      [code],
    );
    return result.rows[0]?.data ?? null;
  }

  async claim(code: string, processId: string, leaseMs: number): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO room_leases (code, process_id, renewed_at) VALUES ($1, $2, now())
       ON CONFLICT (code) DO UPDATE SET process_id = EXCLUDED.process_id, renewed_at = now()
       WHERE room_leases.process_id = EXCLUDED.process_id
          OR room_leases.renewed_at < now() - make_interval(secs => $3)`,
      [code, processId, leaseMs / 1000],
    );
    return result.rowCount === 1;
  }

  async renew(processId: string): Promise<string[]> {
    const result = await this.pool.query<{ code: string }>(
      'UPDATE room_leases SET renewed_at = now() WHERE process_id = $1 RETURNING code',
      [processId],
    );
    return result.rows.map((r) => r.code);
  }

  async release(code: string, processId: string): Promise<void> {
    await this.pool.query('DELETE FROM room_leases WHERE code = $1 AND process_id = $2', [code, processId]);
  }

  async orphans(leaseMs: number): Promise<string[]> {
    const result = await this.pool.query<{ code: string }>(
      `SELECT s.code FROM sessions s LEFT JOIN room_leases l ON l.code = s.code
       WHERE NOT s.ended
         AND ((l.code IS NULL AND s.created_at < $2) OR l.renewed_at < now() - make_interval(secs => $1))
       ORDER BY s.created_at, s.code`,
      [leaseMs / 1000, Date.now() - leaseMs],
    );
    return result.rows.map((r) => r.code);
  }

  async serverKey(candidate: Buffer): Promise<Buffer> {
    await this.pool.query('INSERT INTO server_key (id, key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [
      candidate,
    ]);
    const result = await this.pool.query<{ key: Buffer }>('SELECT key FROM server_key WHERE id = 1');
    return result.rows[0].key;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
