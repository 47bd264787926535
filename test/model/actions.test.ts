/**
 * The move registry (src/model/actions/): every action type has a handler, and every handler writes and reads
 * its move in a result code. Type-level checks run with `npm run typecheck`; the rest at run time.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type ActionOf, describeAction, HANDLERS, type Handlers } from '../../src/model/actions/index.ts';
import { ByteReader, ByteWriter } from '../../src/model/code/bytes.ts';
import { applyAction, createGame, toMove } from '../../src/model/rules.ts';
import { ACTION_TYPES, type Action, type ActionType, type GameState } from '../../src/model/types.ts';
import { crosses, crossesAt, type Line } from '../../src/model/utility.ts';
import { loadScenario, MINI } from '../helpers.ts';

const scenario = loadScenario(MINI);

/** One move of each type, with the bytes its handler writes after the head byte. Typed by ActionType, so a
 * new action type without a sample here does not compile. */
const SAMPLES: { readonly [T in ActionType]: { action: ActionOf<T>; bytes: number[] } } = {
  propose: { action: { type: 'propose', side: 'us', package: [1, 0, 200] }, bytes: [3, 1, 0, 0xc8, 0x01] },
  accept: { action: { type: 'accept', side: 'japan' }, bytes: [] },
  reject: { action: { type: 'reject', side: 'us' }, bytes: [] },
  'walk-away': { action: { type: 'walk-away', side: 'japan' }, bytes: [] },
  'red-line': { action: { type: 'red-line', side: 'us', issue: 1, level: 2 }, bytes: [1, 2] },
  link: { action: { type: 'link', side: 'japan', issue: 2 }, bytes: [2] },
  'back-channel': { action: { type: 'back-channel', side: 'us' }, bytes: [] },
};

function write<T extends ActionType>(type: T, action: ActionOf<T>): Uint8Array {
  const w = new ByteWriter();
  HANDLERS[type].write(w, action);
  return w.bytes();
}

describe('the move registry', () => {
  it('has a handler for every action type and nothing else (type level)', () => {
    expectTypeOf<keyof Handlers>().toEqualTypeOf<ActionType>();
    expectTypeOf<Action['type']>().toEqualTypeOf<ActionType>();
    const { link: _left, ...withoutLink } = HANDLERS;
    // @ts-expect-error a registry without one action type is not a Handlers
    const partial: Handlers = withoutLink;
    expect(Object.keys(partial)).not.toContain('link');
  });

  it('has a handler for every action type and nothing else (run time)', () => {
    expect(Object.keys(HANDLERS).sort()).toEqual([...ACTION_TYPES].sort());
    for (const type of ACTION_TYPES) {
      const handler = HANDLERS[type];
      expect(typeof handler.apply, type).toBe('function');
      expect(typeof handler.listed, type).toBe('function');
      expect(typeof handler.write, type).toBe('function');
      expect(typeof handler.read, type).toBe('function');
      expect(typeof handler.describe, type).toBe('function');
    }
  });

  it('keeps the code positions of the existing moves (ACTION_TYPES only grows at its end)', () => {
    expect(ACTION_TYPES.slice(0, 7)).toEqual([
      'propose',
      'accept',
      'reject',
      'walk-away',
      'red-line',
      'link',
      'back-channel',
    ]);
  });

  it.each(ACTION_TYPES)(
    'writes and reads a %s move: the same bytes as before, and back to the same move',
    (type) => {
      const { action, bytes } = SAMPLES[type];
      const written = write(type, action);
      expect([...written]).toEqual(bytes);
      const r = new ByteReader(written);
      expect(HANDLERS[type].read(r, action.side)).toEqual(action);
      r.end();
    },
  );

  it('names each move in plain words for the verifier', () => {
    expect(ACTION_TYPES.map((type) => describeAction(SAMPLES[type].action))).toEqual([
      'propose [1,0,200]',
      'accept',
      'reject',
      'walk-away',
      'red line on issue 2 at level 3',
      'link issue 3',
      'back-channel',
    ]);
  });
});

describe('applyAction dispatch', () => {
  const start = (): GameState => {
    const created = createGame(scenario, {
      seed: 'dispatch',
      side: 'us',
      opponent: 'human',
      difficulty: 'normal',
    });
    if (!created.ok) throw new Error(created.error.message);
    return created.value;
  };

  it.each(['bribe', '__proto__', 'constructor', 'toString', 'hasOwnProperty', ''])(
    'refuses a move of type "%s" as malformed, without reaching anything but a handler',
    (type) => {
      const state = start();
      const side = scenario.parties[toMove(scenario, state)].id;
      const step = applyAction(scenario, state, { type, side });
      expect(step.ok ? 'ok' : step.error.code).toBe('MALFORMED_ACTION');
    },
  );

  it('checks the turn before the type, as before the registry', () => {
    const state = start();
    const waiting = scenario.parties[1 - toMove(scenario, state)].id;
    const step = applyAction(scenario, state, { type: 'bribe', side: waiting });
    expect(step.ok ? 'ok' : step.error.code).toBe('NOT_YOUR_TURN');
  });
});

describe('crossesAt: the one red-line crossing rule', () => {
  it.each([
    ['at-most', 2, 1, false],
    ['at-most', 2, 2, false],
    ['at-most', 2, 3, true],
    ['at-least', 2, 1, true],
    ['at-least', 2, 2, false],
    ['at-least', 2, 3, false],
  ] as const)('a line %s level %i: level %i crosses it: %s', (bound, limit, level, crossed) => {
    expect(crossesAt({ bound, level: limit }, level)).toBe(crossed);
  });

  it('agrees with crosses for a whole package', () => {
    const line: Line = { issue: 1, level: 1, bound: 'at-most' };
    expect([0, 1, 2, 3].map((l) => crosses(line, [3, l, 0]))).toEqual([false, false, true, true]);
  });
});
