/**
 * The live classroom's journal: one append-only list of records per session in `<dataDir>/live.sqlite`
 * (better-sqlite3, WAL). A record is written here before any client hears of it; on start the server replays
 * the records of every session not ended, so every room is as it was (server/live-session.ts applies them).
 *
 * WAL with synchronous=NORMAL: a committed record survives the process being killed (SIGKILL); a power cut may
 * lose the last moments.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SessionRecord } from './records.ts';

export const JOURNAL_FILE = 'live.sqlite';

export class Journal {
  private readonly db: Database.Database;
  private readonly insertSession: Database.Statement;
  private readonly insertRecord: Database.Statement;
  private readonly nextSeq = new Map<string, number>();

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, JOURNAL_FILE));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
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
    `);
    this.insertSession = this.db.prepare('INSERT INTO sessions (code, created_at) VALUES (?, ?)');
    this.insertRecord = this.db.prepare('INSERT INTO records (code, seq, kind, data) VALUES (?, ?, ?, ?)');
  }

  /** Whether a session ever had this code (live or ended): codes are never given out twice. */
  hasSession(code: string): boolean {
    return this.db.prepare('SELECT 1 FROM sessions WHERE code = ?').get(code) !== undefined;
  }

  /** Appends records of one session in one transaction: all or none. A new session starts with `created`. */
  append(code: string, records: readonly SessionRecord[]): void {
    if (records.length === 0) return;
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
  }

  private seqOf(code: string): number {
    const known = this.nextSeq.get(code);
    if (known !== undefined) return known;
    const row = this.db.prepare('SELECT MAX(seq) AS last FROM records WHERE code = ?').get(code) as {
      last: number | null;
    };
    return row.last === null ? 0 : row.last + 1;
  }

  /** The codes of the sessions not ended, oldest first. */
  openSessions(): string[] {
    const rows = this.db.prepare('SELECT code FROM sessions WHERE ended = 0 ORDER BY created_at, code').all();
    return (rows as { code: string }[]).map((r) => r.code);
  }

  /** A session's records in order. */
  records(code: string): SessionRecord[] {
    const rows = this.db.prepare('SELECT data FROM records WHERE code = ? ORDER BY seq').all(code);
    return (rows as { data: string }[]).map((r) => JSON.parse(r.data) as SessionRecord);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
