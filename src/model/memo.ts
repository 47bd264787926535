/**
 * A memo of the most recently used results per scope object (a scenario, a table): at most `limit` keys a
 * scope, the least recently used one dropped first, and nothing kept once the scope itself is gone. The memos
 * of the agent and the analysis keep a game's working set (the variants its events and tactics make) without
 * growing with every game a page or a balance run plays. Results must depend on the scope and key alone.
 */
export interface RecentMemo<S extends object, V> {
  get(scope: S, key: string | number, compute: () => V): V;
}

export function recentMemo<S extends object, V>(limit: number): RecentMemo<S, V> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`a memo keeps at least one result, not ${limit}`);
  // Each entry notes when it was last used (a count of lookups): a hit only writes that number, and a miss in a
  // full scope drops the entry used longest ago (a scan of at most `limit`). Hits are most lookups.
  const scopes = new WeakMap<S, Map<string | number, { value: V; used: number }>>();
  let uses = 0;
  return {
    get(scope, key, compute) {
      let byKey = scopes.get(scope);
      const hit = byKey?.get(key);
      if (hit !== undefined) {
        hit.used = ++uses;
        return hit.value;
      }
      const value = compute();
      if (!byKey) {
        byKey = new Map();
        scopes.set(scope, byKey);
      }
      if (byKey.size >= limit) {
        let oldest: string | number | null = null;
        let when = Number.POSITIVE_INFINITY;
        for (const [k, entry] of byKey)
          if (entry.used < when) {
            when = entry.used;
            oldest = k;
          }
        if (oldest !== null) byKey.delete(oldest);
      }
      byKey.set(key, { value, used: ++uses });
      return value;
    },
  };
}
