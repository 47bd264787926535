/**
 * Any package, set by one lever (a select) per issue, scored for both sides by the model's own functions:
 * utility, reservation, share of the joint gain, group support and ratification, approval, and the economy.
 * The historical deal, the Nash point and no-deal are one click away.
 */
import { t } from '../i18n/page-catalog.ts';
import { nashPoint, packageAt, paretoFrontier, reservations, scorePackage } from '../model/analysis.ts';
import { economyOf } from '../model/economy.ts';
import type { Package, PartyIndex, Scenario } from '../model/scenario.ts';
import { initialParams, ratify } from '../model/utility.ts';
import { button, el } from '../ui/dom.ts';
import { fixed3, percent, table, whole } from './parts.ts';

function scoreTable(scenario: Scenario, pkg: Package): Node[] {
  const params = initialParams(scenario);
  const score = scorePackage(scenario, params, pkg);
  const economy = economyOf(scenario, pkg);
  const sides = [0, 1] as const;
  const home = sides.map((p) => ratify(scenario, params, p, pkg));
  const row = (label: string, value: (p: PartyIndex) => string, key: string) => [
    label,
    ...sides.map((p) => ({ text: value(p), attrs: { 'data-figure': `${key}.${p}` } })),
  ];
  const rows = [
    row(t('designer.package.utility'), (p) => fixed3(score.sides[p].utility), 'utility'),
    row(t('designer.package.reservation'), (p) => fixed3(score.sides[p].reservation), 'reservation'),
    row(t('designer.package.share'), (p) => percent(score.sides[p].surplusShare), 'share'),
    [
      t('designer.package.support', { threshold: sides.map((p) => percent(home[p].threshold)).join(' / ') }),
      ...sides.map((p) => ({ text: percent(home[p].support), attrs: { 'data-figure': `support.${p}` } })),
    ],
    row(
      t('designer.package.ratified'),
      (p) => t(home[p].passed ? 'designer.package.yes' : 'designer.package.no'),
      'ratified',
    ),
    row(t('designer.package.approval'), (p) => score.sides[p].approval.toFixed(1), 'approval'),
    row(t('designer.package.jobs'), (p) => whole(economy.totals[p].jobs), 'jobs'),
    row(t('designer.package.balance'), (p) => whole(economy.totals[p].balance), 'balance'),
    row(t('designer.package.revenue'), (p) => whole(economy.totals[p].revenue), 'revenue'),
    row(t('designer.package.consumerCost'), (p) => whole(economy.totals[p].consumerCost), 'consumerCost'),
  ];
  const head = [t('designer.package.figure'), ...scenario.parties.map((p) => p.shortName)];
  const groups = sides.map((p) =>
    el('div', {
      className: 'tt-designer-groups',
      children: [
        el('h4', { text: `${scenario.parties[p].shortName}: ${t('designer.package.groups')}` }),
        el('ul', {
          children: home[p].verdicts.map((v, gi) => {
            const group = scenario.parties[p].groups[gi].name;
            const vars = { group, utility: fixed3(v.utility), noDeal: fixed3(v.noDealUtility) };
            const text = v.crossed
              ? t('designer.package.crossed', { group, issue: scenario.issues[v.crossed.issue].name })
              : t(v.supports ? 'designer.package.supports' : 'designer.package.opposes', vars);
            return el('li', { text, attrs: { 'data-supports': String(v.supports) } });
          }),
        }),
      ],
    }),
  );
  return [
    table(head, rows, 'tt-designer-score'),
    el('div', { className: 'tt-designer-columns', children: groups }),
  ];
}

/** The lever panel and its live score. */
export function packageView(scenario: Scenario): HTMLElement {
  const root = el('div', { className: 'tt-designer-package' });
  const levers = el('div', { className: 'tt-designer-levers' });
  const scores = el('div', { attrs: { 'aria-live': 'polite' } });
  const selects = scenario.issues.map((issue, j) => {
    const id = `tt-designer-lever-${j}`;
    const node = el('select', {
      attrs: { id, 'data-issue': issue.id },
      children: issue.levels.map((level, l) =>
        el('option', { text: level.label, attrs: { value: String(l) } }),
      ),
    });
    node.addEventListener('change', () => update());
    levers.appendChild(
      el('div', {
        className: 'tt-designer-lever',
        children: [el('label', { text: issue.name, attrs: { for: id } }), node],
      }),
    );
    return node;
  });
  const current = (): Package => selects.map((s) => Number(s.value));
  const update = () => scores.replaceChildren(...scoreTable(scenario, current()));
  const set = (pkg: Package) => {
    pkg.forEach((level, j) => {
      selects[j].value = String(level);
    });
    update();
  };
  const params = initialParams(scenario);
  const nash = nashPoint(paretoFrontier(scenario, params), reservations(scenario, params));
  const buttons = el('div', { className: 'tt-designer-buttons' });
  buttons.appendChild(button(t('designer.package.noDeal'), () => set(scenario.noDeal)));
  const historical = scenario.historicalDeal;
  if (historical) buttons.appendChild(button(t('designer.package.historical'), () => set(historical)));
  if (nash)
    buttons.appendChild(button(t('designer.package.nash'), () => set(packageAt(scenario, nash.index))));
  root.append(buttons, levers, scores);
  set(historical ?? scenario.noDeal);
  return root;
}
