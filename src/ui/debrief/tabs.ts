/**
 * A keyboard-accessible tab list (WAI-ARIA tabs pattern): buttons with role=tab in a role=tablist, one tab stop
 * (roving tabindex), arrow keys, Home and End move between tabs and select them. The panels are the caller's:
 * give each `role=tabpanel` with `panelAttrs(id)`.
 */
import { el } from '../dom.ts';

export interface TabSpec<K extends string> {
  readonly id: K;
  readonly label: string;
}

export interface TabList<K extends string> {
  readonly element: HTMLElement;
  /** Marks `id` selected (and focuses it when asked); does not call onSelect. */
  select(id: K, focus?: boolean): void;
}

export const tabId = (prefix: string, id: string): string => `${prefix}-tab-${id}`;
export const panelId = (prefix: string, id: string): string => `${prefix}-panel-${id}`;

/** Attributes of the panel that belongs to tab `id`. */
export function panelAttrs(prefix: string, id: string): Record<string, string> {
  return { id: panelId(prefix, id), role: 'tabpanel', 'aria-labelledby': tabId(prefix, id), tabindex: '0' };
}

export function tabList<K extends string>(
  prefix: string,
  name: string,
  tabs: readonly TabSpec<K>[],
  selected: K,
  onSelect: (id: K) => void,
): TabList<K> {
  const list = el('div', {
    className: 'tt-debrief-tabs',
    attrs: { role: 'tablist', 'aria-label': name, 'aria-orientation': 'horizontal' },
  });
  const buttons = tabs.map((tab) => {
    const node = el('button', {
      className: 'tt-debrief-tab',
      text: tab.label,
      attrs: {
        type: 'button',
        role: 'tab',
        id: tabId(prefix, tab.id),
        'aria-controls': panelId(prefix, tab.id),
      },
    });
    node.addEventListener('click', () => {
      select(tab.id);
      onSelect(tab.id);
    });
    list.appendChild(node);
    return node;
  });

  function select(id: K, focus = false): void {
    tabs.forEach((tab, i) => {
      const on = tab.id === id;
      buttons[i].setAttribute('aria-selected', String(on));
      buttons[i].tabIndex = on ? 0 : -1;
      if (on && focus) buttons[i].focus();
    });
  }

  list.addEventListener('keydown', (event) => {
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = (current + 1) % tabs.length;
        break;
      case 'ArrowLeft':
        next = (current - 1 + tabs.length) % tabs.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = tabs.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    select(tabs[next].id, true);
    onSelect(tabs[next].id);
  });

  select(selected);
  return { element: list, select };
}
