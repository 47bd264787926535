/**
 * Every problem and warning of the open file, in file order, each with its code, JSON path and line and column
 * (the content layer maps each path to its place in the text).
 */
import { formatPath, type ScenarioProblem } from '../content/problems.ts';
import { t } from '../i18n/page-catalog.ts';
import { el } from '../ui/dom.ts';
import { type Cell, table } from './parts.ts';

export function problemsView(problems: readonly ScenarioProblem[]): Node[] {
  if (problems.length === 0)
    return [el('p', { className: 'tt-designer-ok', text: t('designer.problems.none') })];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const summary = el('p', {
    className: 'tt-designer-count',
    text: t('designer.problems.count', { errors, warnings: problems.length - errors }),
  });
  const rows = problems.map((p): Cell[] => [
    {
      text: t(p.severity === 'error' ? 'designer.problems.error' : 'designer.problems.warning'),
      attrs: { 'data-severity': p.severity },
    },
    p.code,
    { text: formatPath(p.path), attrs: { 'data-path': formatPath(p.path) } },
    {
      text:
        p.line === undefined
          ? t('designer.problems.noLine')
          : t('designer.problems.at', { line: p.line, column: p.column ?? 1 }),
      attrs: { 'data-line': String(p.line ?? '') },
    },
    p.message,
  ]);
  const list = table(
    [
      t('designer.problems.severity'),
      t('designer.problems.code'),
      t('designer.problems.path'),
      t('designer.problems.line'),
      t('designer.problems.message'),
    ],
    rows,
    'tt-designer-problems',
  );
  return [summary, list];
}
