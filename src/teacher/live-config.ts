/**
 * The "Start a live session" form as values, turned into the protocol's LiveConfig: each field checked with a
 * clear problem (the form says which), then the whole checked by the protocol's own schema, the same one the
 * server applies. Pure: no DOM.
 */
import { err, ok, type Result } from '../model/result.ts';
import {
  type LiveConfig,
  LiveConfigSchema,
  MAX_MEETING_SECONDS,
  MAX_TEAM_SIZE,
  MIN_MEETING_SECONDS,
} from '../net/protocol.ts';

/** Titles are cut to this many characters, as a session set up for codes is. */
export const LIVE_TITLE_MAX_LENGTH = 80;

/** What the form holds, as typed or chosen. */
export interface LiveForm {
  /** A shipped scenario by id, a designer's file as its JSON text, or null when none is loaded. */
  readonly scenario: { readonly shipped: string } | { readonly json: string } | null;
  readonly title: string;
  readonly pairing: string;
  /** Students per side, as chosen (1 = pairs). */
  readonly teamSize: string;
  /** Minutes per meeting as typed; empty for no limit. A comma counts as a decimal point. */
  readonly minutes: string;
  readonly difficulty: string;
}

export type LiveFormProblem =
  | { readonly code: 'NO_SCENARIO' }
  | { readonly code: 'TEAM_SIZE'; readonly max: number }
  | { readonly code: 'MINUTES'; readonly min: number; readonly max: number }
  /** The protocol's schema refused the config: `detail` is its first problem, with its path. */
  | { readonly code: 'INVALID'; readonly detail: string };

/** The limits of minutes per meeting, from the protocol's seconds. */
export const MIN_MINUTES = MIN_MEETING_SECONDS / 60;
export const MAX_MINUTES = MAX_MEETING_SECONDS / 60;

/** Minutes as typed → seconds per meeting (0 for no limit), or null when not a number within the limits. */
export function meetingSecondsOf(typed: string): number | null {
  const text = typed.trim().replace(',', '.');
  if (text === '') return 0;
  if (!/^\d{1,3}(\.\d{1,3})?$/.test(text)) return null;
  const seconds = Math.round(Number(text) * 60);
  return seconds >= MIN_MEETING_SECONDS && seconds <= MAX_MEETING_SECONDS ? seconds : null;
}

/** The config the form describes, or the first problem. `defaultTitle` names a session left untitled. */
export function liveConfigOf(form: LiveForm, defaultTitle: string): Result<LiveConfig, LiveFormProblem> {
  if (form.scenario === null) return err({ code: 'NO_SCENARIO' });
  const teamSize = /^\d{1,2}$/.test(form.teamSize.trim()) ? Number(form.teamSize.trim()) : Number.NaN;
  if (!(teamSize >= 1 && teamSize <= MAX_TEAM_SIZE)) return err({ code: 'TEAM_SIZE', max: MAX_TEAM_SIZE });
  const meetingSeconds = meetingSecondsOf(form.minutes);
  if (meetingSeconds === null) return err({ code: 'MINUTES', min: MIN_MINUTES, max: MAX_MINUTES });
  const title = [...form.title.trim()].slice(0, LIVE_TITLE_MAX_LENGTH).join('').trim() || defaultTitle;
  const parsed = LiveConfigSchema.safeParse({
    title,
    scenario: form.scenario,
    pairing: form.pairing,
    teamSize,
    meetingSeconds,
    difficulty: form.difficulty,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err({
      code: 'INVALID',
      detail: issue ? `${issue.path.map(String).join('.') || '$'}: ${issue.message}` : 'invalid',
    });
  }
  return ok(parsed.data);
}
