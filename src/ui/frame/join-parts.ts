/**
 * Parts of the join screen: what the teacher set for the session (locked: there is no setup screen), with a
 * warning when starting it replaces a saved game of something else; and the side part of the student's form.
 * Text only, from the link and the scenario.
 */
import { sideOfSeat } from '../../app/classroom.ts';
import { type MessageKey, t } from '../../i18n/catalog.ts';
import type { ClassSession } from '../../model/code/index.ts';
import { el } from '../dom.ts';
import { type ChoiceGroup, choiceGroup } from './choices.ts';
import type { FlagPicture } from './flags.ts';

export interface SessionAbout {
  readonly session: ClassSession;
  /** The session's title, or the word for an untitled one. */
  readonly sessionTitle: string;
  /** The scenario's title once it is known (shipped, or its file loaded); null before. */
  readonly scenarioTitle: string | null;
  /** A party's name: from the scenario once it is known, else its id as the link gives it. */
  readonly partyName: (id: string) => string;
  /** A saved game of something else, described. */
  readonly savedGame?: string | undefined;
}

export function sessionAbout(about: SessionAbout): HTMLElement {
  const { session, partyName } = about;
  const scenario =
    about.scenarioTitle ??
    t('classroom.scenarioUnknown', { id: session.scenario.id, version: session.scenario.version });
  const [first, second] = session.parties.map(partyName);
  const sides =
    session.sides.kind === 'fixed'
      ? t('classroom.sides.fixed', { side: partyName(session.sides.side) })
      : session.sides.kind === 'alternate'
        ? t('classroom.sides.alternate', { first, second })
        : t('classroom.sides.choose');
  const facts: [MessageKey, string][] = [
    ['classroom.fact.session', about.sessionTitle],
    ['classroom.fact.scenario', scenario],
    ['classroom.fact.opponent', t(`setup.opponent.${session.opponent}` as MessageKey)],
    [
      'classroom.fact.difficulty',
      session.opponent === 'human'
        ? t('setup.difficulty.none')
        : t(`setup.difficulty.${session.difficulty}` as MessageKey),
    ],
    ['classroom.fact.sides', sides],
    ['classroom.fact.game', t(`classroom.seeding.${session.seeding}` as MessageKey)],
  ];
  const list = el('dl', {
    className: 'tt-join-facts',
    children: facts.flatMap(([term, value]) => [el('dt', { text: t(term) }), el('dd', { text: value })]),
  });
  const column = el('section', {
    className: 'tt-column tt-join-about',
    attrs: { 'aria-labelledby': 'tt-join-about-heading' },
    children: [
      el('h2', { attrs: { id: 'tt-join-about-heading' }, text: t('classroom.about') }),
      list,
      el('p', { className: 'tt-muted', text: t('classroom.locked') }),
    ],
  });
  if (about.savedGame)
    column.appendChild(
      el('p', { className: 'tt-join-saved', text: t('classroom.savedGame', { about: about.savedGame }) }),
    );
  return column;
}

export interface SidePartOptions {
  readonly session: ClassSession;
  readonly partyName: (id: string) => string;
  /** A party's flag or badge for its side card, once the scenario is known. */
  readonly picture?: ((id: string) => FlagPicture | null) | undefined;
  /** What was typed or chosen before (a redraw keeps it). */
  readonly seat?: string | undefined;
  readonly side?: string | undefined;
  /** The student changed the seat or the side (the seat's input, when it was the seat). */
  readonly edited: (input?: HTMLInputElement) => void;
  /** Makes Enter in a field start the game. */
  readonly enterStarts: (input: HTMLInputElement) => void;
}

export interface SidePart {
  readonly element: HTMLElement;
  /** The seat number's field, when sides alternate by seat. */
  readonly seat: HTMLInputElement | null;
  /** The side cards, when students choose. */
  readonly side: ChoiceGroup<string> | null;
}

/**
 * Which side the student plays, as the session says: told (one side for all), by seat number (odd and even,
 * the side shown as the number is typed) or chosen on side cards.
 */
export function sidePart(options: SidePartOptions): SidePart {
  const { session, partyName } = options;
  const field = (children: HTMLElement[]) => el('div', { className: 'tt-fieldset tt-join-field', children });
  switch (session.sides.kind) {
    case 'fixed':
      return {
        seat: null,
        side: null,
        element: field([
          el('p', { className: 'tt-legend', text: t('classroom.side') }),
          el('p', {
            className: 'tt-join-side',
            text: t('classroom.sideFixed', { side: partyName(session.sides.side) }),
          }),
        ]),
      };
    case 'alternate': {
      const [first, second] = session.parties.map(partyName);
      const input = el('input', {
        className: 'tt-input tt-join-seat',
        attrs: {
          type: 'text',
          id: 'tt-join-seat',
          inputmode: 'numeric',
          maxlength: '4',
          autocomplete: 'off',
          required: '',
          'aria-describedby': 'tt-join-seat-help tt-join-seat-side',
        },
      });
      input.value = options.seat ?? '';
      const gives = el('p', {
        className: 'tt-join-side',
        attrs: { id: 'tt-join-seat-side', 'aria-live': 'polite' },
      });
      const update = (): void => {
        const side = sideOfSeat(session, input.value);
        gives.textContent =
          side === null
            ? t('classroom.seatNone')
            : t('classroom.seatGives', { seat: input.value.trim(), side: partyName(side) });
      };
      update();
      input.addEventListener('input', () => {
        update();
        options.edited(input);
      });
      options.enterStarts(input);
      return {
        seat: input,
        side: null,
        element: field([
          el('label', { className: 'tt-legend', attrs: { for: 'tt-join-seat' }, text: t('classroom.seat') }),
          el('p', {
            className: 'tt-muted',
            attrs: { id: 'tt-join-seat-help' },
            text: t('classroom.seatHelp', { first, second }),
          }),
          input,
          gives,
        ]),
      };
    }
    case 'choose': {
      const group = choiceGroup(
        t('classroom.side'),
        session.parties.map((id) => {
          const picture = options.picture?.(id) ?? null;
          return { value: id, label: partyName(id), ...(picture ? { picture } : {}) };
        }),
        options.side ?? '',
        () => options.edited(),
        'tt-sides tt-join-sides',
      );
      return { seat: null, side: group, element: group.element };
    }
  }
}
