/**
 * An overlay card (news, ratification) as a dialog in the page: a DOM element over the card with
 * role="dialog" and aria-labelledby its heading, holding the card's text for screen readers
 * (visually hidden: the canvas draws it) and the card's real controls placed at its corners. A screen reader
 * hears the heading when the dialog opens and can go back over the heading and the text at any time.
 */
import type { GameObjects, Scene } from 'phaser';
import { el } from '../dom.ts';
import type { Card } from './overlay.ts';

/** Where a control sits on the card, as CSS offsets from the card's edges (e.g. right 32px, bottom 24px). */
export type Corner = Readonly<Partial<Record<'top' | 'right' | 'bottom' | 'left' | 'transform', string>>>;

let counter = 0;

export class OverlayDialog {
  readonly element: HTMLElement;
  readonly object: GameObjects.DOMElement;
  private readonly heading: HTMLElement;
  private readonly body: HTMLElement;

  constructor(scene: Scene, controls: readonly { readonly element: HTMLElement; readonly at: Corner }[]) {
    const id = `tt-overlay-${++counter}`;
    this.heading = el('h2', { attrs: { id: `${id}-title` } });
    this.body = el('div', { attrs: { id: `${id}-text` } });
    for (const control of controls)
      Object.assign(control.element.style, { position: 'absolute', ...control.at });
    this.element = el('div', {
      className: 'tt-overlay-dialog',
      attrs: {
        role: 'dialog',
        // Not modal: the table's controls are hidden while an overlay shows, and the coach's bubble beside the
        // card (src/ui/coach) must stay reachable and take the focus as it does over the table.
        'aria-modal': 'false',
        'aria-labelledby': `${id}-title`,
        'aria-describedby': `${id}-text`,
        id,
      },
      children: [
        el('div', { className: 'tt-sr-only', children: [this.heading, this.body] }),
        ...controls.map((c) => c.element),
      ],
    });
    this.object = scene.add.dom(0, 0, this.element).setOrigin(0, 0);
  }

  /** The card's heading and text, as the page holds them. */
  setText(heading: string, body: readonly Node[]): void {
    this.heading.textContent = heading;
    this.body.replaceChildren(...body);
  }

  /** Covers the card (its controls sit at its corners), on top of what the scene drew. */
  place(scene: Scene, card: Card): void {
    this.element.style.width = `${card.width}px`;
    this.element.style.height = `${card.height}px`;
    this.object.setPosition(card.x, card.y);
    scene.children.bringToTop(this.object);
  }
}

/** A list of sentences, for the text of a dialog. */
export const sentenceList = (items: readonly string[]): HTMLElement =>
  el('ul', { children: items.map((text) => el('li', { text })) });
