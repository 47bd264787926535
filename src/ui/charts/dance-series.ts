/**
 * The data of the "negotiation dance" chart: every offer of both sides in utility space (x: the first axis
 * party's utility, y: the other's), the Pareto frontier as points and as a staircase, the Nash point, no-deal,
 * the outcome and the historical deal. Every number comes from the model, evaluated with the game's final
 * parameters; this file only shapes it for drawing.
 */
import { nashPoint, paretoFrontier, reservations } from '../../model/analysis.ts';
import type { Package, Pair, PartyIndex, Scenario } from '../../model/scenario.ts';
import type { GameState } from '../../model/types.ts';
import { utility } from '../../model/utility.ts';
import { type NiceAxis, niceAxis } from './scale.ts';

export interface DancePoint {
  readonly x: number;
  readonly y: number;
}

export interface DanceOffer extends DancePoint {
  /** Index into `game.offers`. */
  readonly offer: number;
  readonly turn: number;
  /** The meeting (0-based) the offer was made in. */
  readonly meeting: number;
}

export interface DanceSeries {
  /** Which party is on which axis: the United States across and Japan up, when the scenario has them. */
  readonly axes: { readonly x: PartyIndex; readonly y: PartyIndex };
  /** Each party's offers in the order made, by party index. */
  readonly paths: Pair<readonly DanceOffer[]>;
  /** Pareto-optimal outcomes, x descending (so y ascending). */
  readonly frontier: readonly DancePoint[];
  /** The frontier as a staircase: the upper edge of the outcomes some frontier point dominates. */
  readonly frontierSteps: readonly DancePoint[];
  readonly nash: DancePoint | null;
  /** No-deal: both sides' reservation utilities. */
  readonly noDeal: DancePoint;
  /** Where the game ended (the deal, or no-deal); null while a game is still running. */
  readonly outcome: (DancePoint & { readonly kind: 'deal' | 'no-deal' }) | null;
  readonly historical: DancePoint | null;
}

/** The axis parties: the one the scenario names across (x), by default the first party (the United States in the
 * shipped scenarios), and the other up (y). */
export function danceAxes(scenario: Scenario): { readonly x: PartyIndex; readonly y: PartyIndex } {
  const x = scenario.look.xAxisParty;
  return { x, y: x === 0 ? 1 : 0 };
}

export function danceSeries(scenario: Scenario, game: GameState): DanceSeries {
  const axes = danceAxes(scenario);
  const params = game.params;
  const at = (u: Pair<number>): DancePoint => ({ x: u[axes.x], y: u[axes.y] });
  const ofPackage = (pkg: Package): DancePoint =>
    at([utility(scenario, params, 0, pkg), utility(scenario, params, 1, pkg)]);

  const paths: [DanceOffer[], DanceOffer[]] = [[], []];
  game.offers.forEach((offer, index) => {
    paths[offer.by].push({
      ...ofPackage(offer.package),
      offer: index,
      turn: offer.turn,
      meeting: Math.floor(offer.turn / 2),
    });
  });

  const frontierModel = paretoFrontier(scenario, params, game.onTable);
  const frontier = frontierModel.points.map((p) => at(p.u)).sort((a, b) => b.x - a.x || a.y - b.y);
  const nash = nashPoint(frontierModel, reservations(scenario, params));

  return {
    axes,
    paths,
    frontier,
    frontierSteps: staircase(frontier),
    nash: nash ? at(nash.u) : null,
    noDeal: at(reservations(scenario, params)),
    outcome: game.outcome ? { ...ofPackage(game.outcome.package), kind: game.outcome.kind } : null,
    historical: scenario.historicalDeal ? ofPackage(scenario.historicalDeal) : null,
  };
}

/**
 * Joins frontier points (x descending, y ascending) by steps: from each point left at its height to the next
 * point's x, then up to the next point. The area under the staircase is what the frontier dominates.
 */
export function staircase(points: readonly DancePoint[]): DancePoint[] {
  const steps: DancePoint[] = [];
  points.forEach((p, i) => {
    if (i > 0) steps.push({ x: p.x, y: points[i - 1].y });
    steps.push(p);
  });
  return steps;
}

/** Every point the chart draws, for the axes' extent. */
export function dancePoints(series: DanceSeries): DancePoint[] {
  const points: DancePoint[] = [...series.paths[0], ...series.paths[1], ...series.frontier, series.noDeal];
  if (series.nash) points.push(series.nash);
  if (series.outcome) points.push(series.outcome);
  if (series.historical) points.push(series.historical);
  return points;
}

/** Nice axes over every drawn point, kept within utility's 0–1. */
export function danceExtent(series: DanceSeries, maxTicks = 6): { x: NiceAxis; y: NiceAxis } {
  const points = dancePoints(series);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return {
    x: niceAxis(Math.min(...xs), Math.max(...xs), maxTicks, [0, 1]),
    y: niceAxis(Math.min(...ys), Math.max(...ys), maxTicks, [0, 1]),
  };
}
