/**
 * Verifies many codes without freezing the page: a few codes at a time (each replays a whole game, ~10 ms), then
 * the browser gets a macrotask to draw and take input, with the progress reported. With the model's markDuplicates
 * over the whole list, the verdicts are the ones `verifyCodes` gives (the unit tests compare the two on the same list);
 * codes added later are verified alone and marked together with the earlier ones.
 */
import {
  markDuplicates,
  type ScenarioLookup,
  type SessionLookup,
  type Verdict,
  verifyCode,
} from '../model/code/index.ts';

export interface QueueOptions {
  /** At most this many codes between two yields. */
  readonly chunk?: number;
  /** Yield sooner when a chunk has taken this long (ms). */
  readonly budgetMs?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Gives the browser a turn; resolves on a later macrotask. */
  readonly yieldTask?: () => Promise<void>;
  readonly now?: () => number;
  /** Set `cancelled` to stop early (a newer paste started); the promise then resolves with null. */
  readonly token?: { cancelled: boolean };
  /** The teacher's sessions: every code must name one and fit it (see the model's session-check.ts). */
  readonly sessions?: SessionLookup;
}

/** A macrotask without setTimeout's clamping: a MessageChannel message. */
export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export { markDuplicates };

/**
 * Each code's own verdict (no duplicate check: pass the whole list to markDuplicates), a chunk per macrotask.
 * Resolves with null when cancelled.
 */
export async function verifyEach(
  texts: readonly string[],
  lookup: ScenarioLookup,
  options: QueueOptions = {},
): Promise<Verdict[] | null> {
  const chunk = Math.max(1, options.chunk ?? 20);
  const budget = options.budgetMs ?? 40;
  const now = options.now ?? (() => performance.now());
  const yieldTask = options.yieldTask ?? nextMacrotask;
  const verdicts: Verdict[] = [];
  options.onProgress?.(0, texts.length);
  while (verdicts.length < texts.length) {
    const started = now();
    const end = Math.min(texts.length, verdicts.length + chunk);
    while (verdicts.length < end) {
      verdicts.push(verifyCode(texts[verdicts.length], lookup, options.sessions));
      if (now() - started > budget) break;
    }
    options.onProgress?.(verdicts.length, texts.length);
    await yieldTask();
    if (options.token?.cancelled) return null;
  }
  return verdicts;
}
