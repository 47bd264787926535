/**
 * Small DOM helpers of the workbench: a section with its heading, a table with header cells, figures written
 * to three places. Text only ever goes in as textContent (src/ui/dom.ts `el`).
 */
import { el } from '../ui/dom.ts';

export function section(id: string, heading: string, lead: string | null): HTMLElement {
  const node = el('section', {
    className: 'tt-designer-section',
    attrs: { id, 'aria-labelledby': `${id}-h` },
  });
  node.appendChild(el('h2', { text: heading, attrs: { id: `${id}-h` } }));
  if (lead) node.appendChild(el('p', { className: 'tt-designer-lead', text: lead }));
  return node;
}

export type Cell =
  | string
  | Node
  | { readonly text: string; readonly attrs: Readonly<Record<string, string>> };

function cell(tag: 'td' | 'th', content: Cell, attrs: Readonly<Record<string, string>> = {}): HTMLElement {
  if (typeof content === 'string') return el(tag, { text: content, attrs });
  if (content instanceof Node) return el(tag, { children: [content], attrs });
  return el(tag, { text: content.text, attrs: { ...attrs, ...content.attrs } });
}

/** A table: the header row, then rows whose first cell is the row's header. */
export function table(
  head: readonly string[],
  rows: readonly (readonly Cell[])[],
  className = '',
): HTMLTableElement {
  const thead = el('thead', {
    children: [el('tr', { children: head.map((h) => cell('th', h, { scope: 'col' })) })],
  });
  const tbody = el('tbody', {
    children: rows.map((row) =>
      el('tr', { children: row.map((c, i) => (i === 0 ? cell('th', c, { scope: 'row' }) : cell('td', c))) }),
    ),
  });
  return el('table', { className: `tt-designer-table ${className}`.trim(), children: [thead, tbody] });
}

export const fixed3 = (x: number | null | undefined): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(3);
export const percent = (x: number | null | undefined): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(1)}%`;
export const whole = (x: number): string => Math.round(x).toLocaleString('en-US');
