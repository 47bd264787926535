/**
 * A tab strip (WAI-ARIA tabs): one tab stop, the arrow keys and Home/End move between tabs and select them.
 * What a tab shows is up to the caller (a Phaser panel or a DOM panel); `onSelect` tells it.
 */
import { el } from '../dom.ts';

export interface TabSpec<K extends string> {
  readonly key: K;
  readonly label: string;
  /** The id of the element holding the tab's content, when it is in the DOM. */
  readonly controls?: string;
}

export class TabStrip<K extends string> {
  readonly element: HTMLElement;
  private readonly buttons: HTMLButtonElement[];
  private selectedIndex = 0;

  constructor(
    label: string,
    private readonly specs: readonly TabSpec<K>[],
    private readonly onSelect: (key: K) => void,
  ) {
    this.element = el('div', { className: 'tt-tabs', attrs: { role: 'tablist', 'aria-label': label } });
    this.buttons = specs.map((spec, i) => {
      const tab = el('button', {
        className: 'tt-tab',
        text: spec.label,
        attrs: {
          type: 'button',
          role: 'tab',
          id: `tt-tab-${spec.key}`,
          ...(spec.controls ? { 'aria-controls': spec.controls } : {}),
        },
      });
      tab.addEventListener('click', () => this.select(spec.key));
      tab.addEventListener('keydown', (event) => this.keydown(event, i));
      this.element.appendChild(tab);
      return tab;
    });
    this.mark();
  }

  /** Renames a tab (a count of unread lines, say). */
  setLabel(key: K, label: string): void {
    const index = this.specs.findIndex((s) => s.key === key);
    if (index >= 0) this.buttons[index].textContent = label;
  }

  get selected(): K {
    return this.specs[this.selectedIndex].key;
  }

  select(key: K, focus = false): void {
    const index = this.specs.findIndex((s) => s.key === key);
    if (index < 0) return;
    this.selectedIndex = index;
    this.mark();
    if (focus) this.buttons[index].focus();
    this.onSelect(key);
  }

  private mark(): void {
    this.buttons.forEach((tab, i) => {
      const on = i === this.selectedIndex;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
    });
  }

  private keydown(event: KeyboardEvent, i: number): void {
    const last = this.specs.length - 1;
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = i === last ? 0 : i + 1;
    else if (event.key === 'ArrowLeft') next = i === 0 ? last : i - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    if (next === null) return;
    event.preventDefault();
    this.select(this.specs[next].key, true);
  }
}
