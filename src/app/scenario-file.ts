/**
 * A scenario file a designer or teacher chose (file picker or drag-and-drop): read it, refuse what is not a
 * scenario file at all (empty, huge, binary, not JSON) with a reason, and otherwise parse it. A file that is
 * JSON but broken gives every problem with its path and line; a valid one gives the ScenarioSource to play.
 * Never throws.
 */
import { parseScenario } from '../content/parse.ts';
import type { ScenarioProblem } from '../content/problems.ts';
import { err, ok, type Result } from '../model/result.ts';
import type { Scenario } from '../model/scenario.ts';
import type { ScenarioSource } from './scenarios.ts';

/** The largest file read: the shipped scenario is about 100 KB, so 2 MB leaves room without freezing a laptop. */
export const MAX_SCENARIO_BYTES = 2 * 1024 * 1024;

export const FILE_REFUSAL_CODES = ['EMPTY', 'TOO_LARGE', 'BINARY', 'NOT_JSON', 'UNREADABLE'] as const;
export type FileRefusalCode = (typeof FILE_REFUSAL_CODES)[number];

export interface FileRefusal {
  readonly code: FileRefusalCode;
  readonly name: string;
  readonly bytes: number;
}

export type ScenarioFileCheck =
  | { readonly kind: 'refused'; readonly refusal: FileRefusal }
  | { readonly kind: 'problems'; readonly name: string; readonly problems: readonly ScenarioProblem[] }
  | {
      readonly kind: 'valid';
      readonly source: ScenarioSource & { readonly kind: 'file' };
      readonly scenario: Scenario;
      readonly warnings: readonly ScenarioProblem[];
    };

/** What a file picker or a drop hands over. */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const refused = (code: FileRefusalCode, name: string, bytes: number): ScenarioFileCheck => ({
  kind: 'refused',
  refusal: { code, name, bytes },
});

/** Reads and checks a picked file. */
export async function readScenarioFile(file: PickedFile): Promise<ScenarioFileCheck> {
  if (file.size > MAX_SCENARIO_BYTES) return refused('TOO_LARGE', file.name, file.size);
  if (file.size === 0) return refused('EMPTY', file.name, 0);
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return refused('UNREADABLE', file.name, file.size);
  }
  return checkScenarioBytes(file.name, new Uint8Array(buffer));
}

/** Checks a file's bytes: size, then whether it is UTF-8 text, then the text. */
export function checkScenarioBytes(name: string, bytes: Uint8Array): ScenarioFileCheck {
  if (bytes.length > MAX_SCENARIO_BYTES) return refused('TOO_LARGE', name, bytes.length);
  const text = decodeText(bytes);
  if (text === null) return refused('BINARY', name, bytes.length);
  return checkScenarioText(name, text, bytes.length);
}

/** UTF-8 text without NUL characters, the byte-order mark dropped; null for anything else. */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export const TEXT_FILE_PROBLEMS = ['EMPTY', 'TOO_LARGE', 'BINARY', 'UNREADABLE'] as const;
export type TextFileProblem = (typeof TEXT_FILE_PROBLEMS)[number];

/**
 * Any picked file as text (a save file, a file of codes, teacher data): refused unread over `maxBytes`, refused
 * when empty or not UTF-8 text, and a read error (FileReader failing, the file gone) is a value. Never throws.
 */
export async function readTextFile(
  file: PickedFile,
  maxBytes: number,
): Promise<Result<string, TextFileProblem>> {
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

/** Checks a file's text: empty, not JSON at all, broken (every problem), or valid. */
export function checkScenarioText(name: string, text: string, bytes = text.length): ScenarioFileCheck {
  const start = text.trimStart();
  if (start.length === 0) return refused('EMPTY', name, bytes);
  if (bytes > MAX_SCENARIO_BYTES) return refused('TOO_LARGE', name, bytes);
  const parsed = parseScenario(text);
  if (parsed.ok) {
    return {
      kind: 'valid',
      source: { kind: 'file', name, text },
      scenario: parsed.value.scenario,
      warnings: parsed.value.warnings,
    };
  }
  // A file that does not even begin like JSON is not a scenario with mistakes: say so once, not per character.
  const looksLikeJson = start.startsWith('{') || start.startsWith('[');
  if (!looksLikeJson && parsed.error.every((p) => p.code === 'JSON_SYNTAX'))
    return refused('NOT_JSON', name, bytes);
  return { kind: 'problems', name, problems: sortProblems(parsed.error) };
}

/** Problems in file order (by line, then column); those without a position last, in the order found. */
export function sortProblems(problems: readonly ScenarioProblem[]): ScenarioProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        (a.p.line ?? Number.POSITIVE_INFINITY) - (b.p.line ?? Number.POSITIVE_INFINITY) ||
        (a.p.column ?? 0) - (b.p.column ?? 0) ||
        a.i - b.i,
    )
    .map(({ p }) => p);
}

/** The one file to take from a drop or a picker, or why there is none. */
export function pickOne<F>(
  files: ArrayLike<F> | null | undefined,
): { file: F } | { none: 'NO_FILE' | 'SEVERAL' } {
  if (!files || files.length === 0) return { none: 'NO_FILE' };
  if (files.length > 1) return { none: 'SEVERAL' };
  return { file: files[0] };
}

/** A pick or a drop that was not one file: refused before reading. */
export interface NotOneFile {
  readonly kind: 'refused';
  readonly refusal: { readonly code: 'NO_FILE' | 'SEVERAL'; readonly name: ''; readonly bytes: 0 };
}

/**
 * The one scenario file of a pick or a drop, read and checked (`onReading` is told its name first); null when
 * the picker was closed without a choice. Never throws: a browser whose File API fails gets a refusal.
 */
export async function checkPicked(
  files: ArrayLike<PickedFile> | null,
  onReading: (name: string) => void,
): Promise<ScenarioFileCheck | NotOneFile | null> {
  const one = pickOne(files);
  if ('none' in one)
    return files === null ? null : { kind: 'refused', refusal: { code: one.none, name: '', bytes: 0 } };
  onReading(one.file.name);
  try {
    return await readScenarioFile(one.file);
  } catch {
    return refused('UNREADABLE', one.file.name, one.file.size);
  }
}
