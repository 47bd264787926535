/**
 * The glossary's terms (their words live in the catalog, src/i18n/en/glossary.ts) and the pure search behind
 * the underlines: `splitTerms` cuts a text into plain runs and glossary terms, whole words only, the longest
 * form first, each term once per text. No DOM here: src/ui/glossary/linked-text.ts draws the result.
 */
import { type MessageKey, t } from '../../i18n/catalog.ts';

export const GLOSSARY_IDS = [
  'approval',
  'back-channel',
  'batna',
  'concession',
  'linkage',
  'nash',
  'non-tariff-barrier',
  'package',
  'pareto',
  'quota',
  'ratification',
  'reciprocal-tariff',
  'red-line',
  'reservation',
  'satisfaction',
  'tariff',
  'threshold',
  'weighted-support',
  'win-set',
] as const;
export type GlossaryId = (typeof GLOSSARY_IDS)[number];

export interface GlossaryEntry {
  readonly id: GlossaryId;
  readonly term: string;
  readonly text: string;
}

/** A word (or words) of a text that names a term. */
export interface TermForm {
  readonly id: GlossaryId;
  readonly form: string;
}

/** A run of a text: plain, or the words of a term. */
export interface Segment {
  readonly text: string;
  readonly term: GlossaryId | null;
}

const key = (id: GlossaryId, part: 'term' | 'text' | 'forms'): MessageKey =>
  `glossary.${id}.${part}` as MessageKey;

/** Every entry, in the catalog's alphabetical order of terms. */
export function glossaryEntries(): GlossaryEntry[] {
  const locale = t('common.locale');
  return GLOSSARY_IDS.map((id) => ({ id, term: t(key(id, 'term')), text: t(key(id, 'text')) })).sort((a, b) =>
    a.term.localeCompare(b.term, locale, { sensitivity: 'base' }),
  );
}

export function glossaryEntry(id: GlossaryId): GlossaryEntry {
  return { id, term: t(key(id, 'term')), text: t(key(id, 'text')) };
}

/** The forms of every term from the catalog, longest first (so "reciprocal tariff" wins over "tariff"). */
export function termForms(): TermForm[] {
  return GLOSSARY_IDS.flatMap((id) =>
    t(key(id, 'forms'))
      .split(',')
      .map((form) => form.trim())
      .filter((form) => form.length > 0)
      .map((form) => ({ id, form })),
  ).sort((a, b) => b.form.length - a.form.length);
}

/** Whether an entry matches a search: the query's words all appear in its term or its text (any case). */
export function matchesQuery(entry: GlossaryEntry, query: string): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${entry.term} ${entry.text}`.toLocaleLowerCase();
  return words.every((w) => haystack.includes(w));
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Japanese (kana, kanji) is written without spaces: a term in it needs no word boundary around it. */
const isUnspaced = (c: string | undefined): boolean =>
  c !== undefined && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(c);

/** Whether the form stands at `i` as a whole word (for Latin text) or as written (for Japanese). */
function standsAt(text: string, lower: string, i: number, form: string): boolean {
  if (!lower.startsWith(form.toLocaleLowerCase(), i)) return false;
  // A Latin word ends where Latin letters do: in "BATNAも" the kana after it is a boundary.
  const apart = (c: string | undefined): boolean => !isWordChar(c) || isUnspaced(c);
  const before = isUnspaced(form[0]) || apart(text[i - 1]);
  const after = isUnspaced(form[form.length - 1]) || apart(text[i + form.length]);
  return before && after;
}

/**
 * Cuts `text` into runs: the first place each term appears (whole words, any case; in Japanese wherever it is
 * written) becomes a term run, the rest stays plain. Joined back, the runs are exactly `text`.
 */
export function splitTerms(text: string, forms: readonly TermForm[]): Segment[] {
  const lower = text.toLocaleLowerCase();
  const seen = new Set<GlossaryId>();
  const segments: Segment[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    const found = isWordChar(text[i])
      ? forms.find((f) => !seen.has(f.id) && standsAt(text, lower, i, f.form))
      : undefined;
    if (!found) {
      i += 1;
      continue;
    }
    if (i > plainStart) segments.push({ text: text.slice(plainStart, i), term: null });
    segments.push({ text: text.slice(i, i + found.form.length), term: found.id });
    seen.add(found.id);
    i += found.form.length;
    plainStart = i;
  }
  if (plainStart < text.length) segments.push({ text: text.slice(plainStart), term: null });
  return segments;
}
