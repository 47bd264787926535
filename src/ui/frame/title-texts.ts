/**
 * The title card's texts, from the default scenario rather than the catalog: its tagline (the scenario's own, or
 * "Negotiate the {year} {first}–{second} tariff deal" from its parties and the year of its first meeting), the
 * dates of its talks and deadline, the page's meta description, and its two sides, the first side a new game
 * offers on the left.
 */
import { t } from '../../i18n/catalog.ts';
import { other, type PartyIndex, type Scenario } from '../../model/scenario.ts';
import { longDate } from '../table/format.ts';

export interface TitleCard {
  readonly tagline: string;
  readonly dates: string;
  readonly description: string;
  /** The sides, left then right. */
  readonly sides: readonly [PartyIndex, PartyIndex];
}

export function titleCard(scenario: Scenario): TitleCard {
  const [first, second] = scenario.parties;
  const meetings = scenario.meetings;
  const start = meetings[0]?.date ?? '';
  const end = meetings[meetings.length - 1]?.date ?? start;
  const tagline =
    scenario.look.tagline ??
    t('app.subtitle', { year: start.slice(0, 4), first: first.shortName, second: second.shortName });
  const range = { from: longDate(start), to: longDate(end) };
  const dates = scenario.deadline
    ? t('app.datesDeadline', { ...range, deadline: longDate(scenario.deadline.date) })
    : t('app.dates', range);
  const left = scenario.look.defaultSide;
  return {
    tagline,
    dates,
    description: t('app.description', { tagline }),
    sides: [left, other(left)],
  };
}

/** Sets the page's meta description (what a shared link or a search result shows). */
export function setMetaDescription(text: string): void {
  document.querySelector('meta[name="description"]')?.setAttribute('content', text);
}
