/**
 * A scripted live student for the server tests and the load test: it keeps what the server sent (the redacted
 * scenario, its side's view) and, on its side's turn, plays the computer agent's policy on that view
 * (`chooseAction` on a View built from the received state), as a student would, over a real colyseus.js room.
 */
import type { Room } from 'colyseus.js';
import { chooseAction } from '../../src/model/agent/index.ts';
import { rngFor } from '../../src/model/rng.ts';
import { meetingOf, turnCount } from '../../src/model/rules.ts';
import type { PartyIndex, Scenario } from '../../src/model/scenario.ts';
import type { Action } from '../../src/model/types.ts';
import type { View, ViewState } from '../../src/model/view.ts';
import type { GameStart, ServerMessages, Step } from '../../src/net/protocol.ts';

/** The View a client can build from what it received (the model's viewFor, on the client's side). */
export function viewOf(scenario: Scenario, side: PartyIndex, state: ViewState): View {
  return {
    side,
    scenario,
    state,
    meeting: Math.min(meetingOf(state.turn), scenario.meetingCount - 1),
    toMove: ((scenario.firstMover + state.turn) % 2) as PartyIndex,
    time: Math.min(1, state.turn / Math.max(1, turnCount(scenario) - 1)),
  };
}

/** The computer agent's moves for this side now, or [] when it is not this side's turn. */
export function botMoves(scenario: Scenario, side: PartyIndex, state: ViewState): readonly Action[] {
  const view = viewOf(scenario, side, state);
  if (state.outcome || view.toMove !== side) return [];
  return chooseAction(view, { random: rngFor(`bot|${side}|${state.turn}`) }).actions;
}

/**
 * The load test's students: every pair of a class starts from the same state and the agent is deterministic, so
 * the pairs play the same game. The first bot to reach a position asks the agent; the others play its moves (a
 * scripted student costs the load generator a lookup instead of a search, so the machine's CPU goes to the
 * servers under test). Keyed by the position's outline; a move the server refuses is counted as an error.
 */
const scripted = new Map<string, readonly Action[]>();
export function scriptedMoves(scenario: Scenario, side: PartyIndex, state: ViewState): readonly Action[] {
  const key = `${scenario.id}|${scenario.hash}|${side}|${state.turn}|${state.log.length}|${state.offers.length}|${state.standing}`;
  let moves = scripted.get(key);
  if (moves === undefined) {
    moves = botMoves(scenario, side, state);
    scripted.set(key, moves);
  }
  return moves;
}

/**
 * One copy of each side's redacted scenario for every bot in this process: the agent keeps its search tables per
 * scenario object, so a thousand bots of one class share them instead of building a thousand (the load test's
 * students would otherwise cost more CPU than the server they load).
 */
const scenarios = new Map<string, Scenario>();
function shared(start: GameStart): GameStart {
  const key = `${start.scenario.id}|${start.scenario.hash}|${start.side}`;
  const known = scenarios.get(key);
  if (known) return { ...start, scenario: known };
  scenarios.set(key, start.scenario);
  return start;
}

export interface Received {
  readonly type: string;
  readonly message: unknown;
}

/** A student's room, what it received, and its game as it knows it. */
export class LiveBot {
  readonly received: Received[] = [];
  game: GameStart | null = null;
  state: ViewState | null = null;
  result: ServerMessages['result'] | null = null;
  private seq = 0;
  /** Send time of each act not yet answered, by seq. */
  readonly pending = new Map<number, number>();
  readonly roundTrips: number[] = [];
  readonly acked: { seq: number; action: Action }[] = [];
  readonly sent = new Map<number, Action>();
  readonly refusals: ServerMessages['refused'][] = [];
  private actedOnTurn = -1;

  constructor(
    public room: Room,
    /** Plays its side's turn as soon as it is its turn. */
    public autoplay: boolean,
    private readonly now: () => number = () => performance.now(),
    /** A student's thinking time before a move, in ms (0: at once); each move waits 0.5 to 1.5 times this. */
    private readonly thinkMs = 0,
    /**
     * A load-test student: plays the class's shared moves (`scriptedMoves`) and keeps only the latest state of
     * its game, not every step and lobby it received.
     */
    private readonly lean = false,
  ) {
    this.listen(room);
  }

  /** Listens to a (new) room: after a rejoin, the bot keeps its game and carries on. */
  listen(room: Room): void {
    this.room = room;
    room.onMessage('*', (type, message) => this.onMessage(String(type), message));
  }

  private onMessage(type: string, message: unknown): void {
    if (!this.lean || (type !== 'step' && type !== 'lobby')) this.received.push({ type, message });
    if (type === 'game') {
      this.game = shared(message as GameStart);
      this.state = this.game.state;
      this.actedOnTurn = -1;
    } else if (type === 'step') {
      this.state = (message as Step).state;
    } else if (type === 'ack') {
      const { seq } = message as ServerMessages['ack'];
      const start = this.pending.get(seq);
      if (start !== undefined) this.roundTrips.push(this.now() - start);
      this.pending.delete(seq);
      const action = this.sent.get(seq);
      if (action) this.acked.push({ seq, action });
    } else if (type === 'refused') {
      const refused = message as ServerMessages['refused'];
      this.refusals.push(refused);
      if (refused.seq !== undefined) this.pending.delete(refused.seq);
    } else if (type === 'result') {
      this.result = message as ServerMessages['result'];
    }
    if (this.autoplay) this.play();
  }

  /** Plays its side's turn if it is its turn and it has not played it yet. */
  play(): void {
    if (!this.game || !this.state || this.state.outcome || this.pending.size > 0) return;
    if (this.actedOnTurn === this.state.turn) return;
    const view = viewOf(this.game.scenario, this.game.side, this.state);
    if (view.toMove !== this.game.side) return;
    this.actedOnTurn = this.state.turn;
    const move = () => {
      if (!this.game || !this.state) return;
      const moves = this.lean ? scriptedMoves : botMoves;
      for (const action of moves(this.game.scenario, this.game.side, this.state)) this.act(action);
    };
    if (this.thinkMs > 0) setTimeout(move, this.thinkMs * (0.5 + Math.random()));
    else move();
  }

  /** Sends one move; its seq. */
  act(action: Action): number {
    const seq = ++this.seq;
    this.pending.set(seq, this.now());
    this.sent.set(seq, action);
    this.room.send('act', { seq, action });
    return seq;
  }

  of<T extends keyof ServerMessages>(type: T): ServerMessages[T][] {
    return this.received.filter((r) => r.type === type).map((r) => r.message as ServerMessages[T]);
  }
}
