/**
 * The data of the dashboard's charts, pure: the class's deals in utility space with the Pareto frontier, the Nash
 * point, no-deal and the real deal, all under the scenario's initial parameters (one frame for every student,
 * whatever events each game met); and dot plots of one figure across the class. The page only draws these.
 */
import { nashPoint, paretoFrontier, reservations } from '../model/analysis.ts';
import type { Package, Pair, PartyIndex, Scenario } from '../model/scenario.ts';
import { initialParams, utility } from '../model/utility.ts';
import { type DancePoint, danceAxes, staircase } from '../ui/charts/dance-series.ts';
import { type NiceAxis, niceAxis } from '../ui/charts/scale.ts';

/** One student's result on the chart. */
export interface ClassDeal extends DancePoint {
  /** 1-based row number in the class table. */
  readonly index: number;
  readonly name: string;
  readonly kind: 'deal' | 'no-deal';
  /** The student's side; null when not known. */
  readonly side: PartyIndex | null;
}

export interface ClassDance {
  readonly axes: { readonly x: PartyIndex; readonly y: PartyIndex };
  /** Pareto-optimal outcomes, x descending. */
  readonly frontier: readonly DancePoint[];
  readonly frontierSteps: readonly DancePoint[];
  readonly nash: DancePoint | null;
  readonly noDeal: DancePoint;
  readonly historical: DancePoint | null;
  readonly deals: readonly ClassDeal[];
  readonly extent: { readonly x: NiceAxis; readonly y: NiceAxis };
}

export interface ClassResult {
  readonly index: number;
  readonly name: string;
  readonly kind: 'deal' | 'no-deal';
  readonly package: Package;
  readonly side: PartyIndex | null;
}

export function classDance(scenario: Scenario, results: readonly ClassResult[]): ClassDance {
  const axes = danceAxes(scenario);
  const params = initialParams(scenario);
  const at = (u: Pair<number>): DancePoint => ({ x: u[axes.x], y: u[axes.y] });
  const ofPackage = (pkg: Package): DancePoint =>
    at([utility(scenario, params, 0, pkg), utility(scenario, params, 1, pkg)]);
  const model = paretoFrontier(scenario, params);
  const frontier = model.points.map((p) => at(p.u)).sort((a, b) => b.x - a.x || a.y - b.y);
  const r = reservations(scenario, params);
  const nash = nashPoint(model, r);
  const deals = results.map((res) => ({
    ...ofPackage(res.package),
    index: res.index,
    name: res.name,
    kind: res.kind,
    side: res.side,
  }));
  const historical = scenario.historicalDeal ? ofPackage(scenario.historicalDeal) : null;
  const noDeal = at(r);
  const points: DancePoint[] = [...frontier, ...deals, noDeal];
  if (nash) points.push(at(nash.u));
  if (historical) points.push(historical);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return {
    axes,
    frontier,
    frontierSteps: staircase(frontier),
    nash: nash ? at(nash.u) : null,
    noDeal,
    historical,
    deals,
    extent: {
      x: niceAxis(Math.min(...xs), Math.max(...xs), 6, [0, 1]),
      y: niceAxis(Math.min(...ys), Math.max(...ys), 6, [0, 1]),
    },
  };
}

/** A plot area inside a chart of `width` × `height` with margins, and the maps from data to it. */
export interface PlotFrame {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  x(value: number): number;
  y(value: number): number;
}

export function plotFrame(
  width: number,
  height: number,
  margin: { left: number; right: number; top: number; bottom: number },
  x: NiceAxis,
  y: NiceAxis | null,
): PlotFrame {
  const left = margin.left;
  const right = width - margin.right;
  const top = margin.top;
  const bottom = height - margin.bottom;
  const map = (domain: readonly [number, number], r0: number, r1: number) => (v: number) =>
    domain[1] === domain[0] ? (r0 + r1) / 2 : r0 + ((v - domain[0]) / (domain[1] - domain[0])) * (r1 - r0);
  return {
    left,
    right,
    top,
    bottom,
    x: map(x.domain, left, right),
    y: y ? map(y.domain, bottom, top) : () => bottom,
  };
}

/** A dot plot of one figure over the class: dots stacked where values fall in the same bin. */
export interface DotPlot {
  readonly axis: NiceAxis;
  /** Bin width in data units. */
  readonly bin: number;
  readonly dots: readonly { readonly value: number; readonly centre: number; readonly stack: number }[];
  /** The tallest stack (1 when there is one dot per bin). */
  readonly height: number;
  readonly historical: number | null;
  readonly mean: number | null;
}

/** Stacks values into about `bins` bins over nice axis that also covers the historical value. */
export function dotPlot(values: readonly number[], historical: number | null, bins = 24): DotPlot {
  const finite = values.filter((v) => Number.isFinite(v));
  const all = historical === null ? finite : [...finite, historical];
  const axis = all.length === 0 ? niceAxis(0, 1, 5) : niceAxis(Math.min(...all), Math.max(...all), 5);
  const span = axis.domain[1] - axis.domain[0];
  const bin = span > 0 ? span / bins : 1;
  const counts = new Map<number, number>();
  const dots = [...finite]
    .sort((a, b) => a - b)
    .map((value) => {
      const k = Math.min(bins - 1, Math.max(0, Math.floor((value - axis.domain[0]) / bin)));
      const stack = counts.get(k) ?? 0;
      counts.set(k, stack + 1);
      return { value, centre: axis.domain[0] + (k + 0.5) * bin, stack };
    });
  return {
    axis,
    bin,
    dots,
    height: Math.max(1, ...counts.values()),
    historical,
    mean: finite.length === 0 ? null : finite.reduce((s, v) => s + v, 0) / finite.length,
  };
}
