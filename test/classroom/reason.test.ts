/**
 * A verdict's reason in the language in use: a duplicate's written from its copies, every other one from the
 * reason's code and facts (why.ts); in English word for word the model's own reason.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { verdictReason } from '../../src/classroom/reason.ts';
import { JA } from '../../src/i18n/ja/index.ts';
import { EN, useCatalog } from '../../src/i18n/page-catalog.ts';
import { playComputerGame } from '../../src/model/agent/index.ts';
import { decodeResultCode, encodeRecord, resultCode, sealOf } from '../../src/model/code/result-code.ts';
import { sessionLookupOf } from '../../src/model/code/session-check.ts';
import { verifyCodes } from '../../src/model/code/verify.ts';
import { WHY_TEXT, type WhyCode } from '../../src/model/code/why.ts';
import type { Action } from '../../src/model/types.ts';
import { loadScenario, testSession, testSettings } from '../helpers.ts';

const US_JAPAN = loadScenario('src/content/scenarios/us-japan-2025.json');
const lookup = (id: string) => (id === US_JAPAN.id ? [US_JAPAN] : []);
const codeOf = (seed: string, name: string): string =>
  resultCode(US_JAPAN, playComputerGame(US_JAPAN, testSettings(seed)), name) ?? '';
const A = codeOf('reason-a', 'Aiko');
const B = codeOf('reason-b', 'Ben');
const CODES = [A, B, A, 'TT1broken', A, B];
const VERDICTS = verifyCodes(CODES, lookup);

afterEach(() => useCatalog(EN, 'en'));

describe('verdictReason', () => {
  it('is the model’s reason in English, for every verdict and every order of copies', () => {
    expect(VERDICTS.map((v) => v.kind)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'corrupt',
      'duplicate',
      'duplicate',
    ]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(A, B, 'TT1broken'), { maxLength: 7 }), (codes) => {
        verifyCodes(codes, lookup).forEach((v, i) => {
          expect(verdictReason(v, i)).toBe(v.kind === 'verified' ? '' : v.reason);
        });
      }),
      { numRuns: 40, seed: 13 },
    );
  });

  it('has an English message for every reason code that is the model’s sentence word for word', () => {
    for (const code of Object.keys(WHY_TEXT) as WhyCode[])
      expect(EN[`classroom.reason.${code}`], code).toBe(WHY_TEXT[code]);
  });

  it('writes the model’s other reasons from their codes: the same English, and Japanese', () => {
    const decoded = decodeResultCode(A);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const edited = encodeRecord({ ...decoded.value, name: 'Mallory' });
    const session = testSession(US_JAPAN, { id: 'class-3b', title: '3年B組' });
    const codes = [A, edited, 'TT1broken'];
    const unchecked = verifyCodes(codes, lookup);
    const checked = verifyCodes(codes, lookup, sessionLookupOf([session]));
    const other = verifyCodes([A], () => []);
    const all = [...unchecked, ...checked, ...other];
    expect(all.map((v) => v.kind)).toEqual([
      'verified',
      'tampered',
      'corrupt',
      'other-session',
      'other-session',
      'corrupt',
      'other-version',
    ]);
    const english = all.map((v, i) => verdictReason(v, i % 3));
    expect(english).toEqual(all.map((v) => (v.kind === 'verified' ? '' : v.reason)));
    useCatalog(JA, 'ja');
    expect(all.map((v, i) => verdictReason(v, i % 3))).toEqual([
      '',
      '封印（改ざん防止の値）が一致しません。名前、設定、手、結果のいずれかが書き換えられています',
      'コードの最後の文字が打ち間違えられています',
      '授業セッションの外でプレイされたゲームです。設定とシードを、あなたのセッションと照らし合わせられません',
      '授業セッションの外でプレイされたゲームです。設定とシードを、あなたのセッションと照らし合わせられません',
      'コードの最後の文字が打ち間違えられています',
      'このコードはシナリオ「us-japan-2025」のものですが、そのシナリオはここに読み込まれていません',
    ]);
  });

  it('writes a duplicate’s reason in Japanese from its copies', () => {
    useCatalog(JA, 'ja');
    expect(VERDICTS.map((v, i) => verdictReason(v, i))).toEqual([
      '同じゲームがコード3、5としても提出されています。こちらが最初の提出です',
      '同じゲームがコード6としても提出されています。こちらが最初の提出です',
      '先に提出されたコード1と同じゲームです（同じゲームのコード：1、5）',
      'コードの最後の文字が打ち間違えられています',
      '先に提出されたコード1と同じゲームです（同じゲームのコード：1、3）',
      '先に提出されたコード2と同じゲームです',
    ]);
  });

  it('writes the moves and the rule a reason names in Japanese, and in English the model’s own words', () => {
    const decoded = decodeResultCode(A);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const record = decoded.value;
    const resealed = (change: (log: Action[]) => void) => {
      const log = [...record.log];
      change(log);
      return encodeRecord({ ...record, log, seal: sealOf({ ...record, log }) });
    };
    const student = record.log.findIndex((a) => a.side === 'japan' && a.type === 'propose');
    const computer = record.log.findIndex((a) => a.side === 'us');
    const move = record.log[student];
    if (move?.type !== 'propose') throw new Error('expected a proposal');
    const codes = [
      // A level the first issue does not have: the rules refuse it.
      resealed((log) => {
        log[student] = { ...move, package: move.package.map((l, j) => (j === 0 ? 99 : l)) };
      }),
      // The computer's move replaced by another.
      resealed((log) => {
        log[computer] = { type: 'walk-away', side: 'us' };
      }),
    ];
    const verdicts = verifyCodes(codes, lookup);
    expect(verdicts.map((v) => (v.kind === 'tampered' ? v.why?.code : v.kind))).toEqual([
      'notAllowed',
      'computerMove',
    ]);
    const reasons = verdicts.map((v) => (v.kind === 'verified' ? '' : v.reason));
    expect(verdicts.map((v, i) => verdictReason(v, i))).toEqual(reasons);
    expect(reasons[1]).toMatch(/the code says walk-away \+ back-channel \+ propose \[/);
    useCatalog(JA, 'ja');
    const japanese = verdicts.map((v, i) => verdictReason(v, i));
    expect(japanese[0]).toBe(
      `${student + 1}手目（提案［${[99, ...move.package.slice(1)].join(',')}］）は指せない手です：${JA['error.LEVEL_OUT_OF_RANGE']}`,
    );
    expect(japanese[1]).toMatch(
      /コードでは交渉を打ち切る \+ 裏ルートを開く \+ 提案［[\d,]+］になっています$/,
    );
    for (const text of japanese) expect(text).not.toMatch(/propose|walk-away|accept|level|issue/);
  });
});
