/**
 * Why a code did not verify, in the language in use, for the teacher's table, the CSV and `npm run verify`.
 * A duplicate's reason is written from the verdict's own facts (its copies, which came first); the others from
 * the reason's code and facts the model gives (`why`, src/model/code/why.ts). A reason without a code stays the
 * model's English text. Facts that are the model's own English (an action's description, a rule's message, a
 * vocabulary word such as a difficulty) stay as they are inside the translated sentence.
 */
import { t } from '../i18n/catalog.ts';
import type { Verdict } from '../model/code/verify.ts';

/** The reason of the verdict of the code at `index` (0-based, in the order handed in); '' for a verified code. */
export function verdictReason(v: Verdict, index: number): string {
  if (v.kind === 'verified') return '';
  if (v.kind !== 'duplicate')
    return 'why' in v && v.why ? t(`classroom.reason.${v.why.code}`, v.why.vars) : v.reason;
  if (!v.copies.includes(index)) return v.reason;
  const others = v.copies.filter((i) => i !== index).map((i) => i + 1);
  const list = others.join(t('classroom.reason.listSeparator'));
  if (v.first) return t('classroom.reason.duplicateFirst', { count: others.length, others: list });
  return others.length > 1
    ? t('classroom.reason.duplicateOfCopies', { first: v.of + 1, others: list })
    : t('classroom.reason.duplicateOf', { first: v.of + 1 });
}
