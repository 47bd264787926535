/**
 * The Colyseus room of one live session: a thin adapter around server/live-session.ts. It creates or restores
 * the session, rate-limits each connection, hands every message to the session (which validates it with the
 * protocol's zod schemas), writes the records to the journal, and only then sends what the session says to whom.
 * Nothing throws out of a handler: a bug is logged and the client gets a refusal.
 *
 * The journal is asynchronous (PostgreSQL): a message is decided and applied at once, in arrival order, and what
 * it says is sent once its records are written (group commit: `afterWrite`). A journal conflict (another process
 * holds this session now) closes the room here; its clients rejoin the one that holds it.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { type AuthContext, type Client, Room } from '@colyseus/core';
import {
  CLASS_CODE_ALPHABET,
  CLASS_CODE_LENGTH,
  CreateOptionsSchema,
  type JoinOptions,
  JoinOptionsSchema,
  MAX_STUDENTS,
  type Refused,
} from '../src/net/protocol.ts';
import { type Journal, JournalConflict } from './journal.ts';
import { hashToken, newToken, sameHash, signCode } from './keys.ts';
import { LiveSession } from './live-session.ts';
import { RateLimit } from './rate-limit.ts';
import type { SessionRecord } from './records.ts';
import { type LeaseContext, type LogEvent, RoomLease } from './room-lease.ts';
import { scenarioFromText, shippedText } from './scenarios.ts';
import type { Handled, Outbound, SessionDeps } from './session-types.ts';

export type { LogEvent } from './room-lease.ts';
export { SESSIONS_CHANNEL, type SessionSummary } from './room-lease.ts';

/** What every room of one server shares: the journal, the key, the rooms, and the secret that marks a restore. */
export interface RoomContext extends LeaseContext {
  readonly journal: Journal;
  readonly key: Buffer;
  /** Only the server itself knows it: a client cannot ask for a "restore" of a session. */
  readonly restoreNonce: string;
  readonly rooms: Set<LiveRoom>;
  readonly log: LogEvent;
  /**
   * The event's page addresses a student may rejoin through (the protocol's `servers`), for a join that came with
   * these HTTP headers; absent with one process and no PUBLIC_URLS.
   */
  readonly servers?: (headers: AuthContext['headers']) => Promise<readonly string[]>;
}

type UserData = { role: 'teacher' } | { role: 'student'; seat: string };
type AuthData =
  | { role: 'teacher'; creator: boolean }
  | { role: 'student'; join: Extract<JoinOptions, { role: 'student' }>; headers: AuthContext['headers'] };

/** How often the room looks for moves that are due (time ran out, the computer's turn). */
const TICK_MS = 200;
/** The board goes to the teacher at most this often (it changes with every move of every pair). */
const BOARD_MS = 100;

/** An error a join or create is refused with: the message starts with the code (`refusalCode` reads it). */
const refusal = (code: string, message: string) => new Error(`${code}: ${message}`);

/** What to send once a write is done, and the promise of whoever waits for it. */
interface Pending {
  readonly send: () => void;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export class LiveRoom extends Room<object, unknown, UserData, AuthData> {
  static context: RoomContext;
  session!: LiveSession;
  private ctx!: RoomContext;
  private teacherToken: string | null = null;
  private readonly rate = new RateLimit<Client>();
  private readonly seatClients = new Map<string, Set<Client>>();
  private readonly teachers = new Set<Client>();
  private tickTimer: NodeJS.Timeout | null = null;
  private boardTimer: NodeJS.Timeout | null = null;
  private lease!: RoomLease;
  private gone = false;
  /** A journal write under way, and the records (and what to send after them) waiting for the next one. */
  private writing = false;
  private nextBatch: { records: SessionRecord[]; callbacks: Pending[] } | null = null;

  override async onCreate(options: unknown): Promise<void> {
    this.ctx = (this.constructor as typeof LiveRoom).context;
    this.lease = new RoomLease(this.ctx);
    this.autoDispose = false;
    this.maxClients = MAX_STUDENTS * 2;
    const restore = options as { restore?: unknown; nonce?: unknown };
    if (typeof restore.restore === 'string' && restore.nonce === this.ctx.restoreNonce)
      await this.restore(restore.restore);
    else await this.create(options);
    this.ctx.rooms.add(this);
    this.onMessage('*', (client, type, message) => this.onAny(client, String(type), message));
    this.tickTimer = setInterval(() => this.tick(), TICK_MS);
  }

  private deps(): SessionDeps {
    const key = this.ctx.key;
    return { newToken, hashToken, sign: (code) => signCode(key, code) };
  }

  private async create(options: unknown): Promise<void> {
    const parsed = CreateOptionsSchema.safeParse(options);
    if (!parsed.success) throw refusal('MALFORMED_MESSAGE', 'a live session is created with {config}');
    const config = parsed.data.config;
    const text = 'shipped' in config.scenario ? shippedText(config.scenario.shipped) : config.scenario.json;
    if (text === null) throw refusal('BAD_SCENARIO', 'there is no such shipped scenario');
    const scenario = scenarioFromText(text);
    if (!scenario.ok) throw refusal('BAD_SCENARIO', scenario.error);
    const code = await this.freshCode();
    this.teacherToken = newToken();
    const created = LiveSession.createdRecord({
      code,
      config,
      scenario: scenario.value,
      scenarioText: text,
      seed: randomBytes(12).toString('base64url'),
      teacherTokenHash: hashToken(this.teacherToken),
      at: Date.now(),
    });
    await this.ctx.journal.append(code, [created]);
    if (!(await this.lease.claim(code)))
      throw refusal('SERVER_ERROR', 'the session could not start: try again');
    this.session = new LiveSession(created, scenario.value, this.deps());
    this.roomId = code;
    this.ctx.log('session.created', { code, scenario: scenario.value.id, pairing: config.pairing });
  }

  private async freshCode(): Promise<string> {
    for (;;) {
      let code = '';
      for (let i = 0; i < CLASS_CODE_LENGTH; i++)
        code += CLASS_CODE_ALPHABET[randomInt(CLASS_CODE_ALPHABET.length)];
      if (!(await this.ctx.journal.hasSession(code))) return code;
    }
  }

  private async restore(code: string): Promise<void> {
    const records = await this.ctx.journal.records(code);
    const created = records[0];
    if (created?.kind !== 'created') throw new Error(`the journal of ${code} does not start with created`);
    const scenario = scenarioFromText(created.scenarioText);
    if (!scenario.ok) throw new Error(`the scenario of ${code} no longer loads: ${scenario.error}`);
    this.session = new LiveSession(created, scenario.value, this.deps());
    this.session.commit(records.slice(1));
    this.session.restarted(Date.now());
    this.roomId = code;
    this.ctx.log('session.restored', { code, records: records.length, pairs: this.session.pairs.length });
  }

  /** Called through the presence by a process that could not find this room's listing (Redis restarted). */
  async relist(): Promise<boolean> {
    if (this.gone) return false;
    await this.listing.save();
    return true;
  }

  override onAuth(_client: Client, options: unknown, context: AuthContext): AuthData {
    if (this.teacherToken !== null && CreateOptionsSchema.safeParse(options).success)
      return { role: 'teacher', creator: true };
    const parsed = JoinOptionsSchema.safeParse(options);
    if (!parsed.success)
      throw refusal(
        'MALFORMED_MESSAGE',
        'join as {role: "student", name} or {role: "teacher", teacherToken}',
      );
    const join = parsed.data;
    if (join.role === 'teacher') {
      if (!sameHash(hashToken(join.teacherToken), this.session.teacherTokenHash))
        throw refusal('NOT_TEACHER', 'this is not the teacher link of this session');
      return { role: 'teacher', creator: false };
    }
    return { role: 'student', join, headers: context.headers };
  }

  override onJoin(client: Client<UserData, AuthData>, _options: unknown, auth: AuthData): Promise<void> {
    if (auth.role === 'teacher') {
      const greeting = this.session.greetTeacher();
      const creator = auth.creator && this.teacherToken !== null ? this.teacherToken : null;
      if (creator !== null) this.teacherToken = null;
      return this.afterWrite([], () => {
        client.userData = { role: 'teacher' };
        this.teachers.add(client);
        this.dispatch(greeting, client);
        if (creator !== null) client.send('created', { code: this.session.code, teacherToken: creator });
      });
    }
    if (this.gone) throw refusal('SERVER_ERROR', 'this class is moving to another server: try again');
    const { seat, token, handled } = this.session.join(auth.join, Date.now());
    const refused = handled.outbound.find((o) => o.type === 'refused');
    if (refused) throw refusal((refused.message as Refused).code, (refused.message as Refused).message);
    const out = this.session.commit(handled.records);
    const greeting = this.session.greet(seat, token);
    const others = this.session.connect(seat, 1);
    return this.afterWrite(handled.records, () => {
      client.userData = { role: 'student', seat };
      const set = this.seatClients.get(seat) ?? new Set<Client>();
      this.seatClients.set(seat, set);
      set.add(client);
      // The joining seat's own messages are in its greeting (the current lobby and game).
      this.dispatch([...out, ...others].filter((o) => !('seat' in o.to && o.to.seat === seat)));
      this.dispatch(greeting, client);
      this.scheduleBoard();
      this.ctx.servers?.(auth.headers).then(
        (urls) => urls.length > 0 && client.send('servers', { urls }),
        () => {},
      );
    }).catch(() => {
      throw refusal('SERVER_ERROR', 'the server could not save your seat: try again');
    });
  }

  override onLeave(client: Client<UserData, AuthData>): void {
    this.safely(client, () => {
      const data = client.userData;
      if (!data) return;
      if (data.role === 'teacher') {
        this.teachers.delete(client);
        return;
      }
      this.seatClients.get(data.seat)?.delete(client);
      const out = this.session.connect(data.seat, -1);
      this.afterWrite([], () => {
        this.dispatch(out);
        this.scheduleBoard();
      }).catch(() => {});
    });
  }

  /** Closes this copy of the room without giving its lease up: another process holds the session now. */
  drop(): void {
    if (this.gone) return;
    this.gone = true;
    this.disconnect().catch(() => {});
  }

  override onDispose(): void {
    if (!this.gone && this.session) this.lease?.release(this.session.code);
    this.gone = true;
    if (this.tickTimer) clearInterval(this.tickTimer);
    if (this.boardTimer) clearTimeout(this.boardTimer);
    this.lease?.stop();
    this.ctx?.rooms.delete(this);
  }

  /** Open connections: students and teachers. */
  connectionCount(): number {
    return this.clients.length;
  }

  private onAny(client: Client<UserData, AuthData>, type: string, message: unknown): void {
    if (!this.rate.take(client, Date.now())) {
      client.send('refused', { code: 'RATE_LIMITED', message: 'too many messages: slow down' });
      return;
    }
    this.safely(client, () => {
      const data = client.userData;
      if (!data || this.gone) return;
      const sender =
        data.role === 'teacher'
          ? ({ kind: 'teacher' } as const)
          : ({ kind: 'seat', seat: data.seat } as const);
      this.run(this.session.handle(sender, type, message, Date.now()), client);
    });
  }

  /**
   * Applies a decision at once (the next message is decided on the session as this one leaves it) and sends
   * what it says once its records are in the journal.
   */
  private run(handled: Handled, client?: Client): void {
    const out = this.session.commit(handled.records);
    this.afterWrite(handled.records, () => {
      this.dispatch(handled.outbound, client);
      this.dispatch(out);
      if (handled.records.length > 0) this.scheduleBoard();
    }).catch(() => {
      client?.send('refused', { code: 'SERVER_ERROR', message: 'the server could not save this: try again' });
    });
  }

  /**
   * Group commit: `send` runs once `records`, and every record applied before them, are in the journal, in
   * the order the decisions were made. Records that arrive while a write is under way go together in the next
   * one (one transaction), so a slower database costs a little latency, not a queue. A failed write leaves the
   * session here ahead of its journal: the room is dropped and restored from the journal (its clients rejoin);
   * nobody heard of what was not written.
   */
  private afterWrite(records: readonly SessionRecord[], send: () => void): Promise<void> {
    if (this.gone) return Promise.reject(new Error('the room is closing'));
    return new Promise<void>((resolve, reject) => {
      const callback = { send, resolve, reject };
      if (!this.writing && this.nextBatch === null && records.length === 0) {
        this.runCallback(callback);
        return;
      }
      this.nextBatch ??= { records: [], callbacks: [] };
      this.nextBatch.records.push(...records);
      this.nextBatch.callbacks.push(callback);
      if (!this.writing) void this.flush();
    });
  }

  private runCallback(callback: Pending): void {
    try {
      callback.send();
      callback.resolve();
    } catch (error) {
      this.ctx.log('room.error', { code: this.session.code, error: String(error) });
      callback.reject(error);
    }
  }

  private async flush(): Promise<void> {
    this.writing = true;
    while (this.nextBatch !== null) {
      const batch = this.nextBatch;
      this.nextBatch = null;
      try {
        if (batch.records.length > 0) await this.ctx.journal.append(this.session.code, batch.records);
      } catch (error) {
        const conflict = error instanceof JournalConflict;
        this.ctx.log(conflict ? 'session.conflict' : 'journal.error', {
          code: this.session.code,
          error: String(error),
        });
        this.writing = false;
        const waiting = this.nextBatch as typeof batch | null;
        const failed = [...batch.callbacks, ...(waiting?.callbacks ?? [])];
        this.nextBatch = null;
        for (const c of failed) c.reject(error);
        this.drop();
        this.lease.failed(this.session.code, conflict);
        return;
      }
      for (const callback of batch.callbacks) this.runCallback(callback);
    }
    this.writing = false;
  }

  private dispatch(outbound: readonly Outbound[], sender?: Client): void {
    for (const o of outbound) {
      if ('sender' in o.to) sender?.send(o.type, o.message);
      else if ('teacher' in o.to) for (const t of this.teachers) t.send(o.type, o.message);
      else for (const c of this.seatClients.get(o.to.seat) ?? []) c.send(o.type, o.message);
    }
  }

  private tick(): void {
    this.safely(undefined, () => {
      if (this.gone) return;
      const records = this.session.due(Date.now());
      if (records.length > 0) this.run({ records, outbound: [] });
    });
  }

  private scheduleBoard(): void {
    this.lease.scheduleSummary(
      this.presence,
      () => this.session,
      (send) => void this.afterWrite([], send).catch(() => {}),
    );
    if (this.teachers.size === 0 || this.boardTimer) return;
    this.boardTimer = setTimeout(() => {
      this.boardTimer = null;
      this.safely(undefined, () => {
        // The board as the session is now, sent once everything it shows is in the journal.
        const board = this.session.board();
        this.afterWrite([], () => {
          for (const t of this.teachers) t.send('board', board);
        }).catch(() => {});
      });
    }, BOARD_MS);
  }

  private async safely(client: Client | undefined, work: () => void | Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.ctx.log('room.error', {
        code: this.session?.code ?? null,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      client?.send('refused', {
        code: 'SERVER_ERROR',
        message: 'the server met a problem: nothing was changed',
      });
    }
  }
}

/** The room class of one server, with its context. */
export function liveRoomClass(context: RoomContext): typeof LiveRoom {
  return class extends LiveRoom {
    static override context = context;
  };
}
