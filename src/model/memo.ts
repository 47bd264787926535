/**
 * A memo of the most recently used results per scope object (a scenario, a table): at most `limit` keys a
 * scope, the least recently used one dropped first, and nothing kept once the scope itself is gone. The memos
 * of the agent and the analysis keep a game's working set (the variants its events and tactics make) without
 * growing with every game a page or a balance run plays. Results must depend on the scope and key alone.
 */
export interface RecentMemo<S extends object, V> {
  get(scope: S, key: string, compute: () => V): V;
}

export function recentMemo<S extends object, V>(limit: number): RecentMemo<S, V> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`a memo keeps at least one result, not ${limit}`);
  const scopes = new WeakMap<S, Map<string, V>>();
  return {
    get(scope, key, compute) {
      let byKey = scopes.get(scope);
      if (byKey?.has(key)) {
        const hit = byKey.get(key) as V;
        // A Map iterates in insertion order: moving the hit to the end keeps the least recent first.
        byKey.delete(key);
        byKey.set(key, hit);
        return hit;
      }
      const value = compute();
      if (!byKey) {
        byKey = new Map();
        scopes.set(scope, byKey);
      }
      if (byKey.size >= limit) byKey.delete(byKey.keys().next().value as string);
      byKey.set(key, value);
      return value;
    },
  };
}
