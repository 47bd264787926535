/**
 * Structured logs of the live classroom server: one JSON object per line on stderr, `{"time", "level", "event",
 * "pid", ...fields}`. Fields carry class codes, counts and errors; the only personal data is what students typed
 * as their names (and not even those in the events logged today). Quiet (tests) writes nothing.
 */
import type { LogEvent } from './live-room.ts';

export const ERROR_EVENTS = new Set(['room.error', 'journal.error', 'restore.error', 'redis.error']);

export function jsonLog(quiet = false, write = (line: string) => process.stderr.write(line)): LogEvent {
  if (quiet) return () => {};
  return (event, fields = {}) => {
    const level = ERROR_EVENTS.has(event) ? 'error' : 'info';
    write(
      `${JSON.stringify({ time: new Date().toISOString(), level, event, pid: process.pid, ...fields })}\n`,
    );
  };
}

/** Colyseus' own log lines (its `logger` option) as JSON lines too: `{"event": "colyseus", "message"}`. */
export function colyseusLogger(log: LogEvent) {
  const line =
    (level: string) =>
    (...args: unknown[]) =>
      log('colyseus', {
        colyseusLevel: level,
        message: args
          .map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : JSON.stringify(a)))
          .join(' '),
      });
  return { debug: () => {}, trace: () => {}, info: line('info'), warn: line('warn'), error: line('error') };
}
