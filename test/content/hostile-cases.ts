/**
 * Hostile scenario files, made from the shipped us-japan-2025.json: deep nesting, prototype names as ids and
 * keys, extreme numbers in every kind of numeric field, huge texts and lists, thousands of unknown keys, a
 * byte-order mark. Each case builds its input on demand (a string is file text, anything else parsed JSON),
 * so the big ones exist only while they are checked. Used by hostile.test.ts through hostile-worker.ts.
 */
import { readText } from '../helpers.ts';

export interface HostileCase {
  readonly name: string;
  readonly make: () => unknown;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const BASE_TEXT = readText('src/content/scenarios/us-japan-2025.json');
const base = (): { [key: string]: Json } => JSON.parse(BASE_TEXT);

/** Names that Object.prototype has: an id or key spelled like one must not find it. */
export const PROTO_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'] as const;
/** Numbers at the edges of what a double holds. */
export const EXTREME_NUMBERS = [1e308, -1e308, 5e-324, -0, 1e-300] as const;

/** Every string value and key equal to `from`, renamed `to` (ids are referenced by value and used as keys). */
function rename(value: Json, from: string, to: string): Json {
  if (typeof value === 'string') return value === from ? to : value;
  if (Array.isArray(value)) return value.map((v) => rename(v, from, to));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(value))
    Object.defineProperty(out, k === from ? to : k, {
      value: rename(v, from, to),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/** As file text: JSON.stringify writes an own "__proto__" key like any other. */
const renamed = (from: (s: { [key: string]: Json }) => string, to: string): string => {
  const s = base();
  return JSON.stringify(rename(s, from(s), to));
};

const at = (value: Json, path: readonly (string | number)[]): Json =>
  path.reduce<Json>((v, p) => (v as Record<string | number, Json>)[p], value);

/** Paths of the numeric fields, one for each field of the format (the first array item stands for all). */
export function numericFields(): (string | number)[][] {
  const seen = new Set<string>();
  const out: (string | number)[][] = [];
  const walk = (v: Json, path: (string | number)[]): void => {
    if (typeof v === 'number') {
      const shape = path.map((p) => (typeof p === 'number' ? '[]' : p)).join('.');
      // Records keyed by ids: one entry stands for all.
      const key = shape.replace(/(jobsPerBillion|linkApprovalCost)\.[^.]+/, '$1.*');
      if (!seen.has(key) && path[0] !== 'schemaVersion') {
        seen.add(key);
        out.push(path);
      }
    } else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) walk(v[i], [...path, i]);
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(base(), []);
  return out;
}

function withNumber(path: readonly (string | number)[], n: number): string {
  const s = base();
  const parent = at(s, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1]] = n;
  return JSON.stringify(s);
}

/** JSON.stringify writes -0 as 0: written out by hand. */
function minusZero(path: readonly (string | number)[]): string {
  const s = base();
  const parent = at(s, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1]] = '@@minus-zero@@';
  return JSON.stringify(s).replace('"@@minus-zero@@"', '-0');
}

/** Text with `nested` in place of the summary. */
function withSummary(nested: string): string {
  const s = base();
  s.summary = '@@summary@@';
  return JSON.stringify(s, null, 2).replace('"@@summary@@"', nested);
}

/** An array nested `n` deep, built without recursion. */
function deepArray(n: number): unknown {
  let v: unknown = [];
  for (let i = 1; i < n; i++) v = [v];
  return v;
}

function withUnknownKeys(n: number): string {
  const s = base();
  for (let i = 0; i < n; i++) s[`unknown${i}`] = i;
  return JSON.stringify(s, null, 2);
}

const firstIssue = (s: { [key: string]: Json }) => at(s, ['issues', 0, 'id']) as string;

export function hostileCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (name: string, make: () => unknown) => cases.push({ name, make });
  for (const n of [5_000, 100_000]) {
    add(`${n} nested arrays`, () => withSummary('['.repeat(n) + ']'.repeat(n)));
    add(`${n} nested objects`, () => withSummary(`${'{"a":'.repeat(n)}1${'}'.repeat(n)}`));
    add(`${n} nested arrays, not closed`, () => withSummary('['.repeat(n)));
    add(`${n} nested arrays, parsed`, () => ({ ...base(), summary: deepArray(n) }));
  }
  for (const name of PROTO_NAMES) {
    add(`party id "${name}"`, () => renamed((s) => at(s, ['parties', 0, 'id']) as string, name));
    add(`issue id "${name}"`, () => renamed(firstIssue, name));
    add(`group id "${name}"`, () => renamed((s) => at(s, ['parties', 0, 'groups', 0, 'id']) as string, name));
    add(`sector id "${name}"`, () => renamed((s) => at(s, ['economy', 'sectors', 0, 'id']) as string, name));
    add(`source key "${name}"`, () => renamed((s) => Object.keys(s.sources as object)[0], name));
    add(`level id "${name}"`, () => renamed((s) => at(s, ['issues', 0, 'levels', 0, 'id']) as string, name));
    add(`issue id "${name}" left out of noDeal`, () => {
      const s = JSON.parse(renamed(firstIssue, name));
      // A __proto__ key comes back from JSON.parse as an own property too.
      delete s.noDeal.package[name];
      return JSON.stringify(s);
    });
    add(`no dialogue for party "${name}"`, () => {
      const s = JSON.parse(renamed((x) => at(x, ['parties', 0, 'id']) as string, name));
      delete s.dialogue[name];
      return JSON.stringify(s);
    });
  }
  for (const path of numericFields())
    for (const n of EXTREME_NUMBERS)
      add(`${Object.is(n, -0) ? '-0' : n} at ${path.join('.')}`, () =>
        Object.is(n, -0) ? minusZero(path) : withNumber(path, n),
      );
  add('1e999 (Infinity) as an influence', () =>
    withNumber(['parties', 0, 'groups', 0, 'influence'], 123456.5).replace('123456.5', '1e999'),
  );
  add('a 20,000-character party name', () => {
    const s = base();
    (at(s, ['parties', 0]) as Record<string, Json>).name = 'N'.repeat(20_000);
    return JSON.stringify(s);
  });
  add('a 1 MB issue description', () => {
    const s = base();
    (at(s, ['issues', 0]) as Record<string, Json>).description = 'd'.repeat(1024 * 1024);
    return JSON.stringify(s);
  });
  add('1,000,000 levels on one issue, parsed', () => {
    const s = base();
    const issue = at(s, ['issues', 0]) as Record<string, Json>;
    issue.levels = Array.from({ length: 1_000_000 }, (_, i) => ({ id: `l${i}`, label: 'x', value: -i }));
    return s;
  });
  add('1,000,000 levels on one issue, as text', () => {
    const s = base();
    const issue = at(s, ['issues', 0]) as Record<string, Json>;
    issue.levels = Array.from({ length: 1_000_000 }, (_, i) => ({ id: `l${i}`, label: 'x', value: -i }));
    return JSON.stringify(s);
  });
  add('4,000 unknown keys', () => withUnknownKeys(4_000));
  add('20,000 unknown keys', () => withUnknownKeys(20_000));
  add('a byte-order mark', () => `\uFEFF${BASE_TEXT}`);
  add('a 3 MB file', () => BASE_TEXT.replace('{', `{${' '.repeat(3 * 1024 * 1024)}`));
  return cases;
}
