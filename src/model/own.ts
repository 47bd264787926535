/**
 * Lookups by id in records that come from a scenario file: only the record's own properties count, so an id
 * such as "constructor" or "toString" never finds what `Object.prototype` has under that name.
 */

/** `record[key]` when `key` is the record's own property, else undefined. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The smallest and largest of some numbers (a loop: a spread of a long array overflows the stack). */
export function extent(values: ArrayLike<number>): { readonly min: number; readonly max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < min) min = values[i];
    if (values[i] > max) max = values[i];
  }
  return { min, max };
}
