/**
 * The coach's drawing: a speech bubble (a non-modal dialog: title, text, "Got it", "Stop the coach") beside the
 * widget a step points at, with an arrow towards it and a ring around it. It sits over the page (outside the
 * Phaser layers), so it is placed from the widget's box on screen; a canvas target is a rectangle in design
 * pixels, mapped through the canvas's box. Nothing under it is blocked but what it covers.
 */
import { t } from '../../i18n/catalog.ts';
import { button, el } from '../dom.ts';
import { DESIGN } from '../frame/layer.ts';
import { linkedText } from '../glossary/linked-text.ts';

/** What a step points at: an element, or a rectangle of the canvas in design pixels. */
export type CoachTarget =
  | HTMLElement
  | { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

export interface BubbleContent {
  readonly index: number;
  readonly count: number;
  readonly title: string;
  readonly text: string;
  readonly onGotIt: () => void;
  readonly onStop: () => void;
}

const GAP = 14;
const MARGIN = 8;

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

function targetBox(target: CoachTarget): Box | null {
  if (target instanceof HTMLElement) {
    if (!target.isConnected) return null;
    const r = target.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return null;
    return r;
  }
  const canvas = document.querySelector<HTMLCanvasElement>('#game canvas');
  if (!canvas) return null;
  const c = canvas.getBoundingClientRect();
  const sx = c.width / DESIGN.width;
  const sy = c.height / DESIGN.height;
  return {
    left: c.left + target.x * sx,
    top: c.top + target.y * sy,
    right: c.left + (target.x + target.width) * sx,
    bottom: c.top + (target.y + target.height) * sy,
  };
}

export class CoachBubble {
  readonly element: HTMLElement;
  readonly gotIt: HTMLButtonElement;
  private readonly ring: HTMLElement;
  private target: CoachTarget | null;
  private readonly onResize = (): void => this.place();

  constructor(content: BubbleContent, target: CoachTarget | null) {
    this.target = target;
    const id = 'tt-coach';
    this.gotIt = button(t('coach.gotIt'), content.onGotIt, {
      className: 'tt-primary tt-small tt-coach-got-it',
    });
    const stop = button(t('coach.stop'), content.onStop, { className: 'tt-small tt-coach-stop' });
    this.element = el('section', {
      className: 'tt-coach',
      attrs: {
        role: 'dialog',
        'aria-modal': 'false',
        'aria-labelledby': `${id}-title`,
        'aria-describedby': `${id}-text`,
        id,
      },
      children: [
        el('p', {
          className: 'tt-coach-count',
          text: t('coach.count', { index: content.index, count: content.count }),
        }),
        el('h2', { attrs: { id: `${id}-title` }, text: content.title }),
        el('p', { attrs: { id: `${id}-text` }, children: linkedText(content.text) }),
        el('div', { className: 'tt-coach-buttons', children: [this.gotIt, stop] }),
        el('span', { className: 'tt-coach-arrow', attrs: { 'aria-hidden': 'true' } }),
      ],
    });
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        content.onGotIt();
      }
    });
    this.ring = el('div', { className: 'tt-coach-ring', attrs: { 'aria-hidden': 'true' } });
    document.body.append(this.ring, this.element);
    window.addEventListener('resize', this.onResize);
    this.place();
  }

  /** Points at another target (or the same one, moved). */
  retarget(target: CoachTarget | null): void {
    this.target = target;
    this.place();
  }

  remove(): void {
    window.removeEventListener('resize', this.onResize);
    this.element.remove();
    this.ring.remove();
  }

  /** Beside the target where there is room (right, left, below, above), kept on screen. */
  place(): void {
    const box = this.target ? targetBox(this.target) : null;
    const bubble = this.element;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const w = bubble.offsetWidth;
    const h = bubble.offsetHeight;
    this.ring.hidden = box === null;
    if (!box) {
      bubble.dataset.side = 'none';
      bubble.style.left = `${Math.round((vw - w) / 2)}px`;
      bubble.style.top = `${Math.round(vh - h - MARGIN * 4)}px`;
      return;
    }
    Object.assign(this.ring.style, {
      left: `${Math.round(box.left - 4)}px`,
      top: `${Math.round(box.top - 4)}px`,
      width: `${Math.round(box.right - box.left + 8)}px`,
      height: `${Math.round(box.bottom - box.top + 8)}px`,
    });
    const clamp = (v: number, min: number, max: number) => Math.max(min, Math.min(v, max));
    const midY = (box.top + box.bottom) / 2;
    const midX = (box.left + box.right) / 2;
    let side: 'right' | 'left' | 'below' | 'above';
    if (vw - box.right >= w + GAP + MARGIN) side = 'right';
    else if (box.left >= w + GAP + MARGIN) side = 'left';
    else if (vh - box.bottom >= h + GAP + MARGIN) side = 'below';
    else side = 'above';
    let left: number;
    let top: number;
    if (side === 'right' || side === 'left') {
      left = side === 'right' ? box.right + GAP : box.left - GAP - w;
      top = clamp(midY - h / 2, MARGIN, vh - h - MARGIN);
      bubble.style.setProperty('--tt-arrow', `${Math.round(clamp(midY - top, 16, h - 16))}px`);
    } else {
      top = side === 'below' ? box.bottom + GAP : Math.max(MARGIN, box.top - GAP - h);
      left = clamp(midX - w / 2, MARGIN, vw - w - MARGIN);
      bubble.style.setProperty('--tt-arrow', `${Math.round(clamp(midX - left, 16, w - 16))}px`);
    }
    bubble.dataset.side = side;
    bubble.style.left = `${Math.round(left)}px`;
    bubble.style.top = `${Math.round(top)}px`;
  }
}
