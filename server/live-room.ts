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
import { type AuthContext, type Client, Room } from '@colyseus/core';
import {
  CreateOptionsSchema,
  JoinOptionsSchema,
  MAX_STUDENTS,
  type Refused,
  type TeacherMessageType,
} from '../src/net/protocol.ts';
import { type ClassHead, type ClassSection, linkClass } from './class-sections.ts';
import { corkUntilTick } from './cork.ts';
import { JournalConflict } from './journal.ts';
import { hashToken, newToken, sameHash, signCode } from './keys.ts';
import type { LiveSession } from './live-session.ts';
import { RateLimit } from './rate-limit.ts';
import type { SessionRecord } from './records.ts';
import { refusal, sessionFor } from './room-birth.ts';
import type { AuthData, RoomContext, UserData } from './room-context.ts';
import { RoomLease } from './room-lease.ts';
import type { Handled, Outbound, SessionDeps } from './session-types.ts';
import { WriteQueue } from './write-queue.ts';

export type { RoomContext } from './room-context.ts';
export type { LogEvent } from './room-lease.ts';
export { SESSIONS_CHANNEL, type SessionSummary } from './room-lease.ts';

/** How often the room looks for moves that are due (time ran out, the computer's turn). */
const TICK_MS = 200;
/** The board goes to the teacher at most this often (it changes with every move of every pair). */
const BOARD_MS = 100;

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
  private writes!: WriteQueue;
  /** The head of a class (it may grow sections), or a section of one: src/net/sections.ts. */
  private head: ClassHead | null = null;
  private section: ClassSection | null = null;

  override async onCreate(options: unknown): Promise<void> {
    this.ctx = (this.constructor as typeof LiveRoom).context;
    this.lease = new RoomLease(this.ctx);
    this.autoDispose = false;
    this.maxClients = MAX_STUDENTS * 2;
    this.writes = new WriteQueue(
      (records) => this.ctx.journal.append(this.session.code, records),
      (error) => this.ctx.log('room.error', { code: this.session.code, error: String(error) }),
      (error) => this.writeFailed(error),
    );
    const born = await sessionFor(options, {
      journal: this.ctx.journal,
      deps: this.deps(),
      log: this.ctx.log,
      claim: (code) => this.lease.claim(code),
      nonce: this.ctx.restoreNonce,
    });
    this.session = born.session;
    this.teacherToken = born.teacherToken;
    this.roomId = this.session.code;
    if (this.ctx.publicAddress) this.listing.publicAddress = this.ctx.publicAddress;
    await this.linkSections();
    this.ctx.rooms.add(this);
    this.onMessage('*', (client, type, message) => this.onAny(client, String(type), message));
    this.tickTimer = setInterval(() => this.tick(), TICK_MS);
  }

  private deps(): SessionDeps {
    const key = this.ctx.key;
    return { newToken, hashToken, sign: (code) => signCode(key, code) };
  }

  /** The head of a class listens to its sections; a section to its head. */
  private async linkSections(): Promise<void> {
    const link = await linkClass(this.session, {
      presence: this.presence,
      journal: this.ctx.journal,
      nonce: this.ctx.restoreNonce,
      sectionSize: this.ctx.sectionSize ?? MAX_STUDENTS,
      session: () => this.session,
      toTeachers: (type, message) => {
        for (const t of this.teachers) t.send(type, message);
      },
      boardChanged: () => this.scheduleBoard(),
      watched: () => this.teachers.size > 0,
      runTeacher: (type, message, reply) => this.runTeacher(type, message, reply),
    });
    this.head = link.head;
    this.section = link.section;
  }

  /** A teacher's command passed on by the head: what it says to the teacher goes back only when `reply`. */
  private runTeacher(type: TeacherMessageType, message: unknown, reply: boolean): void {
    this.safely(undefined, () => {
      if (this.gone) return;
      const handled = this.session.handle({ kind: 'teacher' }, type, message, Date.now());
      const outbound = handled.outbound.flatMap((o): Outbound[] =>
        'sender' in o.to || 'teacher' in o.to ? (reply ? [{ ...o, to: { teacher: true } }] : []) : [o],
      );
      this.run({ records: handled.records, outbound });
    });
  }

  /** Matchmaking asks the head where a student goes (server/class-routing.ts): a room id. */
  async sectionFor(token: string | null): Promise<string> {
    if (this.gone || !this.head || (token !== null && this.session.seatByHash.has(hashToken(token))))
      return this.roomId;
    const target = await this.head.place();
    return target === null || target === 'full' ? this.roomId : target;
  }

  /** Called through the presence by a process that could not find this room's listing (Redis restarted). */
  async relist(): Promise<boolean> {
    if (this.gone) return false;
    await this.listing.save();
    return true;
  }

  override onAuth(_client: Client, options: unknown, context: AuthContext): AuthData {
    if (this.teacherToken !== null && CreateOptionsSchema.safeParse(options).success)
      return { role: 'teacher', creator: true, headers: context.headers };
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
      return { role: 'teacher', creator: false, headers: context.headers };
    }
    return { role: 'student', join, headers: context.headers };
  }

  override onJoin(client: Client<UserData, AuthData>, _options: unknown, auth: AuthData): Promise<void> {
    if (auth.role === 'teacher') {
      const greeting = this.session
        .greetTeacher()
        .map((o) =>
          o.type === 'board' && this.head ? { ...o, message: this.head.merge(this.session.board()) } : o,
        );
      this.head?.greet();
      const creator = auth.creator && this.teacherToken !== null ? this.teacherToken : null;
      if (creator !== null) this.teacherToken = null;
      return this.afterWrite([], () => {
        client.userData = { role: 'teacher' };
        this.teachers.add(client);
        this.dispatch(greeting, client);
        if (creator !== null) client.send('created', { code: this.session.code, teacherToken: creator });
        this.tellServers(client, auth.headers);
      });
    }
    if (this.gone) throw refusal('SERVER_ERROR', 'this class is moving to another server: try again');
    const token = auth.join.seatToken;
    if (token === undefined || !this.session.seatByHash.has(hashToken(token)))
      return this.placeNew(client, auth);
    return this.seatHere(client, auth);
  }

  /** A new student: a seat here, or (the head of a class that is full) the section to join instead. */
  private async placeNew(
    client: Client<UserData, AuthData>,
    auth: Extract<AuthData, { role: 'student' }>,
  ): Promise<void> {
    if (this.section && this.session.seats.size >= MAX_STUDENTS) {
      this.section.isFull();
      throw refusal('IN_SECTION', this.session.section?.head ?? this.session.code);
    }
    const target = (await this.head?.place()) ?? null;
    if (target === 'full') throw refusal('SESSION_FULL', 'every section of this class is full');
    if (target !== null) throw refusal('IN_SECTION', target);
    return this.seatHere(client, auth);
  }

  private seatHere(
    client: Client<UserData, AuthData>,
    auth: Extract<AuthData, { role: 'student' }>,
  ): Promise<void> {
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
      this.tellServers(client, auth.headers);
    }).catch(() => {
      throw refusal('SERVER_ERROR', 'the server could not save your seat: try again');
    });
  }

  /** The event's addresses to rejoin through, for a client that came with these headers (several processes). */
  private tellServers(client: Client, headers: AuthContext['headers']): void {
    this.ctx.servers?.(headers).then(
      (urls) => urls.length > 0 && client.send('servers', { urls }),
      () => {},
    );
  }

  override onLeave(client: Client<UserData, AuthData>): void {
    this.safely(client, () => {
      const data = client.userData;
      if (!data) return;
      if (data.role === 'teacher') {
        this.teachers.delete(client);
        this.head?.stateChanged();
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
    this.writes.close();
    this.disconnect().catch(() => {});
  }

  override onDispose(): void {
    if (!this.gone && this.session) this.lease?.release(this.session.code);
    this.gone = true;
    this.writes?.close();
    this.head?.stop();
    this.section?.stop();
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
      if (data.role === 'teacher' && this.head) {
        const passed = this.head.command(type as TeacherMessageType, message);
        if (passed.handled) return;
        message = passed.message;
      }
      const sender =
        data.role === 'teacher'
          ? ({ kind: 'teacher' } as const)
          : ({ kind: 'seat', seat: data.seat } as const);
      const { paused, ended } = this.session;
      this.run(this.session.handle(sender, type, message, Date.now()), client);
      // Pause, resume and the end reach the sections as the class's state (server/class-sections.ts).
      if (this.head && (paused !== this.session.paused || ended !== this.session.ended))
        this.head.stateChanged();
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

  /** `send` once `records` (and everything decided before them) are in the journal: server/write-queue.ts. */
  private afterWrite(records: readonly SessionRecord[], send: () => void): Promise<void> {
    if (this.gone) return Promise.reject(new Error('the room is closing'));
    return this.writes.after(records, send);
  }

  /** A journal write failed: this copy of the room goes; the session is restored from the journal. */
  private writeFailed(error: unknown): void {
    const conflict = error instanceof JournalConflict;
    this.ctx.log(conflict ? 'session.conflict' : 'journal.error', {
      code: this.session.code,
      error: String(error),
    });
    this.drop();
    this.lease.failed(this.session.code, conflict);
  }

  private dispatch(outbound: readonly Outbound[], sender?: Client): void {
    const send = (c: Client, o: Outbound) => {
      corkUntilTick(c);
      c.send(o.type, o.message);
    };
    for (const o of outbound) {
      if ('sender' in o.to) {
        if (sender) send(sender, o);
      } else if ('teacher' in o.to) {
        for (const t of this.teachers) send(t, o);
        this.section?.toTeacher(o.type, o.message);
      } else for (const c of this.seatClients.get(o.to.seat) ?? []) send(c, o);
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
    if (this.section) {
      this.section.boardChanged();
      return;
    }
    if (this.teachers.size === 0 || this.boardTimer) return;
    this.boardTimer = setTimeout(() => {
      this.boardTimer = null;
      this.safely(undefined, () => {
        // The board as the session is now, sent once everything it shows is in the journal.
        const own = this.session.board();
        const board = this.head ? this.head.merge(own) : own;
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
