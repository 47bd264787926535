/**
 * One live session, without Colyseus: its seats, pairs, games, chat, pause and deadlines. Every inbound message
 * goes through `handle` (or `join`), which decides without changing anything and returns the records to journal
 * and what to send; `commit` then applies the records (after the journal has them) and says what else to send.
 * Restoring a session from the journal is `commit` of its records with nothing sent, so a restored room is the
 * room as it was. Time comes in with each call (`now`) and is kept in the records, so replay is exact.
 *
 * The model is the authority: a move is the model's `applyAction`; a student gets only `viewFor` their side.
 */
import { agentOptions, chooseAction } from '../src/model/agent/index.ts';
import type { ClassSession } from '../src/model/code/session-link.ts';
import { applyAction, type Step, toMove } from '../src/model/rules.ts';
import type { Scenario } from '../src/model/scenario.ts';
import type { GameState } from '../src/model/types.ts';
import { viewFor } from '../src/model/view.ts';
import {
  type LiveConfig,
  type ServerMessages,
  type StudentJoin,
  StudentMessages,
  TeacherMessages,
} from '../src/net/protocol.ts';
import type { RecordOf, SessionRecord } from './records.ts';
import { applyRecord } from './session-apply.ts';
import { decideJoin, decideStudent, decideTeacher } from './session-decide.ts';
import {
  COMPUTER_DELAY_MS,
  type Handled,
  normalizeText,
  type Outbound,
  type PairState,
  refuse,
  type SeatState,
  type Sender,
  type SessionDeps,
} from './session-types.ts';
import * as views from './session-views.ts';

export class LiveSession {
  readonly code: string;
  readonly config: LiveConfig;
  readonly classSession: ClassSession;
  readonly teacherTokenHash: string;
  /** A section of a larger class: its head's code and number (null for the head, or a class of one room). */
  readonly section: { readonly head: string; readonly n: number } | null;
  readonly seats = new Map<string, SeatState>();
  readonly seatByHash = new Map<string, string>();
  readonly pairs: PairState[] = [];
  paused = false;
  pausedAt: number | null = null;
  ended = false;
  /** Open connections per seat (not journaled: who is online now). */
  readonly connections = new Map<string, number>();
  /** Seat tokens as students presented them (memory only), to fill in the `Seat` of their lobby. */
  readonly tokens = new Map<string, string>();
  /** Steps already computed while deciding, so commit does not run the model twice. */
  readonly stepCache = new WeakMap<SessionRecord, { readonly before: GameState; readonly step: Step }>();

  constructor(
    created: RecordOf<'created'>,
    readonly scenario: Scenario,
    readonly deps: SessionDeps,
  ) {
    this.code = created.code;
    this.config = created.config;
    this.classSession = created.session;
    this.teacherTokenHash = created.teacherTokenHash;
    this.section = created.section ?? null;
  }

  /** The `created` record of a new session. The class seed is random, made by the caller. */
  static createdRecord(input: {
    code: string;
    config: LiveConfig;
    scenario: Scenario;
    scenarioText: string;
    seed: string;
    teacherTokenHash: string;
    at: number;
  }): RecordOf<'created'> {
    const { code, scenario, at } = input;
    const title = [...normalizeText(input.config.title)].slice(0, 200).join('');
    const config: LiveConfig = {
      ...input.config,
      title,
      // The file's text is kept once, in scenarioText; the board shows only which scenario it was.
      scenario: 'shipped' in input.config.scenario ? input.config.scenario : { json: '' },
    };
    const session: ClassSession = {
      id: `live-${code}`,
      title,
      scenario: { id: scenario.id, version: scenario.version, hash: scenario.hash },
      parties: [scenario.parties[0].id, scenario.parties[1].id],
      sides: { kind: 'alternate' },
      opponent: 'human',
      difficulty: config.difficulty,
      seed: input.seed,
      seeding: 'class',
    };
    return {
      kind: 'created',
      at,
      code,
      config,
      scenarioText: input.scenarioText,
      session,
      teacherTokenHash: input.teacherTokenHash,
    };
  }

  /** A student joins: their seat (a known token), or a new seat (journaled, placed when pairing is automatic). */
  join(join: StudentJoin, now: number): { seat: string; token: string; handled: Handled } {
    return decideJoin(this, join, now);
  }

  /** Decides what a message does. Nothing changes until `commit` of the records that come back. */
  handle(sender: Sender, type: string, message: unknown, now: number): Handled {
    const isStudent = Object.hasOwn(StudentMessages, type);
    const isTeacher = Object.hasOwn(TeacherMessages, type);
    if (!isStudent && !isTeacher)
      return refuse('UNKNOWN_MESSAGE', `there is no message "${type.slice(0, 40)}"`);
    if (sender.kind === 'teacher') {
      if (!isTeacher) return refuse('NOT_YOUR_SEAT', 'the teacher has no seat in a pair');
      return decideTeacher(this, type as keyof typeof TeacherMessages, message, now);
    }
    if (!isStudent) return refuse('NOT_TEACHER', 'only the teacher may do this');
    return decideStudent(this, sender.seat, type as keyof typeof StudentMessages, message, now);
  }

  /** Applies records (already journaled, or replayed from the journal) and returns what to send. */
  commit(records: readonly SessionRecord[]): Outbound[] {
    const out: Outbound[] = [];
    for (const record of records) out.push(...applyRecord(this, record));
    return out;
  }

  /** The moves due now: the computer's, for every pair whose side to move is out of time or is the computer's. */
  due(now: number): SessionRecord[] {
    if (this.paused || this.ended) return [];
    const records: SessionRecord[] = [];
    for (const pair of this.pairs)
      if (pair.deadline !== null && pair.deadline <= now) records.push(...this.computerMove(pair, now));
    return records;
  }

  /** The earliest deadline, or null: when `due` next has something to do. */
  nextDeadline(): number | null {
    if (this.paused || this.ended) return null;
    let next: number | null = null;
    for (const pair of this.pairs)
      if (pair.deadline !== null && (next === null || pair.deadline < next)) next = pair.deadline;
    return next;
  }

  /** After a restart: every side to move gets its full time again (the students could not play meanwhile). */
  restarted(now: number): void {
    for (const pair of this.pairs) if (pair.deadline !== null) this.refreshDeadline(pair, now);
  }

  /** The computer's move for the side to move in a pair (tactics, then the move that ends the turn). */
  computerMove(pair: PairState, at: number): SessionRecord[] {
    const game = pair.game;
    if (!game || game.outcome) return [];
    const side = toMove(this.scenario, game);
    const view = viewFor(this.scenario, game, side);
    if (!view) return [];
    const { actions } = chooseAction(view, agentOptions(this.scenario, game, side));
    const records: SessionRecord[] = [];
    let state = game;
    for (const action of actions) {
      const step = applyAction(this.scenario, state, action);
      if (!step.ok) break;
      const record: SessionRecord = { kind: 'action', at, pair: pair.index, action, byComputer: true };
      this.stepCache.set(record, { before: state, step: step.value });
      records.push(record);
      state = step.value.state;
    }
    return records;
  }

  /** Sets the pair's deadline for its side to move, counted from `at` (from the pause while paused). */
  refreshDeadline(pair: PairState, at: number): void {
    const game = pair.game;
    if (!game || game.outcome || this.ended) {
      pair.deadline = null;
      return;
    }
    const base = this.paused && this.pausedAt !== null ? this.pausedAt : at;
    const side = toMove(this.scenario, game);
    if (pair.computer[side]) pair.deadline = base + COMPUTER_DELAY_MS;
    else if (this.config.meetingSeconds > 0) pair.deadline = base + this.config.meetingSeconds * 1000;
    else pair.deadline = null;
  }

  /** A connection of a seat opened (+1) or closed (-1); its pair hears of it. */
  connect(seat: string, delta: 1 | -1): Outbound[] {
    const count = Math.max(0, (this.connections.get(seat) ?? 0) + delta);
    if (count === 0) this.connections.delete(seat);
    else this.connections.set(seat, count);
    const state = this.seats.get(seat);
    if (!state || state.pair === null) return [];
    return this.lobbiesOf(this.membersOf(this.pairs[state.pair]).filter((id) => id !== seat));
  }

  membersOf(pair: PairState): string[] {
    return [...pair.sides[0], ...pair.sides[1]];
  }

  lobbiesOf(seats: Iterable<string>): Outbound[] {
    return [...seats].map((seat) => ({ to: { seat }, type: 'lobby', message: this.lobby(seat) }) as const);
  }

  // Views: see server/session-views.ts.
  lobby(seat: string): ServerMessages['lobby'] {
    return views.lobby(this, seat);
  }
  board(): ServerMessages['board'] {
    return views.board(this);
  }
  /** What a student gets on (re)joining: their seat, lobby, game and result. */
  greet(seat: string, token: string): Outbound[] {
    this.tokens.set(seat, token);
    return views.greet(this, seat);
  }
  /** What the teacher gets on (re)joining: the board, the results so far and the recent chat. */
  greetTeacher(): Outbound[] {
    return views.greetTeacher(this);
  }
}
