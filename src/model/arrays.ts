/**
 * `mapped(items, f)`: `items.map(f)` for the model's hot paths, with a result of the same V8 elements kind
 * however hot the caller is (issue 16).
 *
 * `Array.prototype.map` returns a packed array from the interpreter and a holey one from TurboFan-optimized
 * code. So once a function that maps (a rule, the agent's turn) is optimized, the arrays it makes change
 * shape, and every optimized function that reads them (a state's `onTable`, a group's influences, a model's
 * weights) deoptimizes and is compiled again: in a balance run that recompiling, on the compiler's thread,
 * cost as much CPU as a third of the games. An array built by pushing is packed in every tier.
 * Same values, same order; the callback gets the item and its index (no third argument, no `this`).
 */
export function mapped<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i], i));
  return out;
}

/**
 * An empty list for objects: `[]`, but of V8's "any value" elements kind (PACKED_ELEMENTS) from the start.
 * A literal `[]` starts as "small integers", so code optimized while a state's list was still empty (no
 * ratification failed yet, no event fired) meets a new kind of array at the first object in it, deoptimizes and
 * is compiled again, once per process, on the compiler's thread (issue 16). Same contents: an empty array.
 */
export function emptyList<T>(): T[] {
  const list: (T | undefined)[] = [undefined];
  list.pop();
  return list as T[];
}
