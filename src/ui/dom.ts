/**
 * Real HTML controls for the scenes (Phaser DOM elements): built with createElement and textContent only,
 * never innerHTML, so no user- or file-provided text is ever parsed as HTML. Every control has an accessible
 * name; styles live in src/style.css (class names prefixed `tt-`).
 */

type Attrs = Readonly<Record<string, string>>;

/** An element with a class, attributes and text or children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; attrs?: Attrs; text?: string; children?: readonly Node[] } = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  if (options.text !== undefined) node.textContent = options.text;
  for (const child of options.children ?? []) node.appendChild(child);
  return node;
}

export function button(
  label: string,
  onClick: () => void,
  options: { className?: string; name?: string; attrs?: Attrs } = {},
): HTMLButtonElement {
  const node = el('button', {
    className: `tt-button ${options.className ?? ''}`.trim(),
    attrs: { type: 'button', ...(options.name ? { 'aria-label': options.name } : {}), ...options.attrs },
    text: label,
  });
  node.addEventListener('click', onClick);
  return node;
}

export interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
}

export function select<V extends string>(
  name: string,
  choices: readonly Choice<V>[],
  value: V,
  onChange: (value: V) => void,
): HTMLSelectElement {
  const node = el('select', { className: 'tt-select', attrs: { 'aria-label': name } });
  for (const c of choices) {
    const option = el('option', { text: c.label, attrs: { value: c.value } });
    node.appendChild(option);
  }
  node.value = value;
  node.addEventListener('change', () => onChange(node.value as V));
  return node;
}

/** A range input over whole steps 0..max; `onInput` fires while it moves (keyboard arrows too). */
export function range(
  name: string,
  max: number,
  value: number,
  onInput: (value: number) => void,
  valueText?: (value: number) => string,
): HTMLInputElement {
  const node = el('input', {
    className: 'tt-range',
    attrs: { type: 'range', min: '0', max: String(max), step: '1', value: String(value), 'aria-label': name },
  });
  const describe = () => {
    if (valueText) node.setAttribute('aria-valuetext', valueText(Number(node.value)));
  };
  describe();
  node.addEventListener('input', () => {
    describe();
    onInput(Number(node.value));
  });
  return node;
}

export function checkbox(
  name: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
): HTMLLabelElement {
  const input = el('input', { attrs: { type: 'checkbox' } });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return el('label', { className: 'tt-check', children: [input, document.createTextNode(` ${name}`)] });
}

/** Announces a sentence to screen readers through the page's ARIA live region (#tt-live in index.html). */
export function announce(text: string): void {
  const region = document.getElementById('tt-live');
  if (!region) return;
  // Clear first so the same sentence twice is announced twice.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = text;
  }, 30);
}
