/** An in-memory Storage for the save tests; `full` makes every write fail as a full quota does. */
import { type SaveStorage, SET_ASIDE_PREFIX } from '../../src/app/save.ts';

export class FakeStorage implements SaveStorage {
  readonly items = new Map<string, string>();
  writes = 0;
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writes++;
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  /** The keys of saves set aside. */
  setAsideKeys(): string[] {
    return [...this.items.keys()].filter((k) => k.startsWith(SET_ASIDE_PREFIX));
  }
}
