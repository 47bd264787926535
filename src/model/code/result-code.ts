/**
 * Result codes: what a student hands in at the end of a game. A code holds the scenario (id, version, content
 * hash), the game's settings and seed, the student's name, the classroom session, the result the game claims and
 * every move of the game, as compact bytes in base64url with a CRC-32 checksum (bytes.ts). A typical game is a
 * few hundred characters. The teacher's page and `npm run verify` decode it here and replay it (verify.ts); a
 * code is data, never evaluated as code.
 *
 * Layout (format 1): "TT1" + base64url( u8 format · str scenario id · str version · str hash · str party 0 ·
 * str party 1 · str seed · u8 side · u8 opponent · u8 difficulty · str name · str session id · str class seed ·
 * claim · uint moves · moves · str seal , CRC-32 ). A move is a u8 (its index in ACTION_TYPES · 2 + side) and
 * what its handler writes (src/model/actions/).
 */
import { type ActionOf, HANDLERS } from '../actions/index.ts';
import { hash53 } from '../hash.ts';
import { err, ok, type Result } from '../result.ts';
import type { Package, Pair, PartyIndex, Scenario } from '../scenario.ts';
import {
  ACTION_TYPES,
  type Action,
  type ActionType,
  DIFFICULTY_LEVELS,
  type GameSettings,
  type GameState,
  OPPONENTS,
  type Outcome,
} from '../types.ts';
import { utility } from '../utility.ts';
import type { Difficulty } from '../vocabulary.ts';
import { ByteReader, ByteWriter, CodeFormatError, seal, unseal } from './bytes.ts';
import { readPackage, writePackage } from './package-bytes.ts';
import { because, type Why, type WhyCode } from './why.ts';

export const RESULT_PREFIX = 'TT1';
const FORMAT = 1;
/** Longer texts are refused before any decoding (a full game is well under 2,000 characters). */
export const MAX_CODE_LENGTH = 20_000;
export const MAX_NAME_LENGTH = 40;
const MAX_MOVES = 400;
const MAX_TEXT = 200;

/** The classroom session a game was played in: its id, and the class seed when each student's seed is derived. */
export interface CodeSession {
  readonly id: string;
  /** Set when the session gives each student a seed of their own: the seed must be studentSeed(classSeed, name). */
  readonly classSeed: string | null;
}

/** The result the game claims; the replay must reproduce it exactly. Utilities are in thousandths. */
export interface Claim {
  readonly kind: Outcome['kind'];
  readonly reason: Outcome['reason'];
  readonly by: PartyIndex | null;
  readonly turn: number;
  readonly package: Package;
  readonly utilities: Pair<number>;
}

/** Everything a result code holds. */
export interface ResultRecord {
  readonly scenario: { readonly id: string; readonly version: string; readonly hash: string };
  /** The scenario's two party ids, so a code can be read (and its moves named) without the scenario. */
  readonly parties: Pair<string>;
  readonly settings: GameSettings;
  readonly name: string;
  readonly session: CodeSession | null;
  readonly claim: Claim;
  readonly log: readonly Action[];
  /** A hash over everything above: an edit of a decoded code that did not redo it shows. */
  readonly seal: string;
}

export interface CodeProblem {
  readonly message: string;
  /** The reason's code and facts (why.ts), for a sentence in another language. */
  readonly why?: Why;
}

/** A problem from a reason's code: its English message and its code. */
export const problemOf = (
  code: WhyCode,
  vars: Readonly<Record<string, string | number>> = {},
): CodeProblem => {
  const { reason, why } = because(code, vars);
  return { message: reason, why };
};

/**
 * A name as it is kept: Unicode NFC, no control or invisible format characters (bidi overrides, zero-width
 * spaces; the zero-width joiner of emoji stays), inner white space as one space, trimmed, at most 40 characters
 * (so at most 160 bytes of UTF-8). Decoding a code refuses a name that is not kept this way.
 */
export function normalizeName(name: string): string {
  const clean = name
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/(?!\u200d)\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return [...clean].slice(0, MAX_NAME_LENGTH).join('').trim();
}

/** A student's own seed in a session that gives each student one: the class seed and the name. */
export const studentSeed = (classSeed: string, name: string): string =>
  `${classSeed}/${normalizeName(name).toLowerCase()}`;

/** The claimed result of a finished game, as the code states it. */
export function claimOf(scenario: Scenario, game: GameState): Claim | null {
  const outcome = game.outcome;
  if (!outcome) return null;
  const u = (p: PartyIndex) => Math.round(utility(scenario, game.params, p, outcome.package) * 1000);
  return {
    kind: outcome.kind,
    reason: outcome.reason,
    by: outcome.by,
    turn: outcome.turn,
    package: [...outcome.package],
    utilities: [u(0), u(1)],
  };
}

/** The seal: a hash of the record's content without the seal. */
export function sealOf(record: Omit<ResultRecord, 'seal'> & { seal?: string }): string {
  const { seal: _ignored, ...content } = record;
  return hash53(JSON.stringify(content), 0x7a11ff);
}

/** The record of a finished game, sealed. Null while the game is still going on. */
export function recordOf(
  scenario: Scenario,
  game: GameState,
  name: string,
  session: CodeSession | null = null,
): ResultRecord | null {
  const claim = claimOf(scenario, game);
  if (!claim) return null;
  const content = {
    scenario: { id: scenario.id, version: scenario.version, hash: scenario.hash },
    parties: [scenario.parties[0].id, scenario.parties[1].id] as const,
    settings: { ...game.settings },
    name: normalizeName(name),
    session,
    claim,
    log: [...game.log],
  };
  return { ...content, seal: sealOf(content) };
}

/** The result code of a finished game; null while it is going on. */
export function resultCode(
  scenario: Scenario,
  game: GameState,
  name: string,
  session: CodeSession | null = null,
): string | null {
  const record = recordOf(scenario, game, name, session);
  return record && encodeRecord(record);
}

const REASONS = ['accepted', 'deadline', 'walked-away'] as const;
const KINDS = ['deal', 'no-deal'] as const;

function indexIn<T>(list: readonly T[], value: T, what: string): number {
  const i = list.indexOf(value);
  if (i < 0) throw new RangeError(`cannot encode ${what} ${String(value)}`);
  return i;
}

function pick<T>(list: readonly T[], i: number, what: string): T {
  const value = list[i];
  if (value === undefined) throw new CodeFormatError('unknownValue', { what });
  return value;
}

/** Writes a record as a code. Throws only on a record no game can produce (a side that is not one of the two). */
export function encodeRecord(record: ResultRecord): string {
  const w = new ByteWriter().u8(FORMAT);
  w.str(record.scenario.id).str(record.scenario.version).str(record.scenario.hash);
  w.str(record.parties[0]).str(record.parties[1]);
  const { settings } = record;
  w.str(settings.seed)
    .u8(indexIn(record.parties, settings.side, 'side'))
    .u8(indexIn(OPPONENTS, settings.opponent, 'opponent'))
    .u8(indexIn(DIFFICULTY_LEVELS, settings.difficulty, 'difficulty'));
  w.str(record.name)
    .str(record.session?.id ?? '')
    .str(record.session?.classSeed ?? '');
  const { claim } = record;
  w.u8(indexIn(KINDS, claim.kind, 'outcome'))
    .u8(indexIn(REASONS, claim.reason, 'reason'))
    .u8(claim.by ?? 2)
    .uint(claim.turn);
  writePackage(w, claim.package);
  w.int(claim.utilities[0]).int(claim.utilities[1]);
  w.uint(record.log.length);
  for (const action of record.log) {
    // Its index in the model's ACTION_TYPES, which only grows at the end.
    const type = indexIn(ACTION_TYPES, action.type, 'move');
    w.u8((type << 1) | indexIn(record.parties, action.side, 'side'));
    writeMove(w, action.type, action);
  }
  w.str(record.seal);
  return seal(RESULT_PREFIX, w.bytes());
}

/** What a move carries beyond its type and side, written by its handler (src/model/actions/). */
const writeMove = <T extends ActionType>(w: ByteWriter, type: T, action: ActionOf<T>): void =>
  HANDLERS[type].write(w, action);

/** Reads a code back into its record, or says why it is not a code: never throws, whatever the text. */
export function decodeResultCode(text: string): Result<ResultRecord, CodeProblem> {
  try {
    const r = new ByteReader(unseal(RESULT_PREFIX, text, MAX_CODE_LENGTH));
    const format = r.u8();
    if (format !== FORMAT) throw new CodeFormatError('codeFormat', { format, expected: FORMAT });
    const scenario = { id: r.str(MAX_TEXT), version: r.str(MAX_TEXT), hash: r.str(MAX_TEXT) };
    const parties: Pair<string> = [r.str(MAX_TEXT), r.str(MAX_TEXT)];
    const settings: GameSettings = {
      seed: r.str(MAX_TEXT),
      side: pick(parties, r.u8(), 'side'),
      opponent: pick(OPPONENTS, r.u8(), 'opponent'),
      difficulty: pick<Difficulty>(DIFFICULTY_LEVELS, r.u8(), 'difficulty'),
    };
    const name = r.str(4 * MAX_NAME_LENGTH);
    if (name !== normalizeName(name)) throw new CodeFormatError('badName');
    const sessionId = r.str(MAX_TEXT);
    const classSeed = r.str(MAX_TEXT);
    if (sessionId === '' && classSeed !== '') throw new CodeFormatError('classSeedNoSession');
    const kind = pick(KINDS, r.u8(), 'outcome');
    const reason = pick(REASONS, r.u8(), 'reason');
    const byCode = r.u8();
    if (byCode > 2) throw new CodeFormatError('unknownSide');
    const claim: Claim = {
      kind,
      reason,
      by: byCode === 2 ? null : (byCode as PartyIndex),
      turn: r.uint(),
      package: readPackage(r),
      utilities: [r.int(), r.int()],
    };
    const count = r.uint();
    if (count > MAX_MOVES) throw new CodeFormatError('tooManyMoves', { max: MAX_MOVES });
    const log: Action[] = [];
    for (let i = 0; i < count; i++) {
      const head = r.u8();
      const type = pick(ACTION_TYPES, head >> 1, 'move');
      const side = pick(parties, head & 1, 'side');
      log.push(HANDLERS[type].read(r, side));
    }
    const sealText = r.str(MAX_TEXT);
    r.end();
    const session =
      sessionId === '' ? null : { id: sessionId, classSeed: classSeed === '' ? null : classSeed };
    return ok({ scenario, parties, settings, name, session, claim, log, seal: sealText });
  } catch (error) {
    if (error instanceof CodeFormatError) return err({ message: error.message, why: error.why });
    return err(problemOf('unreadable'));
  }
}
