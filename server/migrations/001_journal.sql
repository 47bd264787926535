-- The live classroom's journal (server/journal-postgres.ts): one append-only list of records per session.
-- sessions: one row per class code ever given out (codes are never given twice); ended once the teacher ends it.
CREATE TABLE sessions (
  code TEXT PRIMARY KEY,
  created_at BIGINT NOT NULL,
  ended BOOLEAN NOT NULL DEFAULT FALSE
);
-- records: every change of a session in order (seq from 0), as the JSON of server/records.ts (JSON, not JSONB: kept as written).
-- The primary key is what stops two processes that both think they hold a room from writing the same seq.
CREATE TABLE records (
  code TEXT NOT NULL REFERENCES sessions (code),
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  data JSON NOT NULL,
  PRIMARY KEY (code, seq)
);
CREATE INDEX sessions_open ON sessions (created_at) WHERE NOT ended;
-- The key that signs result codes, shared by every process and machine on this database (one row).
CREATE TABLE server_key (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  key BYTEA NOT NULL
);
