/**
 * The table's "Talk" tab in a live class: the chat between the two sides (text only, through textContent, at
 * most MAX_CHAT_LENGTH characters), and for a team the lead's suggestions from the members or, for a member,
 * the button that suggests the levers' package to the lead. Plain DOM; the scene wires it to the live session.
 */
import { t } from '../../i18n/catalog.ts';
import type { Package } from '../../model/scenario.ts';
import { type ChatLine, MAX_CHAT_LENGTH, type Suggestion } from '../../net/protocol.ts';
import { announce, button, el } from '../dom.ts';

export interface TalkHandlers {
  /** Sends a chat line; returns why it was not sent (a sentence), or null. */
  send(text: string): string | null;
  /** A member suggests the package on the levers. */
  suggest(): void;
  /** The lead loads a suggestion onto the levers. */
  load(pkg: Package): void;
}

/** What the team section shows: nothing (a pair), a member's suggest button, or the lead's suggestions. */
export type TeamView =
  | { readonly kind: 'none' }
  | { readonly kind: 'member'; readonly lead: string }
  | { readonly kind: 'lead'; readonly suggestions: readonly Suggestion[] };

export class TalkPanel {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly log: HTMLOListElement;
  private readonly empty: HTMLElement;
  private readonly status: HTMLElement;
  private readonly team: HTMLElement;
  private shown = 0;

  constructor(
    id: string,
    private readonly handlers: TalkHandlers,
  ) {
    this.log = el('ol', {
      className: 'tt-talk-log',
      attrs: { 'aria-label': t('live.chat.heading'), 'aria-live': 'off' },
    });
    this.empty = el('p', { className: 'tt-talk-empty', text: t('live.chat.empty') });
    this.input = el('input', {
      className: 'tt-input tt-talk-input',
      attrs: {
        type: 'text',
        maxlength: String(MAX_CHAT_LENGTH),
        'aria-label': t('live.chat.input'),
        autocomplete: 'off',
      },
    });
    this.status = el('p', { className: 'tt-talk-status', attrs: { role: 'status' } });
    const send = button(t('live.chat.send'), () => this.send(), { className: 'tt-primary tt-talk-send' });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') this.send();
    });
    this.team = el('section', { className: 'tt-talk-team', attrs: { 'aria-label': t('live.team.heading') } });
    this.team.hidden = true;
    this.element = el('div', {
      className: 'tt-panel tt-talk',
      attrs: { id, role: 'tabpanel', 'aria-labelledby': 'tt-tab-talk' },
      // Phaser sets `display` on the element it places: the layout lives on this child.
      children: [
        el('div', {
          className: 'tt-talk-inner',
          children: [
            el('div', {
              className: 'tt-scroll tt-talk-scroll',
              children: [
                el('h3', { className: 'tt-talk-heading', text: t('live.chat.heading') }),
                this.empty,
                this.log,
              ],
            }),
            el('div', { className: 'tt-talk-compose', children: [this.input, send] }),
            this.status,
            this.team,
          ],
        }),
      ],
    });
  }

  /** Shows the chat; lines past those already shown are new (announced when from the other side). */
  setChat(lines: readonly ChatLine[], mySide: 0 | 1 | null): number {
    this.log.replaceChildren(
      ...lines.map((line) =>
        el('li', {
          className: line.side === mySide ? 'tt-talk-line tt-talk-mine' : 'tt-talk-line tt-talk-theirs',
          text: t('live.chat.line', { name: line.name, text: line.text }),
        }),
      ),
    );
    this.empty.hidden = lines.length > 0;
    const fresh = lines.slice(this.shown).filter((line) => line.side !== mySide);
    this.shown = lines.length;
    for (const line of fresh) announce(t('live.chat.arrived', { name: line.name, text: line.text }));
    const scroll = this.log.parentElement;
    if (scroll) scroll.scrollTop = scroll.scrollHeight;
    return fresh.length;
  }

  setStatus(text: string): void {
    this.status.textContent = text;
  }

  setTeam(view: TeamView): void {
    this.team.hidden = view.kind === 'none';
    if (view.kind === 'none') {
      this.team.replaceChildren();
      return;
    }
    if (view.kind === 'member') {
      this.team.replaceChildren(
        el('p', { text: t('live.team.watching', { name: view.lead }) }),
        button(t('live.team.suggest', { lead: view.lead }), () => this.handlers.suggest(), {
          className: 'tt-talk-suggest',
        }),
      );
      return;
    }
    const items = view.suggestions
      .slice()
      .reverse()
      .map((s) =>
        el('li', {
          children: [
            button(t('live.team.load', { name: s.from }), () => this.handlers.load([...s.package]), {
              className: 'tt-small tt-talk-load',
            }),
          ],
        }),
      );
    this.team.replaceChildren(
      el('h3', { className: 'tt-talk-heading', text: t('live.team.suggestions') }),
      items.length > 0
        ? el('ul', { className: 'tt-talk-suggestions', children: items })
        : el('p', { text: t('live.team.none') }),
    );
  }

  private send(): void {
    const problem = this.handlers.send(this.input.value);
    this.status.textContent = problem ?? '';
    if (problem === null) this.input.value = '';
  }
}
