/**
 * Checking result codes by replaying them. A code is decoded (a typo fails the checksum: corrupt), matched to a
 * loaded scenario by id and content hash (another version otherwise), then replayed move by move: every move
 * must be legal, every computer move must be the one the computer plays in that position, the game must end
 * where the code says, and the result must equal the claim; the seal and, in a session with a seed per student,
 * the seed must match the name. Among many codes, the same game handed in twice is a duplicate.
 */
import { chooseAction } from '../agent/index.ts';
import { computerSides } from '../players.ts';
import { applyAction, createGame, toMove } from '../rules.ts';
import type { Scenario } from '../scenario.ts';
import type { Action, GameState } from '../types.ts';
import { viewFor } from '../view.ts';
import { claimOf, decodeResultCode, type ResultRecord, sealOf, studentSeed } from './result-code.ts';

export const VERDICTS = ['verified', 'tampered', 'other-version', 'corrupt', 'duplicate'] as const;
export type VerdictKind = (typeof VERDICTS)[number];

export type Verdict =
  | {
      readonly kind: 'verified';
      readonly record: ResultRecord;
      readonly scenario: Scenario;
      readonly game: GameState;
    }
  | { readonly kind: 'tampered'; readonly record: ResultRecord; readonly reason: string }
  | { readonly kind: 'other-version'; readonly record: ResultRecord; readonly reason: string }
  | { readonly kind: 'corrupt'; readonly reason: string }
  | {
      readonly kind: 'duplicate';
      readonly record: ResultRecord;
      readonly scenario: Scenario;
      readonly game: GameState;
      /** The index of the first code with the same game. */
      readonly of: number;
      readonly reason: string;
    };

/** The scenarios a verifier knows, by id (each id may have several versions loaded). */
export type ScenarioLookup = (id: string) => readonly Scenario[];

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const describe = (action: Action): string =>
  action.type === 'propose'
    ? `propose [${action.package.join(',')}]`
    : action.type === 'red-line'
      ? `red line on issue ${action.issue + 1} at level ${action.level + 1}`
      : action.type === 'link'
        ? `link issue ${action.issue + 1}`
        : action.type;

/** Replays a decoded record against its scenario: the final game, or why the code does not hold. */
export function replayRecord(
  scenario: Scenario,
  record: ResultRecord,
): { ok: true; game: GameState } | { ok: false; reason: string } {
  if (sealOf(record) !== record.seal)
    return { ok: false, reason: 'the seal does not match: the name, settings, moves or result were edited' };
  if (record.session?.classSeed != null) {
    const expected = studentSeed(record.session.classSeed, record.name);
    if (record.settings.seed !== expected)
      return { ok: false, reason: `the seed is not this student's: ${record.name} plays seed “${expected}”` };
  }
  if (!same(record.parties, [scenario.parties[0].id, scenario.parties[1].id]))
    return { ok: false, reason: 'the sides are not the scenario’s' };
  const created = createGame(scenario, record.settings);
  if (!created.ok) return { ok: false, reason: `the settings are not valid: ${created.error.message}` };
  let state = created.value;
  const computer = computerSides(scenario, state);
  const { log } = record;
  let i = 0;
  while (i < log.length) {
    if (state.outcome)
      return {
        ok: false,
        reason: `the game was over after move ${i}, but the code goes on to move ${i + 1}`,
      };
    const side = toMove(scenario, state);
    // The computer's moves of a turn are decided together (a tactic, then its offer), as the game plays them.
    let count = 1;
    if (computer.includes(side)) {
      const view = viewFor(scenario, state, side);
      const expected = view ? chooseAction(view).actions : [];
      const given = log.slice(i, i + expected.length);
      if (expected.length === 0 || !same(given, expected))
        return {
          ok: false,
          reason: `move ${i + 1}: the computer plays ${expected.map(describe).join(' + ')} here; the code says ${given.map(describe).join(' + ') || 'nothing'}`,
        };
      count = expected.length;
    }
    for (const action of log.slice(i, i + count)) {
      i++;
      const step = applyAction(scenario, state, action);
      if (!step.ok)
        return { ok: false, reason: `move ${i} (${describe(action)}) is not allowed: ${step.error.message}` };
      state = step.value.state;
    }
  }
  if (!state.outcome)
    return { ok: false, reason: `the game is not over after the code's ${log.length} moves` };
  if (!same(claimOf(scenario, state), record.claim))
    return { ok: false, reason: 'the claimed result is not the result of these moves' };
  return { ok: true, game: state };
}

/** One code's verdict, on its own (no duplicate check). */
export function verifyCode(text: string, lookup: ScenarioLookup): Verdict {
  const decoded = decodeResultCode(text);
  if (!decoded.ok) return { kind: 'corrupt', reason: decoded.error.message };
  const record = decoded.value;
  const candidates = lookup(record.scenario.id);
  const scenario = candidates.find((s) => s.hash === record.scenario.hash);
  if (!scenario) {
    const reason =
      candidates.length === 0
        ? `the code is for the scenario “${record.scenario.id}”, which is not loaded here`
        : `the code is for version ${record.scenario.version} of “${record.scenario.id}” (content ${record.scenario.hash}); loaded here: ${candidates.map((s) => `version ${s.version} (${s.hash})`).join(', ')}`;
    return { kind: 'other-version', record, reason };
  }
  const replayed = replayRecord(scenario, record);
  if (!replayed.ok) return { kind: 'tampered', record, reason: replayed.reason };
  return { kind: 'verified', record, scenario, game: replayed.game };
}

/** The identity of a game, whoever claims it: scenario, settings and moves. */
const gameKey = (r: ResultRecord): string => JSON.stringify([r.scenario.hash, r.settings, r.log]);

/** Marks the second and later copies of a verified game as duplicates (verdicts in the order the codes came). */
export function markDuplicates(verdicts: readonly Verdict[]): Verdict[] {
  const first = new Map<string, number>();
  return verdicts.map((verdict, index) => {
    if (verdict.kind !== 'verified') return verdict;
    const key = gameKey(verdict.record);
    const of = first.get(key);
    if (of === undefined) {
      first.set(key, index);
      return verdict;
    }
    return { ...verdict, kind: 'duplicate', of, reason: `the same game as code ${of + 1}` };
  });
}

/** Many codes: each one's verdict, and the second and later copies of the same game marked as duplicates. */
export function verifyCodes(texts: readonly string[], lookup: ScenarioLookup): Verdict[] {
  return markDuplicates(texts.map((text) => verifyCode(text, lookup)));
}
