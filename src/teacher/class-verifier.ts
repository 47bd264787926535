/**
 * Verifying the class's codes on the dashboard: the stored codes replayed a few at a time (verify-queue), with a
 * progress bar, so no input freezes the page. A newer run cancels an older one; codes added later are verified
 * alone and marked for duplicates together with the earlier ones. Keeps the entries the dashboard shows.
 */
import { t } from '../i18n/page-catalog.ts';
import type { ScenarioLookup, SessionLookup, Verdict } from '../model/code/index.ts';
import { el } from '../ui/dom.ts';
import { type Entry, entriesOf } from './class-entries.ts';
import { markWithServer } from './live-results.ts';
import { verifyEach } from './verify-queue.ts';

export interface VerifierDeps {
  readonly codes: () => readonly string[];
  readonly lookup: () => ScenarioLookup;
  /** The teacher's stored sessions: a code is checked against the one it names. */
  readonly sessions: () => SessionLookup;
  /** The codes a live server sent with its signature. */
  readonly signed: () => ReadonlySet<string>;
  /** A run has finished: the entries are new. */
  readonly onVerified: () => void;
}

export interface ClassVerifier {
  /** The progress bar and its text; hidden while no code is being verified. */
  readonly progressLine: HTMLElement;
  /** Every stored code with its verdict, as of the last run that finished. */
  entries(): readonly Entry[];
  /** Verifies the codes from position `from` on (the earlier verdicts are kept), then marks duplicates over all. */
  verifyFrom(from: number): Promise<void>;
  /** Forgets every verdict (the codes were cleared, or all are to be verified again). */
  reset(): void;
}

export function classVerifier(deps: VerifierDeps): ClassVerifier {
  let raw: Verdict[] = [];
  let entries: Entry[] = [];
  let token = { cancelled: false };

  const progress = el('progress', {
    attrs: { max: '1', value: '0', 'aria-label': t('teacher.codes.progressName') },
  });
  const progressText = el('span', { attrs: { id: 'tt-progress-text' } });
  const progressLine = el('p', { className: 'tt-progress', children: [progress, progressText] });
  progressLine.hidden = true;

  const onProgress = (done: number, total: number) => {
    progress.max = Math.max(1, total);
    progress.value = done;
    progressText.textContent = t('teacher.codes.progress', { done, total });
  };

  const verifyFrom = async (asked: number) => {
    token.cancelled = true;
    const mine = { cancelled: false };
    token = mine;
    // Only finished verdicts are kept: a run cancelled before it finished (a newer one started) left the codes
    // after them unverified, so they are verified now too, and every verdict stays beside its own code.
    const from = Math.min(asked, raw.length);
    const codes = deps.codes();
    const fresh = codes.slice(from);
    progressLine.hidden = fresh.length === 0;
    const verdicts = await verifyEach(fresh, deps.lookup(), {
      onProgress,
      token: mine,
      sessions: deps.sessions(),
    });
    if (verdicts === null || mine.cancelled) return;
    raw = [...raw.slice(0, from), ...verdicts];
    const sessions = deps.sessions();
    const signed = deps.signed();
    entries = entriesOf(
      codes,
      markWithServer(raw, codes, signed),
      (id) => {
        const session = sessions(id);
        return session ? session.title || session.id : null;
      },
      signed,
    );
    progressLine.hidden = true;
    deps.onVerified();
  };

  return {
    progressLine,
    entries: () => entries,
    verifyFrom,
    reset() {
      raw = [];
      entries = [];
    },
  };
}
