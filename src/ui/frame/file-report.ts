/**
 * What the title screen says about a scenario file that cannot be played: a refusal (empty, huge, binary, not
 * JSON) in one sentence, or every problem of a broken file in a scrollable list, each with its severity, code,
 * JSON path and line. Text only: the file's own words are set as textContent, never parsed as HTML.
 */
import type { FileRefusal, NotOneFile, ScenarioFileCheck } from '../../app/scenario-file.ts';
import { MAX_SCENARIO_BYTES } from '../../app/scenario-file.ts';
import { formatPath, formatProblem, problemTotal, type ScenarioProblem } from '../../content/problems.ts';
import { type MessageKey, t } from '../../i18n/catalog.ts';
import { el } from '../dom.ts';
import { type OpenDialog, openDialog } from './dialog.ts';

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

export function refusalText(refusal: {
  readonly code: FileRefusal['code'] | 'NO_FILE' | 'SEVERAL';
  readonly name: string;
  readonly bytes: number;
}): string {
  return t(`file.refused.${refusal.code}` as MessageKey, {
    name: refusal.name,
    size: formatBytes(refusal.bytes),
    max: formatBytes(MAX_SCENARIO_BYTES),
  });
}

/** The summary line and the list of every problem. */
export function problemReport(name: string, problems: readonly ScenarioProblem[]): Node[] {
  const total = problemTotal(problems);
  const summary = el('p', {
    className: 'tt-dialog-lead',
    text: total === 1 ? t('file.problemsOne', { name }) : t('file.problemsMany', { name, count: total }),
  });
  const items = problems.map((p) =>
    el('li', {
      className: `tt-problem tt-problem-${p.severity}`,
      // The whole problem in one line for screen readers and for copying into a bug report.
      attrs: { 'aria-label': formatProblem(p) },
      children: [
        el('span', {
          className: 'tt-problem-severity',
          text: t(`file.severity.${p.severity}` as MessageKey),
        }),
        el('code', { className: 'tt-problem-code', text: p.code }),
        el('code', { className: 'tt-problem-path', text: formatPath(p.path) }),
        el('span', {
          className: 'tt-problem-where',
          text:
            p.line === undefined
              ? t('file.nowhere')
              : t('file.where', { line: p.line, column: p.column ?? 1 }),
        }),
        el('span', { className: 'tt-problem-message', text: p.message }),
      ],
    }),
  );
  const list = el('ol', {
    className: 'tt-problems',
    attrs: { tabindex: '0', 'aria-label': t('file.problemsList', { name }) },
    children: items,
  });
  return [summary, list];
}

/**
 * The dialog for a file that cannot be played: its refusal or its problems, with Close and "Choose a file"
 * (which closes the dialog first: the picker cannot open from behind a modal dialog).
 */
export function fileReportDialog(
  layer: HTMLElement,
  check: Exclude<ScenarioFileCheck, { kind: 'valid' }> | NotOneFile,
  chooseAgain: () => void,
  onClose: () => void,
): OpenDialog {
  const refused = check.kind === 'refused';
  return openDialog(layer, {
    title: refused ? t('file.refusedTitle') : t('file.problemsTitle'),
    role: 'alertdialog',
    className: refused ? 'tt-file-refused' : 'tt-file-problems',
    body: refused
      ? [el('p', { className: 'tt-dialog-lead', text: refusalText(check.refusal) })]
      : problemReport(check.name, check.problems),
    buttons: [
      { label: t('common.close'), primary: true, onClick: () => undefined },
      {
        label: t('file.choose'),
        onClick: (close) => {
          close();
          chooseAgain();
        },
      },
    ],
    onClose,
  });
}
