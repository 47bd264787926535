/**
 * The records of a live session, as the journal keeps them (JSON) and as server/live-session.ts applies them:
 * every change of a session is one of these, decided first (with its time and any random values), written to
 * the journal, then applied. Replaying a session's records rebuilds it exactly.
 */
import type { ClassSession } from '../src/model/code/session-link.ts';
import type { Action } from '../src/model/types.ts';
import type { LiveConfig } from '../src/net/protocol.ts';

interface At {
  /** Server time, ms since 1970. */
  readonly at: number;
}

export type SessionRecord = At &
  (
    | {
        readonly kind: 'created';
        readonly code: string;
        /** The config without the scenario's text (kept once, in `scenarioText`). */
        readonly config: LiveConfig;
        /** The scenario file's text as it was when the session started (a shipped file may change later). */
        readonly scenarioText: string;
        readonly session: ClassSession;
        readonly teacherTokenHash: string;
        /**
         * A section of a class larger than one room (src/net/sections.ts): its head's code and its number (2…).
         * Absent for the head, and for a class of one room.
         */
        readonly section?: { readonly head: string; readonly n: number };
      }
    | { readonly kind: 'seat'; readonly id: string; readonly tokenHash: string; readonly name: string }
    | { readonly kind: 'placed'; readonly seat: string; readonly pair: number; readonly side: 0 | 1 }
    | {
        readonly kind: 'action';
        readonly pair: number;
        readonly action: Action;
        readonly byComputer: boolean;
      }
    | { readonly kind: 'chat'; readonly pair: number; readonly seat: string; readonly text: string }
    | { readonly kind: 'computer'; readonly pair: number; readonly side: 0 | 1 }
    | { readonly kind: 'paused' }
    | { readonly kind: 'resumed' }
    | { readonly kind: 'ended' }
  );

export type RecordKind = SessionRecord['kind'];
export type RecordOf<K extends RecordKind> = Extract<SessionRecord, { kind: K }>;
