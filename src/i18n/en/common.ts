/** Strings shared by several screens. */
export const COMMON = {
  'app.title': 'Tariff Talks',
  'app.subtitle': 'Negotiate the 2025 US–Japan tariff deal',
  'app.dates': 'Talks from 16 April to 22 July 2025  ·  Tariffs rise on 1 August',
  'app.loading': 'Loading…',
  'app.loadFailed': 'Could not load “{key}”. Reload the page to try again.',
  'common.back': 'Back',
  'common.continue': 'Continue',
  'common.close': 'Close',
  'common.japan': 'Japan',
  'common.us': 'United States',
  /** The locale used to write dates and numbers (Intl), with the catalog's language. */
  'common.locale': 'en-GB',
} as const;
