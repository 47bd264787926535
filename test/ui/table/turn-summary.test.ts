import { afterEach, describe, expect, it } from 'vitest';
import { JA } from '../../../src/i18n/ja/index.ts';
import { EN, useCatalog } from '../../../src/i18n/page-catalog.ts';
import type { Package } from '../../../src/model/scenario.ts';
import type { GameEvent, GameState } from '../../../src/model/types.ts';
import { project, viewFor } from '../../../src/model/view.ts';
import { describeStep } from '../../../src/ui/table/describe.ts';
import { estimateText } from '../../../src/ui/table/projection-text.ts';
import { summarizeStep } from '../../../src/ui/table/turn-summary.ts';
import { loadScenario, newTestGame, testSettings } from '../../helpers.ts';

// The shipped scenario (nine issues on the table): the computer's offer is announced short, not issue by issue.
const scenario = loadScenario('src/content/scenarios/us-japan-2025.json');
const US = 0;
const JAPAN = 1;
const LINE =
  'Fifteen percent is generous. Nobody else is getting a deal this good, and the clock is ticking.';
const REAL_DEAL: Package = [3, 2, 0, 2, 2, 1, 1, 3, 2, 0];
const THEIRS: Package = [2, 1, 0, 2, 2, 1, 1, 3, 2, 0];

/** Japan proposed the real deal; the United States answers with an offer that differs on two issues. */
function step(): { game: GameState; events: GameEvent[] } {
  const start = newTestGame(scenario, testSettings('summary'));
  const game: GameState = {
    ...start,
    turn: 2,
    offers: [
      { by: JAPAN, package: REAL_DEAL, turn: 0 },
      { by: US, package: THEIRS, turn: 1 },
    ],
    standing: 1,
  };
  return { game, events: [{ type: 'proposed', by: US, offer: 1, package: THEIRS }] };
}

function summary(): string {
  const { game, events } = step();
  const view = viewFor(scenario, game, JAPAN);
  if (!view) throw new Error('no view');
  const context = {
    scenario,
    viewer: JAPAN,
    viewerIsPlayer: true,
    estimate: (pkg: Package) => estimateText(scenario, project(view, pkg), JAPAN),
  } as const;
  return summarizeStep(context, events, game, { [US]: LINE });
}

const words = (text: string): number => text.split(/\s+/).filter((w) => w.length > 0).length;

afterEach(() => useCatalog(EN, 'en'));

describe('the short announcement of an offer', () => {
  it('says who proposed, how many issues changed, the estimate, the line and the key for the whole offer', () => {
    const text = summary();
    expect(text).toMatch(
      /^United States proposes a package\. It differs from your last offer on 2 issues\. If accepted: Japan: (✓ Would pass|✗ Would fail) \(\d+% · needs \d+%\)\. United States: .+\. United States says: “Fifteen percent is generous\. .+” Press O to read the whole offer\.$/,
    );
    // Not the issues one by one: no level label of the offer is read out.
    expect(text).not.toContain(scenario.issues[0].name);
  });

  it('stays under about a hundred words, where the whole offer said issue by issue does not', () => {
    const { game, events } = step();
    expect(words(summary())).toBeLessThanOrEqual(100);
    // What the table announced before: every issue of the offer.
    const full = describeStep(scenario, events, game.onTable, { [US]: LINE });
    expect(words(full)).toBeGreaterThan(100);
  });

  it('is written in Japanese with the Japanese catalog, as short', () => {
    useCatalog(JA, 'ja');
    const text = summary();
    expect(text).toContain('あなたの前回の提案と2項目が違います。');
    expect(text).toContain('提案の全文はOキーで読めます。');
    expect(text.length).toBeLessThan(260);
  });
});
