/**
 * A session link as a teacher pastes or types it: the whole address (`https://…/index.html?session=TS1…`), the
 * query alone, or the bare `TS1…` text. Used where the teacher hands the verifier a session (the dashboard's
 * "add a session by its link" and `npm run verify -- --session`); never throws.
 */
import { type ClassSession, decodeSession, SESSION_PREFIX } from '../model/code/session-link.ts';
import { err, ok, type Result } from '../model/result.ts';

/** Longer texts are refused before they are looked at (a session link is a few hundred characters). */
export const MAX_SESSION_TEXT = 10_000;

export function sessionFromText(text: string): Result<ClassSession, string> {
  if (text.length > MAX_SESSION_TEXT) return err('the text is too long to be a session link');
  const trimmed = text.trim();
  if (trimmed === '') return err('there is no session link');
  let code = trimmed;
  const at = trimmed.indexOf('session=');
  if (at >= 0) {
    const rest = trimmed.slice(at + 'session='.length);
    const end = rest.search(/[&#\s]/);
    const raw = end < 0 ? rest : rest.slice(0, end);
    try {
      code = decodeURIComponent(raw);
    } catch {
      return err('the address is damaged');
    }
  }
  if (!code.startsWith(SESSION_PREFIX))
    return err(`a session link holds a text that starts with ${SESSION_PREFIX} (after "session=")`);
  const decoded = decodeSession(code);
  return decoded.ok ? ok(decoded.value) : err(decoded.error.message);
}
