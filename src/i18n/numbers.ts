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
