/**
 * The live class's strip over every live screen: the connection ("reconnecting…"), "the teacher paused the
 * session", and the teacher's announcements as a news-style notice with a dismiss button. It lives outside the
 * scenes' layers (like the autosave's bar) and holds only text (textContent). Also the words of the meeting's
 * clock, which the table shows in its moves row.
 */
import { t } from '../../i18n/catalog.ts';
import type { Announcement } from '../../net/protocol.ts';
import { announce, button, el } from '../dom.ts';

/** Minutes and seconds, "m:ss", of a time left in ms (never negative). */
export function clockText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The meeting's clock in words: the time left, "time is up", or '' with no limit (`deadline` null). */
export function clockLine(deadline: number | null, now: number): string {
  if (deadline === null) return '';
  const left = deadline - now;
  return left > 0 ? t('live.deadline', { time: clockText(left) }) : t('live.deadlineOut');
}

export class LiveBar {
  private readonly root: HTMLElement;
  private readonly connection: HTMLElement;
  private readonly paused: HTMLElement;
  private readonly notices: HTMLElement;
  private seen = 0;

  constructor() {
    this.connection = el('p', { className: 'tt-live-connection', attrs: { role: 'status' } });
    this.paused = el('p', { className: 'tt-live-paused', attrs: { role: 'status' } });
    this.notices = el('div', { className: 'tt-live-notices' });
    this.root = el('div', {
      className: 'tt-frame tt-live-bar',
      attrs: { role: 'region', 'aria-label': t('live.heading') },
      children: [
        this.notices,
        el('div', { className: 'tt-live-strip', children: [this.connection, this.paused] }),
      ],
    });
    document.body.appendChild(this.root);
  }

  /** The connection's state in words, or nothing while connected. */
  setConnection(text: string | null): void {
    this.connection.textContent = text ?? '';
    this.connection.hidden = text === null;
  }

  /** The teacher paused or ended the session, or neither (null). */
  setSession(state: 'paused' | 'ended' | null): void {
    this.paused.textContent = state === null ? '' : t(state === 'paused' ? 'live.paused' : 'live.ended');
    this.paused.hidden = state === null;
  }

  /** Shows the announcements not shown yet, newest first (each can be dismissed). */
  setAnnouncements(all: readonly Announcement[]): void {
    for (const a of all.slice(this.seen)) {
      const notice = el('div', {
        className: 'tt-live-notice',
        attrs: { role: 'alert' },
        children: [
          el('p', { className: 'tt-live-notice-title', text: t('live.announcement', { title: a.title }) }),
          el('p', { className: 'tt-live-notice-text', text: a.text }),
        ],
      });
      notice.appendChild(
        button(t('live.announcementDismiss'), () => notice.remove(), {
          className: 'tt-small tt-live-dismiss',
        }),
      );
      this.notices.prepend(notice);
      announce(`${t('live.announcement', { title: a.title })} ${a.text}`);
    }
    this.seen = all.length;
  }

  /** The announcements already there are not shown again (a screen that opens late). */
  skipAnnouncements(count: number): void {
    this.seen = count;
  }

  destroy(): void {
    this.root.remove();
  }
}
