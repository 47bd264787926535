import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseAction, playComputerGame } from '../../src/model/agent/index.ts';
import {
  crc32,
  decodeResultCode,
  decodeSession,
  encodeRecord,
  encodeSession,
  fromBase64Url,
  type ResultRecord,
  recordOf,
  replayRecord,
  resultCode,
  type ScenarioLookup,
  sealOf,
  studentSeed,
  toBase64Url,
  verifyCode,
  verifyCodes,
} from '../../src/model/code/index.ts';
import type { ClassSession } from '../../src/model/code/session-link.ts';
import { computerSides } from '../../src/model/players.ts';
import { applyAction, toMove } from '../../src/model/rules.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import type { Action, GameSettings, GameState } from '../../src/model/types.ts';
import { decisionRandom, legalActions, viewFor } from '../../src/model/view.ts';
import { loadScenario, MINI, newTestGame, testSettings } from '../helpers.ts';

const US_JAPAN = loadScenario('src/content/scenarios/us-japan-2025.json');
const mini = loadScenario(MINI);
const lookup: ScenarioLookup = (id) => [US_JAPAN, mini].filter((s) => s.id === id);

/**
 * A game where the student's moves come from `choices` (each a number picking a legal move or a package) and
 * the computer plays as in the game. Ends when the game does.
 */
function playedGame(scenario: Scenario, settings: GameSettings, choices: readonly number[]): GameState {
  let game = newTestGame(scenario, settings);
  const computer = computerSides(scenario, game);
  for (let k = 0; game.outcome === null; k++) {
    const side = toMove(scenario, game);
    const view = viewFor(scenario, game, side);
    if (!view) throw new Error('no view');
    let actions: readonly Action[];
    if (computer.includes(side)) actions = chooseAction(view, { random: decisionRandom(game, side) }).actions;
    else {
      const c = choices[k % choices.length] ?? 0;
      const legal = legalActions(view);
      const other = legal.actions.filter((a) => a.type !== 'walk-away' || c % 97 === 0);
      if (c % 4 !== 0 || other.length === 0) {
        const pkg = legal.levels.map((levels, j) => levels[(c >> j) % levels.length] ?? 0);
        actions = [{ type: 'propose', side: scenario.parties[side].id, package: pkg }];
      } else actions = [other[(c >> 2) % other.length] as Action];
    }
    for (const action of actions) {
      const step = applyAction(scenario, game, action);
      if (!step.ok) throw new Error(`${step.error.code}: ${step.error.message}`);
      game = step.value.state;
    }
  }
  return game;
}

const japanGame = (seed: string, difficulty: GameSettings['difficulty'] = 'normal') =>
  playComputerGame(US_JAPAN, testSettings(seed, { difficulty }));

const codeOf = (game: GameState, name = 'Aiko Tanaka') => {
  const code = resultCode(US_JAPAN, game, name, { id: 'class-7b', classSeed: null });
  if (!code) throw new Error('the game is not over');
  return code;
};

/** A decoded code, edited, written back with a correct checksum (what a careful forger would do). */
function edited(code: string, edit: (r: ResultRecord) => ResultRecord): string {
  const decoded = decodeResultCode(code);
  if (!decoded.ok) throw new Error(decoded.error.message);
  return encodeRecord(edit(decoded.value));
}

describe('the byte layer', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('base64url round-trips any bytes and uses only URL-safe characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect([...fromBase64Url(text)]).toEqual([...bytes]);
      }),
    );
  });
});

describe('result codes', () => {
  it('hold everything a teacher needs and are compact: a few hundred characters for a full game', () => {
    const game = japanGame('code-size');
    const code = codeOf(game);
    expect(code).toMatch(/^TT1[A-Za-z0-9_-]+$/);
    expect(code.length).toBe(277);
    const decoded = decodeResultCode(code);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value).toMatchObject({
      scenario: { id: 'us-japan-2025', version: US_JAPAN.version, hash: US_JAPAN.hash },
      parties: ['us', 'japan'],
      settings: game.settings,
      name: 'Aiko Tanaka',
      session: { id: 'class-7b', classSeed: null },
      claim: { kind: game.outcome?.kind, reason: game.outcome?.reason, turn: game.outcome?.turn },
      log: game.log,
    });
    // Full games on the shipped scenario stay well under about 1,000 characters.
    for (const difficulty of ['easy', 'normal', 'hard'] as const)
      for (let s = 0; s < 5; s++)
        expect(codeOf(japanGame(`size-${difficulty}-${s}`, difficulty)).length).toBeLessThan(1000);
  });

  it('exist only for finished games', () => {
    expect(resultCode(US_JAPAN, newTestGame(US_JAPAN, testSettings('fresh')), 'A')).toBeNull();
  });

  it('keep names tidy: trimmed, one space, no control characters, at most 40 characters', () => {
    const game = japanGame('names');
    const name = (raw: string) => {
      const d = decodeResultCode(codeOf(game, raw));
      return d.ok ? d.value.name : null;
    };
    expect(name('  Ken \n\t Sato\u0007 ')).toBe('Ken Sato');
    expect(name('x'.repeat(60))).toBe('x'.repeat(40));
    expect(name('佐藤 健 🎌')).toBe('佐藤 健 🎌');
  });

  it('property: for random games, encoding then decoding gives the same game, and the replay reproduces it', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.constantFrom('japan', 'us'),
        fc.constantFrom('computer', 'human', 'computer-vs-computer'),
        fc.constantFrom('easy', 'normal', 'hard'),
        fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
        fc.string({ maxLength: 50 }),
        (seed, side, opponent, difficulty, choices, name) => {
          const scenario = mini;
          const settings = testSettings(seed, { side, opponent, difficulty });
          const game = playedGame(scenario, settings, choices);
          const record = recordOf(scenario, game, name, { id: 's1', classSeed: null });
          expect(record).not.toBeNull();
          if (!record) return;
          const decoded = decodeResultCode(encodeRecord(record));
          expect(decoded).toEqual({ ok: true, value: record });
          const replayed = replayRecord(scenario, record);
          expect(replayed).toEqual({ ok: true, game });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('verification by replay', () => {
  const game = japanGame('verify');
  const code = codeOf(game);
  // Index of the student's (Japan's) first proposal and of the computer's (the US's) first move.
  const studentMove = game.log.findIndex((a) => a.side === 'japan' && a.type === 'propose');
  const computerMove = game.log.findIndex((a) => a.side === 'us');

  it('verifies an honest code and gives back the replayed game', () => {
    const verdict = verifyCode(code, lookup);
    expect(verdict.kind).toBe('verified');
    if (verdict.kind === 'verified') expect(verdict.game).toEqual(game);
  });

  it('flags one changed move of the student', () => {
    const tampered = edited(code, (r) => {
      const log = [...r.log];
      const move = log[studentMove];
      if (move?.type !== 'propose') throw new Error('expected a proposal');
      log[studentMove] = { ...move, package: move.package.map((l, j) => (j === 0 ? (l === 0 ? 1 : 0) : l)) };
      return { ...r, log, seal: sealOf({ ...r, log }) };
    });
    const verdict = verifyCode(tampered, lookup);
    expect(verdict.kind).toBe('tampered');
  });

  it('flags a computer move the computer would not have made', () => {
    const tampered = edited(code, (r) => {
      const log = [...r.log];
      log[computerMove] = { type: 'accept', side: 'us' };
      return { ...r, log, seal: sealOf({ ...r, log }) };
    });
    const verdict = verifyCode(tampered, lookup);
    expect(verdict).toMatchObject({ kind: 'tampered', reason: expect.stringMatching(/the computer plays/) });
  });

  it('flags a claimed result the moves do not give', () => {
    const tampered = edited(code, (r) => {
      const claim = { ...r.claim, utilities: [r.claim.utilities[0], r.claim.utilities[1] + 50] as const };
      return { ...r, claim, seal: sealOf({ ...r, claim }) };
    });
    expect(verifyCode(tampered, lookup)).toMatchObject({
      kind: 'tampered',
      reason: 'the claimed result is not the result of these moves',
    });
  });

  it('flags a changed name: by the seal, and by the seed in a session with a seed per student', () => {
    const renamed = edited(code, (r) => ({ ...r, name: 'Someone Else' }));
    expect(verifyCode(renamed, lookup)).toMatchObject({
      kind: 'tampered',
      reason: expect.stringMatching(/seal/),
    });

    const seed = studentSeed('class-7b', 'Aiko Tanaka');
    const own = playComputerGame(US_JAPAN, testSettings(seed));
    const ownCode = resultCode(US_JAPAN, own, 'Aiko Tanaka', { id: 'class-7b', classSeed: 'class-7b' }) ?? '';
    expect(verifyCode(ownCode, lookup).kind).toBe('verified');
    const resealed = edited(ownCode, (r) => {
      const next = { ...r, name: 'Someone Else' };
      return { ...next, seal: sealOf(next) };
    });
    expect(verifyCode(resealed, lookup)).toMatchObject({
      kind: 'tampered',
      reason: expect.stringMatching(/the seed is not this student's/),
    });
  });

  it('recognises a typo as a typo: every single mistyped character fails the checksum', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 3; i < code.length; i++) {
      const replacement = alphabet[(alphabet.indexOf(code[i] as string) + 1 + (i % 63)) % 64] as string;
      const typo = code.slice(0, i) + replacement + code.slice(i + 1);
      expect(verifyCode(typo, lookup).kind, `position ${i}`).toBe('corrupt');
    }
    expect(verifyCode(code.slice(0, -1), lookup).kind).toBe('corrupt');
    expect(verifyCode(`${code.slice(0, 100)}${code.slice(101)}`, lookup)).toMatchObject({ kind: 'corrupt' });
    // A code wrapped over lines in an e-mail still reads.
    expect(verifyCode(`  ${code.slice(0, 76)}\n${code.slice(76)}\n`, lookup).kind).toBe('verified');
  });

  it('tells a code for another scenario version, or a scenario that is not loaded', () => {
    const other = edited(code, (r) => {
      const next = { ...r, scenario: { ...r.scenario, version: '0.9', hash: '00000000000000' } };
      return { ...next, seal: sealOf(next) };
    });
    expect(verifyCode(other, lookup)).toMatchObject({
      kind: 'other-version',
      reason: expect.stringMatching(/version 0\.9/),
    });
    expect(verifyCode(code, () => [])).toMatchObject({
      kind: 'other-version',
      reason: expect.stringMatching(/not loaded here/),
    });
  });

  it('marks every copy of a game handed in more than once as a duplicate, even under another name', () => {
    const renamed = edited(code, (r) => {
      const next = { ...r, name: 'Copy Cat' };
      return { ...next, seal: sealOf(next) };
    });
    const second = codeOf(japanGame('verify-2'), 'Ben');
    const verdicts = verifyCodes([code, second, code, renamed, 'nonsense'], lookup);
    expect(verdicts.map((v) => v.kind)).toEqual([
      'duplicate',
      'verified',
      'duplicate',
      'duplicate',
      'corrupt',
    ]);
    expect(verdicts[0]).toMatchObject({ of: 0, first: true, copies: [0, 2, 3] });
    expect(verdicts[3]).toMatchObject({
      of: 0,
      first: false,
      reason: 'the same game as code 1, which came first (copies: 1, 3)',
    });
  });

  it('rejects 1,000 random strings and truncations, each with a reason, never throwing', () => {
    const truncations = Array.from({ length: code.length }, (_, n) => code.slice(0, n));
    let checked = 0;
    for (const text of truncations) {
      const verdict = verifyCode(text, lookup);
      expect(verdict.kind, text).toBe('corrupt');
      if (verdict.kind === 'corrupt') expect(verdict.reason.length).toBeGreaterThan(10);
      checked++;
    }
    const garbage = fc.oneof(
      fc.string({ maxLength: 2000 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.stringMatching(/^TT1[A-Za-z0-9_-]{0,600}$/),
      fc.uint8Array({ maxLength: 400 }).map((b) => `TT1${toBase64Url(b)}`),
    );
    fc.assert(
      fc.property(garbage, (text) => {
        const verdict = verifyCode(text, lookup);
        expect(verdict.kind).toBe('corrupt');
        if (verdict.kind === 'corrupt') expect(verdict.reason).toMatch(/\w+ \w+/);
        checked++;
      }),
      { numRuns: 1000 - truncations.length + 600 },
    );
    expect(checked).toBeGreaterThanOrEqual(1000);
    // Huge input is refused by its length before any decoding.
    expect(verifyCode(`TT1${'A'.repeat(5_000_000)}`, lookup)).toMatchObject({
      kind: 'corrupt',
      reason: expect.stringMatching(/longer than/),
    });
  });
});

describe('session links', () => {
  const session: ClassSession = {
    id: 'k3x9q',
    title: '7B — Thursday',
    scenario: { id: US_JAPAN.id, version: US_JAPAN.version, hash: US_JAPAN.hash },
    parties: ['us', 'japan'],
    sides: { kind: 'fixed', side: 'japan' },
    opponent: 'computer',
    difficulty: 'hard',
    seed: 'maple-42',
    seeding: 'student',
  };

  it('round-trip every way of giving out sides', () => {
    for (const sides of [
      { kind: 'fixed', side: 'us' },
      { kind: 'fixed', side: 'japan' },
      { kind: 'alternate' },
      { kind: 'choose' },
    ] as const) {
      const link = encodeSession({ ...session, sides });
      expect(link).toMatch(/^TS1[A-Za-z0-9_-]+$/);
      expect(decodeSession(link)).toEqual({ ok: true, value: { ...session, sides } });
    }
  });

  it('refuse a damaged link with the reason', () => {
    const link = encodeSession(session);
    expect(decodeSession(link.slice(0, -3))).toMatchObject({ ok: false, error: { message: /link/ } });
    expect(decodeSession('https://example.org')).toEqual({
      ok: false,
      error: { message: 'a link starts with TS1' },
    });
  });
});
