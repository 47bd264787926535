/**
 * The live classroom's wire protocol: what the game, the teacher's page and the load test send to the server
 * (`npm run serve`, Colyseus 0.16) and what they get back. The server validates every message it receives with
 * the zod schemas here before it looks at it; what it sends is typed here so the clients and the server agree.
 *
 * One Colyseus room per live session, of room type `LIVE_ROOM`, with the class code as its room id: students
 * `joinById(code, StudentJoin)`, the teacher `joinById(code, TeacherJoin)` and creates it with
 * `create(LIVE_ROOM, CreateOptions)`. The room keeps each pair's game state and runs the model's `applyAction`;
 * a client only ever gets `viewFor` its own side (and, once the game is over, its result code).
 */
import * as z from 'zod/mini';
import type { ACTION_TYPES } from '../model/types.ts';
import { DIFFICULTIES } from '../model/vocabulary.ts';
import { MAX_CLASS_STUDENTS } from './sections.ts';

// The pages' CSP forbids eval: zod must not compile validators (src/content/schema.ts says the same). Set here,
// before the schemas below are built, since a schema reads the setting when it is made.
z.config({ jitless: true });
// zod/mini (the pages' smaller build, as in src/content/schema.ts) says only "Invalid input" without a locale:
// the refusals a client gets name what is wrong ("Too small: expected number to be >=0").
z.config(z.locales.en());

/** The room type a live session is created as. */
export const LIVE_ROOM = 'live';
/** The path under which the server answers health checks: 200 with `Health` as JSON. */
export const HEALTH_PATH = '/healthz';
/** The server's default port (`npm run serve -- --port N`, or `PORT`). */
export const DEFAULT_PORT = 2567;
/**
 * The path under which the game server talks: Colyseus' matchmaking (`/live/matchmake/…`) and its WebSockets
 * (`/live/<processId>/<roomId>?sessionId=…`). The dev server (`npm start`) proxies this path to the game server,
 * and nothing else of the site lives under it.
 */
export const LIVE_PATH = '/live';
/** `POST {code, signature}` → `VerifyResponse`: was this result code signed by this server? */
export const VERIFY_PATH = '/api/verify';

/**
 * The colyseus.js `Client` endpoint for a page served by the game server (or by the dev server, which proxies
 * it): the page's own origin, `ws:` or `wss:` like the page's `http:` or `https:`, under LIVE_PATH.
 */
export function liveEndpoint(loc: { protocol: string; host: string }): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}${LIVE_PATH}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Limits: every one is checked by the server; the clients check them first so a student sees why.

/** The largest WebSocket message the server reads, in bytes; a larger one closes the connection. */
export const MAX_MESSAGE_BYTES = 16 * 1024;
/** Messages one client may send: a burst of this many … */
export const RATE_BURST = 30;
/** … refilled at this many per second. A client over the limit gets `RATE_LIMITED` and the message is dropped. */
export const RATE_PER_SECOND = 10;
/** Chat lines and announcements are text (never HTML), at most this many characters after normalising. */
export const MAX_CHAT_LENGTH = 280;
/** The chat lines a pair's log keeps (the oldest go first). */
export const MAX_CHAT_LINES = 200;
/** Students on one side of a pair: 1 (pairs) to 4 (teams). The first to join proposes; the others suggest. */
export const MAX_TEAM_SIZE = 4;
/** A seat is kept for its student at least this long after the connection drops (reload, lid closed, Wi-Fi). */
export const SEAT_HOLD_MS = 10 * 60 * 1000;
/** Time per meeting the teacher may set, in seconds; 0 means no limit. */
export const MIN_MEETING_SECONDS = 30;
export const MAX_MEETING_SECONDS = 60 * 60;

// Class codes and sections: src/net/sections.ts.
export {
  CLASS_CODE_ALPHABET,
  CLASS_CODE_LENGTH,
  classPairOf,
  classSeatOf,
  LIVE_PARAM,
  MAX_CLASS_STUDENTS,
  MAX_SECTIONS,
  MAX_STUDENTS,
  normalizeClassCode,
  parseRoomId,
  sectionOfRefusal,
  sectionPairOf,
  sectionRoomId,
  sectionSeatOf,
} from './sections.ts';

/** The short link a student can type: `http://host:port/j/CODE` redirects to `index.html?live=CODE`. */
export const SHORT_LINK_PREFIX = '/j/';

// ---------------------------------------------------------------------------------------------------------------
// Creating and joining.

const text = (max: number) => z.string().check(z.maxLength(max * 4));
const token = z.string().check(z.regex(/^[A-Za-z0-9_-]{16,128}$/));

/** What the teacher chooses for a live session. */
export const LiveConfigSchema = z.strictObject({
  title: text(200),
  /** A shipped scenario by id, or a designer's file as its JSON text (checked like any loaded file). */
  scenario: z.union([
    z.strictObject({ shipped: z.string().check(z.maxLength(100)) }),
    z.strictObject({ json: z.string().check(z.maxLength(512 * 1024)) }),
  ]),
  /** 'auto': students are paired as they join; 'hand': the teacher places each student. */
  pairing: z.enum(['auto', 'hand']),
  /** Students per side: 1 for pairs, up to MAX_TEAM_SIZE for teams. */
  teamSize: z.int().check(z.minimum(1), z.maximum(MAX_TEAM_SIZE)),
  /** Seconds per meeting, 0 for no limit. When a side's time runs out the computer makes that one move for it. */
  meetingSeconds: z.union([
    z.literal(0),
    z.int().check(z.minimum(MIN_MEETING_SECONDS), z.maximum(MAX_MEETING_SECONDS)),
  ]),
  /** How hard the computer plays a side the teacher switched to it. */
  difficulty: z.enum(DIFFICULTIES),
});
export type LiveConfig = z.infer<typeof LiveConfigSchema>;

export const CreateOptionsSchema = z.strictObject({ config: LiveConfigSchema });
export type CreateOptions = z.infer<typeof CreateOptionsSchema>;

export const StudentJoinSchema = z.strictObject({
  role: z.literal('student'),
  name: text(40),
  /** The seat token from an earlier `Welcome`: rejoins that seat (reload, new connection, server restart). */
  seatToken: z.optional(token),
});
export type StudentJoin = z.infer<typeof StudentJoinSchema>;

export const TeacherJoinSchema = z.strictObject({ role: z.literal('teacher'), teacherToken: token });
export type TeacherJoin = z.infer<typeof TeacherJoinSchema>;

export const JoinOptionsSchema = z.discriminatedUnion('role', [StudentJoinSchema, TeacherJoinSchema]);
export type JoinOptions = z.infer<typeof JoinOptionsSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Client → server messages, by Colyseus message type.

const index = z.int().check(z.minimum(0), z.maximum(63));
const pkg = z.array(index).check(z.maxLength(64));
const side = text(40);

/** A move, shaped like the model's `Action`; the model then decides whether it is legal. */
export const ActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('propose'), side, package: pkg }),
  z.strictObject({ type: z.literal('accept'), side }),
  z.strictObject({ type: z.literal('reject'), side }),
  z.strictObject({ type: z.literal('walk-away'), side }),
  z.strictObject({ type: z.literal('red-line'), side, issue: index, level: index }),
  z.strictObject({ type: z.literal('link'), side, issue: index }),
  z.strictObject({ type: z.literal('back-channel'), side }),
]);
// Every action type of the model has a schema here (a new move fails this line until it is added above).
const _allTypes: Record<(typeof ACTION_TYPES)[number], true> = {
  propose: true,
  accept: true,
  reject: true,
  'walk-away': true,
  'red-line': true,
  link: true,
  'back-channel': true,
};

export const StudentMessages = {
  /** The lead of a side makes a move. `seq` is echoed in the `Ack` or `Refused` that answers it. */
  act: z.strictObject({
    seq: z.int().check(z.minimum(0), z.maximum(2 ** 31)),
    action: ActionSchema,
  }),
  /** The lead's levers as they move, before proposing: relayed to the lead's team (members see them move). */
  draft: z.strictObject({ package: pkg }),
  /** A team member suggests a package to the side's lead (shown to the team only). */
  suggest: z.strictObject({ package: pkg }),
  /** A chat line to the other side of the pair (the teacher sees it too). */
  chat: z.strictObject({ text: text(MAX_CHAT_LENGTH) }),
} as const;

/**
 * A pair as the teacher names it: its index, plus (section − 1) × MAX_STUDENTS in a class of several sections
 * (`classPair`, src/net/sections.ts).
 */
const classPair = z.int().check(z.minimum(0), z.maximum(MAX_CLASS_STUDENTS));

export const TeacherMessages = {
  pause: z.strictObject({}),
  resume: z.strictObject({}),
  /** An announcement (or a news item the teacher writes) to every student. */
  announce: z.strictObject({ title: text(120), text: text(MAX_CHAT_LENGTH) }),
  /** Ends the meeting in every pair still talking: the side to move gets the computer's move for this turn. */
  advance: z.strictObject({}),
  /** Places a student (by seat id) on a side of a pair (hand pairing, or moving a student). */
  assign: z.strictObject({
    seat: z.string().check(z.maxLength(64)),
    pair: classPair,
    side: z.union([z.literal(0), z.literal(1)]),
  }),
  /** The computer plays this side of this pair from now on (a partner who never arrived). */
  computer: z.strictObject({
    pair: classPair,
    side: z.union([z.literal(0), z.literal(1)]),
  }),
  /** Ends the session: games still going end with no deal ("the session ended"), results go to the dashboard. */
  end: z.strictObject({}),
} as const;

export type StudentMessageType = keyof typeof StudentMessages;
export type TeacherMessageType = keyof typeof TeacherMessages;

// Server → client messages: src/net/server-messages.ts.
export * from './server-messages.ts';

export const VerifyRequestSchema = z.strictObject({
  code: z.string().check(z.maxLength(20_000)),
  signature: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type VerifyRequest = z.infer<typeof VerifyRequestSchema>;
export interface VerifyResponse {
  readonly verified: boolean;
}

/** `GET /healthz`. */
export interface Health {
  readonly ok: true;
  readonly rooms: number;
  readonly clients: number;
  readonly uptimeSeconds: number;
  readonly version: string;
}

void _allTypes;
