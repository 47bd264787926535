/**
 * How a live room's session comes to be (server/live-room.ts): created by a teacher (a fresh class code, the
 * scenario checked, the `created` record written and the lease claimed before anyone hears of it), created as a
 * section of a larger class (src/net/sections.ts: the head's settings, seed and teacher under the section's own
 * room id), or restored from the journal. A refusal a client may see is an Error "CODE: words".
 */
import { randomBytes, randomInt } from 'node:crypto';
import {
  CLASS_CODE_ALPHABET,
  CLASS_CODE_LENGTH,
  CreateOptionsSchema,
  MAX_SECTIONS,
  sectionRoomId,
} from '../src/net/protocol.ts';
import type { Journal } from './journal.ts';
import { hashToken, newToken } from './keys.ts';
import { LiveSession } from './live-session.ts';
import type { LogEvent } from './room-lease.ts';
import { scenarioFromText, shippedText } from './scenarios.ts';
import type { SessionDeps } from './session-types.ts';

/** An error a join or create is refused with: the message starts with the code (`refusalCode` reads it). */
export const refusal = (code: string, message: string) => new Error(`${code}: ${message}`);

export interface Birth {
  readonly journal: Journal;
  readonly deps: SessionDeps;
  readonly log: LogEvent;
  /** Claims the new session's lease (several processes); false when another process took it first. */
  readonly claim: (code: string) => Promise<boolean>;
  /** The server's secret that marks the rooms it makes itself (keys.ts `internalNonce`). */
  readonly nonce: string;
}

/**
 * A room's session from its create options: a restore or a section when the server asked for it (its nonce),
 * else a teacher's new class (whose token goes to the creator once).
 */
export async function sessionFor(
  options: unknown,
  birth: Birth,
): Promise<{ session: LiveSession; teacherToken: string | null }> {
  const internal = options as {
    restore?: unknown;
    section?: { head?: unknown; n?: unknown };
    nonce?: unknown;
  };
  const trusted = internal.nonce === birth.nonce;
  if (trusted && typeof internal.restore === 'string')
    return { session: await restoreSession(birth, internal.restore), teacherToken: null };
  if (trusted && internal.section)
    return { session: await createSection(birth, internal.section), teacherToken: null };
  return createSession(birth, options);
}

/** A new class: its session and the teacher's token (given to the creator once). */
export async function createSession(
  birth: Birth,
  options: unknown,
): Promise<{ session: LiveSession; teacherToken: string }> {
  const parsed = CreateOptionsSchema.safeParse(options);
  if (!parsed.success) throw refusal('MALFORMED_MESSAGE', 'a live session is created with {config}');
  const config = parsed.data.config;
  const text = 'shipped' in config.scenario ? shippedText(config.scenario.shipped) : config.scenario.json;
  if (text === null) throw refusal('BAD_SCENARIO', 'there is no such shipped scenario');
  const scenario = scenarioFromText(text);
  if (!scenario.ok) throw refusal('BAD_SCENARIO', scenario.error);
  const code = await freshCode(birth.journal);
  const teacherToken = newToken();
  const created = LiveSession.createdRecord({
    code,
    config,
    scenario: scenario.value,
    scenarioText: text,
    seed: randomBytes(12).toString('base64url'),
    teacherTokenHash: hashToken(teacherToken),
    at: Date.now(),
  });
  await birth.journal.append(code, [created]);
  if (!(await birth.claim(code))) throw refusal('SERVER_ERROR', 'the session could not start: try again');
  birth.log('session.created', { code, scenario: scenario.value.id, pairing: config.pairing });
  return { session: new LiveSession(created, scenario.value, birth.deps), teacherToken };
}

async function freshCode(journal: Journal): Promise<string> {
  for (;;) {
    let code = '';
    for (let i = 0; i < CLASS_CODE_LENGTH; i++)
      code += CLASS_CODE_ALPHABET[randomInt(CLASS_CODE_ALPHABET.length)];
    if (!(await journal.hasSession(code))) return code;
  }
}

/** Section `n` of the class `head`: the head's `created` record under the section's room id. */
export async function createSection(
  birth: Birth,
  section: { head?: unknown; n?: unknown },
): Promise<LiveSession> {
  const { head, n } = section;
  if (typeof head !== 'string' || typeof n !== 'number' || !Number.isInteger(n) || n < 2 || n > MAX_SECTIONS)
    throw new Error('a section is created with {head, n}');
  const first = await birth.journal.firstRecord(head);
  if (first?.kind !== 'created') throw new Error(`the journal of ${head} does not start with created`);
  const scenario = scenarioFromText(first.scenarioText);
  if (!scenario.ok) throw new Error(`the scenario of ${head} no longer loads: ${scenario.error}`);
  const code = sectionRoomId(head, n);
  const created = { ...first, code, at: Date.now(), section: { head, n } };
  await birth.journal.append(code, [created]);
  if (!(await birth.claim(code))) throw new Error(`the section ${code} could not start`);
  birth.log('section.created', { code, head, section: n });
  return new LiveSession(created, scenario.value, birth.deps);
}

/** A session as its journal has it (after a restart, or on another process after its own died). */
export async function restoreSession(birth: Birth, code: string): Promise<LiveSession> {
  const records = await birth.journal.records(code);
  const created = records[0];
  if (created?.kind !== 'created') throw new Error(`the journal of ${code} does not start with created`);
  const scenario = scenarioFromText(created.scenarioText);
  if (!scenario.ok) throw new Error(`the scenario of ${code} no longer loads: ${scenario.error}`);
  const session = new LiveSession(created, scenario.value, birth.deps);
  session.commit(records.slice(1));
  session.restarted(Date.now());
  birth.log('session.restored', { code, records: records.length, pairs: session.pairs.length });
  return session;
}
