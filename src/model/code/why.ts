/**
 * Why a code does not verify, as a code and its facts besides the English sentence: the teacher's page and
 * `npm run verify` write the sentence in their language from these (src/classroom/reason.ts, the catalog's
 * `classroom.reason.<code>`, whose English is this table word for word). The model stays free of the catalog.
 */
import type { Action, ActionErrorCode } from '../types.ts';

export const WHY_TEXT = {
  seal: 'the seal does not match: the name, settings, moves or result were edited',
  studentSeed: "the seed is not this student's: {name} plays seed “{seed}”",
  sides: 'the sides are not the scenario’s',
  settings: 'the settings are not valid: {detail}',
  overEarly: 'the game was over after move {move}, but the code goes on to move {next}',
  computerMove: 'move {move}: the computer plays {expected} here; the code says {given}',
  notAllowed: 'move {move} ({action}) is not allowed: {detail}',
  notOver: "the game is not over after the code's {moves} moves",
  claim: 'the claimed result is not the result of these moves',
  scenarioMissing: 'the code is for the scenario “{id}”, which is not loaded here',
  scenarioVersion: 'the code is for version {version} of “{id}” (content {hash}); loaded here: {loaded}',
  noSession:
    'the game was played outside a classroom session: its settings and seed cannot be checked against one of yours',
  unknownSession: 'the code names the session “{id}”, which is not one of the sessions stored here',
  sessionScenario:
    'the session “{title}” plays “{scenario}” version {version}; the code was played with “{codeScenario}” version {codeVersion}',
  sessionSides: 'the sides are not those of the session “{title}”',
  sessionOpponent:
    'the session “{title}” plays with the opponent “{opponent}”; the code was played with “{codeOpponent}”',
  sessionDifficulty:
    'the session “{title}” plays at difficulty “{difficulty}”; the code at “{codeDifficulty}”',
  sessionSide: 'in the session “{title}” everyone plays “{side}”; the code plays “{codeSide}”',
  sessionClassSeed:
    'the session “{title}” gives the class one seed, but the code says each student has their own',
  sessionSeed: 'the seed is not the one of the session “{title}”',
  sessionNoClassSeed:
    'the session “{title}” gives each student a seed of their own, but the code does not carry the session’s class seed',
  sessionStudentSeed:
    'the seed is not the one the session “{title}” gives “{name}”: the name or the seed was changed',
  // A code or a session link that cannot be read (bytes.ts, result-code.ts, session-link.ts).
  endsEarly: 'the code ends too soon',
  notShortest: 'a number in the code is not written the shortest way',
  numberTooLarge: 'a number in the code is too large',
  textTooLong: 'a text in the code is longer than {max} bytes',
  notUtf8: 'a text in the code is not valid UTF-8',
  leftOver: 'the code has bytes left over at its end',
  characterCount: 'the code has a character too many or too few',
  badCharacter: '“{character}” cannot appear in a code',
  lastCharacter: 'the last character of the code is mistyped',
  empty: 'the code is empty',
  tooLong: 'the code is longer than {max} characters',
  prefix: 'a code starts with {prefix}',
  tooShort: 'the code is too short',
  checksum: 'the checksum does not match: a character was mistyped, left out or added',
  tooManyIssues: 'the code names more issues than a scenario has',
  unknownValue: 'the code names an unknown {what}',
  codeFormat: 'the code is in format {format}; this version reads {expected}',
  badName:
    'the name in the code is not written as the game writes names (control characters, extra spaces or too long)',
  classSeedNoSession: 'the code has a class seed but no session',
  unknownSide: 'the code names an unknown side',
  tooManyMoves: 'the code holds more than {max} moves',
  unreadable: 'the code cannot be read',
  linkUnknownValue: 'the link names an unknown {what}',
  linkFormat: 'the link is in format {format}; this version reads {expected}',
  linkEmpty: 'the link has no session id or no seed',
} as const;

export type WhyCode = keyof typeof WHY_TEXT;

/**
 * The moves and the rule a reason names, as data, so a reason can be written in another language: `vars` holds
 * them in the model's English words (`describeAction`, the rule's message).
 */
export interface WhyMoves {
  readonly expected?: readonly Action[];
  readonly given?: readonly Action[];
  readonly action?: Action;
  readonly rule?: ActionErrorCode;
}

/** A reason's code and the facts its sentence names. */
export interface Why {
  readonly code: WhyCode;
  readonly vars: Readonly<Record<string, string | number>>;
  readonly moves?: WhyMoves;
}

/** A reason: its English sentence (`reason`, as verdicts have always had it) and its code and facts. */
export function because(
  code: WhyCode,
  vars: Readonly<Record<string, string | number>> = {},
  moves?: WhyMoves,
): { reason: string; why: Why } {
  const reason = WHY_TEXT[code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
  return { reason, why: moves ? { code, vars, moves } : { code, vars } };
}
