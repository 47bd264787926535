/**
 * The key O on the table reads the latest offer in full: it opens the "Offers so far" tab and moves the focus to
 * the offer's text, which a screen reader then reads (the announcement of an offer is kept short and names this
 * key). Typing in a text field, a key with a modifier, or an open dialog leaves the key alone.
 */
const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function attachOfferKey(isActive: () => boolean, show: () => void): () => void {
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'o' && event.key !== 'O') return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof HTMLElement) {
      const typing =
        TYPING.has(target.tagName) && !(target instanceof HTMLInputElement && target.type === 'range');
      if (typing || target.isContentEditable) return;
    }
    if (document.querySelector('[aria-modal="true"]') || !isActive()) return;
    event.preventDefault();
    show();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
