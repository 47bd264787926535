/**
 * Checking result codes by replaying them. A code is decoded (a typo fails the checksum: corrupt), matched to a
 * loaded scenario by id and content hash (another version otherwise), then replayed move by move: every move
 * must be legal, every computer move must be the one the computer plays in that position, the game must end
 * where the code says, and the result must equal the claim; the seal and, in a session with a seed per student,
 * the seed must match the name. Given the teacher's sessions, a code must also name one of them and have been
 * played as that session locks it (session-check.ts): without them a code can only be checked against what it
 * says itself, and a student can write anything there. Among many codes, the same game handed in more than once
 * is a duplicate: every copy is marked, and each says which copy came first.
 */
import { describeAction } from '../actions/index.ts';
import { agentOptions, chooseAction } from '../agent/index.ts';
import { currentHash, sameContent } from '../hash.ts';
import { computerSides } from '../players.ts';
import { applyAction, createGame, toMove } from '../rules.ts';
import type { Scenario } from '../scenario.ts';
import type { GameState } from '../types.ts';
import { viewFor } from '../view.ts';
import { claimOf, decodeResultCode, type ResultRecord, sealOf, studentSeed } from './result-code.ts';
import { fitSession, type SessionLookup } from './session-check.ts';
import { because, type Why } from './why.ts';

export const VERDICTS = [
  'verified',
  'tampered',
  'other-version',
  'other-session',
  'corrupt',
  'duplicate',
] as const;
export type VerdictKind = (typeof VERDICTS)[number];

export type Verdict =
  | {
      readonly kind: 'verified';
      readonly record: ResultRecord;
      readonly scenario: Scenario;
      readonly game: GameState;
    }
  /** `why`: the reason's code and facts, for a sentence in another language (why.ts). */
  | { readonly kind: 'tampered'; readonly record: ResultRecord; readonly reason: string; readonly why?: Why }
  | {
      readonly kind: 'other-version';
      readonly record: ResultRecord;
      readonly reason: string;
      readonly why?: Why;
    }
  /** Checked against the teacher's sessions: the code names none of them (or none at all). */
  | {
      readonly kind: 'other-session';
      readonly record: ResultRecord;
      readonly reason: string;
      readonly why?: Why;
    }
  | { readonly kind: 'corrupt'; readonly reason: string; readonly why?: Why }
  | {
      readonly kind: 'duplicate';
      readonly record: ResultRecord;
      readonly scenario: Scenario;
      readonly game: GameState;
      /** The index of the first code with the same game (this code's own index when it is the first). */
      readonly of: number;
      /** The indices of every code with the same game, this one included, in the order handed in. */
      readonly copies: readonly number[];
      /** Whether this copy was handed in first. */
      readonly first: boolean;
      readonly reason: string;
    };

/** The scenarios a verifier knows, by id (each id may have several versions loaded). */
export type ScenarioLookup = (id: string) => readonly Scenario[];

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Replays a decoded record against its scenario: the final game, or why the code does not hold. */
export function replayRecord(
  scenario: Scenario,
  record: ResultRecord,
): { ok: true; game: GameState } | { ok: false; reason: string; why: Why } {
  if (sealOf(record) !== record.seal) return { ok: false, ...because('seal') };
  if (record.session?.classSeed != null) {
    const expected = studentSeed(record.session.classSeed, record.name);
    if (record.settings.seed !== expected)
      return { ok: false, ...because('studentSeed', { name: record.name, seed: expected }) };
  }
  if (!same(record.parties, [scenario.parties[0].id, scenario.parties[1].id]))
    return { ok: false, ...because('sides') };
  const created = createGame(scenario, record.settings);
  if (!created.ok) return { ok: false, ...because('settings', { detail: created.error.message }) };
  let state = created.value;
  const computer = computerSides(scenario, state);
  const { log } = record;
  let i = 0;
  while (i < log.length) {
    if (state.outcome) return { ok: false, ...because('overEarly', { move: i, next: i + 1 }) };
    const side = toMove(scenario, state);
    // The computer's moves of a turn are decided together (a tactic, then its offer), as the game plays them.
    let count = 1;
    if (computer.includes(side)) {
      const view = viewFor(scenario, state, side);
      const expected = view ? chooseAction(view, agentOptions(scenario, state, side)).actions : [];
      const given = log.slice(i, i + expected.length);
      if (expected.length === 0 || !same(given, expected))
        return {
          ok: false,
          ...because(
            'computerMove',
            {
              move: i + 1,
              expected: expected.map(describeAction).join(' + '),
              given: given.map(describeAction).join(' + ') || 'nothing',
            },
            { expected, given },
          ),
        };
      count = expected.length;
    }
    for (const action of log.slice(i, i + count)) {
      i++;
      const step = applyAction(scenario, state, action);
      if (!step.ok)
        return {
          ok: false,
          ...because(
            'notAllowed',
            { move: i, action: describeAction(action), detail: step.error.message },
            { action, rule: step.error.code },
          ),
        };
      state = step.value.state;
    }
  }
  if (!state.outcome) return { ok: false, ...because('notOver', { moves: log.length }) };
  if (!same(claimOf(scenario, state), record.claim)) return { ok: false, ...because('claim') };
  return { ok: true, game: state };
}

/**
 * One code's verdict, on its own (no duplicate check). With `sessions` (the teacher's), the code must name one
 * of them and fit it; without, only what the code says of itself is checked.
 */
export function verifyCode(text: string, lookup: ScenarioLookup, sessions?: SessionLookup): Verdict {
  const decoded = decodeResultCode(text);
  if (!decoded.ok) return { kind: 'corrupt', reason: decoded.error.message, why: decoded.error.why };
  const record = decoded.value;
  if (sessions) {
    const fit = fitSession(record, sessions);
    if (fit.kind === 'unknown') return { kind: 'other-session', record, reason: fit.reason, why: fit.why };
    if (fit.kind === 'mismatch') return { kind: 'tampered', record, reason: fit.reason, why: fit.why };
  }
  const candidates = lookup(record.scenario.id);
  const scenario = candidates.find((s) => sameContent(s.hash, record.scenario.hash));
  if (!scenario) {
    const { id, version, hash } = record.scenario;
    const loaded = candidates.map((s) => `version ${s.version} (${s.hash})`).join(', ');
    const reason =
      candidates.length === 0
        ? because('scenarioMissing', { id })
        : because('scenarioVersion', { version, id, hash, loaded });
    return { kind: 'other-version', record, ...reason };
  }
  const replayed = replayRecord(scenario, record);
  if (!replayed.ok) return { kind: 'tampered', record, reason: replayed.reason, why: replayed.why };
  return { kind: 'verified', record, scenario, game: replayed.game };
}

/** The identity of a game, whoever claims it: scenario, settings and moves. */
const gameKey = (r: ResultRecord): string =>
  JSON.stringify([currentHash(r.scenario.hash), r.settings, r.log]);

/**
 * Marks every copy of a game handed in more than once (verdicts in the order the codes came): each copy is a
 * duplicate, and says which copy came first. Which student played the game a code cannot tell (a name can be
 * changed and the seal redone), so no copy is taken as the real one.
 */
export function markDuplicates(verdicts: readonly Verdict[]): Verdict[] {
  const copies = new Map<string, number[]>();
  verdicts.forEach((verdict, index) => {
    if (verdict.kind !== 'verified') return;
    const key = gameKey(verdict.record);
    const list = copies.get(key);
    if (list) list.push(index);
    else copies.set(key, [index]);
  });
  return verdicts.map((verdict, index) => {
    if (verdict.kind !== 'verified') return verdict;
    const list = copies.get(gameKey(verdict.record)) ?? [index];
    if (list.length < 2) return verdict;
    const of = list[0] as number;
    const others = list.filter((i) => i !== index).map((i) => i + 1);
    const reason =
      of === index
        ? `the same game was handed in again as ${others.length === 1 ? 'code' : 'codes'} ${others.join(', ')}; this copy came first`
        : `the same game as code ${of + 1}, which came first${others.length > 1 ? ` (copies: ${others.join(', ')})` : ''}`;
    return { ...verdict, kind: 'duplicate', of, copies: list, first: of === index, reason };
  });
}

/** Whether a verdict's game counts once in the class's figures: a verified game, or the first copy of a duplicate. */
export const countsInClass = (
  verdict: Verdict,
): verdict is Extract<Verdict, { readonly kind: 'verified' | 'duplicate' }> =>
  verdict.kind === 'verified' || (verdict.kind === 'duplicate' && verdict.first);

/** Many codes: each one's verdict, and every copy of the same game marked as a duplicate. */
export function verifyCodes(
  texts: readonly string[],
  lookup: ScenarioLookup,
  sessions?: SessionLookup,
): Verdict[] {
  return markDuplicates(texts.map((text) => verifyCode(text, lookup, sessions)));
}
