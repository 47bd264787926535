/**
 * Each party's totals under the game's result, the real deal and no-deal (DOM table): jobs, tariff revenue,
 * the extra cost to buyers and the trade balance. Rows that are zero in all three are left out; the balance is
 * shown once (one side's surplus is the other's deficit).
 */
import { type MessageKey, t } from '../../i18n/catalog.ts';
import { moneyVars } from '../../i18n/presentation.ts';
import type { PartyIndex, Scenario } from '../../model/scenario.ts';
import type { Compared, SectorComparison, TotalMetric, TotalRow } from '../charts/sector-series.ts';
import { el } from '../dom.ts';
import { formatBillions, formatJobs } from './format.ts';

const NAMES: Record<TotalMetric, readonly [MessageKey, MessageKey]> = {
  jobs: ['debrief.sectors.jobs', 'debrief.sectors.jobsNote'],
  revenue: ['debrief.sectors.revenue', 'debrief.sectors.revenueNote'],
  consumerCost: ['debrief.sectors.consumerCost', 'debrief.sectors.consumerCostNote'],
  balance: ['debrief.sectors.balance', 'debrief.sectors.balanceNote'],
};

const COLUMNS = ['result', 'historical', 'noDeal'] as const;

/** The rows worth showing: not all zero, and the balance only for `balanceParty`. */
export function shownTotals(comparison: SectorComparison, balanceParty: PartyIndex): TotalRow[] {
  const zero = (v: Compared<number>) =>
    Math.abs(v.result) < 1e-9 && Math.abs(v.historical ?? 0) < 1e-9 && Math.abs(v.noDeal) < 1e-9;
  return comparison.totals.filter(
    (row) => !zero(row.value) && (row.metric !== 'balance' || row.party === balanceParty),
  );
}

export function totalsTable(
  scenario: Scenario,
  comparison: SectorComparison,
  balanceParty: PartyIndex,
  headers: Readonly<Record<(typeof COLUMNS)[number], string>>,
): HTMLTableElement {
  const columns = COLUMNS.filter(
    (c) =>
      (c !== 'historical' || comparison.totals.every((r) => r.value.historical !== null)) &&
      (c !== 'noDeal' || !comparison.resultIsNoDeal),
  );
  const table = el('table', { className: 'tt-debrief-table tt-debrief-totals' });
  table.appendChild(el('caption', { text: t('debrief.sectors.totals') }));
  table.appendChild(
    el('thead', {
      children: [
        el('tr', {
          children: [
            el('th', { text: t('debrief.sectors.metric'), attrs: { scope: 'col' } }),
            ...columns.map((c) => el('th', { text: headers[c], attrs: { scope: 'col' } })),
          ],
        }),
      ],
    }),
  );
  const body = el('tbody');
  for (const row of shownTotals(comparison, balanceParty)) {
    const [name, note] = NAMES[row.metric];
    const format = (v: number) => (row.metric === 'jobs' ? formatJobs(v) : formatBillions(v));
    body.appendChild(
      el('tr', {
        children: [
          el('th', {
            attrs: { scope: 'row' },
            children: [
              el('span', {
                className: 'tt-debrief-measure',
                text: t(name, { party: scenario.parties[row.party].shortName }),
              }),
              el('span', { className: 'tt-debrief-note', text: t(note, moneyVars()) }),
            ],
          }),
          ...columns.map((c) => el('td', { className: 'tt-debrief-num', text: format(row.value[c] ?? 0) })),
        ],
      }),
    );
  }
  table.appendChild(body);
  return table;
}
