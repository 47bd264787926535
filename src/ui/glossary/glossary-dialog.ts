/**
 * The glossary, reachable from every screen: a modal dialog over the whole page (outside the Phaser layers, so
 * it works the same on every scene and overlay), every term in alphabetical order with a search box that
 * filters them. The "Glossary" buttons the scenes show, the underlined terms (linked-text.ts) and the key G
 * anywhere (installGlossaryKey) open it; Escape or Close shuts it and focus goes back where it was.
 * While it is open the game underneath is inert.
 */
import { getSettings } from '../../app/settings.ts';
import { t } from '../../i18n/catalog.ts';
import { announce, button, el } from '../dom.ts';
import { trapTab } from '../frame/dialog.ts';
import { type GlossaryId, glossaryEntries, glossaryEntry, matchesQuery } from './terms.ts';

const GAME_ID = 'game';

interface Open {
  readonly root: HTMLElement;
  readonly show: (id: GlossaryId | null) => void;
  readonly close: () => void;
}

let open: Open | null = null;

export function isGlossaryOpen(): boolean {
  return open !== null;
}

/** Opens the glossary (at a term, when given); if it is open already, goes to that term. */
export function openGlossary(id: GlossaryId | null = null): void {
  if (open) {
    open.show(id);
    return;
  }
  open = build();
  open.show(id);
}

export function closeGlossary(): void {
  open?.close();
}

/**
 * The "Glossary" button a scene places in its header or button row; `compact`: a round "?" (same name), for a
 * header with no room to spare.
 */
export function glossaryButton(className = '', compact = false): HTMLButtonElement {
  return button(t(compact ? 'glossary.openShort' : 'glossary.open'), () => openGlossary(), {
    className: `tt-glossary-open ${compact ? 'tt-glossary-compact' : ''} ${className}`.trim(),
    name: t('glossary.openName'),
    attrs: { 'aria-keyshortcuts': 'G', title: t('glossary.openName') },
  });
}

/** Whether a key press is typing (a text field has focus), so G must not open the glossary. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['range', 'radio', 'checkbox', 'button', 'submit', 'reset'].includes(target.type);
}

let installed = false;

/** The key G opens the glossary on every screen (not while typing in a field). Installed once per page. */
export function installGlossaryKey(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'g' && event.key !== 'G') return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || open) return;
    if (isTyping(event.target)) return;
    event.preventDefault();
    openGlossary();
  });
}

function build(): Open {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const game = document.getElementById(GAME_ID);
  const wasInert = game?.inert ?? false;
  if (game) game.inert = true;

  const entries = glossaryEntries();
  const heading = el('h2', { className: 'tt-dialog-title', attrs: { id: 'tt-glossary-title' } });
  heading.textContent = t('glossary.title');
  const search = el('input', {
    className: 'tt-input tt-glossary-search',
    attrs: {
      type: 'search',
      'aria-label': t('glossary.search'),
      'aria-describedby': 'tt-glossary-hint',
      autocomplete: 'off',
      spellcheck: 'false',
    },
  });
  const hint = el('p', {
    className: 'tt-muted',
    attrs: { id: 'tt-glossary-hint' },
    text: t('glossary.searchHint'),
  });
  const none = el('p', { className: 'tt-glossary-none', attrs: { role: 'status' } });
  const items = entries.map((entry) => {
    const dt = el('dt', { attrs: { id: `tt-glossary-${entry.id}`, tabindex: '-1' }, text: entry.term });
    const dd = el('dd', { text: entry.text });
    return { entry, dt, dd };
  });
  const list = el('dl', {
    className: 'tt-glossary-list',
    attrs: { tabindex: '0', 'aria-labelledby': 'tt-glossary-title' },
    children: items.flatMap((i) => [i.dt, i.dd]),
  });
  const closeButton = button(t('common.close'), () => close(), { className: 'tt-primary tt-glossary-close' });
  const panel = el('div', {
    className: 'tt-dialog tt-glossary',
    attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'tt-glossary-title' },
    children: [
      heading,
      hint,
      search,
      none,
      list,
      el('div', { className: 'tt-dialog-buttons', children: [closeButton] }),
    ],
  });
  panel.style.fontSize = `${Math.round(17 * getSettings().textScale)}px`;
  const root = el('div', { className: 'tt-glossary-backdrop', children: [panel] });
  root.addEventListener('click', (event) => {
    if (event.target === root) close();
  });
  document.body.appendChild(root);

  const filter = (): void => {
    const query = search.value.trim();
    let shown = 0;
    for (const item of items) {
      const match = matchesQuery(item.entry, query);
      item.dt.hidden = !match;
      item.dd.hidden = !match;
      if (match) shown++;
    }
    none.textContent = shown === 0 ? t('glossary.none', { query }) : '';
  };
  search.addEventListener('input', filter);

  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') trapTab(panel, event);
  };
  panel.addEventListener('keydown', onKey);

  const show = (id: GlossaryId | null): void => {
    for (const item of items) item.dt.classList.toggle('tt-glossary-current', item.entry.id === id);
    if (id === null) {
      announce(t('glossary.shown', { count: entries.length }));
      search.focus({ preventScroll: true });
      return;
    }
    search.value = '';
    filter();
    const item = items.find((i) => i.entry.id === id);
    if (!item) return;
    item.dt.scrollIntoView({ block: 'start' });
    item.dt.focus({ preventScroll: true });
    const entry = glossaryEntry(id);
    announce(t('glossary.entryShown', { term: entry.term, text: entry.text }));
  };

  let closed = false;
  function close(): void {
    if (closed) return;
    closed = true;
    panel.removeEventListener('keydown', onKey);
    root.remove();
    if (game) game.inert = wasInert;
    open = null;
    if (opener?.isConnected) opener.focus({ preventScroll: true });
  }
  return { root, show, close };
}
