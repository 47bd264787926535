/**
 * The message rate limit of each connection (the protocol's RATE_BURST, refilled at RATE_PER_SECOND): a token
 * bucket per client, forgotten with the client.
 */
import { RATE_BURST, RATE_PER_SECOND } from '../src/net/protocol.ts';

interface Bucket {
  tokens: number;
  last: number;
}

export class RateLimit<K extends object> {
  private readonly buckets = new WeakMap<K, Bucket>();

  /** Whether `key` may send one more message at `now` (ms); takes its token when it may. */
  take(key: K, now: number): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: RATE_BURST, last: now };
    bucket.tokens = Math.min(RATE_BURST, bucket.tokens + ((now - bucket.last) / 1000) * RATE_PER_SECOND);
    bucket.last = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
