/**
 * A live class across the screens: the live bar (connection, pause, the teacher's announcements) shown from joining until leaving, and leaving itself. The join screen, the table and the
 * debrief call these; the bar outlives the scenes, as the class does.
 */
import { type LiveSession, type LiveState, liveCodeInAddress } from '../app/live-session.ts';
import { t } from '../i18n/catalog.ts';
import { type CodePanel, codePanel } from '../ui/debrief/code-panel.ts';
import { el } from '../ui/dom.ts';
import { LiveBar } from '../ui/live/live-bar.ts';

let shown: { live: LiveSession; bar: LiveBar; stop: () => void } | null = null;

/** Shows the live bar for this class (once; a second call for the same class does nothing). */
export function showLiveBar(live: LiveSession): void {
  if (shown?.live === live) return;
  hideLiveBar();
  const bar = new LiveBar();
  const update = (state: LiveState): void => {
    const { status } = state.connection;
    bar.setConnection(
      status === 'connected' ? null : t(`live.status.${status === 'idle' ? 'joining' : status}`),
    );
    bar.setSession(state.lobby?.ended ? 'ended' : state.lobby?.paused ? 'paused' : null);
    bar.setAnnouncements(state.announcements);
  };
  update(live.state.getState());
  const unsubscribe = live.state.subscribe(update);
  shown = {
    live,
    bar,
    stop: () => {
      unsubscribe();
      bar.destroy();
    },
  };
}

export function hideLiveBar(): void {
  shown?.stop();
  shown = null;
}

/** Leaves the class on this device: the connection closes, the bar goes (the seat stays the student's). */
export function leaveLive(live: LiveSession | undefined): void {
  if (!live) return;
  live.leave();
  liveCodeInAddress(null);
  if (shown?.live === live) hideLiveBar();
}

/** The pair's result code as the server made and signed it ("verified by the server"), or a wait for it. */
export function liveResultPanel(live: LiveSession): CodePanel {
  const { result, seat } = live.state.getState();
  if (result) return codePanel(result.code, seat?.name ?? '', t('live.result.verified'));
  const waiting = el('p', {
    className: 'tt-live-result-wait',
    attrs: { role: 'status', tabindex: '-1' },
    text: t('live.result.waiting'),
  });
  return { element: waiting, focus: waiting };
}
