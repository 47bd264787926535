/**
 * Why a code did not verify, in the language in use, for the teacher's table, the CSV and `npm run verify`.
 * A duplicate's reason is written from the verdict's own facts (its copies, which came first); the others from
 * the reason's code and facts the model gives (`why`, src/model/code/why.ts). A reason without a code stays the
 * model's English text. The moves and the rule a reason names are written in the language in use too (in English
 * word for word the model's own words); a vocabulary word such as a difficulty stays as it is.
 */
import { currentLanguage, t } from '../i18n/catalog.ts';
import type { Verdict } from '../model/code/verify.ts';
import type { Why, WhyMoves } from '../model/code/why.ts';
import type { Action } from '../model/types.ts';

/** A move in words, as `describeAction` says it in English (issues and red-line levels counted from 1). */
function moveWords(action: Action): string {
  switch (action.type) {
    case 'propose':
      return t('classroom.move.propose', { levels: action.package.join(',') });
    case 'red-line':
      return t('classroom.move.redLine', { issue: action.issue + 1, level: action.level + 1 });
    case 'link':
      return t('classroom.move.link', { issue: action.issue + 1 });
    case 'accept':
    case 'reject':
    case 'walk-away':
    case 'back-channel':
      return t(`classroom.move.${action.type}`);
    default:
      return String((action as { type: unknown }).type);
  }
}

const movesWords = (moves: readonly Action[]): string =>
  moves.length === 0 ? t('classroom.move.nothing') : moves.map(moveWords).join(' + ');

/** The reason's facts, with its moves and rule in the language in use. */
function localVars(why: Why): Readonly<Record<string, string | number>> {
  const m: WhyMoves | undefined = why.moves;
  if (!m) return why.vars;
  return {
    ...why.vars,
    ...(m.expected ? { expected: movesWords(m.expected) } : {}),
    ...(m.given ? { given: movesWords(m.given) } : {}),
    ...(m.action ? { action: moveWords(m.action) } : {}),
    // The model's English message names the very levels; another language says the rule.
    ...(m.rule && currentLanguage() !== 'en' ? { detail: t(`error.${m.rule}`) } : {}),
  };
}

/** The reason of the verdict of the code at `index` (0-based, in the order handed in); '' for a verified code. */
export function verdictReason(v: Verdict, index: number): string {
  if (v.kind === 'verified') return '';
  if (v.kind !== 'duplicate')
    return 'why' in v && v.why ? t(`classroom.reason.${v.why.code}`, localVars(v.why)) : v.reason;
  if (!v.copies.includes(index)) return v.reason;
  const others = v.copies.filter((i) => i !== index).map((i) => i + 1);
  const list = others.join(t('classroom.reason.listSeparator'));
  if (v.first) return t('classroom.reason.duplicateFirst', { count: others.length, others: list });
  return others.length > 1
    ? t('classroom.reason.duplicateOfCopies', { first: v.of + 1, others: list })
    : t('classroom.reason.duplicateOf', { first: v.of + 1 });
}
