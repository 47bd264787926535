/**
 * The teacher page's language switch (English / 日本語, each named in itself, with its own `lang`). The page is
 * plain DOM built once, so a switch stores the choice and reloads: every stored thing is already in localStorage
 * (sessions, scenario files, codes, the live seat). What is typed but not yet submitted (a pasted code list, a
 * session title, a seed, a chosen scenario) is carried over the reload in sessionStorage (this tab only) and put
 * back once the page is built again, so a switch loses nothing.
 */
import { LANGUAGE_NAMES, switchLanguage } from '../app/language.ts';
import { LANGUAGES, type Language, t } from '../i18n/page-catalog.ts';
import { el } from '../ui/dom.ts';

export const DRAFTS_KEY = 'tariff-talks/teacher/v1/drafts';
/** Drafts older than this are not put back (a reload much later is not the switch's reload). */
const DRAFT_MAX_AGE_MS = 60_000;

/** A field's unsaved value, by the field's id. */
export interface Draft {
  readonly id: string;
  readonly value: string;
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const isTextField = (node: Element): node is Field =>
  node instanceof HTMLTextAreaElement ||
  node instanceof HTMLSelectElement ||
  (node instanceof HTMLInputElement && ['text', 'search', 'url', 'number', ''].includes(node.type));

/** The values typed or chosen in the page that differ from what the page starts with (fields with an id). */
export function collectDrafts(root: ParentNode): Draft[] {
  const drafts: Draft[] = [];
  for (const node of root.querySelectorAll('input[id], textarea[id], select[id]')) {
    if (!isTextField(node) || node.disabled || node.hasAttribute('readonly')) continue;
    const changed =
      node instanceof HTMLSelectElement ? node.selectedIndex > 0 : node.value !== node.defaultValue;
    if (changed) drafts.push({ id: node.id, value: node.value });
  }
  return drafts;
}

/** Puts drafts back, in page order (a scenario before the groups it rebuilds), as if typed: input and change. */
export function applyDrafts(root: Document, drafts: readonly Draft[]): number {
  let applied = 0;
  for (const draft of drafts) {
    const node = root.getElementById(draft.id);
    if (!node || !isTextField(node)) continue;
    if (node instanceof HTMLSelectElement && ![...node.options].some((o) => o.value === draft.value))
      continue;
    node.value = draft.value;
    node.dispatchEvent(new Event('input', { bubbles: true }));
    node.dispatchEvent(new Event('change', { bubbles: true }));
    applied++;
  }
  return applied;
}

/** Reads (and removes) the drafts a switch kept; anything damaged or old is dropped. */
export function takeDrafts(storage: Pick<Storage, 'getItem' | 'removeItem'> | null, now: number): Draft[] {
  try {
    const raw = storage?.getItem(DRAFTS_KEY) ?? null;
    storage?.removeItem(DRAFTS_KEY);
    if (raw === null) return [];
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return [];
    const { at, drafts } = value as { at?: unknown; drafts?: unknown };
    if (typeof at !== 'number' || !(now - at >= 0 && now - at < DRAFT_MAX_AGE_MS) || !Array.isArray(drafts))
      return [];
    return drafts.filter(
      (d): d is Draft =>
        typeof d === 'object' && d !== null && typeof d.id === 'string' && typeof d.value === 'string',
    );
  } catch {
    return [];
  }
}

function keepDrafts(
  storage: Pick<Storage, 'setItem'> | null,
  drafts: readonly Draft[],
  now: number,
): boolean {
  if (drafts.length === 0) return true;
  try {
    storage?.setItem(DRAFTS_KEY, JSON.stringify({ at: now, drafts }));
    return storage !== null;
  } catch {
    return false;
  }
}

function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** Puts back what a language switch kept; call once the page is built. */
export function restoreDrafts(): void {
  applyDrafts(document, takeDrafts(sessionStore(), Date.now()));
}

/**
 * The switch: a group of two buttons, the current language pressed. Choosing the other keeps the drafts, stores
 * the choice and reloads; if the drafts cannot be kept (storage blocked), the teacher is asked first.
 */
export function languageSwitch(current: Language): HTMLElement {
  const choose = async (lang: Language) => {
    if (lang === current) return;
    const drafts = collectDrafts(document);
    if (!keepDrafts(sessionStore(), drafts, Date.now()) && !window.confirm(t('teacher.language.unsaved')))
      return;
    await switchLanguage(lang);
    location.reload();
  };
  return el('div', {
    className: 'tt-language-switch',
    attrs: { role: 'group', 'aria-label': t('teacher.language.label'), id: 'tt-language' },
    children: LANGUAGES.map((lang) => {
      const node = el('button', {
        className: `tt-button${lang === current ? ' tt-primary' : ''}`,
        attrs: { type: 'button', lang, 'aria-pressed': String(lang === current) },
        text: LANGUAGE_NAMES[lang],
      });
      node.addEventListener('click', () => void choose(lang));
      return node;
    }),
  });
}
