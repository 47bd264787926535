/**
 * The computer opponent: a BOA agent (bidding, opponent model, acceptance) that sees only its View and is
 * deterministic: the same view and options give the same decision, its draws coming from a generator seeded
 * from the game's seed, its side and the turn. Its personality (from the game's seed, `agentOptions`) sets how
 * fast it concedes, how firm its floor is, its appetite for tactics, how often it holds, and when it walks away.
 *
 * One turn:
 * 1. Tactics (tactics.ts): a public red line when the standing offer presses on one of its groups' lines, a
 *    link and the back channel on its first turn.
 * 2. Its target p(t) falls from its opening (its best ratifiable bid) towards its floor; it never takes back
 *    what it gave (each issue's level is worth no more to it than in its previous offer) unless something
 *    happened since (news, a red line of the other side, a failed ratification), and then it says so.
 * 3. It gives at least `minStep` every turn, unless it holds (waiting for news, a deadline tactic, or nothing
 *    left to give) and says why.
 * 4. It accepts the standing offer at once when it is at least as good as its next bid (AC_next), or late by
 *    AC_combi(MAX^W), never below its reservation and never what home would not ratify; on the deadline turn it
 *    takes any such offer unless it is below its walk-away share.
 * 5. Otherwise it proposes its bid (on the deadline turn, when a proposal could no longer be answered, it
 *    rejects). When the other side keeps it below its walk-away share with nothing left to give, it warns once,
 *    then walks away; and it walks away when home would ratify nothing it could propose.
 */
import { mapped } from '../arrays.ts';
import { rngFor } from '../rng.ts';
import { linesOf, turnCount } from '../rules.ts';
import { type CompiledPersonality, other, type Package } from '../scenario.ts';
import type { Action } from '../types.ts';
import { ratify, tableUtility, type UtilityTable, utilityTable } from '../utility.ts';
import { canActIn, mayAccept, type View, type ViewState } from '../view.ts';
import type { ConcessionStyle } from '../vocabulary.ts';
import { type AcceptReason, acceptance, type PastOffer } from './acceptance.ts';
import { type BidSpace, bidSpace } from './bid-space.ts';
import { type Bid, chooseStep } from './bidding.ts';
import { aspiration, targetUtility } from './concession.ts';
import { allowedByOwnLines, type LineKind, lineFor, objectionIssue } from './dialogue.ts';
import { recall } from './memory.ts';
import type { HoldReason, MoveNote, RetractReason } from './notes.ts';
import { quantize, SCALE } from './numbers.ts';
import { estimatedTable, opponentModel } from './opponent-model.ts';
import { defaultPersonality, styled } from './personality.ts';
import { basics } from './search.ts';
import { chooseTactics } from './tactics.ts';

export interface AgentDecision {
  /** Tactics first, then exactly one move that ends the turn; empty when it is not the agent's turn. */
  readonly actions: readonly Action[];
  /** What the computer says. */
  readonly line: string;
  /** The issue of the standing offer it objects to most, or null. Never an issue whose level its own public
   * red lines allow. */
  readonly objection: number | null;
  /** Why it moved as it did (notes.ts). */
  readonly note: MoveNote;
  /** The kind of line it said, or null when it has no turn. */
  readonly say: LineKind | null;
  /** It warned that it will walk away (its line says so first). */
  readonly warning: boolean;
}

export interface AgentOptions {
  /**
   * Its personality (`agentOptions` picks it from the game's seed), or only a concession style: the style's
   * exponent on the party's default personality (the balance tool's pairs of styles).
   */
  readonly personality?: CompiledPersonality | ConcessionStyle;
  /**
   * The decision's generator, `decisionRandom(state, side)` from whoever holds the game state. Without it the
   * draws come from a generator of the view's side and turn alone (the same for every game).
   */
  readonly random?: () => number;
}

/** What the agent worked out on its turn, for tests and the balance tool. */
export interface AgentReasoning {
  readonly decision: AgentDecision;
  readonly reservation: number;
  /** Its best ratifiable bid's utility, or null when home would ratify none. */
  readonly best: number | null;
  readonly target: number | null;
  readonly bid: Bid | null;
  readonly accepted: AcceptReason | null;
}

const NO_TURN: AgentDecision = {
  actions: [],
  line: '',
  objection: null,
  note: { kind: 'idle' },
  say: null,
  warning: false,
};

function personalityOf(view: View, chosen: AgentOptions['personality']): CompiledPersonality {
  if (chosen === undefined) return defaultPersonality(view.scenario, view.side);
  if (typeof chosen === 'string')
    return styled(defaultPersonality(view.scenario, view.side), view.scenario, chosen);
  return chosen;
}

/** The estimate of the other side's wishes, varied by the decision's draws (`bidNoise`): the noise is added to
 * the values of `table`, a table made for this decision (`estimatedTable`) that nothing else holds. */
function noisy(table: UtilityTable, noise: number, random: () => number): UtilityTable {
  if (noise <= 0) return table;
  const values = table.values;
  for (let i = 0; i < values.length; i++) values[i] = values[i] + (random() * 2 - 1) * noise;
  return table;
}

/** The second half of the talks (time), when it may hold as a deadline tactic; before it, it may hold to wait
 * for news. */
const LATE = 0.5;

const sameLevels = (a: Package, b: Package): boolean => a.every((l, j) => l === b[j]);

/** An event that may still fire after the current meeting. */
const newsMayCome = (view: View): boolean =>
  view.scenario.events.some(
    (e, i) => e.from <= view.meeting && view.meeting <= e.to && !view.state.fired.some((f) => f.event === i),
  );

/** The agent's turn, with its reasoning. */
export function reason(view: View, options: AgentOptions = {}): AgentReasoning {
  const { scenario, side } = view;
  const own = utilityTable(scenario, side, view.state.params.influence[side]);
  const reservation = tableUtility(own, view.state.params.noDeal);
  if (!canActIn(view))
    return { decision: NO_TURN, reservation, best: null, target: null, bid: null, accepted: null };
  const agent = scenario.agent;
  const id = scenario.parties[side].id;
  const persona = personalityOf(view, options.personality);
  const random = options.random ?? rngFor(`view|${side}|${view.state.turn}`);
  const memory = recall(scenario, view.state, side);
  const say = (kind: LineKind): string => lineFor(scenario, side, kind, memory.ownTurns);

  // 1. Tactics, and the state they leave.
  const difficulty = agent.difficulty[view.state.settings.difficulty];
  const e = persona.exponent * difficulty.exponentFactor;
  const minTarget = Math.min(1, Math.max(0, difficulty.minTarget + persona.firmness));
  const lastTurn = Math.max(1, turnCount(scenario) - 1);
  const deadline = view.state.turn >= lastTurn;
  // Before its first offer it takes nothing; later, an offer below its target now it would not take either.
  const standingBefore = view.state.standing === null ? null : view.state.offers[view.state.standing];
  let wouldRefuse = false;
  // The bids it may make before tactics, when it has made no offer yet (step 2 asks again after the tactics).
  let openingSpace: BidSpace | null = null;
  if (standingBefore !== null) {
    // Its opening is its best bid; later its target comes down from its own first offer.
    if (memory.first === null) openingSpace = bidSpace(scenario, view.state, side, own);
    const opening = openingSpace === null ? null : basics(openingSpace).best;
    const top =
      memory.first !== null
        ? tableUtility(own, memory.first.package)
        : opening && tableUtility(own, opening.package);
    wouldRefuse =
      top === null ||
      tableUtility(own, standingBefore.package) <
        targetUtility(aspiration(Math.max(top, reservation), reservation, minTarget), view.time, e);
  }
  const tactics = chooseTactics(view, memory, own, persona, random, wouldRefuse && !deadline);
  let state: ViewState = view.state;
  for (const a of tactics.actions) {
    if (a.type === 'red-line') {
      const bound = scenario.issues[a.issue].owner === side ? 'at-most' : 'at-least';
      state = {
        ...state,
        redLines: [...state.redLines, { by: side, issue: a.issue, level: a.level, bound }],
      };
    } else if (a.type === 'link')
      state = { ...state, onTable: mapped(state.onTable, (on, j) => on || j === a.issue) };
  }

  // 2. Its target, and what it may offer: no issue taken back unless something happened since.
  const previous = memory.previous;
  const lifted = memory.causes.length > 0;
  // Without an offer of its own (no caps) and without tactics that changed the state, the opening's bids.
  const space =
    openingSpace !== null && previous === null && state === view.state
      ? openingSpace
      : bidSpace(scenario, state, side, own, previous !== null && !lifted ? previous.package : null);
  const { ok, best } = basics(space);
  const top =
    memory.first !== null
      ? tableUtility(own, memory.first.package)
      : best === null
        ? null
        : tableUtility(own, best.package);
  const range = top === null ? null : aspiration(Math.max(top, reservation), reservation, minTarget);
  const target = range === null ? null : targetUtility(range, view.time, e);
  const step = quantize(agent.minStep);
  const previousQ = previous === null ? null : quantize(tableUtility(own, previous.package));
  const heldLast =
    previous !== null &&
    memory.beforePrevious !== null &&
    sameLevels(previous.package, memory.beforePrevious.package);

  // 3. Its bid: a step down, or a hold with its reason.
  let bid: Bid | null = null;
  let hold: HoldReason | null = null;
  if (best !== null && range !== null && target !== null) {
    const model = opponentModel(scenario, other(side), state.offers, agent.learningRate, state.intel);
    const estimate = noisy(estimatedTable(model, own.offsets), agent.bidNoise, random);
    const floor = quantize(range.min);
    const holdDraw = random();
    const mayHold = previous !== null && !lifted && !heldLast && holdDraw < persona.hold;
    // Compared every turn, not only when a hold is possible: a comparison first made after the turn was compiled
    // sends it back to the interpreter and the compiler, the costliest function to compile (issue 16).
    const late = view.time >= LATE;
    if (mayHold && !late && newsMayCome(view)) hold = 'waiting-for-news';
    else if (mayHold && late) hold = 'deadline-tactic';
    if (previous === null || previousQ === null) {
      bid = chooseStep(
        space,
        target,
        { floor, ceiling: Number.MAX_SAFE_INTEGER },
        best,
        estimate,
        agent,
        random,
        ok,
      );
    } else if (hold === null) {
      const ceiling = lifted ? quantize(target) + step : previousQ - step;
      const aim = Math.min(target, ceiling / SCALE);
      bid =
        chooseStep(
          space,
          aim,
          { floor: Math.min(floor, ceiling), ceiling },
          best,
          estimate,
          agent,
          random,
          ok,
        ) ??
        (lifted
          ? null
          : chooseStep(space, aim, { floor, ceiling: previousQ - 1 }, best, estimate, agent, random, ok));
      if (bid === null && !lifted) hold = 'final-offer';
    }
    if (bid === null && hold !== null && previous !== null && previousQ !== null)
      bid = { package: previous.package, q: previousQ, band: { lo: previousQ, hi: previousQ }, ties: 1 };
    if (bid === null) bid = { package: best.package, q: best.q, band: { lo: best.q, hi: best.q }, ties: 1 };
  }

  // 4. Acceptance.
  const standing = state.standing === null ? null : state.offers[state.standing];
  const offerQ = standing === null ? null : quantize(tableUtility(own, standing.package));
  const walkFloorQ =
    range === null ? null : quantize(reservation + persona.walkAway * (range.max - reservation));
  const canAccept = mayAccept(view);
  const ratified =
    standing !== null &&
    canAccept &&
    ratify(scenario, state.params, side, standing.package, linesOf(state, side)).passed;
  let accepted: AcceptReason | null = null;
  if (standing !== null && offerQ !== null) {
    const theirs: PastOffer[] = mapped(
      state.offers.filter((o) => o.by !== side),
      (o) => ({ t: o.turn / lastTurn, q: quantize(tableUtility(own, o.package)) }),
    );
    accepted = acceptance({
      t: view.time,
      acceptanceTime: agent.acceptanceTime,
      deadline,
      offerQ,
      nextBidQ: bid === null ? null : bid.q,
      reservationQ: quantize(reservation),
      ratified,
      theirs,
    });
    if (accepted === 'deadline' && walkFloorQ !== null && persona.walkAway > 0 && offerQ < walkFloorQ)
      accepted = null;
  }

  // 5. Its move.
  // Pushed: once its patience is over, the standing offer is below its walk-away share (or one home would
  // not ratify) and the other side has stopped moving (its offer gives less than a step more than its one
  // before) or it has nothing left to give itself. Pushed on an earlier turn too (it warned then): it walks
  // away (the line said it would).
  const theirOffers = state.offers.filter((o) => o.by !== side);
  const pushedAt = (t: number, turn: number): boolean => {
    if (range === null || walkFloorQ === null || persona.walkAway <= 0 || t < persona.patience) return false;
    const mine = theirOffers.filter((o) => o.turn < turn);
    const offer = mine.at(-1);
    if (offer === undefined) return false;
    const q = quantize(tableUtility(own, offer.package));
    const below =
      q < walkFloorQ || !ratify(scenario, state.params, side, offer.package, linesOf(state, side)).passed;
    if (!below) return false;
    const prior = mine.at(-2);
    const stalled = prior !== undefined && q - quantize(tableUtility(own, prior.package)) < step;
    const atFloor = quantize(targetUtility(range, t, e)) <= quantize(range.min) + step;
    return stalled || atFloor;
  };
  const pushed = accepted === null && standing !== null && pushedAt(view.time, state.turn);
  // It warned on an earlier turn when it was pushed then.
  let warned = false;
  for (let turn = state.turn - 2; pushed && !warned && turn >= 0; turn -= 2)
    warned = pushedAt(turn / lastTurn, turn);

  // One line for the turn: what it says about its tactic, its warning, then its move, each said once.
  const lineOf = (kind: LineKind, warning: boolean): string => {
    const parts = [
      tactics.say === null ? '' : say(tactics.say),
      warning ? say({ kind: 'warn' }) : '',
      say(kind),
    ];
    return parts.filter((p, i) => p !== '' && parts.indexOf(p) === i).join(' ');
  };
  const done = (
    move: Action,
    note: MoveNote,
    kind: LineKind,
    objection: number | null,
    warning = false,
  ): AgentReasoning => {
    // The line is made when it is first read: the balance tool plays thousands of turns and reads none.
    let line: string | null = null;
    return {
      decision: {
        actions: [...tactics.actions, move],
        get line(): string {
          if (line === null) line = lineOf(kind, warning);
          return line;
        },
        objection,
        note,
        say: kind,
        warning,
      },
      reservation,
      best: best === null ? null : tableUtility(own, best.package),
      target,
      bid,
      accepted,
    };
  };

  if (accepted !== null)
    return done({ type: 'accept', side: id }, { kind: 'accept' }, { kind: 'accept' }, null);
  if (bid === null || warned)
    return done({ type: 'walk-away', side: id }, { kind: 'walk-away' }, { kind: 'walk-away' }, null);

  const skip = standing === null ? [] : allowedByOwnLines(scenario, state, side, standing.package);
  const objection = standing === null ? null : objectionIssue(own, standing.package, bid.package, skip);
  const note = noteFor(own, previous?.package ?? null, bid.package, hold, memory.causes);
  if (deadline && standing !== null) {
    const kind: LineKind =
      objection !== null
        ? { kind: 'objection', issue: objection, level: standing.package[objection] }
        : { kind: 'reject' };
    return done({ type: 'reject', side: id }, { kind: 'reject' }, kind, objection);
  }
  const answered = memory.theirNewLines.at(-1);
  const objecting: LineKind | null =
    standing === null
      ? null
      : objection !== null
        ? { kind: 'objection', issue: objection, level: standing.package[objection] }
        : { kind: 'want-more' };
  let kind: LineKind;
  if (note.kind === 'retract') kind = { kind: 'retract', why: note.why, issue: note.issues[0] };
  else if (note.kind === 'hold') kind = { kind: 'hold', why: note.why };
  else if (answered !== undefined) kind = { kind: 'answer-red-line', issue: answered };
  else if (memory.causes.includes('news')) kind = { kind: 'news' };
  else if (objecting === null) kind = note.kind === 'open' ? { kind: 'open' } : { kind: 'concede' };
  // An answer to their offer: what it minds in it, or (every other turn, after a concession) that it moved.
  else if (note.kind === 'concede' && memory.ownTurns % 2 === 1) kind = { kind: 'concede' };
  else kind = objecting;
  return done({ type: 'propose', side: id, package: bid.package }, note, kind, objection, pushed);
}

/** The note of an offer against its previous one: open, hold, concede, or retract with its cause. */
function noteFor(
  own: UtilityTable,
  previous: Package | null,
  next: Package,
  hold: HoldReason | null,
  causes: readonly RetractReason[],
): MoveNote {
  if (previous === null) return { kind: 'open' };
  if (sameLevels(previous, next)) return { kind: 'hold', why: hold ?? 'final-offer' };
  const up: number[] = [];
  const down: number[] = [];
  for (let j = 0; j < next.length; j++) {
    const a = quantize(own.values[own.offsets[j] + previous[j]]);
    const b = quantize(own.values[own.offsets[j] + next[j]]);
    if (b > a) up.push(j);
    else if (b < a) down.push(j);
  }
  if (up.length > 0) return { kind: 'retract', issues: up, why: causes[0] ?? 'news' };
  return { kind: 'concede', issues: down };
}

/** The computer's turn: what it does and says. */
export const chooseAction = (view: View, options: AgentOptions = {}): AgentDecision =>
  reason(view, options).decision;
