/**
 * A scene's HTML layer: one element the size of the design (1280×720) added as a Phaser DOM element at the
 * top-left, so CSS lays out the controls inside it in design pixels and Phaser's Scale.FIT scales the lot with
 * the canvas. Phaser draws what sits behind it (the table, flags, the timeline).
 */
import type { GameObjects, Scene } from 'phaser';
import { el } from '../dom.ts';

export const DESIGN = { width: 1280, height: 720 } as const;

export interface Layer {
  readonly root: HTMLDivElement;
  readonly object: GameObjects.DOMElement;
}

/**
 * Adds the layer. `passThrough`: pointer events outside the layer's own controls reach the canvas (for layers
 * that do not cover the scene).
 */
export function addLayer(
  scene: Scene,
  className: string,
  options: { depth?: number; passThrough?: boolean; label?: string } = {},
): Layer {
  const root = el('div', {
    className: `tt-frame tt-layer ${className}`,
    attrs: options.label ? { role: 'region', 'aria-label': options.label } : {},
  });
  root.style.width = `${DESIGN.width}px`;
  root.style.height = `${DESIGN.height}px`;
  const object = scene.add.dom(0, 0, root).setOrigin(0, 0);
  if (options.depth !== undefined) object.setDepth(options.depth);
  if (options.passThrough) {
    object.pointerEvents = 'none';
    root.classList.add('tt-pass-through');
  }
  return { root, object };
}

/** Focuses an element once the scene has drawn (so the element is laid out), without scrolling the page. */
export function focusSoon(element: HTMLElement | null | undefined): void {
  if (!element) return;
  window.requestAnimationFrame(() => element.focus({ preventScroll: true }));
}
