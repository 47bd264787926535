/**
 * The live protocol's server → client messages (re-exported by src/net/protocol.ts, where the rest of the
 * protocol is): the refusal codes and every payload the server sends, typed so the clients and the server agree.
 */
import type { ClassSession } from '../model/code/session-link.ts';
import type { Scenario } from '../model/scenario.ts';
import { ACTION_ERROR_CODES, type ActionErrorCode, type GameEvent } from '../model/types.ts';
import type { ViewState } from '../model/view.ts';
import type { LiveConfig } from './protocol.ts';

/** Errors that are not the model's: the model's own come with its `ActionErrorCode`. */
export const NET_ERROR_CODES = [
  'MALFORMED_MESSAGE',
  'UNKNOWN_MESSAGE',
  'RATE_LIMITED',
  'NOT_YOUR_SEAT',
  'NOT_THE_LEAD',
  'NO_GAME',
  'PAUSED',
  'NOT_TEACHER',
  'SESSION_FULL',
  'SESSION_ENDED',
  /** A new student of a class larger than one room: join the section the message names (src/net/sections.ts). */
  'IN_SECTION',
  'NAME_EMPTY',
  'BAD_SCENARIO',
  /** The server met a problem of its own (logged there); nothing was changed: try again. */
  'SERVER_ERROR',
] as const;
export type NetErrorCode = (typeof NET_ERROR_CODES)[number];
export type LiveErrorCode = ActionErrorCode | NetErrorCode;
export const LIVE_ERROR_CODES: readonly LiveErrorCode[] = [...ACTION_ERROR_CODES, ...NET_ERROR_CODES];

/** A message or move refused, with the reason; the state is as it was. `seq` is the refused move's. */
export interface Refused {
  readonly code: LiveErrorCode;
  readonly message: string;
  readonly seq?: number;
}

/** The seat a student was given: kept by the client (localStorage) to rejoin it. */
export interface Seat {
  readonly token: string;
  /** The seat's id in the session (what the teacher's board and `assign` name). */
  readonly id: string;
  readonly name: string;
  /** The pair, or null while the student waits to be placed. */
  readonly pair: number | null;
  readonly side: 0 | 1 | null;
  /** The lead proposes for the side; members see the levers move and suggest. */
  readonly role: 'lead' | 'member';
}

export interface Person {
  readonly seat: string;
  readonly name: string;
  readonly connected: boolean;
  readonly role: 'lead' | 'member';
}

/** What a student sees of the session and their pair, sent on every change. */
export interface Lobby {
  readonly title: string;
  readonly seat: Seat;
  /** Both sides of the student's pair (empty while unplaced); `computer` when the computer plays a side. */
  readonly sides: readonly [readonly Person[], readonly Person[]] | null;
  readonly computer: readonly [boolean, boolean];
  readonly started: boolean;
  readonly paused: boolean;
  readonly ended: boolean;
  /** Who the student waits for, in words the game shows ("Waiting for a partner for Japan"), or null. */
  readonly waitingFor: string | null;
  /** When the current meeting's time runs out (server clock, ms since 1970), or null with no limit. */
  readonly deadline: number | null;
}

/** The game as the student's side sees it: sent when the game starts and to a student who (re)joins. */
export interface GameStart {
  /** The scenario, with the other side's private numbers replaced by public estimates (`redactedScenario`). */
  readonly scenario: Scenario;
  readonly side: 0 | 1;
  readonly state: ViewState;
  readonly chat: readonly ChatLine[];
}

/** One applied step: the new view and the events the side may see. */
export interface Step {
  readonly state: ViewState;
  readonly events: readonly GameEvent[];
  /** Set when the computer made the move (time ran out, or the teacher switched the side to it). */
  readonly byComputer?: boolean;
}

export interface Ack {
  readonly seq: number;
}

export interface ChatLine {
  /** The pair the line belongs to (the teacher gets the lines of every pair). */
  readonly pair: number;
  readonly side: 0 | 1;
  readonly name: string;
  readonly text: string;
  /** Server time, ms since 1970. */
  readonly at: number;
}

/** The lead's levers, relayed to the team. */
export interface Draft {
  readonly package: readonly number[];
}

export interface Suggestion {
  readonly from: string;
  readonly package: readonly number[];
}

export interface Announcement {
  readonly title: string;
  readonly text: string;
  readonly at: number;
}

/** The game is over: the pair's result code (one per game, named by the pair), signed by the server. */
export interface LiveResult {
  readonly pair: number;
  readonly code: string;
  /** HMAC-SHA256 of the code with the server's key (hex): "verified by the server". */
  readonly signature: string;
}

/** What the teacher gets after `create`: the class code and the secret teacher token (keep it: it rejoins). */
export interface Created {
  readonly code: string;
  readonly teacherToken: string;
}

export interface BoardPair {
  /** To the teacher, in a class of several sections: the class's pair number (`classPair`, sections.ts). */
  readonly pair: number;
  readonly sides: readonly [readonly Person[], readonly Person[]];
  readonly computer: readonly [boolean, boolean];
  readonly started: boolean;
  /** Meeting index (0-based), whose move, the last offer's package, both approvals, and the outcome. */
  readonly meeting: number;
  readonly toMove: 0 | 1 | null;
  readonly lastOffer: readonly number[] | null;
  readonly approval: readonly [number, number];
  readonly outcome: 'deal' | 'no-deal' | null;
}

/** The teacher's live board, sent on every change. */
export interface Board {
  readonly code: string;
  readonly title: string;
  readonly config: LiveConfig;
  readonly pairs: readonly BoardPair[];
  /** Students not yet placed in a pair (hand pairing, or waiting for a partner side). */
  readonly waiting: readonly Person[];
  readonly paused: boolean;
  readonly ended: boolean;
  /**
   * The session's settings for the dashboard (the teacher's page stores it with its sessions, so codes of this
   * session verify). Every pair plays the class seed; each game gives one result, named by its pair.
   */
  readonly session: ClassSession;
}

/**
 * The event's server processes a student may rejoin through when its own one is lost (sent after each join,
 * with several processes): page addresses (`http(s)://host:port`), the one the student used among them. Clients
 * that do not know this message ignore it.
 */
export interface Servers {
  readonly urls: readonly string[];
}

/** Server → client message types and their payloads. */
export interface ServerMessages {
  readonly refused: Refused;
  readonly welcome: Seat;
  readonly lobby: Lobby;
  readonly game: GameStart;
  readonly step: Step;
  readonly ack: Ack;
  readonly chat: ChatLine;
  readonly draft: Draft;
  readonly suggestion: Suggestion;
  readonly announce: Announcement;
  readonly result: LiveResult;
  readonly created: Created;
  readonly board: Board;
  readonly servers: Servers;
}
export type ServerMessageType = keyof ServerMessages;

/**
 * A refused `create` or join rejects the colyseus.js promise with an error whose message starts with the code:
 * `"NAME_EMPTY: type your name"`. This reads the code back (null for Colyseus' own errors, e.g. no such room).
 */
export function refusalCode(message: string): LiveErrorCode | null {
  const code = /^([A-Z_]+):/.exec(message)?.[1];
  return code !== undefined && (LIVE_ERROR_CODES as readonly string[]).includes(code)
    ? (code as LiveErrorCode)
    : null;
}
