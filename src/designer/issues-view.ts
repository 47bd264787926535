/**
 * Each issue's levels with the value each side and each of its groups puts on them, which levels are no-deal
 * and history, and which groups' red lines a level crosses.
 */
import { t } from '../i18n/page-catalog.ts';
import type { Scenario } from '../model/scenario.ts';
import { crossesAt, initialParams, utilityTable } from '../model/utility.ts';
import { el } from '../ui/dom.ts';
import { fixed3, table } from './parts.ts';

export function issuesView(scenario: Scenario): Node[] {
  const params = initialParams(scenario);
  const tables = [0, 1].map((p) => utilityTable(scenario, p as 0 | 1, params.influence[p]));
  const parties = scenario.parties;
  const head = [
    t('designer.issues.level'),
    ...parties.map((p) => p.shortName),
    ...parties.flatMap((p) =>
      p.groups.map((g) => t('designer.issues.group', { party: p.shortName, group: g.name })),
    ),
    t('designer.issues.redLines'),
  ];
  return scenario.issues.map((issue, j) => {
    const rows = issue.levels.map((level, l) => {
      const tags: string[] = [];
      if (scenario.noDeal[j] === l) tags.push(t('designer.issues.noDeal'));
      if (scenario.historicalDeal?.[j] === l) tags.push(t('designer.issues.historical'));
      const crossed = parties.flatMap((p) =>
        p.groups
          .filter((g) => g.redLines.some((line) => line.issue === j && crossesAt(line, l)))
          .map((g) => t('designer.issues.group', { party: p.shortName, group: g.name })),
      );
      return [
        tags.length ? t('designer.issues.tags', { label: level.label, tags: tags.join(', ') }) : level.label,
        ...tables.map((tb) => fixed3(tb.values[tb.offsets[j] + l])),
        ...parties.flatMap((p) => p.groups.map((g) => fixed3(g.table[j][l]))),
        crossed.length
          ? { text: crossed.join('; '), attrs: { class: 'tt-designer-crossed' } }
          : t('designer.issues.none'),
      ];
    });
    return el('div', {
      className: 'tt-designer-issue',
      children: [el('h3', { text: issue.name }), table(head, rows)],
    });
  });
}
