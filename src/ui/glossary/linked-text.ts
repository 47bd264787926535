/**
 * A catalog or scenario string as DOM text with its glossary terms underlined: each term (the first time it
 * appears) is a small button that opens its glossary entry; the rest are plain text nodes. Text only
 * (textContent), never HTML.
 */
import { t } from '../../i18n/catalog.ts';
import { el } from '../dom.ts';
import { openGlossary } from './glossary-dialog.ts';
import { type Segment, splitTerms, type TermForm, termForms } from './terms.ts';

let forms: TermForm[] | null = null;

/** The nodes of `text`, terms as buttons. */
export function linkedText(text: string): Node[] {
  forms ??= termForms();
  return splitTerms(text, forms).map(segmentNode);
}

/** An element whose text is `text` with its terms underlined (e.g. `linkedElement('p', text)`). */
export function linkedElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  return el(tag, { ...(className ? { className } : {}), children: linkedText(text) });
}

function segmentNode(segment: Segment): Node {
  const id = segment.term;
  if (id === null) return document.createTextNode(segment.text);
  const term = el('button', {
    className: 'tt-term',
    attrs: { type: 'button', 'data-term': id, title: t('glossary.termName', { term: segment.text }) },
    text: segment.text,
  });
  term.addEventListener('click', (event) => {
    event.stopPropagation();
    openGlossary(id);
  });
  return term;
}
