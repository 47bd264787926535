/**
 * A shipped scenario file the build's tests have already validated, compiled without the schema pass.
 *
 * The tests (test/content/vouched.test.ts) parse every shipped file fully and record two hashes of it in
 * src/app/shipped-hashes.ts: of its text exactly as served, and of its content. At run time a shipped file whose
 * text has the recorded hash is the very file the tests passed, so the game reads it with JSON.parse and compiles
 * it without checking it again: no size and nesting checks, no zod schema, no cross-reference checks (about
 * 25–40 ms of the title's start, and the zod schemas need not even be built). Any other text (a designer's edited
 * copy of a shipped file, a file a player opens) has another hash and goes through `parseScenario` in full, with
 * every problem and its path.
 *
 * The hash is hash53, not a cryptographic one: the text comes from the game's own server, beside the game's
 * JavaScript, so whoever could forge a file with the same hash could as well replace the code. It tells an edited
 * file from the tested one.
 */
import { hash53 } from '../model/hash.ts';
import type { Scenario } from '../model/scenario.ts';
import { compileChecked } from './compile.ts';
import type { ScenarioData } from './schema.ts';

/** What the tests recorded of a shipped file. */
export interface VouchedFile {
  /** hash53 of the file's text, exactly as served. */
  readonly text: string;
  /** The content hash of its data (model/hash.ts `contentHash`), which the compiled scenario carries. */
  readonly content: string;
}

/** The hash of a file's text the tests record. */
export const textHash = (text: string): string => hash53(text);

/** The file's data, when `text` is the file the tests validated; null for any other text. */
export function vouchedData(text: string, vouched: VouchedFile | undefined): ScenarioData | null {
  if (!vouched || textHash(text) !== vouched.text) return null;
  try {
    return JSON.parse(text) as ScenarioData;
  } catch {
    return null;
  }
}

/** The scenario of a vouched file's data (`vouchedData`), with the content hash the tests recorded. */
export const compileVouched = (data: ScenarioData, vouched: VouchedFile): Scenario =>
  compileChecked(data, vouched.content);
