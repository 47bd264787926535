/**
 * The page's one heading (<h1 id="tt-heading"> in index.html, visually hidden) names the scene showing, so a
 * screen reader's heading list starts with where the player is; the canvas gets a role and a name saying that
 * everything it draws is also in the page's text. The overlays (news, ratification) are dialogs over the table
 * with headings of their own: the page's heading stays the table's.
 */
import type { Game } from 'phaser';
import { type MessageKey, t } from '../i18n/catalog.ts';
import type { SceneKey } from './keys';

const HEADINGS: Readonly<Record<SceneKey, MessageKey | null>> = {
  boot: 'a11y.heading.boot',
  title: 'a11y.heading.title',
  setup: 'a11y.heading.setup',
  join: 'a11y.heading.join',
  live: 'a11y.heading.live',
  briefing: 'a11y.heading.briefing',
  table: 'a11y.heading.table',
  news: null,
  ratification: null,
  handover: 'a11y.heading.handover',
  debrief: 'a11y.heading.debrief',
};

export function showPageHeading(game: Game, key: SceneKey): void {
  const canvas = game.canvas;
  if (canvas) {
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', t('a11y.canvas'));
  }
  const message = HEADINGS[key];
  if (message === null) return;
  const heading = document.getElementById('tt-heading');
  const text = t(message);
  if (heading && heading.textContent !== text) heading.textContent = text;
}
