/**
 * The projection in words, for screen readers: the canvas panels (summary, economy, groups at home) have a
 * text twin in a visually hidden tab panel. Pure functions over the model's projection.
 */
import { t } from '../../i18n/catalog.ts';
import { other, type PartyIndex, type Scenario } from '../../model/scenario.ts';
import type { Projection, SideProjection } from '../../model/view.ts';
import { stanceReason } from './describe.ts';
import { billions, billionsSigned, jobs, percent, percentValue, score } from './format.ts';

/** "Japan (you): would pass, support 82%, needs 60%. Satisfaction 79 (no deal 36) · approval 56%." */
export function sideSummary(name: string, side: SideProjection): string {
  const est = side.estimated;
  const r = side.ratification;
  const approx = (text: string) => (est ? `~${text}` : text);
  const verdict = r.passed ? t('table.proj.ratifies') : t('table.proj.fails');
  const support = t('table.proj.support', {
    support: approx(percent(r.support)),
    threshold: approx(percent(r.threshold)),
  });
  const detail = t('table.proj.satisfaction', {
    value: score(side.utility, est),
    noDeal: score(side.noDealUtility, est),
    approval: approx(percent(side.approval / 100)),
  });
  return `${name}: ${verdict}, ${support}. ${detail}.`;
}

/** The economy tab in sentences, the viewer's side first. */
export function economyText(scenario: Scenario, projection: Projection, viewer: PartyIndex): string[] {
  const lines = ([viewer, other(viewer)] as const).map((p) => {
    const tot = projection.economy.totals[p];
    return `${scenario.parties[p].name}: ${t('table.econ.jobs')} ${jobs(tot.jobs)}; ${t('table.econ.revenue')} ${billions(
      tot.revenue,
    )}; ${t('table.econ.consumerCost')} ${billions(tot.consumerCost)}; ${t('table.econ.balance')} ${billionsSigned(
      tot.balance,
    )}.`;
  });
  lines.push(`${t('table.econ.trade')}:`);
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
