/**
 * The shipped scenario files as the tests validated them (src/content/vouched.ts): the hash of each file's text and
 * of its content. test/content/vouched.test.ts fails when a file changes and prints the new line to put here.
 * A file whose text does not match (an edited copy, a stale entry) is simply parsed in full.
 */
import type { VouchedFile } from '../content/vouched.ts';

export const SHIPPED_FILE_HASHES: Readonly<Record<string, VouchedFile>> = {
  'us-japan-2025': { text: '10fc518b30887d', content: '1bf8cc325ab7e8' },
  tutorial: { text: '02c29dd2445095', content: '08d9b9e046e6db' },
  'ardonia-belmark': { text: '106044fbbf81c3', content: '0aafee86918be5' },
};
