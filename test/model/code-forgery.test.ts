/**
 * Forged result codes, as an attack run wrote them: each is first shown to pass a check by the code's own
 * contents (what the verifier did before it knew the teacher's sessions), then flagged against the session.
 * And one encoding per code: no second text decodes to the same game.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playComputerGame } from '../../src/model/agent/index.ts';
import { fromBase64Url } from '../../src/model/code/bytes.ts';
import {
  type ClassSession,
  type CodeSession,
  countsInClass,
  decodeResultCode,
  encodeRecord,
  normalizeName,
  type ResultRecord,
  resultCode,
  type ScenarioLookup,
  seal as sealBytes,
  sealOf,
  sessionLookupOf,
  studentSeed,
  verifyCode,
  verifyCodes,
} from '../../src/model/code/index.ts';
import { RESULT_PREFIX } from '../../src/model/code/result-code.ts';
import { applyAction } from '../../src/model/rules.ts';
import type { GameSettings, GameState } from '../../src/model/types.ts';
import type { ConcessionStyle } from '../../src/model/vocabulary.ts';
import { loadScenario, newTestGame, testSession, testSettings } from '../helpers.ts';

const US_JAPAN = loadScenario('src/content/scenarios/us-japan-2025.json');
const lookup: ScenarioLookup = (id) => (id === US_JAPAN.id ? [US_JAPAN] : []);

const session = (over: Partial<ClassSession> = {}): ClassSession => testSession(US_JAPAN, over);

const codeSession = (s: ClassSession): CodeSession => ({
  id: s.id,
  classSeed: s.seeding === 'student' ? s.seed : null,
});

/**
 * An honest student's code in a session: the game the session locks for that name, played to the end, the
 * student's side played by the agent in a concession style of the student's own (two students of one class
 * seed who play alike play the same game).
 */
function honestCode(s: ClassSession, name: string, style: ConcessionStyle = 'boulware'): string {
  const seed = s.seeding === 'class' ? s.seed : studentSeed(s.seed, name);
  const side = s.sides.kind === 'fixed' ? s.sides.side : 'japan';
  const personalities: [ConcessionStyle, ConcessionStyle] = [US_JAPAN.parties[0].personality, style];
  if (side === 'us') personalities.reverse();
  const settings = testSettings(seed, { side, difficulty: s.difficulty });
  const game = playComputerGame(US_JAPAN, settings, { personalities });
  const code = resultCode(US_JAPAN, game, name, codeSession(s));
  if (!code) throw new Error('the game is not over');
  return code;
}

/** A decoded code edited and written back with its seal redone and a correct checksum: a careful forger. */
function forged(code: string, edit: (r: ResultRecord) => Omit<ResultRecord, 'seal'>): string {
  const decoded = decodeResultCode(code);
  if (!decoded.ok) throw new Error(decoded.error.message);
  const next = edit(decoded.value);
  return encodeRecord({ ...next, seal: sealOf(next) });
}

describe('forged codes against the teacher’s session', () => {
  it('a classmate’s code renamed and resealed: both copies are duplicates, and the first handed in is named', () => {
    const s = session();
    const sessions = sessionLookupOf([s]);
    const honest = honestCode(s, 'Aiko Tanaka');
    const copy = forged(honest, (r) => ({ ...r, name: 'Copy Cat' }));
    // It fits the session: the class plays one seed, so only the game itself gives the copy away.
    expect(verifyCode(copy, lookup, sessions).kind).toBe('verified');
    // Pasted before the original, the copy no longer leaves the honest student as the only one marked.
    const verdicts = verifyCodes([copy, honest], lookup, sessions);
    expect(verdicts.map((v) => v.kind)).toEqual(['duplicate', 'duplicate']);
    expect(verdicts[0]).toMatchObject({
      of: 0,
      copies: [0, 1],
      first: true,
      reason: 'the same game was handed in again as code 2; this copy came first',
    });
    expect(verdicts[1]).toMatchObject({
      of: 0,
      first: false,
      reason: 'the same game as code 1, which came first',
    });
    // The game counts once in the class's figures.
    expect(verdicts.map(countsInClass)).toEqual([true, false]);
    const three = verifyCodes([honest, copy, honestCode(s, 'Ben', 'conceder'), copy], lookup, sessions);
    expect(three.map((v) => v.kind)).toEqual(['duplicate', 'duplicate', 'verified', 'duplicate']);
    expect(three[0]).toMatchObject({
      reason: 'the same game was handed in again as codes 2, 4; this copy came first',
    });
    expect(three[3]).toMatchObject({ reason: 'the same game as code 1, which came first (copies: 1, 2)' });
  });

  it('a seed-per-student code renamed, resealed and its class seed blanked: flagged by the teacher’s class seed', () => {
    const s = session({ seeding: 'student' });
    const honest = honestCode(s, 'Aiko Tanaka');
    const stolen = forged(honest, (r) => ({
      ...r,
      name: 'Copy Cat',
      session: { id: s.id, classSeed: null },
    }));
    // By its own contents the code passes: it no longer says that its seed depends on the name.
    expect(verifyCode(stolen, lookup).kind).toBe('verified');
    expect(verifyCode(stolen, lookup, sessionLookupOf([s]))).toMatchObject({
      kind: 'tampered',
      reason: expect.stringMatching(/does not carry the session’s class seed/),
    });
    // Keeping the class seed does not help: the seed is recomputed from the name.
    const renamed = forged(honest, (r) => ({ ...r, name: 'Copy Cat' }));
    expect(verifyCode(renamed, lookup, sessionLookupOf([s]))).toMatchObject({
      kind: 'tampered',
      reason: expect.stringMatching(/the seed is not the one the session “7B Thursday” gives “Copy Cat”/),
    });
    expect(verifyCode(honest, lookup, sessionLookupOf([s])).kind).toBe('verified');
  });

  it('a made-up two-move game against a "human" with the class’s session id: flagged by the session’s opponent', () => {
    const s = session();
    // Japan proposes the package best for Japan that the US side can still accept; the "US" accepts at once.
    const settings: GameSettings = testSettings(s.seed, { opponent: 'human' });
    let game: GameState = newTestGame(US_JAPAN, settings);
    const best = US_JAPAN.historicalDeal ?? US_JAPAN.noDeal;
    for (const action of [
      { type: 'propose', side: 'japan', package: [...best] },
      { type: 'accept', side: 'us' },
    ] as const) {
      const step = applyAction(US_JAPAN, game, action);
      if (!step.ok) throw new Error(step.error.message);
      game = step.value.state;
    }
    const made = resultCode(US_JAPAN, game, 'Aiko Tanaka', codeSession(s)) ?? '';
    expect(made).not.toBe('');
    expect(verifyCode(made, lookup).kind).toBe('verified');
    expect(verifyCode(made, lookup, sessionLookupOf([s]))).toMatchObject({
      kind: 'tampered',
      reason:
        'the session “7B Thursday” plays with the opponent “computer”; the code was played with “human”',
    });
    // A session link the student wrote themselves has an id the teacher never created.
    const own = forged(made, (r) => ({ ...r, session: { id: 'my-own-session', classSeed: null } }));
    expect(verifyCode(own, lookup, sessionLookupOf([s]))).toMatchObject({
      kind: 'other-session',
      reason: expect.stringMatching(/“my-own-session”, which is not one of the sessions stored here/),
    });
  });

  it('every setting the session locks is checked: difficulty, side, seed, scenario version; and no session at all', () => {
    const s = session();
    const sessions = sessionLookupOf([s]);
    const honest = honestCode(s, 'Aiko Tanaka');
    const cases: [string, (r: ResultRecord) => Omit<ResultRecord, 'seal'>, RegExp][] = [
      [
        'difficulty',
        (r) => ({ ...r, settings: { ...r.settings, difficulty: 'easy' } }),
        /difficulty “normal”/,
      ],
      ['side', (r) => ({ ...r, settings: { ...r.settings, side: 'us' } }), /everyone plays “japan”/],
      ['seed', (r) => ({ ...r, settings: { ...r.settings, seed: 'lucky' } }), /the seed is not the one/],
      ['class seed', (r) => ({ ...r, session: { id: s.id, classSeed: 'x' } }), /one seed/],
      [
        'version',
        (r) => ({ ...r, scenario: { ...r.scenario, hash: '00' } }),
        /plays “us-japan-2025” version/,
      ],
      ['parties', (r) => ({ ...r, parties: ['japan', 'us'] }), /sides are not those/],
    ];
    for (const [what, edit, reason] of cases)
      expect(verifyCode(forged(honest, edit), lookup, sessions), what).toMatchObject({
        kind: 'tampered',
        reason,
      });
    const outside = forged(honest, (r) => ({ ...r, session: null }));
    expect(verifyCode(outside, lookup, sessions)).toMatchObject({
      kind: 'other-session',
      reason: expect.stringMatching(/outside a classroom session/),
    });
    // A session id that is a property of every object finds nothing.
    const proto = forged(honest, (r) => ({ ...r, session: { id: 'constructor', classSeed: null } }));
    expect(verifyCode(proto, lookup, sessions).kind).toBe('other-session');
  });

  it('honest codes verify against their session, whatever its sides and seeding', () => {
    for (const sides of [
      { kind: 'alternate' },
      { kind: 'choose' },
      { kind: 'fixed', side: 'japan' },
    ] as const)
      for (const seeding of ['class', 'student'] as const) {
        const s = session({ sides, seeding, id: `s-${sides.kind}-${seeding}` });
        const codes = [honestCode(s, 'Aiko'), honestCode(s, 'Ben', 'conceder')];
        const verdicts = verifyCodes(codes, lookup, sessionLookupOf([session(), s]));
        expect(
          verdicts.map((v) => v.kind),
          `${sides.kind}/${seeding}`,
        ).toEqual(['verified', 'verified']);
        // With one class seed, two students who play alike play the same game: a duplicate.
        if (seeding === 'class')
          expect(
            verifyCodes([codes[0] as string, honestCode(s, 'Chie')], lookup, sessionLookupOf([s])).map(
              (v) => v.kind,
            ),
          ).toEqual(['duplicate', 'duplicate']);
      }
  });
});

describe('one encoding per code', () => {
  const game = playComputerGame(US_JAPAN, testSettings('one-encoding'));
  const code = resultCode(US_JAPAN, game, 'Aiko Tanaka', { id: 'class-7b', classSeed: null }) ?? '';
  const payload = (() => {
    const all = fromBase64Url(code.slice(RESULT_PREFIX.length));
    return all.subarray(0, all.length - 4);
  })();
  const resealed = (bytes: Uint8Array) => sealBytes(RESULT_PREFIX, bytes);

  it('refuses a number written with more bytes than it needs', () => {
    // Byte 1 is the length of the scenario id (a one-byte number): write it as two bytes, 0x80|n then 0x00.
    const longer = new Uint8Array(payload.length + 1);
    longer.set([payload[0] as number, ((payload[1] as number) & 0x7f) | 0x80, 0]);
    longer.set(payload.subarray(2), 3);
    expect(decodeResultCode(resealed(longer))).toEqual({
      ok: false,
      error: {
        message: 'a number in the code is not written the shortest way',
        why: { code: 'notShortest', vars: {} },
      },
    });
  });

  it('property: any text that decodes is the one text the game writes for that record', {
    timeout: 30_000,
  }, () => {
    let decodedSome = 0;
    fc.assert(
      fc.property(
        fc.nat(payload.length - 1),
        fc.integer({ min: 0, max: 255 }),
        fc.boolean(),
        (at, value, insert) => {
          const bytes = insert
            ? Uint8Array.from([...payload.subarray(0, at), value, ...payload.subarray(at)])
            : Uint8Array.from(payload).fill(value, at, at + 1);
          const text = resealed(bytes);
          const decoded = decodeResultCode(text);
          if (!decoded.ok) return;
          decodedSome++;
          expect(encodeRecord(decoded.value)).toBe(text);
        },
      ),
      { numRuns: 1500 },
    );
    // Many edits still decode (a changed level, a changed letter of the name): each only in one way.
    expect(decodedSome).toBeGreaterThan(50);
  });

  it('refuses a class seed without a session, and names not written as the game writes them', () => {
    const record = decodeResultCode(code);
    if (!record.ok) throw new Error(record.error.message);
    const r = record.value;
    const rewrite = (next: Omit<ResultRecord, 'seal'>) => encodeRecord({ ...next, seal: sealOf(next) });
    expect(decodeResultCode(rewrite({ ...r, session: { id: '', classSeed: 'x' } }))).toMatchObject({
      ok: false,
      error: { message: 'the code has a class seed but no session' },
    });
    for (const name of [
      'Aiko\u0000',
      'Aiko\u202eokiA',
      ' Aiko',
      'Ai  ko',
      'x'.repeat(41),
      'e\u0301',
      'A\u200bB',
    ])
      expect(decodeResultCode(rewrite({ ...r, name })), JSON.stringify(name)).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/name in the code is not written as the game writes names/) },
      });
  });

  it('normalises names once and for all: NFC, no control or invisible format characters, 40 characters', {
    timeout: 30_000,
  }, () => {
    expect(normalizeName('Ai\u202eko \u200bTanaka\u0000')).toBe('Aiko Tanaka');
    expect(normalizeName('e\u0301')).toBe('é');
    expect(normalizeName('👩\u200d👩\u200d👧')).toBe('👩\u200d👩\u200d👧');
    expect(normalizeName('佐藤\u3000健')).toBe('佐藤 健');
    expect([...normalizeName('🎌'.repeat(100))].length).toBe(40);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
        const once = normalizeName(raw);
        expect(normalizeName(once)).toBe(once);
        expect(new TextEncoder().encode(once).length).toBeLessThanOrEqual(160);
        expect(once).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069\u200b]/u);
      }),
      { numRuns: 500 },
    );
  });
});
