/**
 * A modal dialog inside a scene's layer: a heading, a body, and buttons. While it is open the rest of the
 * layer is inert (neither clickable nor reachable by Tab), Tab cycles inside the dialog, and Escape closes it.
 * On close, focus goes back to the control that opened it.
 */
import { button, el } from '../dom.ts';

export interface DialogButton {
  readonly label: string;
  readonly primary?: boolean;
  /** Runs, then the dialog closes (closing it first inside is fine). */
  readonly onClick: (close: () => void) => void;
}

export interface DialogOptions {
  readonly title: string;
  readonly body: readonly Node[];
  readonly buttons: readonly DialogButton[];
  /** `alert`: an error the player must read (announced at once by screen readers). */
  readonly role?: 'dialog' | 'alertdialog';
  readonly className?: string;
  /** Which button gets focus first (index); the first by default. */
  readonly focus?: number;
  readonly onClose?: () => void;
}

export interface OpenDialog {
  readonly element: HTMLElement;
  close(): void;
}

let counter = 0;

export function openDialog(layer: HTMLElement, options: DialogOptions): OpenDialog {
  const id = `tt-dialog-${++counter}`;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const heading = el('h2', {
    className: 'tt-dialog-title',
    attrs: { id: `${id}-title` },
    text: options.title,
  });
  const buttons = options.buttons.map((b) =>
    button(
      b.label,
      () => {
        b.onClick(close);
        close();
      },
      { className: b.primary ? 'tt-primary' : '' },
    ),
  );
  const panel = el('div', {
    className: `tt-dialog ${options.className ?? ''}`.trim(),
    attrs: {
      role: options.role ?? 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': `${id}-title`,
      id,
    },
    children: [
      heading,
      el('div', { className: 'tt-dialog-body', children: [...options.body] }),
      el('div', { className: 'tt-dialog-buttons', children: buttons }),
    ],
  });
  const backdrop = el('div', { className: 'tt-backdrop', children: [panel] });

  const siblings = [...layer.children].filter((c): c is HTMLElement => c instanceof HTMLElement);
  const wasInert = siblings.map((s) => s.inert);
  for (const s of siblings) s.inert = true;
  layer.appendChild(backdrop);

  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      trapTab(panel, event);
    }
  };
  panel.addEventListener('keydown', onKey);

  let open = true;
  function close(): void {
    if (!open) return;
    open = false;
    panel.removeEventListener('keydown', onKey);
    backdrop.remove();
    siblings.forEach((s, i) => {
      s.inert = wasInert[i];
    });
    options.onClose?.();
    if (opener?.isConnected && !opener.inert) opener.focus({ preventScroll: true });
  }

  (buttons[options.focus ?? 0] ?? panel).focus({ preventScroll: true });
  return { element: panel, close };
}

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, a[href], [tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab inside `container`. */
export function trapTab(container: HTMLElement, event: KeyboardEvent): void {
  const items = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => !e.inert);
  if (items.length === 0) return;
  const first = items[0];
  const last = items[items.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
