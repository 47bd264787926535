/**
 * The class averages against the real deal: a table of the class's means (deal rate, meetings, scores, shares,
 * distances to Nash and to the Pareto frontier, tariffs, jobs and approval) beside the historical deal's figures,
 * measured at the start of a game as on the chart.
 */
import {
  type ClassAverages,
  classAverages,
  type DealFigures,
  historicalSummary,
  type StudentSummary,
} from '../classroom/summary.ts';
import { fixed } from '../i18n/numbers.ts';
import { t } from '../i18n/page-catalog.ts';
import type { PartyIndex, Scenario } from '../model/scenario.ts';
import {
  formatApproval,
  formatDate,
  formatDistance,
  formatJobs,
  formatPoints,
  formatShare,
} from '../ui/debrief/format.ts';
import { el } from '../ui/dom.ts';
import { formatRate } from './rows.ts';

/** A line of the table: what it is, the class's figure and the real deal's ('' where there is none). */
type AverageRow = [string, string, string];

/** For both parties, a row labelled with the party's name. */
function perParty(scenario: Scenario, row: (p: PartyIndex, party: string) => AverageRow): AverageRow[] {
  return ([0, 1] as const).map((p) => row(p, scenario.parties[p].name));
}

function averageRows(scenario: Scenario, averages: ClassAverages, history: DealFigures | null): AverageRow[] {
  const rows: AverageRow[] = [
    [t('teacher.averages.games'), String(averages.count), ''],
    [t('teacher.averages.dealRate'), formatShare(averages.dealRate), history ? t('teacher.table.deal') : ''],
    [
      t('teacher.averages.meetings'),
      fixed(averages.meetings, 1),
      history ? String(scenario.meetingCount) : '',
    ],
  ];
  rows.push(
    ...perParty(scenario, (p, party) => [
      t('teacher.table.utility', { party }),
      formatPoints(averages.utilities[p]),
      history ? formatPoints(history.utilities[p]) : '',
    ]),
  );
  rows.push(
    ...perParty(scenario, (p, party) => [
      t('teacher.averages.share', { party }),
      formatShare(averages.shares[p]),
      history ? formatShare(history.shares[p]) : '',
    ]),
  );
  rows.push([
    t('teacher.averages.nash'),
    averages.nashDistance === null ? '' : formatDistance(averages.nashDistance),
    history?.nashDistance != null ? formatDistance(history.nashDistance) : '',
  ]);
  rows.push([
    t('teacher.averages.pareto'),
    formatDistance(averages.paretoDistance),
    history ? formatDistance(history.paretoDistance) : '',
  ]);
  for (const tariff of averages.tariffs) {
    const real = history?.tariffs.find((r) => r.issue === tariff.issue);
    const unit = real?.unit ?? '%';
    rows.push([tariff.name, formatRate(tariff.rate, unit), real ? formatRate(real.rate, real.unit) : '']);
  }
  rows.push(
    ...perParty(scenario, (p, party) => [
      t('teacher.table.jobs', { party }),
      formatJobs(averages.jobs[p]),
      history ? formatJobs(history.jobs[p]) : '',
    ]),
  );
  rows.push(
    ...perParty(scenario, (p, party) => [
      t('teacher.table.approval', { party }),
      formatApproval(averages.approval[p]),
      history ? formatApproval(history.approval[p]) : '',
    ]),
  );
  return rows;
}

function headRow(realHeading: string): HTMLTableSectionElement {
  return el('thead', {
    children: [
      el('tr', {
        children: [
          el('th', { attrs: { scope: 'col' }, text: t('teacher.averages.figure') }),
          el('th', { attrs: { scope: 'col' }, className: 'tt-num', text: t('teacher.averages.class') }),
          el('th', { attrs: { scope: 'col' }, className: 'tt-num', text: realHeading }),
        ],
      }),
    ],
  });
}

/** The class's means beside the real deal's figures (at the start of a game, as on the chart). */
export function averagesTable(scenario: Scenario, summaries: readonly StudentSummary[]): HTMLElement {
  const averages = classAverages(summaries);
  const history = historicalSummary(scenario);
  if (!averages) return el('p', { className: 'tt-muted', text: t('teacher.chart.none') });
  const date = scenario.historicalText ? formatDate(scenario.historicalText.date) : '';
  const rows = averageRows(scenario, averages, history);
  return el('table', {
    className: 'tt-averages-table',
    attrs: { id: 'tt-averages' },
    children: [
      el('caption', { text: t('teacher.averages.caption', { count: averages.count }) }),
      headRow(history ? t('teacher.averages.real', { date }) : t('teacher.averages.noReal')),
      el('tbody', {
        children: rows.map(([label, mine, real]) =>
          el('tr', {
            children: [
              el('th', { attrs: { scope: 'row' }, text: label }),
              el('td', { className: 'tt-num', text: mine }),
              el('td', { className: 'tt-num', text: real }),
            ],
          }),
        ),
      }),
    ],
  });
}
