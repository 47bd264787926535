/**
 * The computer opponent: a BOA agent (bidding, opponent model, acceptance) that sees only its View and is
 * deterministic: the same view gives the same decision, its ties broken by a generator seeded from the game's
 * seed, its side and the turn.
 *
 * One turn:
 * 1. Its best ratifiable bid Pmax and its reservation r (no-deal) set the concession range; p(t) is its target.
 * 2. Its bid: of the ratifiable bids near p(t), the one the frequency model of the opponent rates highest.
 * 3. It accepts the standing offer by AC_combi(MAX^W), never below r and never what home would not ratify;
 *    on the deadline turn it takes any offer home ratifies that is at least as good as no-deal.
 * 4. Otherwise it counter-proposes its bid (which replaces their offer); on the deadline turn, when a proposal
 *    could no longer be answered, it rejects instead. It walks away only when home would ratify nothing it
 *    could propose (and it does not accept).
 * Tactics: on its first turn, if it is going to bid, it opens the back channel (it learns the opponent's top
 * priority for later turns). It draws no red lines and links no issues.
 */

import { rngFor } from '../rng.ts';
import { linesOf, turnCount } from '../rules.ts';
import { other } from '../scenario.ts';
import type { Action } from '../types.ts';
import { ratify, tableUtility, utilityTable } from '../utility.ts';
import { legalActions, type View } from '../view.ts';
import type { ConcessionStyle } from '../vocabulary.ts';
import { type AcceptReason, acceptance, type PastOffer } from './acceptance.ts';
import { bidSpace } from './bid-space.ts';
import { type Bid, chooseBid } from './bidding.ts';
import { aspiration, concessionExponent, targetUtility } from './concession.ts';
import { objectionIssue, type ReplyKind, replyLine } from './dialogue.ts';
import type { MoveNote } from './notes.ts';
import { quantize } from './numbers.ts';
import { estimatedTable, opponentModel } from './opponent-model.ts';
import { basics } from './search.ts';

export interface AgentDecision {
  /** Tactics first, then exactly one move that ends the turn; empty when it is not the agent's turn. */
  readonly actions: readonly Action[];
  /** What the computer says. */
  readonly line: string;
  /** The issue of the standing offer it objects to most, or null. */
  readonly objection: number | null;
  /** Why it moved as it did (notes.ts). Optional until every decision carries one. */
  readonly note?: MoveNote;
}

export interface AgentOptions {
  /** Plays this concession style instead of the party's personality in the scenario. */
  readonly personality?: ConcessionStyle;
  /**
   * The decision's generator, `decisionRandom(state, side)` from whoever holds the game state. Without it the
   * ties are broken by a generator of the view's side and turn alone (the same for every game).
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

const NO_TURN: AgentDecision = { actions: [], line: '', objection: null };

/** The agent's turn, with its reasoning. */
export function reason(view: View, options: AgentOptions = {}): AgentReasoning {
  const { scenario, state, side } = view;
  const legal = legalActions(view);
  const own = utilityTable(scenario, side, state.params.influence[side]);
  const reservation = tableUtility(own, state.params.noDeal);
  if (!legal.canAct)
    return { decision: NO_TURN, reservation, best: null, target: null, bid: null, accepted: null };
  const agent = scenario.agent;
  const id = scenario.parties[side].id;
  const random = options.random ?? rngFor(`view|${side}|${state.turn}`);
  const space = bidSpace(scenario, state, side, own);
  const { ok, best } = basics(space);

  let target: number | null = null;
  let bid: Bid | null = null;
  if (best !== null) {
    const style = options.personality ?? scenario.parties[side].personality;
    const difficulty = state.settings.difficulty;
    const e = concessionExponent(agent, style, difficulty);
    const range = aspiration(
      tableUtility(own, best.package),
      reservation,
      agent.difficulty[difficulty].minTarget,
    );
    target = targetUtility(range, view.time, e);
    const model = opponentModel(scenario, other(side), state.offers, agent.learningRate, state.intel);
    bid = chooseBid(space, target, best, estimatedTable(model, own.offsets), agent, random, ok);
  }

  const standing = state.standing === null ? null : state.offers[state.standing];
  const deadline = state.turn >= turnCount(scenario) - 1;
  let accepted: AcceptReason | null = null;
  if (standing !== null) {
    const lastTurn = Math.max(1, turnCount(scenario) - 1);
    const theirs: PastOffer[] = state.offers
      .filter((o) => o.by !== side)
      .map((o) => ({ t: o.turn / lastTurn, q: quantize(tableUtility(own, o.package)) }));
    const canAccept = legal.actions.some((a) => a.type === 'accept');
    accepted = acceptance({
      t: view.time,
      acceptanceTime: agent.acceptanceTime,
      deadline,
      offerQ: quantize(tableUtility(own, standing.package)),
      nextBidQ: bid === null ? null : bid.q,
      reservationQ: quantize(reservation),
      ratified:
        canAccept && ratify(scenario, state.params, side, standing.package, linesOf(state, side)).passed,
      theirs,
    });
  }

  const say = (kind: ReplyKind, objection: number | null): string =>
    replyLine(
      scenario,
      side,
      kind,
      objection === null || standing === null ? null : { issue: objection, theirs: standing.package },
      random,
    );
  let decision: AgentDecision;
  if (accepted !== null) {
    decision = { actions: [{ type: 'accept', side: id }], line: say('accept', null), objection: null };
  } else if (bid === null) {
    decision = { actions: [{ type: 'walk-away', side: id }], line: say('walk-away', null), objection: null };
  } else {
    const objection = standing === null ? null : objectionIssue(own, standing.package, bid.package);
    const move: Action =
      deadline && standing !== null
        ? { type: 'reject', side: id }
        : { type: 'propose', side: id, package: bid.package };
    const tactics: Action[] =
      legal.actions.some((a) => a.type === 'back-channel') && state.turn < 2
        ? [{ type: 'back-channel', side: id }]
        : [];
    decision = {
      actions: [...tactics, move],
      line: say(move.type === 'reject' ? 'reject' : 'propose', objection),
      objection,
    };
  }
  return {
    decision,
    reservation,
    best: best === null ? null : tableUtility(own, best.package),
    target,
    bid,
    accepted,
  };
}

/** The computer's turn: what it does and says. */
export const chooseAction = (view: View, options: AgentOptions = {}): AgentDecision =>
  reason(view, options).decision;
