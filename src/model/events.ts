/**
 * What the news does. An event's effects move the game's parameters (`applyParamEffects`: the no-deal package,
 * a group's influence, a threshold, approval), the table (`applyTableEffects`: an issue put on or taken off it),
 * or the scenario itself (`scenarioAt`, schema version 2: a group's concern weights or red lines, an economy
 * parameter, a party's deadline). The scenario in force is worked out from the events that have fired, in the
 * order they fired, so a replayed log meets exactly the same game; the rules, the views and so the computer
 * opponent read it instead of the file's.
 */
import { mapped } from './arrays.ts';
import { assertNever } from './result.ts';
import type {
  CompiledEffect,
  CompiledGroup,
  CompiledParty,
  CompiledRedLine,
  Pair,
  Scenario,
} from './scenario.ts';
import { groupTable, sectorLevels } from './tables.ts';
import type { GameState } from './types.ts';
import type { Params } from './utility.ts';

const shiftedPair = (pair: Pair<number>, party: 0 | 1, value: number): Pair<number> =>
  party === 0 ? [value, pair[1]] : [pair[0], value];

/** The effects on the game's parameters; the others leave them as they are. */
export function applyParamEffects(params: Params, effects: readonly CompiledEffect[]): Params {
  let p = params;
  for (const f of effects) {
    switch (f.op) {
      case 'set-no-deal':
        p = { ...p, noDeal: mapped(p.noDeal, (l, j) => (j === f.issue ? f.level : l)) };
        break;
      case 'adjust-influence': {
        const row = mapped(p.influence[f.party], (w, g) => (g === f.group ? Math.max(0, w + f.by) : w));
        p = { ...p, influence: f.party === 0 ? [row, p.influence[1]] : [p.influence[0], row] };
        break;
      }
      case 'adjust-threshold': {
        const t = Math.min(1, Math.max(0, p.threshold[f.party] + f.by));
        p = { ...p, threshold: shiftedPair(p.threshold, f.party, t) };
        break;
      }
      case 'adjust-approval':
        p = { ...p, approvalShift: shiftedPair(p.approvalShift, f.party, p.approvalShift[f.party] + f.by) };
        break;
      case 'set-weights':
      case 'add-red-line':
      case 'remove-red-line':
      case 'set-on-table':
      case 'set-economy':
      case 'set-deadline':
        break;
      default:
        assertNever(f);
    }
  }
  return p;
}

/**
 * An issue put on the table or taken off it. Off the table, an issue stays at its no-deal level, so a standing
 * offer that moves it lapses (the side to move can no longer accept it).
 */
export function applyTableEffects(
  state: GameState,
  effects: readonly CompiledEffect[],
): Pick<GameState, 'onTable' | 'standing'> {
  let { onTable, standing } = state;
  for (const f of effects) {
    if (f.op !== 'set-on-table' || onTable[f.issue] === f.onTable) continue;
    onTable = mapped(onTable, (on, j) => (j === f.issue ? f.onTable : on));
  }
  if (standing !== null) {
    const pkg = state.offers[standing].package;
    if (pkg.some((l, j) => !onTable[j] && l !== state.params.noDeal[j])) standing = null;
  }
  return { onTable, standing };
}

const STRUCTURAL: ReadonlySet<CompiledEffect['op']> = new Set([
  'set-weights',
  'add-red-line',
  'remove-red-line',
  'set-economy',
  'set-deadline',
]);

/** For each event, whether it changes the scenario itself (cached: the rules ask on every move). */
const structuralCache = new WeakMap<Scenario, readonly boolean[]>();
const builtCache = new WeakMap<Scenario, Map<string, Scenario>>();

function structuralEvents(scenario: Scenario): readonly boolean[] {
  let flags = structuralCache.get(scenario);
  if (!flags) {
    flags = mapped(scenario.events, (e) => e.effects.some((f) => STRUCTURAL.has(f.op)));
    structuralCache.set(scenario, flags);
  }
  return flags;
}

/** The scenario with the structural effects of these events applied, in order. */
function build(scenario: Scenario, events: readonly number[]): Scenario {
  const economy = { ...scenario.economy };
  let economyChanged = false;
  const weights = mapped(scenario.parties, (p) => mapped(p.groups, (): readonly number[] | null => null));
  const lines = mapped(scenario.parties, (p) =>
    mapped(p.groups, (): readonly CompiledRedLine[] | null => null),
  );
  const last = scenario.meetingCount - 1;
  const deadline = [last, last];
  for (const e of events) {
    for (const f of scenario.events[e].effects) {
      switch (f.op) {
        case 'set-weights':
          weights[f.party][f.group] = f.weights;
          break;
        case 'add-red-line': {
          const own = lines[f.party][f.group] ?? [...scenario.parties[f.party].groups[f.group].redLines];
          lines[f.party][f.group] = [...own, f.line];
          break;
        }
        case 'remove-red-line': {
          const own = lines[f.party][f.group] ?? scenario.parties[f.party].groups[f.group].redLines;
          lines[f.party][f.group] = own.filter((l) => l.issue !== f.issue);
          break;
        }
        case 'set-economy':
          economy[f.parameter] = f.value;
          economyChanged = true;
          break;
        case 'set-deadline':
          deadline[f.party] = f.meeting;
          break;
        default:
          break;
      }
    }
  }
  const sectors = economyChanged
    ? mapped(scenario.sectors, (s) => ({
        ...s,
        atLevel: sectorLevels(economy, s.source, scenario.issues[s.issue]),
      }))
    : scenario.sectors;
  const partyAt = (party: CompiledParty, pi: number): CompiledParty => ({
    ...party,
    groups: mapped(party.groups, (g, gi): CompiledGroup => {
      const w = weights[pi][gi];
      const redLines = lines[pi][gi] ?? g.redLines;
      if (!economyChanged && w === null) return redLines === g.redLines ? g : { ...g, redLines };
      const tables = groupTable(
        g.concernInputs,
        w ?? mapped(g.concernInputs, (c) => c.weight),
        scenario.issues,
        sectors,
      );
      return { ...g, redLines, constant: tables.constant, table: tables.table };
    }),
  });
  return {
    ...scenario,
    economy,
    sectors,
    parties: [partyAt(scenario.parties[0], 0), partyAt(scenario.parties[1], 1)],
    meetingCount: Math.min(scenario.meetingCount, Math.min(deadline[0], deadline[1]) + 1),
  };
}

/**
 * The scenario in force after the events that have fired: the file's scenario itself until an event changes
 * it. One object per scenario and set of events, so the caches keyed by scenario (utility tables, views) hold.
 */
export function scenarioAt(scenario: Scenario, state: Pick<GameState, 'fired'>): Scenario {
  if (state.fired.length === 0) return scenario;
  const flags = structuralEvents(scenario);
  const events: number[] = [];
  for (const f of state.fired) if (flags[f.event]) events.push(f.event);
  if (events.length === 0) return scenario;
  const key = events.join(',');
  let built = builtCache.get(scenario);
  if (!built) {
    built = new Map();
    builtCache.set(scenario, built);
  }
  let at = built.get(key);
  if (!at) {
    at = build(scenario, events);
    built.set(key, at);
  }
  return at;
}
