/**
 * Saves, result codes and session links made with a shipped scenario's hash from before the content hash left
 * out `$schema` (src/model/hash.ts) still load, verify and match: for the content they were made with, the
 * shipped files' version 1.0.0 (version 1.1.0 is new content, so its hash is new and the old ones are not its).
 */
import { describe, expect, it } from 'vitest';
import { scenarioMismatch } from '../../src/app/classroom.ts';
import { newSession } from '../../src/app/new-session.ts';
import { checkSave, saveFileOf } from '../../src/app/save.ts';
import { provideShipped, shippedScenario } from '../../src/app/scenarios.ts';
import { playComputerGame } from '../../src/model/agent/index.ts';
import { decodeResultCode, encodeRecord, recordOf, sealOf } from '../../src/model/code/result-code.ts';
import { mismatchOf } from '../../src/model/code/session-check.ts';
import { verifyCode, verifyCodes } from '../../src/model/code/verify.ts';
import { shippedAt100, testSession, testSettings } from '../helpers.ts';

const OLD = { 'us-japan-2025': '0dbc62a0af594b', tutorial: '1ca5b2348d3a00' } as const;
/** The shipped scenarios that existed before the hash rule (a later one, e.g. ardonia-belmark, has no old hash). */
const OLD_IDS = ['us-japan-2025', 'tutorial'] as const;
for (const id of OLD_IDS) provideShipped(id, shippedAt100(id));
const usJapan = shippedScenario('us-japan-2025');
const tutorial = shippedScenario('tutorial');
const lookup = (id: string) => [usJapan, tutorial].filter((s) => s.id === id);

describe('a save made with the old hash', () => {
  it.each(OLD_IDS)('of %s resumes', (id) => {
    const scenario = shippedScenario(id);
    const created = newSession({ kind: 'shipped', id }, scenario, testSettings('old-save', { side: 'us' }));
    if (!created.ok) throw new Error(created.error.message);
    const file = saveFileOf(created.value, '2025-07-22T10:00:00Z');
    const old = { ...file, scenario: { ...file.scenario, hash: OLD[id] } };
    const read = checkSave(JSON.stringify(old));
    expect(read.ok && read.value.session.scenario.hash).toBe(scenario.hash);
    // Another hash is still another version.
    const other = checkSave(
      JSON.stringify({ ...file, scenario: { ...file.scenario, hash: '00000000000000' } }),
    );
    expect(!other.ok && other.error.code).toBe('SCENARIO_CHANGED');
  });
});

describe('a result code made with the old hash', () => {
  const game = playComputerGame(usJapan, testSettings('old-code', { opponent: 'computer-vs-computer' }));
  const record = recordOf(usJapan, game, 'Ada');
  if (!record) throw new Error('no record');
  const oldContent = { ...record, scenario: { ...record.scenario, hash: OLD['us-japan-2025'] } };
  const oldCode = encodeRecord({ ...oldContent, seal: sealOf(oldContent) });

  it('verifies', () => {
    expect(decodeResultCode(oldCode)).toMatchObject({ ok: true, value: { scenario: oldContent.scenario } });
    expect(verifyCode(oldCode, lookup).kind).toBe('verified');
    // A hash that is neither is another version.
    const other = { ...record, scenario: { ...record.scenario, hash: OLD.tutorial } };
    expect(verifyCode(encodeRecord({ ...other, seal: sealOf(other) }), lookup).kind).toBe('other-version');
  });

  it('is the same game as the code made with the new hash: a duplicate', () => {
    const verdicts = verifyCodes([encodeRecord(record), oldCode], lookup);
    expect(verdicts.map((v) => v.kind)).toEqual(['duplicate', 'duplicate']);
  });
});

describe('a session link with the old hash', () => {
  const game = playComputerGame(usJapan, testSettings('thursday', { side: 'japan' }));
  const oldSession = testSession(usJapan, {
    scenario: { ...testSession(usJapan).scenario, hash: OLD['us-japan-2025'] },
  });
  const record = recordOf(usJapan, game, 'Ada', { id: oldSession.id, classSeed: null });
  if (!record) throw new Error('no record');

  it('matches the shipped scenario', () => {
    expect(scenarioMismatch(oldSession, usJapan)).toBe(null);
    expect(scenarioMismatch(oldSession, tutorial)).toBe('OTHER_SCENARIO');
    const otherHash = { ...oldSession, scenario: { ...oldSession.scenario, hash: OLD.tutorial } };
    expect(scenarioMismatch(otherHash, usJapan)).toBe('OTHER_VERSION');
  });

  it('matches codes made with the new hash and with the old one', () => {
    expect(record.scenario.hash).toBe(usJapan.hash);
    expect(mismatchOf(record, oldSession)).toBe(null);
    const oldRecord = { ...record, scenario: { ...record.scenario, hash: OLD['us-japan-2025'] } };
    expect(mismatchOf(oldRecord, oldSession)).toBe(null);
    expect(mismatchOf(oldRecord, testSession(usJapan))).toBe(null);
    const otherHash = { ...record, scenario: { ...record.scenario, hash: OLD.tutorial } };
    expect(mismatchOf(otherHash, oldSession)).toMatch(/plays/);
  });
});
