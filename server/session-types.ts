/**
 * The shapes a live session shares between its parts (server/live-session.ts and the session-*.ts beside it):
 * seats, pairs, what to send to whom, and the refusal every check returns.
 */
import type { GameState } from '../src/model/types.ts';
import type { LiveErrorCode, ServerMessages, ServerMessageType } from '../src/net/protocol.ts';
import type { SessionRecord } from './records.ts';

/** How long the computer waits before it plays a side the teacher gave it (so its move can be seen). */
export const COMPUTER_DELAY_MS = 1500;

export interface SessionDeps {
  readonly newToken: () => string;
  readonly hashToken: (token: string) => string;
  readonly sign: (code: string) => string;
}

/** Who gets a message: every connection of a seat, the teacher's connections, or the one that sent the message. */
export type Recipient = { readonly seat: string } | { readonly teacher: true } | { readonly sender: true };
export type Outbound = {
  [K in ServerMessageType]: { readonly to: Recipient; readonly type: K; readonly message: ServerMessages[K] };
}[ServerMessageType];
export type Sender = { readonly kind: 'teacher' } | { readonly kind: 'seat'; readonly seat: string };

/** What a message leads to: records to journal (then `commit`), and what to send once they are journaled. */
export interface Handled {
  readonly records: SessionRecord[];
  readonly outbound: Outbound[];
}

export interface SeatState {
  readonly id: string;
  readonly tokenHash: string;
  readonly name: string;
  pair: number | null;
  side: 0 | 1 | null;
}

export interface PairState {
  readonly index: number;
  readonly sides: [string[], string[]];
  readonly computer: [boolean, boolean];
  game: GameState | null;
  /** When the side to move runs out of time (or the computer plays it), server ms; null for none. */
  deadline: number | null;
  readonly chat: ServerMessages['chat'][];
  result: ServerMessages['result'] | null;
}

export const refuse = (code: LiveErrorCode, message: string, seq?: number): Handled => ({
  records: [],
  outbound: [
    {
      to: { sender: true },
      type: 'refused',
      message: seq === undefined ? { code, message } : { code, message, seq },
    },
  ],
});

/** Text as it is kept: NFC, no control or invisible format characters, inner white space as one space, trimmed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/(?!\u200d)\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
