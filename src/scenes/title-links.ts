/**
 * The title's links: what a page opened from a link does before the menu shows. A live class's join link
 * (`?live=CODE`) goes straight to joining it; a teacher's session link goes straight to the session's join
 * screen when no game is saved, else the menu offers it; a damaged session link is explained. Each happens once
 * per page, so coming back to the title shows the menu.
 */
import type { Scene } from 'phaser';
import { isOfSession, type SessionLink } from '../app/classroom.ts';
import { readLiveCode } from '../app/live-code.ts';
import type { SaveRead } from '../app/save.ts';
import type { Session } from '../app/session.ts';
import { t } from '../i18n/catalog.ts';
import { el } from '../ui/dom.ts';
import { type OpenDialog, openDialog } from '../ui/frame/dialog.ts';
import { describeSaved } from '../ui/frame/saved-game.ts';
import type { JoinData } from './join-scene.ts';
import { SCENE_KEYS } from './keys.ts';
import { startScene } from './scene-data.ts';

/** Once per page: a session link opens the join screen by itself, and a damaged one is explained. */
const linkHandled = { joined: false, explained: false, live: false };

/** To the join screen of the link's session; a saved game is named there, since starting replaces it. */
export function joinSession(scene: Scene, link: SessionLink, resumable: Session | null): void {
  if (link.kind !== 'valid') return;
  const data: JoinData = {
    session: link.session,
    ...(resumable ? { savedGame: describeSaved(resumable) } : {}),
  };
  startScene(scene.scene, SCENE_KEYS.join, data);
}

/**
 * Follows the page's link when it should lead past the menu (once per page): a live class's join link, or a
 * session link with no game saved. Returns whether the title left for another scene.
 */
export function followLink(scene: Scene, link: SessionLink, save: SaveRead): boolean {
  const live = readLiveCode(window.location.search);
  if (live.kind !== 'none' && !linkHandled.live) {
    // A live class's join link (`?live=CODE`, from the QR code or the short link): straight to joining it.
    linkHandled.live = true;
    startScene(scene.scene, SCENE_KEYS.live, {
      code: live.kind === 'code' ? live.code : live.typed,
      autoJoin: true,
    });
    return true;
  }
  if (link.kind === 'valid' && save.kind === 'none' && !linkHandled.joined) {
    // A student opening the teacher's link goes straight to the session; nothing saved is in the way.
    linkHandled.joined = true;
    joinSession(scene, link, null);
    return true;
  }
  return false;
}

/** The menu button to focus: Continue a game of this session or any saved game, else Join, else New game. */
export function firstChoiceSelector(link: SessionLink, resumable: Session | null): string {
  const ownSave = link.kind === 'valid' && isOfSession(resumable?.classroom, link.session);
  return resumable && (link.kind !== 'valid' || ownSave)
    ? '.tt-continue'
    : link.kind === 'valid'
      ? '.tt-join'
      : '.tt-new';
}

/**
 * Explains a damaged session link, once per page: the dialog (opened after `beforeOpen`, which closes whatever
 * dialog was open), or null when there is nothing to explain.
 */
export function explainLinkOnce(
  layer: HTMLElement,
  link: SessionLink,
  beforeOpen: () => void,
  onClose: () => void,
): OpenDialog | null {
  if (link.kind !== 'damaged' || linkHandled.explained) return null;
  linkHandled.explained = true;
  beforeOpen();
  return openDialog(layer, {
    title: t('classroom.linkProblemTitle'),
    role: 'alertdialog',
    className: 'tt-save-problem tt-link-problem',
    body: [
      el('p', {
        className: 'tt-dialog-lead',
        text: t('classroom.linkProblem', { reason: link.reason }),
      }),
      el('p', { text: t('classroom.linkProblemHelp') }),
    ],
    buttons: [{ label: t('save.dismiss'), primary: true, onClick: () => undefined }],
    onClose,
  });
}
