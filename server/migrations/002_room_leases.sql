-- Which process holds each session's room (server/cluster.ts): a lease the holder renews every second. Another
-- process may restore the room only once the lease has run out (its process died), so a Redis restart, which
-- loses Colyseus' room listings, never leads to a second copy of a live room.
CREATE TABLE room_leases (
  code TEXT PRIMARY KEY REFERENCES sessions (code),
  process_id TEXT NOT NULL,
  renewed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX room_leases_process ON room_leases (process_id);
