/**
 * The title screen's parts for games kept outside the save: loading a downloaded save file (a hidden picker,
 * and the report when a file cannot be loaded), and the result code of the last finished classroom game (a
 * button that shows it, to copy or download). Text only: file names and codes are set as textContent.
 */
import type { LastResult } from '../../app/last-result.ts';
import type { SaveFileRead } from '../../app/save-file.ts';
import { MAX_SAVE_BYTES } from '../../app/save-file.ts';
import { type MessageKey, t } from '../../i18n/catalog.ts';
import { codePanel } from '../debrief/code-panel.ts';
import { button, el } from '../dom.ts';
import { type OpenDialog, openDialog } from './dialog.ts';
import { hiddenJsonPicker } from './drop-zone.ts';
import { formatBytes } from './file-report.ts';

/** A hidden file input for save files, opened by the title's button; emptied after each pick. */
export function saveFilePicker(onFiles: (files: FileList | null) => Promise<void>): HTMLInputElement {
  return hiddenJsonPicker(t('title.loadSave'), 'tt-file-input tt-save-file-input', onFiles);
}

/** Why a save file cannot be loaded, with Close and "Choose another file". */
export function saveFileDialog(
  layer: HTMLElement,
  read: Exclude<SaveFileRead, { kind: 'valid' }>,
  chooseAgain: () => void,
  onClose: () => void,
): OpenDialog {
  const body =
    read.kind === 'refused'
      ? [
          el('p', {
            className: 'tt-dialog-lead',
            text: t(`saveFile.refused.${read.code}` as MessageKey, {
              name: read.name,
              max: formatBytes(MAX_SAVE_BYTES),
            }),
          }),
        ]
      : [
          el('p', { className: 'tt-dialog-lead', text: t('saveFile.problem', { name: read.name }) }),
          el('p', { text: t(`save.problem.${read.problem.code}` as MessageKey) }),
          el('p', {
            className: 'tt-muted tt-detail',
            text: t('save.detail', { detail: read.problem.detail }),
          }),
        ];
  return openDialog(layer, {
    title: t('saveFile.problemTitle'),
    role: 'alertdialog',
    className: 'tt-save-problem tt-save-file-problem',
    body,
    buttons: [
      { label: t('common.close'), primary: true, onClick: () => undefined },
      {
        label: t('saveFile.chooseAgain'),
        onClick: (close) => {
          close();
          chooseAgain();
        },
      },
    ],
    onClose,
  });
}

/** "Your last result code": opens the code of the last finished classroom game in a dialog. */
export function lastResultButton(
  last: LastResult,
  layer: HTMLElement,
  opened: (dialog: OpenDialog | null) => void,
): HTMLButtonElement {
  const title = last.session || t('classroom.untitled');
  return button(
    t('title.lastCode'),
    () => {
      const panel = codePanel(last.code, last.name, t('classroom.codeFor', { name: last.name, title }));
      const dialog = openDialog(layer, {
        title: t('title.lastCodeTitle'),
        className: 'tt-code-dialog tt-last-code',
        body: [
          el('p', { className: 'tt-muted', text: t('title.lastCodeAbout', { scenario: last.scenario }) }),
          panel.element,
        ],
        buttons: [{ label: t('common.close'), onClick: () => undefined }],
        onClose: () => opened(null),
      });
      panel.focus.focus({ preventScroll: true });
      opened(dialog);
    },
    {
      className: 'tt-last-code-open',
      attrs: { 'aria-description': t('classroom.codeFor', { name: last.name, title }) },
    },
  );
}
