/**
 * The workbench's seeded game (src/designer/game-trace.ts): the same game the model plays, with the computer's
 * reasons beside each decision, and the dev server's watched path (src/designer/watch.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/content/parse.ts';
import { traceGame } from '../../src/designer/game-trace.ts';
import { watchedPath } from '../../src/designer/watch.ts';
import { playComputerGame } from '../../src/model/agent/index.ts';
import { readText } from '../helpers.ts';

const parsed = parseScenario(readText('src/content/scenarios/tutorial.json'));
if (!parsed.ok) throw new Error('the tutorial does not parse');
const scenario = parsed.value.scenario;

describe('traceGame', () => {
  it('gives each decision of the seeded game with its reasons', () => {
    const trace = traceGame(scenario, 'workbench');
    const rows = trace.rows.map((r) => [
      r.turn,
      r.meeting,
      r.side,
      r.note.kind,
      r.actions.map((a) => a.type).join('+'),
      r.reasoning.accepted,
      r.standing?.ratified ?? null,
    ]);
    expect(rows).toEqual([
      [0, 1, 1, 'open', 'back-channel+propose', null, null],
      [1, 1, 0, 'open', 'propose', null, false],
      [2, 2, 1, 'accept', 'accept', 'next', true],
    ]);
    expect(trace.final.outcome).toMatchObject({ kind: 'deal', package: [1, 3, 0, 3], by: 1, turn: 2 });
    expect(trace.rows[2].reasoning.target).toBeCloseTo(0.484379, 5);
  });

  it('plays the game the model plays, and accepts only what home ratifies and a rule allows', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), (seed) => {
        const trace = traceGame(scenario, seed);
        const played = playComputerGame(scenario, {
          seed,
          side: scenario.parties[0].id,
          opponent: 'computer-vs-computer',
          difficulty: 'normal',
        });
        expect(trace.final).toEqual(played);
        for (const row of trace.rows) {
          if (row.note.kind !== 'accept') continue;
          expect(row.reasoning.accepted).not.toBeNull();
          expect(row.standing?.ratified).toBe(true);
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe('watchedPath', () => {
  it.each([
    ['?watch=src/content/scenarios/my.json', 'src/content/scenarios/my.json'],
    ['?watch=my-file.json&lang=ja', 'my-file.json'],
    ['', null],
    ['?watch=../secret.json', null],
    ['?watch=/etc/passwd.json', null],
    ['?watch=src//a.json', null],
    ['?watch=src/a.ts', null],
    ['?watch=https://example.com/a.json', null],
  ])('%s → %s', (search, path) => {
    expect(watchedPath(search)).toBe(path);
  });
});
