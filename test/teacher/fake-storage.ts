/** A Storage in memory for the teacher-data tests; it can be made full (setItem throws past `limit` characters). */
import type { TeacherStorage } from '../../src/teacher/store.ts';

export class FakeStorage implements TeacherStorage {
  readonly items = new Map<string, string>();
  constructor(private readonly limit = Number.POSITIVE_INFINITY) {}
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const used = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : v.length), 0);
    if (used + value.length > this.limit) {
      const error = new Error('full');
      error.name = 'QuotaExceededError';
      throw error;
    }
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}
