/**
 * The live board drawn: a table with a row per pair (each side's students with their connection, who proposes,
 * the computer or a button that hands a side with nobody connected to it; the meeting, whose move, the last
 * offer, both approvals, the state, and the pair's chat, opened on demand), then the students waiting to be
 * placed, each with a choice of pair and side. Every name and chat line is set as textContent: they come from
 * students. Drawn again on every `board` message (every move of every pair): opened chats stay open, a place
 * chosen for a waiting student stays chosen, and the control that had the focus has it again. A class of several
 * sections (rooms) can be shown one section at a time, with each section's pairs counted in the choice.
 */
import { t } from '../i18n/page-catalog.ts';
import { type ChatLine, MAX_CHAT_LINES } from '../net/protocol.ts';
import { button, el } from '../ui/dom.ts';
import {
  type BoardView,
  boardSections,
  type PairRow,
  type PersonView,
  pairInSentence,
  type SideView,
  sectionView,
} from './live-board-rows.ts';

export interface LiveBoardDeps {
  readonly assign: (seat: string, pair: number, side: 0 | 1) => void;
  readonly computer: (pair: number, side: 0 | 1) => void;
}

export interface LiveBoard {
  readonly elements: readonly HTMLElement[];
  /** Draws the board (null: no board yet). */
  render(view: BoardView | null, parties: readonly [string, string]): void;
  /** Keeps a chat line of a pair (the last MAX_CHAT_LINES) and shows it. */
  addChat(pair: number, line: ChatLine): void;
  /** Forgets every chat line (a new session). */
  clearChat(): void;
}

function personItem(person: PersonView): HTMLElement {
  const state = t(person.connected ? 'teacherLive.person.connected' : 'teacherLive.person.away');
  const notes = person.lead ? `${state}, ${t('teacherLive.person.lead')}` : state;
  const item = el('li', {
    className: person.connected ? 'tt-live-on' : 'tt-live-away',
    children: [
      el('span', {
        className: 'tt-live-dot',
        attrs: { 'aria-hidden': 'true' },
        text: person.connected ? '●' : '○',
      }),
      el('span', { className: 'tt-live-name', text: person.name }),
      el('span', { className: 'tt-live-note', text: ` (${notes})` }),
    ],
  });
  item.dataset.seat = person.seat;
  return item;
}

/** Marks a control so that it gets the focus back when the board is drawn again. */
const keyed =
  (key: string) =>
  <E extends HTMLElement>(element: E): E => {
    element.dataset.liveKey = key;
    return element;
  };

export function liveBoard(deps: LiveBoardDeps): LiveBoard {
  const openChats = new Set<number>();
  /** The place chosen for each waiting student (by seat), kept while the board is drawn again. */
  const placeChoices = new Map<string, string>();
  const chats = new Map<number, ChatLine[]>();
  let last: { view: BoardView | null; parties: readonly [string, string] } = {
    view: null,
    parties: ['', ''],
  };

  /** The section shown, or null for the whole class. */
  let shown: number | null = null;
  const sectionSelect = el('select', { className: 'tt-select', attrs: { id: 'tt-live-section' } });
  const sectionPicker = el('div', {
    className: 'tt-row tt-live-sections',
    children: [
      el('label', { attrs: { for: 'tt-live-section' }, text: t('teacherLive.sections.label') }),
      sectionSelect,
    ],
  });
  sectionPicker.hidden = true;
  sectionSelect.addEventListener('change', () => {
    shown = sectionSelect.value === '' ? null : Number(sectionSelect.value);
    render(last.view, last.parties);
  });

  /** The section choice, kept in place (not drawn again) so that it keeps the focus and its value. */
  const showSections = (view: BoardView | null) => {
    const sections = view ? boardSections(view) : [];
    sectionPicker.hidden = sections.length < 2;
    if (shown !== null && !sections.some((s) => s.n === shown)) shown = null;
    const options = [
      { value: '', text: t('teacherLive.sections.all', { count: view?.rows.length ?? 0 }) },
      ...sections.map((s) => ({
        value: String(s.n),
        text: t('teacherLive.sections.one', {
          s: s.n,
          count: s.pairs,
          finished: s.finished,
          waiting: s.waiting,
        }),
      })),
    ];
    options.forEach((o, i) => {
      const option = (sectionSelect.options[i] as HTMLOptionElement | undefined) ?? el('option');
      option.value = o.value;
      option.textContent = o.text;
      if (!option.parentNode) sectionSelect.appendChild(option);
    });
    while (sectionSelect.options.length > options.length) sectionSelect.options[options.length].remove();
    sectionSelect.value = shown === null ? '' : String(shown);
  };

  const tableHolder = el('div', { className: 'tt-table-wrap tt-live-board', attrs: { tabindex: '0' } });
  const waitingList = el('div', { className: 'tt-live-waiting' });

  const sideCell = (row: PairRow, side: SideView): HTMLElement => {
    const cell = el('td');
    if (side.people.length > 0)
      cell.appendChild(el('ul', { className: 'tt-live-people', children: side.people.map(personItem) }));
    else if (!side.computer)
      cell.appendChild(el('span', { className: 'tt-muted', text: t('teacherLive.side.empty') }));
    if (side.computer)
      cell.appendChild(el('p', { className: 'tt-live-computer', text: t('teacherLive.side.computer') }));
    else if (side.canSwitch)
      cell.appendChild(
        keyed(`computer:${row.pair}:${side.side}`)(
          button(
            t('teacherLive.side.switch', { party: side.party }),
            () => deps.computer(row.pair, side.side),
            {
              name: t('teacherLive.side.switchName', { party: side.party, pair: pairInSentence(row.pair) }),
              className: 'tt-small',
            },
          ),
        ),
      );
    return cell;
  };

  const chatCell = (row: PairRow, parties: readonly [string, string]): HTMLElement => {
    const lines = chats.get(row.pair) ?? [];
    const details = el('details', {
      className: 'tt-live-chat',
      children: [
        keyed(`chat:${row.pair}`)(
          el('summary', { text: t('teacherLive.chat.lines', { count: lines.length }) }),
        ),
        lines.length === 0
          ? el('p', { className: 'tt-muted', text: t('teacherLive.chat.none') })
          : el('ol', {
              className: 'tt-live-chat-lines',
              children: lines.map((line) =>
                el('li', {
                  text: t('teacherLive.chat.line', {
                    name: line.name,
                    party: parties[line.side],
                    text: line.text,
                  }),
                }),
              ),
            }),
      ],
    });
    details.open = openChats.has(row.pair);
    details.addEventListener('toggle', () => {
      if (details.open) openChats.add(row.pair);
      else openChats.delete(row.pair);
    });
    return el('td', { children: [details] });
  };

  const rowOf = (row: PairRow, parties: readonly [string, string]): HTMLTableRowElement => {
    const tr = el('tr', {
      className: `tt-live-${row.state}`,
      children: [
        el('th', { attrs: { scope: 'row' }, text: row.label }),
        sideCell(row, row.sides[0]),
        sideCell(row, row.sides[1]),
        el('td', { className: 'tt-num', text: row.meeting }),
        el('td', { text: row.toMove }),
        el('td', { className: 'tt-live-offer', text: row.lastOffer }),
        el('td', { className: 'tt-num', text: row.approval[0] }),
        el('td', { className: 'tt-num', text: row.approval[1] }),
        el('td', { text: row.outcome }),
        chatCell(row, parties),
      ],
    });
    tr.dataset.pair = String(row.pair);
    tr.dataset.state = row.state;
    return tr;
  };

  const waitingItem = (person: PersonView, view: BoardView, index: number): HTMLElement => {
    const id = `tt-live-place-${index}`;
    const places = view.places.filter((p) => p.section === person.section);
    const select = keyed(`place:${person.seat}`)(
      el('select', {
        className: 'tt-select',
        attrs: { id },
        children: places.map((p) => el('option', { attrs: { value: `${p.pair}:${p.side}` }, text: p.label })),
      }),
    );
    const chosen = placeChoices.get(person.seat);
    if (chosen && places.some((p) => `${p.pair}:${p.side}` === chosen)) select.value = chosen;
    select.addEventListener('change', () => placeChoices.set(person.seat, select.value));
    const place = keyed(`assign:${person.seat}`)(
      button(t('teacherLive.place.button'), () => {
        const [pair, side] = select.value.split(':').map(Number);
        if (Number.isInteger(pair) && (side === 0 || side === 1)) deps.assign(person.seat, pair, side);
      }),
    );
    return el('li', {
      children: [
        personItem(person),
        el('div', {
          className: 'tt-row',
          children: [
            el('label', { attrs: { for: id }, text: t('teacherLive.place.label', { name: person.name }) }),
            select,
            place,
          ],
        }),
      ],
    });
  };

  const render = (whole: BoardView | null, parties: readonly [string, string]) => {
    last = { view: whole, parties };
    showSections(whole);
    const view = whole && sectionView(whole, shown);
    const active = document.activeElement;
    const focused = active instanceof HTMLElement ? active.dataset.liveKey : undefined;
    if (!view || view.rows.length === 0) {
      tableHolder.replaceChildren(el('p', { className: 'tt-muted', text: t('teacherLive.board.none') }));
    } else {
      const head = el('tr', {
        children: [
          t('teacherLive.board.pair'),
          parties[0],
          parties[1],
          t('teacherLive.board.meeting'),
          t('teacherLive.board.toMove'),
          t('teacherLive.board.lastOffer'),
          t('teacherLive.board.approval', { party: parties[0] }),
          t('teacherLive.board.approval', { party: parties[1] }),
          t('teacherLive.board.outcome'),
          t('teacherLive.board.chat'),
        ].map((text) => el('th', { attrs: { scope: 'col' }, text })),
      });
      tableHolder.replaceChildren(
        el('table', {
          className: 'tt-class-table tt-live-table',
          attrs: { id: 'tt-live-table' },
          children: [
            el('caption', { className: 'tt-sr-only', text: t('teacherLive.board.caption') }),
            el('thead', { children: [head] }),
            el('tbody', { children: view.rows.map((row) => rowOf(row, parties)) }),
          ],
        }),
      );
    }
    const waiting = view?.waiting ?? [];
    for (const seat of placeChoices.keys())
      if (!waiting.some((p) => p.seat === seat)) placeChoices.delete(seat);
    waitingList.replaceChildren(
      el('h4', { text: t('teacherLive.waiting.heading') }),
      waiting.length === 0
        ? el('p', { className: 'tt-muted', text: t('teacherLive.waiting.none') })
        : el('ul', {
            className: 'tt-live-waiting-list',
            attrs: { id: 'tt-live-waiting' },
            children: waiting.map((person, i) => waitingItem(person, view as BoardView, i)),
          }),
    );
    if (focused)
      for (const holder of [tableHolder, waitingList])
        holder.querySelector<HTMLElement>(`[data-live-key="${CSS.escape(focused)}"]`)?.focus();
  };

  return {
    elements: [el('h3', { text: t('teacherLive.board.heading') }), sectionPicker, tableHolder, waitingList],
    render,
    addChat(pair, line) {
      const lines = chats.get(pair) ?? [];
      lines.push(line);
      if (lines.length > MAX_CHAT_LINES) lines.splice(0, lines.length - MAX_CHAT_LINES);
      chats.set(pair, lines);
      render(last.view, last.parties);
    },
    clearChat() {
      chats.clear();
      openChats.clear();
    },
  };
}
