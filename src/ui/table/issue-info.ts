/**
 * What an issue is about, one click or key away on the table: a small non-modal popover inside the levers
 * panel with the issue's name and its description from the scenario file, opened by the round i button on a lever
 * row or the key I on a lever. Escape or Close shuts it and focus goes back to what opened it. Text only.
 */
import { t } from '../../i18n/catalog.ts';
import type { Scenario } from '../../model/scenario.ts';
import { announce, button, el } from '../dom.ts';
import { linkedText } from '../glossary/linked-text.ts';

export class IssueInfo {
  private popover: HTMLElement | null = null;
  private issue = -1;
  private opener: HTMLElement | null = null;

  /** `host` holds the popover (positioned against it); the issues come from `scenario`. */
  constructor(
    private readonly host: HTMLElement,
    private readonly scenario: Scenario,
  ) {}

  get openIssue(): number | null {
    return this.popover ? this.issue : null;
  }

  /** Opens the note of issue `j` next to `row`, or closes it when it is the one open. */
  toggle(j: number, row: HTMLElement, opener: HTMLElement): void {
    if (this.popover && this.issue === j) {
      this.close();
      return;
    }
    this.open(j, row, opener);
  }

  open(j: number, row: HTMLElement, opener: HTMLElement): void {
    this.close(false);
    const issue = this.scenario.issues[j];
    if (!issue) return;
    this.issue = j;
    this.opener = opener;
    const id = `tt-issue-info-${j}`;
    const text = issue.description;
    const popover = el('div', {
      className: 'tt-issue-info',
      attrs: {
        role: 'dialog',
        'aria-modal': 'false',
        'aria-labelledby': `${id}-title`,
        'aria-describedby': `${id}-text`,
        tabindex: '-1',
        id,
      },
      children: [
        el('h3', { attrs: { id: `${id}-title` }, text: issue.name }),
        el('p', { attrs: { id: `${id}-text` }, children: linkedText(text) }),
        el('div', {
          className: 'tt-issue-info-buttons',
          children: [button(t('issueInfo.close'), () => this.close(), { className: 'tt-small' })],
        }),
      ],
    });
    popover.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        this.close();
      }
    });
    this.host.appendChild(popover);
    this.place(popover, row);
    this.popover = popover;
    announce(t('issueInfo.shown', { issue: issue.name, text }));
    popover.focus({ preventScroll: true });
  }

  /** Closes the popover; focus goes back to what opened it unless `restore` is false. */
  close(restore = true): void {
    const popover = this.popover;
    if (!popover) return;
    this.popover = null;
    const hadFocus = popover.contains(document.activeElement);
    popover.remove();
    if (restore && (hadFocus || document.activeElement === document.body) && this.opener?.isConnected)
      this.opener.focus({ preventScroll: true });
  }

  /** Below the row when the row is in the upper half of the panel, above it otherwise (in the host's pixels). */
  private place(popover: HTMLElement, row: HTMLElement): void {
    const hostBox = this.host.getBoundingClientRect();
    const rowBox = row.getBoundingClientRect();
    const scale = this.host.offsetWidth > 0 ? hostBox.width / this.host.offsetWidth : 1;
    const top = (rowBox.top - hostBox.top) / scale;
    const bottom = (rowBox.bottom - hostBox.top) / scale;
    const height = this.host.offsetHeight;
    if (bottom < height / 2) {
      popover.style.top = `${Math.round(bottom + 4)}px`;
    } else {
      popover.style.bottom = `${Math.round(height - top + 4)}px`;
    }
  }
}
