/** Shared helpers for the agent's tests: games built by actions, a wider scenario, brute-force references. */
import { parseScenario } from '../../../src/content/parse.ts';
import { formatProblem } from '../../../src/content/problems.ts';
import type { ScenarioData } from '../../../src/content/schema.ts';
import { forEachPackage } from '../../../src/model/analysis.ts';
import { applyAction, createGame, linesOf, toMove } from '../../../src/model/rules.ts';
import type { Package, PartyIndex, Scenario } from '../../../src/model/scenario.ts';
import type { Action, GameSettings, GameState } from '../../../src/model/types.ts';
import { crosses, ratify, tableUtility, type UtilityTable } from '../../../src/model/utility.ts';
import { type View, viewFor } from '../../../src/model/view.ts';
import { MINI, readText } from '../../helpers.ts';

export const settingsOf = (seed: string, over: Partial<GameSettings> = {}): GameSettings => ({
  seed,
  side: 'japan',
  opponent: 'computer-vs-computer',
  difficulty: 'normal',
  ...over,
});

export function start(scenario: Scenario, settings: GameSettings): GameState {
  const created = createGame(scenario, settings);
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

export function play(scenario: Scenario, state: GameState, ...actions: readonly Action[]): GameState {
  let s = state;
  for (const action of actions) {
    const step = applyAction(scenario, s, action);
    if (!step.ok) throw new Error(`${action.type}: ${step.error.code} ${step.error.message}`);
    s = step.value.state;
  }
  return s;
}

/** The view of the side to move. */
export function viewToMove(scenario: Scenario, state: GameState): View {
  const view = viewFor(scenario, state, toMove(scenario, state));
  if (view === null) throw new Error('no view');
  return view;
}

export function parseData(data: unknown): Scenario {
  const parsed = parseScenario(data);
  if (!parsed.ok) throw new Error(parsed.error.map(formatProblem).join('\n'));
  return parsed.value.scenario;
}

export const miniData = (): ScenarioData => JSON.parse(readText(MINI)) as ScenarioData;

/**
 * A wider scenario for checking the searches against brute force: mini.json with more levels, the defense
 * issue on the table and two more issues (1,080 packages), every group caring about something on each side.
 */
export function wideScenario(): Scenario {
  const data = miniData();
  const level = (prefix: string, value: number, label: string) => ({
    id: `${prefix}-${value}`,
    label,
    value,
  });
  const issues = data.issues.map((iss) => {
    if (iss.id === 'cars')
      return { ...iss, levels: [27.5, 20, 15, 10, 2.5].map((v) => level('cars', v * 10, `${v}%`)) };
    if (iss.id === 'steel') return { ...iss, levels: [50, 25, 10].map((v) => level('steel', v, `${v}%`)) };
    if (iss.id === 'farm') return { ...iss, levels: [0, 4, 8, 12].map((v) => level('farm', v, `$${v}B`)) };
    if (iss.id === 'defense') return { ...iss, onTable: true };
    return iss;
  });
  const policy = (id: string, owner: string, count: number) => ({
    id,
    name: id,
    description: id,
    owner,
    kind: 'policy' as const,
    unit: 'step',
    levels: Array.from({ length: count }, (_, l) => level(id, l, `step ${l}`)),
    source: 'test',
  });
  const concern = (issue: string, values: number[], weight = 1) => ({
    kind: 'issue' as const,
    issue,
    values,
    weight,
  });
  const [us, japan] = data.parties;
  const parties = [
    {
      ...us,
      groups: us.groups.map((g) =>
        g.id === 'hawks'
          ? { ...g, concerns: [...g.concerns, concern('rice', [0, 0.5, 1])] }
          : g.id === 'detroit'
            ? { ...g, concerns: [...g.concerns, concern('parts', [1, 0.4, 0])] }
            : g,
      ),
    },
    {
      ...japan,
      groups: japan.groups.map((g) =>
        g.id === 'farmers'
          ? {
              ...g,
              concerns: [...g.concerns, concern('rice', [1, 0.3, 0], 2)],
              redLines: [{ issue: 'farm', level: 'farm-8', bound: 'at-most' as const }],
            }
          : { ...g, concerns: [...g.concerns, concern('parts', [0, 0.5, 1]), concern('defense', [1, 0.2])] },
      ),
    },
  ];
  const dialogue = Object.fromEntries(
    Object.entries(data.dialogue).map(([party, d]) => [
      party,
      {
        ...d,
        objections: { ...d.objections, rice: ['No to {level} on {issue}.'], parts: ['{issue}: {level}?'] },
      },
    ]),
  );
  return parseData({
    ...data,
    id: 'wide',
    parties,
    issues: [...issues, policy('rice', 'japan', 3), policy('parts', 'us', 3)],
    noDeal: {
      ...data.noDeal,
      package: { ...data.noDeal.package, cars: 'cars-275', rice: 'rice-0', parts: 'parts-0' },
    },
    historicalDeal: undefined,
    dialogue,
  });
}

/** Every package the side may bid in this state (brute force): allowed levels and home ratifies it. */
export function bruteBids(scenario: Scenario, state: GameState, side: PartyIndex): Package[] {
  const lines = [...linesOf(state, 0), ...linesOf(state, 1)];
  const out: Package[] = [];
  forEachPackage(scenario, (pkg) => {
    if (pkg.some((l, j) => !state.onTable[j] && l !== state.params.noDeal[j])) return false;
    if (lines.some((line) => crosses(line, pkg))) return false;
    if (!ratify(scenario, state.params, side, pkg, linesOf(state, side)).passed) return false;
    out.push([...pkg]);
    return false;
  });
  return out;
}

export const quanta = (table: UtilityTable, pkg: Package): number =>
  Math.round(tableUtility(table, pkg) * 1e9);
