/**
 * A group of radio choices in a fieldset with a legend: one Tab stop, arrow keys move the choice (the browser's
 * own radio behaviour), each choice a card with a label, an optional note and an optional picture. The chosen
 * card is marked by a tick and a frame, not by colour alone.
 */
import { el } from '../dom.ts';

export interface ChoiceOption<V extends string> {
  readonly value: V;
  readonly label: string;
  readonly note?: string;
  readonly picture?: { readonly src: string; readonly width: number; readonly height: number };
}

export interface ChoiceGroup<V extends string> {
  readonly element: HTMLFieldSetElement;
  value(): V;
  set(value: V): void;
  setDisabled(disabled: boolean, note?: string): void;
  setLegend(text: string): void;
  /** The checked radio (for focus). */
  checkedInput(): HTMLInputElement | null;
}

let groups = 0;

export function choiceGroup<V extends string>(
  legend: string,
  options: readonly ChoiceOption<V>[],
  value: V,
  onChange: (value: V) => void,
  className = '',
): ChoiceGroup<V> {
  const name = `tt-choice-${++groups}`;
  const legendNode = el('legend', { text: legend });
  const disabledNote = el('p', { className: 'tt-muted tt-choice-disabled-note' });
  disabledNote.hidden = true;
  const inputs: HTMLInputElement[] = [];
  const cards = options.map((option, i) => {
    const input = el('input', { attrs: { type: 'radio', name, value: option.value, id: `${name}-${i}` } });
    input.checked = option.value === value;
    input.addEventListener('change', () => {
      if (input.checked) onChange(option.value);
    });
    inputs.push(input);
    const noteId = `${name}-${i}-note`;
    if (option.note) input.setAttribute('aria-describedby', noteId);
    const text = el('span', {
      className: 'tt-choice-text',
      children: [
        el('span', { className: 'tt-choice-label', text: option.label }),
        ...(option.note
          ? [el('span', { className: 'tt-choice-note', attrs: { id: noteId }, text: option.note })]
          : []),
      ],
    });
    const picture = option.picture
      ? [
          el('img', {
            className: 'tt-choice-picture',
            attrs: {
              src: option.picture.src,
              alt: '',
              width: String(option.picture.width),
              height: String(option.picture.height),
            },
          }),
        ]
      : [];
    return el('label', { className: 'tt-choice', children: [input, ...picture, text] });
  });
  const element = el('fieldset', {
    className: `tt-fieldset ${className}`.trim(),
    children: [legendNode, el('div', { className: 'tt-choices', children: cards }), disabledNote],
  });
  return {
    element,
    value: () => (inputs.find((i) => i.checked)?.value ?? value) as V,
    set(v) {
      for (const input of inputs) input.checked = input.value === v;
    },
    setDisabled(disabled, note) {
      element.disabled = disabled;
      disabledNote.hidden = !disabled || !note;
      disabledNote.textContent = note ?? '';
    },
    setLegend(text) {
      legendNode.textContent = text;
    },
    checkedInput: () => inputs.find((i) => i.checked) ?? null,
  };
}
