/**
 * Issue 9: an import is validated whole before anything is stored. Every scenario text in it must parse and
 * compile (a throw is a failure of that file), and every session must refer to a scenario that exists; a refused
 * import names what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { checkImport } from '../../src/teacher/import-check.ts';
import { compileStored } from '../../src/teacher/scenarios.ts';
import type { StoredSession, TeacherData } from '../../src/teacher/store.ts';
import { constructorScenario, deepArray, deepObject, shippedText } from './hostile.ts';

const good = compileStored(shippedText());
if (!good.ok) throw new Error('the shipped scenario does not compile');
const scenario = good.value;

const sessionOn = (id: string, ref: { id: string; hash: string }, file: string | null): StoredSession => ({
  session: {
    id,
    title: `Class ${id}`,
    scenario: { id: ref.id, version: '1.0.0', hash: ref.hash },
    parties: ['japan', 'us'],
    sides: { kind: 'alternate' },
    opponent: 'computer',
    difficulty: 'normal',
    seed: 'ABCD',
    seeding: 'class',
  },
  created: '2025-09-01T08:00:00.000Z',
  scenarioFile: file,
});

const file = (text: string, name = 'mine.json'): TeacherData => ({
  sessions: [sessionOn('s1', scenario, name)],
  scenarios: [{ name, text }],
  codes: ['TT1aaa'],
});

describe('checking an import before it is stored', () => {
  it('accepts an exported file whose scenarios compile and whose sessions refer to them', () => {
    const checked = checkImport(file(shippedText()), []);
    expect(checked.ok).toBe(true);
  });

  it.each([
    ['40 KB of [[[…]]]', deepArray(20_000)],
    ['{"a":{"a":…}} 5,000 deep', deepObject(5_000)],
    ['a party whose id is "constructor"', constructorScenario()],
    ['a scenario with mistakes', '{"id":"x"}'],
  ])('refuses a scenario text that is %s, naming the file', (_what, text) => {
    const checked = checkImport(file(text, 'hostile.json'), []);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.error[0]).toContain('“hostile.json”');
  });

  it('refuses a session whose custom scenario is neither in the file nor stored', () => {
    const data: TeacherData = {
      sessions: [sessionOn('s9', { id: 'elsewhere', hash: 'nope' }, 'gone.json')],
      scenarios: [],
      codes: [],
    };
    const checked = checkImport(data, []);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toEqual([expect.stringContaining('“Class s9”')]);
    // The same session is accepted when the scenario is already stored.
    expect(checkImport(data, [{ id: 'elsewhere', hash: 'nope' }]).ok).toBe(true);
  });

  it('a session on a shipped scenario needs a shipped id', () => {
    const shipped = {
      sessions: [sessionOn('s1', { id: 'us-japan-2025', hash: 'old' }, null)],
      scenarios: [],
      codes: [],
    };
    expect(checkImport(shipped, []).ok).toBe(true);
    const unknown = {
      sessions: [sessionOn('s2', { id: 'no-such', hash: 'x' }, null)],
      scenarios: [],
      codes: [],
    };
    expect(checkImport(unknown, []).ok).toBe(false);
  });
});
