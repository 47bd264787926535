/**
 * Numbers and dates in the language in use: the one place that turns the catalog's locale (`common.locale`)
 * into `Intl` formats. Formats are made once per locale and options, so switching the language switches every
 * figure with it.
 */
import { currentLanguage, locale } from './catalog.ts';

const numberCache = new Map<string, Intl.NumberFormat>();
const dateCache = new Map<string, Intl.DateTimeFormat>();

/** An `Intl.NumberFormat` of the current locale. */
export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale()}|${JSON.stringify(options)}`;
  let format = numberCache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale(), options);
    numberCache.set(key, format);
  }
  return format;
}

/** An `Intl.DateTimeFormat` of the current locale (dates are read in UTC, so no time zone moves them). */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale()}|${JSON.stringify(options)}`;
  let format = dateCache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', ...options });
    dateCache.set(key, format);
  }
  return format;
}

/** The English catalog's locale (`common.locale`), whose long dates `longDateText` writes without Intl. */
const EN_GB = 'en-GB';
/** en-GB's month names, as Intl writes them in a long date (test/i18n/long-date.test.ts checks every day). */
const EN_GB_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A date in full in the current locale, read in UTC: "16 April 2025", "2025年4月16日". en-GB's is written here, the
 * very text Intl writes (a test compares every day from year 1 to 9999): the page's first `Intl.DateTimeFormat`
 * costs 15–20 ms of main-thread time (ICU's date data), which the title, showing the default scenario's dates,
 * would pay before it can be used. Every other locale goes through Intl.
 */
export function longDateText(date: Date): string {
  if (locale() === EN_GB)
    return `${date.getUTCDate()} ${EN_GB_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return dateFormat({ day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

let fixedLocale = '';
let fixedFormats: Intl.NumberFormat[] = [];

/** A number with exactly `digits` decimals: "55.8", "12,300". (On every lever move: no options object built.) */
export function fixed(value: number, digits: number): string {
  if (fixedLocale !== locale()) {
    fixedLocale = locale();
    fixedFormats = [];
  }
  fixedFormats[digits] ??= new Intl.NumberFormat(fixedLocale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return fixedFormats[digits].format(value);
}

/**
 * An amount of money given in billions of dollars, without its sign or currency, as the language counts large
 * numbers: English in billions with one decimal ("55.8", the catalog writes "$55.8B"); Japanese in 億 (ten to
 * the eighth), as Japanese news writes it ("558億", "5,500億", the catalog writes "{value}ドル"), to the same precision.
 */
export function moneyFigure(billionsOfDollars: number): string {
  const value = Math.abs(billionsOfDollars);
  if (currentLanguage() === 'ja') {
    // To the nearest 億 (0.1 billion), the precision the English figure shows.
    const oku = Math.round(value * 10);
    return oku === 0 ? '0' : `${fixed(oku, 0)}億`;
  }
  return fixed(value, 1);
}

/**
 * An `Intl.DateTimeFormat` of the current locale in the reader's own time zone: for a moment of this computer
 * (today's date, when a session was created), not a date of the scenario.
 */
export function localDateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateFormat({ timeZone: new Intl.DateTimeFormat().resolvedOptions().timeZone, ...options });
}
