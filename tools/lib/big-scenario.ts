/**
 * Bigger scenarios for the benchmarks and tests (issue 16): a compiled scenario with `issues` issues of
 * `levels` levels each, made from a shipped one. The groups stay the same; issue k is a copy of issue k mod n
 * with a new id, its levels resampled to `levels` (group utilities interpolated between the old levels, red
 * lines and no-deal levels moved to the matching new level), and every utility table scaled by n / issues so
 * the groups' totals (and what they need to ratify) stay in the same range. Plain data, no file.
 */
import type { CompiledEffect, CompiledRedLine, Package, Scenario } from '../../src/model/scenario.ts';

/** Where new level k of `levels` falls on an old scale of `count` levels. */
const position = (k: number, levels: number, count: number): number =>
  levels === 1 ? 0 : (k * (count - 1)) / (levels - 1);

const nearest = (old: number, levels: number, count: number): number =>
  count === 1 ? 0 : Math.round((old * (levels - 1)) / (count - 1));

function interpolate(row: readonly number[], levels: number): number[] {
  return Array.from({ length: levels }, (_, k) => {
    const x = position(k, levels, row.length);
    const lo = Math.floor(x);
    const hi = Math.min(row.length - 1, lo + 1);
    return row[lo] + (row[hi] - row[lo]) * (x - lo);
  });
}

export function bigScenario(base: Scenario, issues = 20, levels = 4, tag = 'big'): Scenario {
  const n = base.issues.length;
  const src = (k: number): number => k % n;
  const scale = n / issues;
  const counts = base.issues.map((iss) => iss.levels.length);
  const remap = (pkg: Package): number[] =>
    Array.from({ length: issues }, (_, k) => nearest(pkg[src(k)], levels, counts[src(k)]));
  const line = (l: CompiledRedLine, k: number): CompiledRedLine => {
    const count = counts[src(k)];
    const x = (l.level * (levels - 1)) / Math.max(1, count - 1);
    return { ...l, issue: k, level: l.bound === 'at-most' ? Math.floor(x) : Math.ceil(x) };
  };
  const newIssues = Array.from({ length: issues }, (_, k) => {
    const iss = base.issues[src(k)];
    return {
      ...iss,
      id: k < n ? iss.id : `${iss.id}-${Math.floor(k / n) + 1}`,
      levels: Array.from({ length: levels }, (_, l) => {
        const old = iss.levels[Math.round(position(l, levels, iss.levels.length))];
        return { ...old, id: `${old.id}-${tag}${l}` };
      }),
    };
  });
  const parties = base.parties.map((p) => ({
    ...p,
    groups: p.groups.map((g) => ({
      ...g,
      table: Array.from({ length: issues }, (_, k) =>
        interpolate(g.table[src(k)], levels).map((v) => v * scale),
      ),
      redLines: Array.from({ length: issues }, (_, k) =>
        g.redLines.filter((l) => l.issue === src(k)).map((l) => line(l, k)),
      ).flat(),
    })),
  })) as unknown as Scenario['parties'];
  return {
    ...base,
    id: `${base.id}-${tag}`,
    hash: `${base.hash}-${tag}-${issues}x${levels}`,
    parties,
    issues: newIssues,
    sectors: [],
    noDeal: remap(base.noDeal),
    historicalDeal: base.historicalDeal === null ? null : remap(base.historicalDeal),
    events: base.events.map((e) => ({
      ...e,
      effects: e.effects.flatMap((f): CompiledEffect[] =>
        f.op === 'set-no-deal'
          ? Array.from({ length: issues }, (_, k) => k)
              .filter((k) => src(k) === f.issue)
              .map((k) => ({ ...f, issue: k, level: nearest(f.level, levels, counts[f.issue]) }))
          : [f],
      ),
    })),
    spaceSize: levels ** issues,
    dialogue: base.dialogue.map((d) =>
      d === null
        ? null
        : { ...d, objections: Array.from({ length: issues }, (_, k) => d.objections[src(k)]) },
    ) as unknown as Scenario['dialogue'],
  };
}
