/**
 * Moves focus to an element once it can take it. A scene's DOM controls become visible on Phaser's next render,
 * and a closing overlay (the hand-over) makes them reachable again only when it shuts down; so focus is tried
 * on the next animation frames until it lands, for a few frames at most.
 */
const MAX_FRAMES = 10;

export function focusWhenShown(element: HTMLElement | null | undefined, frames = MAX_FRAMES): void {
  if (!element) return;
  window.requestAnimationFrame(() => {
    if (!element.isConnected) return;
    element.focus({ preventScroll: true });
    if (document.activeElement !== element && frames > 1) focusWhenShown(element, frames - 1);
  });
}

/** Whether the focus fell to the page: nothing focused, the body, or a button that was just disabled. */
export function focusLost(): boolean {
  const active = document.activeElement;
  return (
    !(active instanceof HTMLElement) ||
    active === document.body ||
    ((active instanceof HTMLButtonElement || active instanceof HTMLInputElement) && active.disabled)
  );
}
