/**
 * The shipped files the game compiles without the schema pass (src/content/vouched.ts): the hashes recorded in
 * src/app/shipped-hashes.ts are those of the files as committed, each file passes the full parse, and the data the
 * schema gives back is the file's own, so skipping the schema compiles the very same scenario.
 */
import { describe, expect, it } from 'vitest';
import { SHIPPED_FILE_HASHES } from '../../src/app/shipped-hashes.ts';
import { parseScenario } from '../../src/content/parse.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { ScenarioSchema } from '../../src/content/schema.ts';
import { compileVouched, textHash, vouchedData } from '../../src/content/vouched.ts';
import { canonicalJson, contentHash } from '../../src/model/hash.ts';
import { readText } from '../helpers.ts';

const ids = Object.keys(SHIPPED_FILE_HASHES);
const textOf = (id: string): string => readText(`src/content/scenarios/${id}.json`);

describe('vouched shipped scenarios', () => {
  it('every shipped scenario file has its hashes recorded', () => {
    expect(ids.sort()).toEqual(['ardonia-belmark', 'tutorial', 'us-japan-2025']);
  });

  it.each(ids)('%s: the recorded hashes are those of the committed file', (id) => {
    const text = textOf(id);
    const recorded = { text: textHash(text), content: contentHash(JSON.parse(text)) };
    // When a shipped file changes, put this line in src/app/shipped-hashes.ts (after checking the file parses).
    const line = `'${id}': { text: '${recorded.text}', content: '${recorded.content}' },`;
    expect(SHIPPED_FILE_HASHES[id], line).toEqual(recorded);
  });

  it.each(ids)('%s parses in full without a problem, and the schema gives back the file as it is', (id) => {
    const text = textOf(id);
    const parsed = parseScenario(text);
    expect(parsed.ok ? parsed.value.warnings.map(formatProblem) : parsed.error.map(formatProblem)).toEqual(
      [],
    );
    const checked = ScenarioSchema.safeParse(JSON.parse(text));
    expect(checked.success).toBe(true);
    expect(canonicalJson(checked.data)).toBe(canonicalJson(JSON.parse(text)));
  });

  it.each(ids)('%s compiles without the schema to the scenario the full parse gives', (id) => {
    const text = textOf(id);
    const data = vouchedData(text, SHIPPED_FILE_HASHES[id]);
    if (!data) throw new Error('not vouched');
    const parsed = parseScenario(text, undefined, { designerWarnings: false });
    if (!parsed.ok) throw new Error('does not parse');
    const vouched = compileVouched(data, SHIPPED_FILE_HASHES[id]);
    expect(vouched).toEqual(parsed.value.scenario);
    expect(JSON.stringify(vouched)).toBe(JSON.stringify(parsed.value.scenario));
  });

  it('vouches for no other text: an edit, a changed space, another file, a stale record', () => {
    const text = textOf('us-japan-2025');
    const vouched = SHIPPED_FILE_HASHES['us-japan-2025'];
    expect(vouchedData(text, vouched)).not.toBeNull();
    expect(vouchedData(text.replace('"name"', '"name" '), vouched)).toBeNull();
    expect(vouchedData(`${text}\n`, vouched)).toBeNull();
    expect(vouchedData(textOf('tutorial'), vouched)).toBeNull();
    expect(vouchedData(text, undefined)).toBeNull();
  });
});
