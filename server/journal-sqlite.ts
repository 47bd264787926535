/**
 * The journal in SQLite (better-sqlite3, WAL): `<dataDir>/live.sqlite`, the embedded default of one server
 * process (see server/journal.ts for the contract). The calls are synchronous underneath; the interface is async
 * so the same room code runs on PostgreSQL.
 *
 * WAL with synchronous=NORMAL: a committed record survives the process being killed (SIGKILL); a power cut may
 * lose the last moments.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type Journal, JournalConflict } from './journal.ts';
import type { SessionRecord } from './records.ts';

export const JOURNAL_FILE = 'live.sqlite';

export class SqliteJournal implements Journal {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly insertSession: Database.Statement;
  private readonly insertRecord: Database.Statement;
  private readonly nextSeq = new Map<string, number>();

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, JOURNAL_FILE));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS sessions (
        code TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL,
        ended INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE IF NOT EXISTS records (
        code TEXT NOT NULL,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (code, seq)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS room_leases (
        code TEXT PRIMARY KEY,
        process_id TEXT NOT NULL,
        renewed_at INTEGER NOT NULL
      );
    `);
    this.insertSession = this.db.prepare('INSERT INTO sessions (code, created_at) VALUES (?, ?)');
    this.insertRecord = this.db.prepare('INSERT INTO records (code, seq, kind, data) VALUES (?, ?, ?, ?)');
  }

  async hasSession(code: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM sessions WHERE code = ?').get(code) !== undefined;
  }

  async isOpen(code: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM sessions WHERE code = ? AND ended = 0').get(code) !== undefined;
  }

  async append(code: string, records: readonly SessionRecord[]): Promise<void> {
    if (records.length === 0) return;
    try {
      this.db.transaction(() => {
        let seq = this.seqOf(code);
        for (const record of records) {
          if (record.kind === 'created') this.insertSession.run(code, record.at);
          this.insertRecord.run(code, seq, record.kind, JSON.stringify(record));
          seq++;
        }
        if (records.some((r) => r.kind === 'ended'))
          this.db.prepare('UPDATE sessions SET ended = 1 WHERE code = ?').run(code);
        this.nextSeq.set(code, seq);
      })();
    } catch (error) {
      this.nextSeq.delete(code);
      if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
        throw new JournalConflict(`session ${code}: another process wrote its next record`);
      throw error;
    }
  }

  private seqOf(code: string): number {
    const known = this.nextSeq.get(code);
    if (known !== undefined) return known;
    const row = this.db.prepare('SELECT MAX(seq) AS last FROM records WHERE code = ?').get(code) as {
      last: number | null;
    };
    return row.last === null ? 0 : row.last + 1;
  }

  async openSessions(): Promise<string[]> {
    const rows = this.db.prepare('SELECT code FROM sessions WHERE ended = 0 ORDER BY created_at, code').all();
    return (rows as { code: string }[]).map((r) => r.code);
  }

  async records(code: string): Promise<SessionRecord[]> {
    const rows = this.db.prepare('SELECT data FROM records WHERE code = ? ORDER BY seq').all(code);
    this.nextSeq.set(code, rows.length);
    return (rows as { data: string }[]).map((r) => JSON.parse(r.data) as SessionRecord);
  }

  async firstRecord(code: string): Promise<SessionRecord | null> {
    const row = this.db.prepare('SELECT data FROM records WHERE code = ? AND seq = 0').get(code) as
      | { data: string }
      | undefined;
    return row ? (JSON.parse(row.data) as SessionRecord) : null;
  }

  async claim(code: string, processId: string, leaseMs: number): Promise<boolean> {
    const now = Date.now();
    const result = this.db
      .prepare(
        `INSERT INTO room_leases (code, process_id, renewed_at) VALUES (?, ?, ?)
         ON CONFLICT (code) DO UPDATE SET process_id = excluded.process_id, renewed_at = excluded.renewed_at
         WHERE room_leases.process_id = excluded.process_id OR room_leases.renewed_at < ?`,
      )
      .run(code, processId, now, now - leaseMs);
    return result.changes === 1;
  }

  async renew(processId: string): Promise<string[]> {
    this.db.prepare('UPDATE room_leases SET renewed_at = ? WHERE process_id = ?').run(Date.now(), processId);
    const rows = this.db.prepare('SELECT code FROM room_leases WHERE process_id = ?').all(processId);
    return (rows as { code: string }[]).map((r) => r.code);
  }

  async release(code: string, processId: string): Promise<void> {
    this.db.prepare('DELETE FROM room_leases WHERE code = ? AND process_id = ?').run(code, processId);
  }

  async orphans(leaseMs: number): Promise<string[]> {
    const rows = this.db
      .prepare(
        `SELECT s.code FROM sessions s LEFT JOIN room_leases l ON l.code = s.code
         WHERE s.ended = 0 AND ((l.code IS NULL AND s.created_at < ?) OR l.renewed_at < ?)
         ORDER BY s.created_at, s.code`,
      )
      .all(Date.now() - leaseMs, Date.now() - leaseMs);
    return (rows as { code: string }[]).map((r) => r.code);
  }

  async serverKey(candidate: Buffer): Promise<Buffer> {
    return candidate;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
