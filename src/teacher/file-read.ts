/**
 * Reading a file the teacher uploads (codes or an export of teacher data) as text: refused unread when it is over
 * the limit, refused when empty or not UTF-8 text (a picture, a document), and a read error (FileReader failing,
 * the file gone) is a value, and each has a sentence for the page. Never throws.
 */
import { decodeText } from '../app/scenario-file.ts';
import { t } from '../i18n/catalog.ts';
import { err, ok, type Result } from '../model/result.ts';
import { formatBytes } from '../ui/frame/file-report.ts';

export const FILE_READ_PROBLEMS = ['EMPTY', 'TOO_LARGE', 'BINARY', 'UNREADABLE'] as const;
export type FileReadProblem = (typeof FILE_READ_PROBLEMS)[number];

/** What a file picker hands over (a File), or a fake in tests. */
export interface UploadedFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The file's text (a byte-order mark dropped), or why there is none. */
export async function readTextFile(
  file: UploadedFile,
  maxBytes: number,
): Promise<Result<string, FileReadProblem>> {
  if (file.size > maxBytes) return err('TOO_LARGE');
  if (file.size === 0) return err('EMPTY');
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return err('UNREADABLE');
  }
  if (buffer.byteLength > maxBytes) return err('TOO_LARGE');
  const text = decodeText(new Uint8Array(buffer));
  if (text === null) return err('BINARY');
  if (text.trim().length === 0) return err('EMPTY');
  return ok(text);
}

/** The sentence for a file that was not read, naming it (and its size against the limit when too large). */
export function fileProblemText(problem: FileReadProblem, file: UploadedFile, maxBytes: number): string {
  return t(`teacher.file.${problem}`, {
    name: file.name,
    size: formatBytes(file.size),
    max: formatBytes(maxBytes),
  });
}
