/**
 * "Codes for a session set up in another browser?": the teacher pastes the session's link, and the session is
 * stored here as if it had been set up here, so its codes can be checked against it. A link that cannot be read
 * is refused with the reason and nothing is stored.
 */
import { sessionFromText } from '../classroom/session-text.ts';
import { t } from '../i18n/page-catalog.ts';
import type { ClassSession } from '../model/code/session-link.ts';
import { button, el } from '../ui/dom.ts';

export interface SessionLinkInputDeps {
  /** Stores the session (replacing one with the same id) and verifies the codes again. */
  readonly addSession: (session: ClassSession) => void;
}

export function sessionLinkInput(deps: SessionLinkInputDeps): HTMLElement {
  const input = el('input', {
    className: 'tt-session-link-input',
    attrs: { id: 'tt-session-link', type: 'text', spellcheck: 'false', autocomplete: 'off' },
  });
  const note = el('p', { className: 'tt-muted', attrs: { role: 'status', id: 'tt-session-link-note' } });
  const add = button(t('teacher.sessionLink.add'), () => {
    const read = sessionFromText(input.value);
    if (!read.ok) {
      note.textContent = t('teacher.sessionLink.bad', { reason: read.error });
      return;
    }
    input.value = '';
    deps.addSession(read.value);
    note.textContent = t('teacher.sessionLink.added', { title: read.value.title || read.value.id });
  });
  return el('details', {
    className: 'tt-session-link',
    children: [
      el('summary', { text: t('teacher.sessionLink.summary') }),
      el('p', { className: 'tt-muted', text: t('teacher.sessionLink.help') }),
      el('label', { attrs: { for: 'tt-session-link' }, text: t('teacher.sessionLink.label') }),
      el('div', { className: 'tt-row', children: [input, add] }),
      note,
    ],
  });
}
