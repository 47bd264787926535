/**
 * The stored items of the teacher's data one by one (src/teacher/store.ts): each is checked on its own, and one
 * that cannot be loaded is named (by its file name, session title or position) and kept aside unchanged.
 */
import type * as z from 'zod/mini';
import type { TeacherStorage } from './store.ts';
import { MAX_TEXT, pathOf } from './store-schema.ts';

export type ItemKind = 'session' | 'scenario' | 'code' | 'signed';

/** A stored item that could not be loaded: what it is, a name the teacher knows it by, and why. */
export interface SetAsideItem {
  readonly kind: ItemKind;
  /** The file's name, the session's title and id, or the code's position (`#3`). */
  readonly label: string;
  readonly reason: string;
}

/** What SET_ASIDE_ITEMS_KEY holds: the item itself, unchanged, with what it was and why it was set aside. */
export interface SetAsideEntry extends SetAsideItem {
  readonly item: unknown;
}

const reasonOf = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error).slice(0, 300);

/** The first of `base`, `base/2`, `base/3`, … that holds nothing (or that `reuse` accepts), or null. */
export function freeKey(
  storage: TeacherStorage,
  base: string,
  reuse: (held: string) => boolean,
): string | null {
  for (let n = 1; n <= 50; n++) {
    const key = n === 1 ? base : `${base}/${n}`;
    const held = storage.getItem(key);
    if (held === null || reuse(held)) return key;
  }
  return null;
}

export const isEntryList = (held: string): boolean => {
  try {
    return Array.isArray(JSON.parse(held));
  } catch {
    return false;
  }
};

function labelOf(kind: ItemKind, item: unknown, index: number): string {
  const value = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
  if (kind === 'scenario' && typeof value.name === 'string') return value.name.slice(0, MAX_TEXT);
  if (kind === 'session') {
    const session = (
      typeof value.session === 'object' && value.session !== null ? value.session : {}
    ) as Record<string, unknown>;
    if (typeof session.title === 'string' && typeof session.id === 'string')
      return `${session.title.slice(0, MAX_TEXT)} (${session.id.slice(0, MAX_TEXT)})`;
  }
  return `#${index + 1}`;
}

/** Checks each item on its own: the items that load, and the ones that do not (a throw is a failure). */
export function sortItems<T>(
  kind: ItemKind,
  items: readonly unknown[],
  check: (item: unknown) => T | string,
): { good: T[]; bad: SetAsideEntry[] } {
  const good: T[] = [];
  const bad: SetAsideEntry[] = [];
  items.forEach((item, index) => {
    let checked: T | string;
    try {
      checked = check(item);
    } catch (error) {
      checked = reasonOf(error);
    }
    if (typeof checked === 'string')
      bad.push({ kind, label: labelOf(kind, item, index), reason: checked, item });
    else good.push(checked);
  });
  return { good, bad };
}

export const schemaCheck =
  <T>(schema: z.ZodMiniType<T>) =>
  (item: unknown): { value: T } | string => {
    const parsed = schema.safeParse(item);
    if (parsed.success) return { value: parsed.data };
    const issue = parsed.error.issues[0];
    return issue ? `${pathOf(issue.path)}: ${issue.message}` : 'invalid';
  };
