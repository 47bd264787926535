/**
 * The offers so far: who made each, at which meeting, and what it is worth to both sides as the viewer sees it
 * (exact for the viewer, estimated for the other side), with a button to load an offer into the levers.
 */
import { t } from '../../i18n/catalog.ts';
import { meetingOf } from '../../model/rules.ts';
import type { Package, PartyIndex, Scenario } from '../../model/scenario.ts';
import { project, type View } from '../../model/view.ts';
import { button, el } from '../dom.ts';
import { describePackage } from './describe.ts';
import { score, shortDate } from './format.ts';

export const LATEST_OFFER_ID = 'tt-latest-offer';

export interface HistoryRow {
  readonly number: number;
  readonly meeting: number;
  readonly date: string;
  readonly by: PartyIndex;
  readonly who: string;
  readonly package: Package;
  /** Satisfaction 0–100 of the viewer (exact) and of the other side (estimated), as text. */
  readonly yours: string;
  readonly theirs: string;
}

/** The rows of the history, newest first. */
export function historyRows(view: View, scenario: Scenario): HistoryRow[] {
  return view.state.offers
    .map((offer, i): HistoryRow => {
      const projection = project(view, offer.package);
      const meeting = meetingOf(offer.turn);
      const other = view.side === 0 ? 1 : 0;
      return {
        number: i + 1,
        meeting,
        date: shortDate(scenario.meetings[meeting]?.date ?? ''),
        by: offer.by,
        who: scenario.parties[offer.by].name,
        package: offer.package,
        yours: score(projection.sides[view.side].utility),
        theirs: score(projection.sides[other].utility, true),
      };
    })
    .reverse();
}

export class HistoryPanel {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly table: HTMLElement;
  /** The latest offer in full, in words: the key O on the table focuses it (src/ui/table/offer-key.ts). */
  readonly latest: HTMLElement;

  constructor(
    id: string,
    private readonly onLoad: (pkg: Package) => void,
  ) {
    this.latest = el('p', {
      className: 'tt-history-latest',
      attrs: { id: LATEST_OFFER_ID, tabindex: '-1' },
      text: t('table.history.latestNone'),
    });
    this.empty = el('p', { className: 'tt-history-empty', text: t('table.history.none') });
    this.body = el('tbody');
    const head = el('tr', {
      children: [
        el('th', { text: '#', attrs: { scope: 'col' } }),
        el('th', { text: t('table.history.meeting'), attrs: { scope: 'col' } }),
        el('th', { text: t('table.history.who'), attrs: { scope: 'col' } }),
        el('th', { text: t('table.history.yours'), attrs: { scope: 'col' } }),
        el('th', { text: t('table.history.theirs'), attrs: { scope: 'col' } }),
        el('th', {
          attrs: { scope: 'col' },
          children: [el('span', { className: 'tt-sr-only', text: t('table.history.loadColumn') })],
        }),
      ],
    });
    this.table = el('table', {
      className: 'tt-history-table',
      children: [
        el('caption', { text: t('table.history.caption') }),
        el('thead', { children: [head] }),
        this.body,
      ],
    });
    this.element = el('div', {
      className: 'tt-history tt-panel',
      attrs: { id, role: 'tabpanel', 'aria-labelledby': 'tt-tab-offers' },
      // The scroller is a child: a scrolling element that Phaser transforms itself is drawn wrongly by Chromium.
      children: [
        el('div', {
          className: 'tt-scroll',
          attrs: { tabindex: '0' },
          children: [this.latest, this.empty, this.table],
        }),
      ],
    });
  }

  /** Rebuilds the rows; called after each step, never on a lever move. */
  update(view: View, scenario: Scenario, canLoad: boolean): void {
    const rows = historyRows(view, scenario);
    const last = view.state.offers[view.state.offers.length - 1];
    this.latest.textContent = last
      ? t('table.history.latest', {
          side: scenario.parties[last.by].name,
          meeting: meetingOf(last.turn) + 1,
          package: describePackage(scenario, last.package, view.state.onTable),
        })
      : t('table.history.latestNone');
    this.empty.hidden = rows.length > 0;
    this.table.hidden = rows.length === 0;
    this.body.replaceChildren(
      ...rows.map((row) => {
        const load = button(t('table.history.load'), () => this.onLoad(row.package), {
          name: t('table.history.loadName', { number: row.number }),
          className: 'tt-small',
        });
        load.disabled = !canLoad;
        return el('tr', {
          className: row.by === view.side ? 'tt-own' : 'tt-other',
          children: [
            el('td', { text: String(row.number) }),
            el('td', { text: `${row.meeting + 1} · ${row.date}` }),
            el('td', { text: `${row.by === view.side ? '●' : '◆'} ${row.who}` }),
            el('td', { text: row.yours }),
            el('td', { text: row.theirs }),
            el('td', { children: [load] }),
          ],
        });
      }),
    );
  }
}
