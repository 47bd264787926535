/** Strings shared by several screens. */
export const COMMON = {
  'app.title': 'Tariff Talks',
  // The title card, from the default scenario (src/ui/frame/title-texts.ts): its parties' short names, years, dates.
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
  // Accessibility (issue 13): the page's one heading per scene, and the canvas's name.
  'a11y.heading.boot': 'Tariff Talks: loading',
  'a11y.heading.title': 'Tariff Talks: main menu',
  'a11y.heading.setup': 'Tariff Talks: a new game',
  'a11y.heading.join': 'Tariff Talks: class session',
  'a11y.heading.live': 'Tariff Talks: join a live class',
  'a11y.heading.briefing': 'Tariff Talks: briefing',
  'a11y.heading.table': 'Tariff Talks: the negotiating table',
  'a11y.heading.handover': 'Tariff Talks: hand the device over',
  'a11y.heading.debrief': 'Tariff Talks: debrief',
  'a11y.canvas': 'The game’s picture. Everything it shows is also in the page’s text and controls.',
  // Presentation from the scenario (issue 15).
  'app.datesDeadline': 'Talks from {from} to {to}  ·  Deadline {deadline}',
  'app.description': 'A classroom game. {tagline}.',
  /** The currency of money figures when the scenario names none: before the figure in English ("$55.8B"). */
  'common.currency': '$',
} as const;
