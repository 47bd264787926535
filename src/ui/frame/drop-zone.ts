/**
 * Getting a scenario file into a scene: drag-and-drop anywhere on the page, or a hidden picker behind a button.
 *
 * Drag-and-drop of a file anywhere on the page. While a file is dragged over the page a cover says where to
 * drop it; a drop hands the files to `onFiles`. The browser never opens the dropped file itself.
 */
import { t } from '../../i18n/catalog.ts';
import { el } from '../dom.ts';

export function attachDropZone(
  layer: HTMLElement,
  hint: string,
  onFiles: (files: FileList | null) => void,
): () => void {
  const cover = el('div', {
    className: 'tt-drop-cover',
    attrs: { 'aria-hidden': 'true' },
    children: [el('p', { className: 'tt-drop-text', text: hint })],
  });
  cover.hidden = true;
  layer.appendChild(cover);
  let depth = 0;

  const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') === true;
  const onEnter = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth++;
    cover.hidden = false;
  };
  const onOver = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const onLeave = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) cover.hidden = true;
  };
  const onDrop = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    cover.hidden = true;
    onFiles(event.dataTransfer?.files ?? null);
  };
  document.addEventListener('dragenter', onEnter);
  document.addEventListener('dragover', onOver);
  document.addEventListener('dragleave', onLeave);
  document.addEventListener('drop', onDrop);
  return () => {
    document.removeEventListener('dragenter', onEnter);
    document.removeEventListener('dragover', onOver);
    document.removeEventListener('dragleave', onLeave);
    document.removeEventListener('drop', onDrop);
    cover.remove();
  };
}

/**
 * A hidden file input for scenario files, opened by a button of the scene's (`.click()`): its files go to
 * `onFiles`, and once they are taken the input is emptied, so that picking the same file again is seen again.
 */
export function scenarioFilePicker(onFiles: (files: FileList | null) => Promise<void>): HTMLInputElement {
  return hiddenJsonPicker(t('file.choose'), 'tt-file-input', onFiles);
}

/** A hidden picker of .json files named `label`, emptied after each pick (scenario files, save files). */
export function hiddenJsonPicker(
  label: string,
  className: string,
  onFiles: (files: FileList | null) => Promise<void>,
): HTMLInputElement {
  const input = el('input', {
    className,
    attrs: {
      type: 'file',
      accept: '.json,application/json',
      'aria-label': label,
      tabindex: '-1',
    },
  });
  input.hidden = true;
  input.addEventListener('change', () => {
    void onFiles(input.files).finally(() => {
      input.value = '';
    });
  });
  return input;
}
