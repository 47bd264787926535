/** Strings shared by several screens. */
export const COMMON = {
  'app.title': 'Tariff Talks',
  // The title card, from the default scenario (src/ui/frame/title-card.ts): its parties' short names, years, dates.
  'app.subtitle': 'Negotiate the {year} {first}–{second} tariff deal',
  'app.dates': 'Talks from {from} to {to}',
  'app.loading': 'Loading…',
  'app.loadFailed': 'Could not load “{key}”. Reload the page to try again.',
  'common.back': 'Back',
  'common.continue': 'Continue',
  'common.close': 'Close',
  'common.japan': 'Japan',
  'common.us': 'United States',
  /** The locale used to write dates and numbers (Intl), with the catalog's language. */
  'common.locale': 'en-GB',
  // Presentation from the scenario (issue 15).
  'app.datesDeadline': 'Talks from {from} to {to}  ·  Deadline {deadline}',
  'app.description': 'A classroom game. {tagline}.',
  /** The currency of money figures when the scenario names none: before the figure in English ("$55.8B"). */
  'common.currency': '$',
} as const;
