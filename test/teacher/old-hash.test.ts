/** The teacher page finds the scenario of a session stored with a shipped scenario's hash from before (src/model/hash.ts). */
import { describe, expect, it } from 'vitest';
import { checkImport } from '../../src/teacher/import-check.ts';
import { compileStored } from '../../src/teacher/scenarios.ts';
import type { StoredSession, TeacherData } from '../../src/teacher/store.ts';
import { shippedAt100 } from '../helpers.ts';

// The 1.0.0 content of the shipped scenario, whose old hashes src/model/hash.ts accepts.
const compiled = compileStored(JSON.stringify(shippedAt100('us-japan-2025')));
if (!compiled.ok) throw new Error('the shipped scenario does not compile');
const scenario = compiled.value;

const storedWith = (hash: string): StoredSession => ({
  session: {
    id: 's-old',
    title: 'Class before',
    scenario: { id: scenario.id, version: scenario.version, hash },
    parties: ['us', 'japan'],
    sides: { kind: 'alternate' },
    opponent: 'computer',
    difficulty: 'normal',
    seed: 'ABCD',
    seeding: 'class',
  },
  created: '2025-09-01T08:00:00.000Z',
  scenarioFile: 'us-japan.json',
});

const exported = (hash: string): TeacherData => ({
  sessions: [storedWith(hash)],
  scenarios: [],
  codes: [],
});

describe('an import with a session made with the old hash', () => {
  it('finds its scenario among the known ones', () => {
    expect(scenario.id).toBe('us-japan-2025');
    expect(checkImport(exported('0dbc62a0af594b'), [scenario]).ok).toBe(true);
    expect(checkImport(exported(scenario.hash), [scenario]).ok).toBe(true);
    expect(checkImport(exported('1ca5b2348d3a00'), [scenario]).ok).toBe(false);
  });
});
