import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  CLASS_CODE_ALPHABET,
  CLASS_CODE_LENGTH,
  liveEndpoint,
  normalizeClassCode,
  refusalCode,
  StudentMessages,
  TeacherMessages,
} from '../../src/net/protocol.ts';

describe('class codes', () => {
  test('no two characters of the alphabet look alike', () => {
    for (const lookAlike of '0O1IL2Z5S8BUV') expect(CLASS_CODE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(CLASS_CODE_ALPHABET).size).toBe(CLASS_CODE_ALPHABET.length);
  });

  test('a code typed in lower case, with spaces or dashes, reads as the code', () => {
    expect(normalizeClassCode(' acd-efg ')).toBe('ACDEFG');
    expect(normalizeClassCode('ACD EFG')).toBe('ACDEFG');
    expect(normalizeClassCode('ACDEF')).toBeNull();
    expect(normalizeClassCode('ACDEFO')).toBeNull();
    expect(normalizeClassCode('ACDEFGH')).toBeNull();
  });

  test('every code of the alphabet survives being typed in lower case with a space', () => {
    const char = fc.constantFrom(...CLASS_CODE_ALPHABET);
    fc.assert(
      fc.property(fc.array(char, { minLength: CLASS_CODE_LENGTH, maxLength: CLASS_CODE_LENGTH }), (chars) => {
        const code = chars.join('');
        const typed = `${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`;
        expect(normalizeClassCode(typed)).toBe(code);
      }),
    );
  });
});

describe('messages', () => {
  test('a malformed move is refused with what is wrong, by path', () => {
    const parsed = StudentMessages.act.safeParse({
      seq: -1,
      action: { type: 'propose', side: 'us', package: [1, 2.5] },
    });
    expect(parsed.success).toBe(false);
    const issues = parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([
      'seq: Too small: expected number to be >=0',
      'action.package.1: Invalid input: expected int, received number',
    ]);
  });

  test('unknown keys and unknown move types are refused; a well-formed move passes', () => {
    expect(StudentMessages.chat.safeParse({ text: 'hi', html: '<b>' }).success).toBe(false);
    expect(StudentMessages.act.safeParse({ seq: 0, action: { type: 'teleport', side: 'us' } }).success).toBe(
      false,
    );
    expect(
      StudentMessages.act.safeParse({
        seq: 3,
        action: { type: 'red-line', side: 'japan', issue: 2, level: 1 },
      }).success,
    ).toBe(true);
    expect(TeacherMessages.computer.safeParse({ pair: 0, side: 2 }).success).toBe(false);
  });
});

test('the endpoint is the page’s own origin under /live, ws or wss like the page', () => {
  expect(liveEndpoint({ protocol: 'http:', host: '192.168.1.5:2567' })).toBe('ws://192.168.1.5:2567/live');
  expect(liveEndpoint({ protocol: 'https:', host: 'class.example' })).toBe('wss://class.example/live');
});

test('a refusal reads back its code, and only a known one', () => {
  expect(refusalCode('NAME_EMPTY: type your name to join')).toBe('NAME_EMPTY');
  expect(refusalCode('NOT_A_CODE: something')).toBeNull();
  expect(refusalCode('room "X" not found')).toBeNull();
});
