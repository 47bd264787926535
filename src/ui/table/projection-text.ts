/**
 * The projection in words, for screen readers: the canvas panels (summary, economy, groups at home) have a
 * text twin in a visually hidden tab panel. Pure functions over the model's projection.
 */
import { t } from '../../i18n/catalog.ts';
import { moneyVars } from '../../i18n/presentation.ts';
import { other, type PartyIndex, type Scenario } from '../../model/scenario.ts';
import type { Projection, SideProjection } from '../../model/view.ts';
import { stanceReason } from './describe.ts';
import { billions, billionsSigned, jobs, percent, percentRange, percentValue, score } from './format.ts';

/** "✓ Would pass", "✗ Would fail" or, for the other side when the player cannot know, "? Unknown". */
export function verdictText(side: SideProjection): string {
  if (side.verdict === 'unknown') return t('table.est.unknown');
  return side.verdict === 'pass' ? t('table.proj.ratifies') : t('table.proj.fails');
}

/**
 * The support beside the verdict, long and short: exact for one's own side ("support 60% · needs 60%"); for the
 * other side a range ("support 30–80%"), or the groups that back it when any share is possible ("2 of 4 groups
 * back it"), and the threshold only when a public range narrows it: never a guessed "needs ~50%".
 */
export function supportTexts(side: SideProjection): readonly [string, string] {
  const r = side.ratification;
  if (r) {
    const figures = { support: percent(r.support), threshold: percent(r.threshold) };
    return [t('table.proj.support', figures), t('table.proj.supportShort', figures)];
  }
  const { support, threshold } = side;
  const groups = { backing: side.backing, groups: side.groups.length };
  const range =
    support.min === support.max
      ? { long: t('table.est.supportExact', { support: percent(support.min) }), short: percent(support.min) }
      : support.min <= 0 && support.max >= 1
        ? { long: t('table.est.groupsBack', groups), short: t('table.est.groupsBackShort', groups) }
        : {
            long: t('table.est.supportRange', { range: percentRange(support.min, support.max) }),
            short: percentRange(support.min, support.max),
          };
  if (threshold.max >= 1) return [range.long, range.short];
  const needs = percentRange(threshold.min, threshold.max);
  return [
    t('table.est.withNeeds', { support: range.long, needs }),
    t('table.est.withNeeds', { support: range.short, needs }),
  ];
}

/** "Japan (you): ✓ Would pass, support 82% · needs 60%. Satisfaction 79 (no deal 36) · approval 56%." */
export function sideSummary(name: string, side: SideProjection): string {
  const est = side.estimated;
  const approx = (text: string) => (est ? `~${text}` : text);
  const support = supportTexts(side)[0];
  const detail = t('table.proj.satisfaction', {
    value: score(side.utility, est),
    noDeal: score(side.noDealUtility, est),
    approval: approx(percent(side.approval / 100)),
  });
  const note = est ? ` ${t('table.est.private')}` : '';
  return `${name}: ${verdictText(side)}, ${support}.${note} ${detail}.`;
}

/** The economy tab in sentences, the viewer's side first. */
export function economyText(scenario: Scenario, projection: Projection, viewer: PartyIndex): string[] {
  const lines = ([viewer, other(viewer)] as const).map((p) => {
    const tot = projection.economy.totals[p];
    return `${scenario.parties[p].name}: ${t('table.econ.jobs', moneyVars())} ${jobs(tot.jobs)}; ${t('table.econ.revenue')} ${billions(
      tot.revenue,
    )}; ${t('table.econ.consumerCost')} ${billions(tot.consumerCost)}; ${t('table.econ.balance')} ${billionsSigned(
      tot.balance,
    )}.`;
  });
  lines.push(`${t('table.econ.trade', moneyVars())}:`);
  projection.economy.sectors.forEach((sector, k) => {
    const name = scenario.sectors[k]?.name ?? sector.id;
    const tariff =
      sector.tariff === null ? '' : ` ${t('table.econ.atTariff', { tariff: percentValue(sector.tariff) })}`;
    lines.push(
      `${name}${tariff}: ${billions(sector.flow)} (${billionsSigned(sector.flow - sector.baseline)}).`,
    );
  });
  return lines;
}

/** The groups at home in sentences, the viewer's side first. */
export function homeText(scenario: Scenario, projection: Projection, viewer: PartyIndex): string[] {
  return ([viewer, other(viewer)] as const).flatMap((p) => [
    `${scenario.parties[p].name}:`,
    ...projection.sides[p].groups.map(
      (g) =>
        `${g.name}: ${stanceReason(scenario, g)}, ${t('table.proj.satisfactionShort', { value: score(g.utility, projection.sides[p].estimated), noDeal: score(g.noDealUtility, projection.sides[p].estimated) })}.`,
    ),
  ]);
}

/**
 * Whether the package would pass on each side, the viewer's first, in one short sentence per side: "Japan: ✓ Would
 * pass (82% · needs 60%). United States: ? Unknown (2 of 4 groups)." What a lever's announcement and the
 * announcement of an offer add, so the estimate the table draws is heard too.
 */
export function estimateText(scenario: Scenario, projection: Projection, viewer: PartyIndex): string {
  return ([viewer, other(viewer)] as const)
    .map((p) =>
      t('table.estimate.side', {
        side: scenario.parties[p].name,
        verdict: verdictText(projection.sides[p]),
        support: supportTexts(projection.sides[p])[1],
      }),
    )
    .join(' ');
}
