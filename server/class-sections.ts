/**
 * A class larger than one room (src/net/sections.ts), between its rooms, over the presence (Redis with several
 * processes, in memory with one). The head (`ClassHead`, the room of the class code) sends new students on to
 * sections once it is full, creating each section on whichever process the matchmaker picks, merges the
 * sections' boards into the teacher's, and passes the teacher's commands on. A section (`ClassSection`) publishes
 * its board and whatever it would tell the teacher to the head, and runs the commands it is sent.
 *
 * Nothing here is the only copy of anything: each section journals its own records, and the class's state
 * (paused, ended) is sent again every HEARTBEAT_MS, so a section restored on another process, or created after a
 * pause, catches up by itself; a head restored elsewhere gets every section's board within a heartbeat.
 * One-off commands (an announcement, ending the meeting) reach the sections that are running when they are sent.
 */
import { matchMaker, type Presence } from '@colyseus/core';
import {
  type Board,
  type BoardPair,
  classPairOf,
  classSeatOf,
  LIVE_ROOM,
  MAX_SECTIONS,
  MAX_STUDENTS,
  type Person,
  sectionPairOf,
  sectionRoomId,
  sectionSeatOf,
  type TeacherMessageType,
} from '../src/net/protocol.ts';
import type { Journal } from './journal.ts';
import type { LiveSession } from './live-session.ts';

/** The class's state goes to the sections, and each section's board to the head, at least this often. */
export const HEARTBEAT_MS = 2000;
/** A section's board goes to the head at most this often. */
const SECTION_BOARD_MS = 250;

/** Sections → head. */
type ToHead =
  | { readonly kind: 'board'; readonly n: number; readonly board: Board }
  | { readonly kind: 'seats'; readonly n: number; readonly seats: number }
  | { readonly kind: 'teacher'; readonly n: number; readonly type: string; readonly message: unknown }
  | { readonly kind: 'full'; readonly n: number };
/** Head → sections. */
type ToSections =
  | { readonly kind: 'command'; readonly to: number | null; readonly type: string; readonly message: unknown }
  | {
      readonly kind: 'state';
      readonly paused: boolean;
      readonly ended: boolean;
      /** A teacher is connected to the head: the sections send their boards (else only their seat counts). */
      readonly watching: boolean;
    }
  | { readonly kind: 'greet' };

const headChannel = (code: string) => `tt:head:${code}`;
const classChannel = (code: string) => `tt:class:${code}`;

/**
 * The teacher's one-off commands every section runs too. Pause, resume and the end are not among them: they are
 * the class's state, which the head sends whenever it changes (`stateChanged`) and on every heartbeat.
 */
const CLASS_WIDE: ReadonlySet<string> = new Set(['announce', 'advance']);

/** What a head needs of its room. */
export interface HeadHost {
  readonly session: () => LiveSession;
  /** Sends a message to the teachers connected to the head. */
  readonly toTeachers: (type: string, message: unknown) => void;
  /** The merged board changed: send it to the teachers soon. */
  readonly boardChanged: () => void;
  /** Whether a teacher is connected to the head. */
  readonly watched: () => boolean;
}

/** What a section needs of its room. */
export interface SectionHost {
  readonly session: () => LiveSession;
  /**
   * Runs a teacher's command here; what it says to the teacher is passed back when `reply` (a command for this
   * section only), and dropped otherwise (the head has said it already).
   */
  readonly runTeacher: (type: TeacherMessageType, message: unknown, reply: boolean) => void;
}

/** The head of a class: sends new students to sections, merges their boards, passes commands on. */
export class ClassHead {
  /** Sections 2…count exist. */
  private count = 1;
  private readonly boards = new Map<number, Board>();
  /** Each section's students, as it last said. */
  private readonly reported = new Map<number, number>();
  /** New students sent to each section (it has at least this many unless some never arrived). */
  private readonly sent = new Map<number, number>();
  private readonly full = new Set<number>();
  private creating: Promise<void> | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private readonly listener = (message: ToHead) => this.hear(message);

  constructor(
    private readonly host: HeadHost,
    private readonly presence: Presence,
    private readonly journal: Journal,
    private readonly sectionSize: number,
    private readonly nonce: string,
  ) {}

  private get code(): string {
    return this.host.session().code;
  }

  /** Starts listening; a restored head finds its sections in the journal. */
  async start(): Promise<void> {
    await this.presence.subscribe(headChannel(this.code), this.listener);
    while (
      this.count < MAX_SECTIONS &&
      (await this.journal.hasSession(sectionRoomId(this.code, this.count + 1)))
    )
      this.count++;
    // Every section but the last was full when the next one was made.
    for (let n = 2; n < this.count; n++) this.full.add(n);
    this.heartbeat = setInterval(() => this.sendState(), HEARTBEAT_MS);
    this.publish({ kind: 'greet' });
  }

  stop(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.presence.unsubscribe(headChannel(this.code), this.listener);
  }

  /**
   * Where a new student goes: null for the head itself (it has room), else a section's room id (made now if
   * need be); SESSION_FULL when every section of the class is full.
   */
  async place(): Promise<string | null | 'full'> {
    if (this.host.session().seats.size < this.sectionSize) return null;
    for (;;) {
      for (let n = 2; n <= this.count; n++) {
        const seats = Math.max(this.sent.get(n) ?? 0, this.seatsOf(n));
        if (this.full.has(n) || seats >= this.sectionSize) continue;
        this.sent.set(n, seats + 1);
        return sectionRoomId(this.code, n);
      }
      if (this.count >= MAX_SECTIONS) return 'full';
      this.creating ??= this.create(this.count + 1).finally(() => {
        this.creating = null;
      });
      await this.creating;
    }
  }

  private seatsOf(n: number): number {
    return this.reported.get(n) ?? 0;
  }

  private async create(n: number): Promise<void> {
    const id = sectionRoomId(this.code, n);
    if (!(await this.journal.hasSession(id)))
      await matchMaker.createRoom(LIVE_ROOM, { section: { head: this.code, n }, nonce: this.nonce });
    this.count = Math.max(this.count, n);
  }

  /**
   * A teacher's command: true when it is handled here (passed to a section), false when the head runs it (and
   * `message` is what it runs: the pair and seat as its own). Class-wide commands go to every section too.
   */
  command(type: TeacherMessageType, message: unknown): { handled: boolean; message: unknown } {
    if (CLASS_WIDE.has(type)) {
      this.publish({ kind: 'command', to: null, type, message });
      return { handled: false, message };
    }
    const m = message as { pair?: unknown; seat?: unknown } | null;
    if (typeof m?.pair !== 'number') return { handled: false, message };
    const { n, pair } = sectionPairOf(m.pair);
    const seat = typeof m.seat === 'string' ? sectionSeatOf(m.seat) : null;
    if (seat !== null && seat.n !== n) {
      this.host.toTeachers('refused', {
        code: 'NOT_YOUR_SEAT',
        message: 'a student can only be placed in a pair of their own section',
      });
      return { handled: true, message };
    }
    const local = { ...m, pair, ...(seat ? { seat: seat.seat } : {}) };
    if (n === 1) return { handled: false, message: local };
    this.publish({ kind: 'command', to: n, type, message: local });
    return { handled: true, message };
  }

  /** The teacher's board: the head's own and every section's, pairs and seats as the class numbers them. */
  merge(own: Board): Board {
    if (this.boards.size === 0) return own;
    const pairs: BoardPair[] = [...own.pairs];
    const waiting: Person[] = [...own.waiting];
    for (const [n, board] of [...this.boards].sort((a, b) => a[0] - b[0])) {
      const seat = (p: Person): Person => ({ ...p, seat: classSeatOf(n, p.seat) });
      for (const p of board.pairs)
        pairs.push({
          ...p,
          pair: classPairOf(n, p.pair),
          sides: [p.sides[0].map(seat), p.sides[1].map(seat)],
        });
      waiting.push(...board.waiting.map(seat));
    }
    return { ...own, pairs, waiting };
  }

  /** A teacher (re)joined: the sections send what they have for the teacher again. */
  greet(): void {
    this.publish({ kind: 'greet' });
  }

  /** The head paused, resumed or ended, or its teachers came or went: the sections hear of it now. */
  stateChanged(): void {
    this.sendState();
  }

  private sendState(): void {
    // A class of one room has nobody to tell.
    if (this.count === 1) return;
    const session = this.host.session();
    this.publish({
      kind: 'state',
      paused: session.paused,
      ended: session.ended,
      watching: this.host.watched(),
    });
  }

  private hear(message: ToHead): void {
    if (message.kind === 'full') {
      this.full.add(message.n);
      return;
    }
    if (message.kind === 'seats' || message.kind === 'board') this.count = Math.max(this.count, message.n);
    if (message.kind === 'seats') {
      this.reported.set(message.n, message.seats);
      return;
    }
    if (message.kind === 'board') {
      let seats = message.board.waiting.length;
      for (const pair of message.board.pairs) seats += pair.sides[0].length + pair.sides[1].length;
      this.reported.set(message.n, seats);
      this.boards.set(message.n, message.board);
      this.host.boardChanged();
      return;
    }
    const m = message.message as { pair?: unknown } | null;
    const numbered =
      (message.type === 'result' || message.type === 'chat') && typeof m?.pair === 'number'
        ? { ...m, pair: classPairOf(message.n, m.pair) }
        : message.message;
    this.host.toTeachers(message.type, numbered);
  }

  private publish(message: ToSections): void {
    void this.presence.publish(classChannel(this.code), message);
  }
}

/** A section of a class: reports to its head, runs what the head sends. */
export class ClassSection {
  private boardTimer: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  /** Whether a teacher watches the class (the head says so): boards then, else only seat counts. */
  private watching = true;
  private readonly listener = (message: ToSections) => this.hear(message);

  constructor(
    private readonly host: SectionHost,
    private readonly presence: Presence,
    private readonly journal: Pick<Journal, 'isOpen'>,
    private readonly head: string,
    private readonly n: number,
  ) {}

  async start(): Promise<void> {
    await this.presence.subscribe(classChannel(this.head), this.listener);
    // A section restored after its class ended (its head gone with it) hears no heartbeat: it ends now.
    if (!this.host.session().ended && !(await this.journal.isOpen(this.head)))
      this.host.runTeacher('end', {}, false);
    this.heartbeat = setInterval(() => this.sendBoard(), HEARTBEAT_MS);
    this.sendBoard();
  }

  stop(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.boardTimer) clearTimeout(this.boardTimer);
    this.presence.unsubscribe(classChannel(this.head), this.listener);
  }

  /** Something for the teacher: to the head, which tells its teachers. */
  toTeacher(type: string, message: unknown): void {
    this.publish({ kind: 'teacher', n: this.n, type, message });
  }

  /** The section is full: the head sends no more new students here. */
  isFull(): void {
    this.publish({ kind: 'full', n: this.n });
  }

  /** The board changed: the head gets it soon. */
  boardChanged(): void {
    if (this.boardTimer) return;
    this.boardTimer = setTimeout(() => {
      this.boardTimer = null;
      this.sendBoard();
    }, SECTION_BOARD_MS);
  }

  private sendBoard(): void {
    const session = this.host.session();
    if (this.watching) this.publish({ kind: 'board', n: this.n, board: session.board() });
    else this.publish({ kind: 'seats', n: this.n, seats: session.seats.size });
  }

  private hear(message: ToSections): void {
    const session = this.host.session();
    if (message.kind === 'greet') {
      this.watching = true;
      for (const o of session.greetTeacher()) if (o.type !== 'board') this.toTeacher(o.type, o.message);
      this.sendBoard();
      return;
    }
    if (message.kind === 'state') {
      const watching = this.watching;
      this.watching = message.watching;
      if (this.watching && !watching) this.sendBoard();
      if (session.ended) return;
      if (message.ended) this.host.runTeacher('end', {}, false);
      else if (message.paused !== session.paused)
        this.host.runTeacher(message.paused ? 'pause' : 'resume', {}, false);
      return;
    }
    if (message.to !== null && message.to !== this.n) return;
    this.host.runTeacher(message.type as TeacherMessageType, message.message, message.to === this.n);
  }

  private publish(message: ToHead): void {
    void this.presence.publish(headChannel(this.head), message);
  }
}

/** What a room gives to become the head of its class or a section of one. */
export interface ClassLinkParts extends HeadHost, SectionHost {
  readonly presence: Presence;
  readonly journal: Journal;
  /** The server's secret for internal room creation (a client cannot ask for a section). */
  readonly nonce: string;
  /** Students in the head before new ones go to sections (at most MAX_STUDENTS). */
  readonly sectionSize: number;
}

/** A room's session as the head of its class (which may grow sections) or as a section, started. */
export async function linkClass(
  session: LiveSession,
  parts: ClassLinkParts,
): Promise<{ head: ClassHead | null; section: ClassSection | null }> {
  if (session.section) {
    const section = new ClassSection(
      parts,
      parts.presence,
      parts.journal,
      session.section.head,
      session.section.n,
    );
    await section.start();
    return { head: null, section };
  }
  const size = Math.max(1, Math.min(MAX_STUDENTS, parts.sectionSize));
  const head = new ClassHead(parts, parts.presence, parts.journal, size, parts.nonce);
  await head.start();
  return { head, section: null };
}
