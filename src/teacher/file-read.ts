/**
 * A file the teacher uploads (codes or an export of teacher data), read as text by the game's own reader
 * (src/app/scenario-file.ts, `readTextFile`), and the sentence the page shows for each way it can fail.
 */
import { type PickedFile, readTextFile, type TextFileProblem } from '../app/scenario-file.ts';
import { t } from '../i18n/page-catalog.ts';
import { formatBytes } from '../ui/frame/file-report.ts';

export { readTextFile };
export type FileReadProblem = TextFileProblem;

/** The sentence for a file that was not read, naming it (and its size against the limit when too large). */
export function fileProblemText(problem: FileReadProblem, file: PickedFile, maxBytes: number): string {
  return t(`teacher.file.${problem}`, {
    name: file.name,
    size: formatBytes(file.size),
    max: formatBytes(maxBytes),
  });
}
