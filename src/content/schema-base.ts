/**
 * The building blocks of the scenario file format (schema.ts and its modules): ids, record keys, bounded lists,
 * texts, numbers and dates, each with its limits (limits.ts). Every schema module imports zod through here, so
 * zod is configured (jitless, English messages) before any schema is built.
 */
import * as z from 'zod/mini';
import { LIMITS, MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from './limits.ts';

// zod/mini, not classic zod: its functions tree-shake, so this schema and the zod it uses cost the bundle ~12 KB
// gzipped instead of ~28.
// The pages' Content-Security-Policy allows no eval: zod must not compile parsers with `new Function`.
z.config({ jitless: true });
// zod/mini loads no locale: without this, every message would be a bare "Invalid input". Classic zod loads
// English by itself; the designers' CLI and the game show these messages.
z.config(z.locales.en());

export { z };

export const id = z
  .string()
  .check(
    z.maxLength(MAX_ID_LENGTH),
    z.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and dashes'),
    z.meta({ description: 'An identifier: lower-case letters, digits and dashes.' }),
  );
/** A key of a record: any text but "__proto__", which JSON readers turn into something else. */
const key = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(MAX_ID_LENGTH),
    z.regex(/^(?!__proto__$)/, '"__proto__" cannot be a key'),
  );
/** A record with at most `most` keys (the check runs in zod; maxProperties tells editors). */
export const record = <V extends z.core.SomeType>(value: V, most: number) =>
  z.record(key, value).check(
    z.refine((r) => Object.keys(r as object).length <= most, `at most ${most} entries`),
    z.meta({ maxProperties: most }),
  );
/** A list of at most `most` items. */
export const list = <T extends z.core.SomeType>(item: T, most: number) =>
  z.array(item).check(z.maxLength(most));
export const name = z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH));
export const text = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH));
export const note = z.string().check(z.maxLength(MAX_TEXT_LENGTH));
export const shortText = z.string().check(z.maxLength(MAX_NAME_LENGTH));
export const sourceRef = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(MAX_ID_LENGTH),
    z.meta({ description: 'A key of the top-level `sources` object.' }),
  );
/** A number from `min` to `max`. */
export const bounded = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
/** An object shape with one field per word of a model vocabulary, in the vocabulary's order. */
export const eachOf = <K extends string, T extends z.core.SomeType>(keys: readonly K[], value: () => T) =>
  Object.fromEntries(keys.map((k) => [k, value()])) as Record<K, T>;
export const fraction = bounded(0, 1);
/** A weight or an influence: positive, and neither too small nor too large to add up. */
export const weight = () => bounded(0.001, 1000);
/** A calendar date, YYYY-MM-DD (check.ts checks that it exists and is in order). */
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD'));

export { LIMITS };
