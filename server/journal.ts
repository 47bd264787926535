/**
 * The live classroom's journal, whichever database keeps it: one append-only list of records per session. A
 * record is written here (the promise resolved) before any client hears of it; a room restored on any process
 * replays its session's records. Two back ends: SQLite in `<dataDir>/live.sqlite` (server/journal-sqlite.ts,
 * the embedded default of one process) and PostgreSQL when DATABASE_URL is a postgres:// address
 * (server/journal-postgres.ts, shared by every process and machine).
 */
import type { SessionRecord } from './records.ts';

export const JOURNAL_KINDS = ['sqlite', 'postgres'] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

export interface Journal {
  readonly kind: JournalKind;
  /** Whether a session ever had this code (live or ended): codes are never given out twice. */
  hasSession(code: string): Promise<boolean>;
  /**
   * Appends records of one session in one transaction: all or none. A new session starts with `created`.
   * Fails with a JournalConflict when another process wrote this session's next record first.
   */
  append(code: string, records: readonly SessionRecord[]): Promise<void>;
  /** The codes of the sessions not ended, oldest first. */
  openSessions(): Promise<string[]>;
  /** Whether the session exists and has not ended. */
  isOpen(code: string): Promise<boolean>;
  /** A session's records in order (and, for `append`, where the next one goes). */
  records(code: string): Promise<SessionRecord[]>;
  /** A session's first record (its `created`), or null, without reading the rest (a section copies its head's). */
  firstRecord(code: string): Promise<SessionRecord | null>;
  /**
   * Takes (or renews) the lease of a session's room for a process: false while another process holds a lease
   * renewed less than `leaseMs` ago. Used by several processes (server/cluster.ts), by the database's clock.
   */
  claim(code: string, processId: string, leaseMs: number): Promise<boolean>;
  /** Renews every lease of a process: the codes it still holds. */
  renew(processId: string): Promise<string[]>;
  /** Gives a lease up (the room closed here), so another process may restore it at once. */
  release(code: string, processId: string): Promise<void>;
  /**
   * The open sessions whose room no process holds: a lease not renewed for `leaseMs`, or none, for a session
   * created longer ago than that (its creator writes the session first, then claims its lease).
   */
  orphans(leaseMs: number): Promise<string[]>;
  /** The key that signs results: this database's, or `candidate` when it has none yet. */
  serverKey(candidate: Buffer): Promise<Buffer>;
  close(): Promise<void>;
}

/** Another process wrote this session's record first: the room here is out of date and must go. */
export class JournalConflict extends Error {
  readonly code = 'JOURNAL_CONFLICT';
}

/** Which back end an environment asks for: PostgreSQL for a postgres:// DATABASE_URL, else SQLite. */
export function journalKindOf(databaseUrl: string | undefined): JournalKind {
  if (databaseUrl === undefined || databaseUrl === '') return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return 'postgres';
  throw new Error(`DATABASE_URL must be a postgres:// address (or unset for SQLite in the data folder)`);
}

/** Opens the journal: PostgreSQL (migrations applied) for a postgres:// `databaseUrl`, else SQLite in `dataDir`. */
export async function openJournal(options: { dataDir: string; databaseUrl?: string }): Promise<Journal> {
  if (journalKindOf(options.databaseUrl) === 'postgres') {
    const { PostgresJournal } = await import('./journal-postgres.ts');
    return PostgresJournal.open(options.databaseUrl as string);
  }
  const { SqliteJournal } = await import('./journal-sqlite.ts');
  return new SqliteJournal(options.dataDir);
}
