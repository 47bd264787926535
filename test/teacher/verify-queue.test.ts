import { describe, expect, it } from 'vitest';
import { playComputerGame } from '../../src/model/agent/index.ts';
import { resultCode, type ScenarioLookup, verifyCodes } from '../../src/model/code/index.ts';
import { markDuplicates, verifyEach } from '../../src/teacher/verify-queue.ts';
import { loadScenario, MINI, testSettings } from '../helpers.ts';

const mini = loadScenario(MINI);
const lookup: ScenarioLookup = (id) => (id === mini.id ? [mini] : []);

function code(seed: string, name: string): string {
  const game = playComputerGame(mini, testSettings(seed, { side: mini.parties[0].id }));
  const text = resultCode(mini, game, name);
  if (!text) throw new Error('the game did not end');
  return text;
}

const a = code('one', 'Ann');
const b = code('two', 'Ben');
const list = [a, 'not a code', b, a, code('one', 'Copycat'), a.slice(0, 40), ''];

describe('verifying in chunks', () => {
  it('gives the verdicts verifyCodes gives, duplicates included', async () => {
    const chunked = await verifyEach(list, lookup, { chunk: 2, yieldTask: async () => {} });
    expect(chunked).not.toBeNull();
    const marked = markDuplicates(chunked ?? []);
    expect(marked).toEqual(verifyCodes(list, lookup));
    expect(marked.map((v) => v.kind)).toEqual([
      'duplicate',
      'corrupt',
      'verified',
      'duplicate',
      'duplicate',
      'corrupt',
      'corrupt',
    ]);
  });

  it('yields between chunks and reports progress after each', async () => {
    const progress: [number, number][] = [];
    let yields = 0;
    await verifyEach(list, lookup, {
      chunk: 3,
      yieldTask: async () => {
        yields++;
      },
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress).toEqual([
      [0, 7],
      [3, 7],
      [6, 7],
      [7, 7],
    ]);
    expect(yields).toBe(3);
  });

  it('yields early when a chunk runs over its time budget', async () => {
    let clock = 0;
    const progress: number[] = [];
    await verifyEach(list, lookup, {
      chunk: 20,
      budgetMs: 5,
      now: () => (clock += 10),
      yieldTask: async () => {},
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('stops when cancelled and resolves with null', async () => {
    const token = { cancelled: false };
    const result = await verifyEach(list, lookup, {
      chunk: 1,
      token,
      yieldTask: async () => {
        token.cancelled = true;
      },
    });
    expect(result).toBeNull();
  });

  it('the default yield is a real macrotask', async () => {
    const verdicts = await verifyEach(['x'], lookup);
    expect(verdicts?.map((v) => v.kind)).toEqual(['corrupt']);
  });
});
