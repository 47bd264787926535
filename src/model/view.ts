/**
 * What one side may see (`viewFor`), what it may do (`legalActions`) and what a package would do (`project`).
 * A view hides the other side's private preferences (group influence, ratification threshold, personality and
 * back-channel intel), the seed and the RNG state (from which the event deck and the computer's choices could be
 * rebuilt); the other side's reactions are then estimates from what is public.
 */
import { HANDLERS, listedMoves } from './actions/index.ts';
import { mapped } from './arrays.ts';
import { type EconomyOutcome, economyOf } from './economy.ts';
import { estimateRatification, publicBounds, type Range, type Verdict } from './estimate.ts';
import { scenarioAt } from './events.ts';
import { rngFor } from './rng.ts';
import { linesOf, meetingOf, toMove, turnCount } from './rules.ts';
import { other, type Package, type Pair, type PartyIndex, partyIndexOf, type Scenario } from './scenario.ts';
import type { Action, GameSettings, GameState } from './types.ts';
import { approval, crossesAt, type Ratification, ratify, utility } from './utility.ts';

/** The ratification threshold a side assumes for the other when it does not know it: a simple majority. */
export const ASSUMED_THRESHOLD = 0.5;

export type ViewState = Omit<GameState, 'rng' | 'intel' | 'settings'> & {
  readonly settings: Omit<GameSettings, 'seed'>;
  readonly intel: number | null;
};

export interface View {
  readonly side: PartyIndex;
  /** The scenario with the other side's private numbers replaced by public estimates. */
  readonly scenario: Scenario;
  readonly state: ViewState;
  readonly meeting: number;
  readonly toMove: PartyIndex;
  /** Time in [0, 1]: the share of turns used. */
  readonly time: number;
}

const redactedCache = new WeakMap<Scenario, Pair<Scenario>>();

function redactFor(scenario: Scenario, side: PartyIndex): Scenario {
  const o = other(side);
  const party = scenario.parties[o];
  const hidden = {
    ...party,
    groups: mapped(party.groups, (g) => ({ ...g, influence: 1 })),
    threshold: ASSUMED_THRESHOLD,
    personality: 'linear' as const,
  };
  const parties = (side === 0 ? [scenario.parties[0], hidden] : [hidden, scenario.parties[1]]) as Pair<
    typeof party
  >;
  return { ...scenario, parties };
}

export function redactedScenario(scenario: Scenario, side: PartyIndex): Scenario {
  let pair = redactedCache.get(scenario);
  if (!pair) {
    pair = [redactFor(scenario, 0), redactFor(scenario, 1)];
    redactedCache.set(scenario, pair);
  }
  return pair[side];
}

const uniformCache = new WeakMap<Scenario, Pair<readonly number[]>>();

/** Equal influence for every group of a party: what the other side assumes. One array per scenario and party,
 * so the estimated utility table is built once. */
function uniformInfluence(scenario: Scenario, party: PartyIndex): readonly number[] {
  let pair = uniformCache.get(scenario);
  if (!pair) {
    pair = [mapped(scenario.parties[0].groups, () => 1), mapped(scenario.parties[1].groups, () => 1)];
    uniformCache.set(scenario, pair);
  }
  return pair[party];
}

const publicCache = new WeakMap<GameSettings, ViewState['settings']>();

/** The settings without the seed: one object per settings object (a game keeps its settings from move to move,
 * and the computer asks for a view on every decision). */
function publicSettings(settings: GameSettings): ViewState['settings'] {
  let seen = publicCache.get(settings);
  if (!seen) {
    seen = { side: settings.side, opponent: settings.opponent, difficulty: settings.difficulty };
    publicCache.set(settings, seen);
  }
  return seen;
}

/** The game as `side` sees it. `side` is a party id or index. */
export function viewFor(file: Scenario, state: GameState, side: string | PartyIndex): View | null {
  const s = typeof side === 'number' ? (side === 0 || side === 1 ? side : null) : partyIndexOf(file, side);
  if (s === null) return null;
  // The scenario in force: the news that has fired may have changed groups, the economy or the deadline.
  const scenario = scenarioAt(file, state);
  const uniform = uniformInfluence(scenario, other(s));
  const influence: Pair<readonly number[]> =
    s === 0 ? [state.params.influence[0], uniform] : [uniform, state.params.influence[1]];
  const threshold: Pair<number> =
    s === 0 ? [state.params.threshold[0], ASSUMED_THRESHOLD] : [ASSUMED_THRESHOLD, state.params.threshold[1]];
  const view: View = {
    side: s,
    scenario: redactedScenario(scenario, s),
    // The state without its generator, its seed and the other side's intel: every other field, named (an object
    // rest would copy them as well, in this order, but slowly; the computer asks for a view on every decision).
    state: {
      format: state.format,
      scenario: state.scenario,
      turn: state.turn,
      offers: state.offers,
      standing: state.standing,
      params: { ...state.params, influence, threshold },
      onTable: state.onTable,
      redLines: state.redLines,
      links: state.links,
      backChannelUsed: state.backChannelUsed,
      fired: state.fired,
      approvalHistory: state.approvalHistory,
      failedRatifications: state.failedRatifications,
      outcome: state.outcome,
      log: state.log,
      settings: publicSettings(state.settings),
      intel: state.intel[s],
    },
    meeting: Math.min(meetingOf(state.turn), scenario.meetingCount - 1),
    toMove: toMove(scenario, state),
    time: Math.min(1, state.turn / Math.max(1, turnCount(scenario) - 1)),
  };
  return view;
}

/**
 * The computer's generator for one decision (its tie-breaks): the same numbers for the same game, side and turn.
 * It needs the game state, which holds the seed; a view never does, so whoever asks the computer to decide (the
 * store, self-play, the verifier) passes this to `chooseAction` beside the view.
 */
export const decisionRandom = (state: GameState, side: PartyIndex): (() => number) =>
  rngFor(`${state.settings.seed}|agent|${side}|${state.turn}`);

export interface LegalActions {
  /** True when it is this side's turn in a game still going. */
  readonly canAct: boolean;
  /** The moves that end the turn, and the tactics, as actions that would be accepted. */
  readonly actions: readonly Action[];
  readonly canPropose: boolean;
  /** For each issue, the levels this side may propose (off-table issues and own red lines narrow them). */
  readonly levels: readonly (readonly number[])[];
  /** Red lines this side could still draw: for each on-table issue, the levels. */
  readonly redLineOptions: readonly { readonly issue: number; readonly levels: readonly number[] }[];
}

/** Whether it is the view's side's turn in a game still going: `legalActions(view).canAct`. */
export const canActIn = (view: View): boolean => view.state.outcome === null && view.toMove === view.side;

/** Whether the side may accept the standing offer: an accept among `legalActions(view).actions`, without
 * listing every move (the computer asks on every decision). */
export const mayAccept = (view: View): boolean => canActIn(view) && HANDLERS.accept.listed(view).length > 0;

export function legalActions(view: View): LegalActions {
  const { scenario, state, side } = view;
  const canAct = canActIn(view);
  const lines = linesOf(state, side);
  const levels = mapped(scenario.issues, (iss, j) =>
    mapped(iss.levels, (_, l) => l).filter((l) => {
      if (!state.onTable[j]) return l === state.params.noDeal[j];
      return !lines.some((line) => line.issue === j && crossesAt(line, l));
    }),
  );
  if (!canAct) return { canAct, actions: [], canPropose: false, levels, redLineOptions: [] };
  // Each move type lists its ready-made moves (src/model/actions/), in the order of ACTION_TYPES.
  const actions = listedMoves(view);
  const drewLine = state.redLines.some((l) => l.by === side && !l.announced);
  const redLineOptions = drewLine
    ? []
    : scenario.issues.flatMap((iss, j) =>
        state.onTable[j] ? [{ issue: j, levels: mapped(iss.levels, (_, l) => l) }] : [],
      );
  return { canAct, actions, canPropose: true, levels, redLineOptions };
}

export interface GroupReaction {
  readonly id: string;
  readonly name: string;
  /** Satisfaction 0..1 under the package and under no-deal. */
  readonly utility: number;
  readonly noDealUtility: number;
  readonly supports: boolean;
  /** The red line the package crosses for this group, as an issue index, or null. */
  readonly crossedIssue: number | null;
}

export interface SideProjection {
  readonly party: PartyIndex;
  /** False for your own side (exact); true for the other (from public knowledge). */
  readonly estimated: boolean;
  readonly utility: number;
  readonly noDealUtility: number;
  readonly approval: number;
  readonly groups: readonly GroupReaction[];
  /**
   * Would it ratify? Own side: exactly `ratify` on the real state, 'pass' or 'fail'. Other side: 'pass' or 'fail'
   * only when every influence and threshold the viewer cannot rule out agrees, else 'unknown' (src/model/estimate.ts).
   */
  readonly verdict: Verdict;
  /** Share of influence that backs it: exact (min === max) for one's own side, a range for the other. */
  readonly support: Range;
  /** The threshold: exact for one's own side; for the other, the range nobody can rule out. */
  readonly threshold: Range;
  /** How many groups back it, of `groups.length`. */
  readonly backing: number;
  /** The exact ratification: one's own side only (null for the other, whose weights and threshold are private). */
  readonly ratification: Pick<Ratification, 'passed' | 'support' | 'threshold'> | null;
}

export interface Projection {
  readonly package: Package;
  readonly economy: EconomyOutcome;
  readonly sides: Pair<SideProjection>;
}

function projectSide(view: View, party: PartyIndex, pkg: Package): SideProjection {
  const { scenario, state } = view;
  const params = state.params;
  const lines = linesOf(state, party);
  const estimated = party !== view.side;
  // Group stances use only public data (concerns, tolerances, red lines); the weights below are the real ones
  // for one's own side and equal ones (a guess, used for nothing but the estimated satisfaction) for the other.
  const result = ratify(scenario, params, party, pkg, lines);
  const groups = scenario.parties[party].groups;
  const backing = result.verdicts.filter((v) => v.supports).length;
  const exact = { passed: result.passed, support: result.support, threshold: result.threshold };
  const estimate = estimated
    ? estimateRatification(scenario, params, party, pkg, lines, publicBounds(scenario, party, state.fired))
    : null;
  return {
    party,
    estimated,
    utility: utility(scenario, params, party, pkg),
    noDealUtility: utility(scenario, params, party, params.noDeal),
    approval: approval(scenario, params, party, pkg),
    groups: mapped(result.verdicts, (v, g) => ({
      id: v.group,
      name: groups[g].name,
      utility: v.utility,
      noDealUtility: v.noDealUtility,
      supports: v.supports,
      crossedIssue: v.crossed ? v.crossed.issue : null,
    })),
    verdict: estimate ? estimate.verdict : result.passed ? 'pass' : 'fail',
    support: estimate ? estimate.support : { min: result.support, max: result.support },
    threshold: estimate ? estimate.threshold : { min: result.threshold, max: result.threshold },
    backing,
    ratification: estimate ? null : exact,
  };
}

/**
 * What a package would do, before it is proposed: exact for the viewer's side (the ratification rule on the real
 * state), and for the other side only what the viewer can know (a verdict, or 'unknown', and a range of support).
 */
export function project(view: View, pkg: Package): Projection {
  const sides = [projectSide(view, 0, pkg), projectSide(view, 1, pkg)] as const;
  return { package: pkg, economy: economyOf(view.scenario, pkg), sides };
}
