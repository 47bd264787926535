/**
 * The autosave's bar: when the game cannot be saved (storage full or blocked), or another tab of the game has
 * taken the save over, a bar at the top of the page says so at once (role="alert") and offers to download the
 * game as a save file (loaded again from the title screen) and, for another tab, to keep playing here. It does
 * not block the game, stays over every scene until the status changes, and goes away once saving works again.
 * It lives outside the scenes' layers, so a scene's modal dialog does not hide or disable it.
 */
import type { Autosave, AutosaveStatus } from '../../app/autosave.ts';
import { t } from '../../i18n/catalog.ts';
import { announce, button, el } from '../dom.ts';
import { downloadFile } from './download.ts';

let bar: HTMLElement | null = null;

/** Removes the bar, if any (a new autosave starts clean). */
export function clearSaveBanner(): void {
  bar?.remove();
  bar = null;
}

/** Shows what the autosave's status means for the player (the autosave's `onStatus`). */
export function showSaveStatus(status: AutosaveStatus, autosave: Autosave): void {
  const wasShown = bar !== null;
  clearSaveBanner();
  if (status.kind === 'saved') {
    if (wasShown) announce(t('save.banner.savedAgain'));
    return;
  }
  const lead =
    status.kind === 'failed'
      ? t('save.banner.failed')
      : status.by === 'same-game'
        ? t('save.banner.sameGame')
        : t('save.banner.otherGame');
  const help = status.kind === 'failed' ? t('save.banner.failedHelp') : t('save.banner.takenHelp');
  const said = el('p', { className: 'tt-save-banner-status' });
  const download = button(
    t('save.banner.download'),
    () => {
      const name = autosave.fileName();
      downloadFile(name, autosave.fileText());
      said.textContent = t('save.banner.downloaded', { file: name });
    },
    { className: 'tt-primary tt-save-download' },
  );
  const buttons = [download];
  if (status.kind === 'taken')
    buttons.push(
      button(
        t('save.banner.takeOver'),
        () => {
          const after = autosave.takeOver();
          if (after.kind === 'saved') announce(t('save.banner.tookOver'));
        },
        { className: 'tt-save-take-over' },
      ),
    );
  buttons.push(button(t('save.banner.hide'), () => clearSaveBanner(), { className: 'tt-save-hide' }));
  const node = el('div', {
    className: 'tt-frame tt-save-banner',
    attrs: { role: 'region', 'aria-label': t('save.banner.label') },
    children: [
      el('div', {
        attrs: { role: 'alert' },
        children: [el('p', { className: 'tt-save-banner-lead', text: lead }), el('p', { text: help })],
      }),
      el('div', { className: 'tt-row', children: buttons }),
      said,
    ],
  });
  document.body.appendChild(node);
  bar = node;
}
