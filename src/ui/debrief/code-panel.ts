/**
 * The result code panel at the end of a game: a one-line instruction, the code in a read-only text box, and
 * Copy and Download buttons, both announced. Outside a classroom session the panel first asks for the
 * student's name. Plain DOM (textContent only): the name a student typed is never parsed as HTML.
 */
import { codeFileName, codeFileText } from '../../app/classroom.ts';
import { t } from '../../i18n/catalog.ts';
import { MAX_NAME_LENGTH } from '../../model/code/index.ts';
import { announce, button, el } from '../dom.ts';
import { downloadFile } from '../frame/download.ts';

export interface CodePanel {
  readonly element: HTMLElement;
  /** The control to focus when the panel opens. */
  readonly focus: HTMLElement;
}

let panels = 0;

/** The panel showing a finished game's code. `caption` says whose code it is. */
export function codePanel(code: string, name: string, caption: string): CodePanel {
  const id = `tt-code-${++panels}`;
  const status = el('p', { className: 'tt-code-status', attrs: { id: `${id}-status` } });
  const say = (text: string): void => {
    status.textContent = text;
    announce(text);
  };
  const box = el('textarea', {
    className: 'tt-code-text',
    attrs: {
      id,
      readonly: '',
      rows: '5',
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-describedby': `${id}-instruction ${id}-status`,
    },
  });
  box.value = code;
  // A click in the box selects the whole code, ready to copy by hand.
  box.addEventListener('focus', () => box.select());

  const copy = button(
    t('classroom.copy'),
    () => {
      void copyCode(code).then((copied) => {
        if (copied) say(t('classroom.copied'));
        else {
          box.focus({ preventScroll: true });
          box.select();
          say(t('classroom.copyFailed'));
        }
      });
    },
    { name: t('classroom.copyName'), className: 'tt-primary tt-code-copy' },
  );
  const download = button(
    t('classroom.download'),
    () => {
      const file = codeFileName(name);
      downloadFile(file, codeFileText(code), 'text/plain');
      say(t('classroom.downloaded', { file }));
    },
    { name: t('classroom.downloadName'), className: 'tt-code-download' },
  );

  const element = el('div', {
    className: 'tt-code-panel',
    children: [
      el('p', {
        className: 'tt-code-instruction',
        attrs: { id: `${id}-instruction` },
        text: t('classroom.codeInstruction'),
      }),
      el('p', { className: 'tt-code-for', text: caption }),
      el('label', { className: 'tt-code-label', attrs: { for: id }, text: t('classroom.resultCode') }),
      box,
      el('div', { className: 'tt-row tt-code-buttons', children: [copy, download] }),
      status,
    ],
  });
  return { element, focus: copy };
}

/**
 * Outside a session: a name field first; once a name is given, `make` returns the code (null for an empty
 * name) and the panel takes the form's place.
 */
export function namedCodePanel(
  initialName: string,
  make: (name: string) => { code: string; name: string } | null,
  caption: (name: string) => string,
  onMade: (name: string) => void,
): CodePanel {
  const id = `tt-code-name-${++panels}`;
  const input = el('input', {
    className: 'tt-input tt-code-name',
    attrs: {
      id,
      type: 'text',
      maxlength: String(MAX_NAME_LENGTH),
      autocomplete: 'name',
      spellcheck: 'false',
      'aria-describedby': `${id}-lead ${id}-message`,
    },
  });
  input.value = initialName;
  const message = el('p', { className: 'tt-code-message', attrs: { id: `${id}-message`, role: 'alert' } });
  const element = el('div', { className: 'tt-code-named' });
  const submit = (): void => {
    const made = make(input.value);
    if (!made) {
      message.textContent = t('classroom.problem.NAME_EMPTY');
      input.setAttribute('aria-invalid', 'true');
      input.focus({ preventScroll: true });
      return;
    }
    const panel = codePanel(made.code, made.name, caption(made.name));
    element.replaceChildren(panel.element);
    onMade(made.name);
    panel.focus.focus({ preventScroll: true });
  };
  input.addEventListener('input', () => {
    message.textContent = '';
    input.removeAttribute('aria-invalid');
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      submit();
    }
  });
  element.append(
    el('p', { className: 'tt-code-instruction', attrs: { id: `${id}-lead` }, text: t('classroom.freeLead') }),
    el('label', { className: 'tt-code-label', attrs: { for: id }, text: t('classroom.name') }),
    el('div', {
      className: 'tt-row',
      children: [input, button(t('classroom.makeCode'), submit, { className: 'tt-primary tt-code-make' })],
    }),
    message,
  );
  return { element, focus: input };
}

/** Copies to the clipboard; false when the browser refuses (no permission, no clipboard, not focused). */
async function copyCode(code: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(code);
    return true;
  } catch {
    return false;
  }
}
