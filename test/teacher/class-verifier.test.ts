import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playComputerGame } from '../../src/model/agent/index.ts';
import { resultCode, type ScenarioLookup, sessionLookupOf } from '../../src/model/code/index.ts';
import { classVerifier } from '../../src/teacher/class-verifier.ts';
import { loadScenario, testSession } from '../helpers.ts';

/** Just enough of a DOM for the verifier's progress line (the tests run in Node). */
class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly children: FakeElement[] = [];
  className = '';
  textContent = '';
  hidden = false;
  max = 1;
  value = 0;
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  appendChild(child: FakeElement) {
    this.children.push(child);
    return child;
  }
}

const scenario = loadScenario('src/content/scenarios/us-japan-2025.json');
const lookup: ScenarioLookup = (id) => (id === scenario.id ? [scenario] : []);
const session = testSession(scenario, { sides: { kind: 'choose' } });
const codeOf = (name: string, side: string): string => {
  const game = playComputerGame(scenario, {
    seed: session.seed,
    side,
    opponent: 'computer',
    difficulty: 'normal',
  });
  const code = resultCode(scenario, game, name, { id: session.id, classSeed: null });
  if (!code) throw new Error('the game did not end');
  return code;
};

describe('the dashboard’s verifier', () => {
  const saved = (globalThis as { document?: unknown }).document;
  beforeAll(() => {
    (globalThis as { document?: unknown }).document = { createElement: () => new FakeElement() };
  });
  afterAll(() => {
    (globalThis as { document?: unknown }).document = saved;
  });

  it('keeps each code beside its own verdict when new codes arrive while everything is verified again', async () => {
    const codes = [codeOf('Ann', 'japan'), 'not a code', codeOf('Ben', 'us')];
    let list: string[] = codes.slice(0, 2);
    const verifier = classVerifier({
      codes: () => list,
      lookup: () => lookup,
      sessions: () => sessionLookupOf([session]),
      signed: () => new Set(),
      onVerified: () => {},
    });
    // Everything verified again (a session arrived), and at once a new code (a live result): the second run
    // cancels the first, whose verdicts never came.
    verifier.reset();
    const all = verifier.verifyFrom(0);
    list = codes;
    const added = verifier.verifyFrom(2);
    await Promise.all([all, added]);
    expect(verifier.entries().map((e) => [e.code, e.verdict.kind])).toEqual([
      [codes[0], 'verified'],
      [codes[1], 'corrupt'],
      [codes[2], 'verified'],
    ]);
  });
});
