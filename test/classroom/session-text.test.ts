import { describe, expect, it } from 'vitest';
import { sessionFromText } from '../../src/classroom/session-text.ts';
import { encodeSession } from '../../src/model/code/session-link.ts';
import { loadScenario, testSession } from '../helpers.ts';

const session = testSession(loadScenario('src/content/scenarios/us-japan-2025.json'), {
  sides: { kind: 'alternate' },
  difficulty: 'hard',
});
const link = encodeSession(session);

describe('a session link as a teacher pastes it', () => {
  it.each([
    ['the bare text', link],
    ['the whole address', `https://school.example/tt/index.html?session=${link}`],
    ['an address with more after it', `  http://192.0.2.1:2567/?lang=ja&session=${link}&x=1#top \n`],
    ['a query', `?session=${link}`],
  ])('reads %s', (_, text) => {
    expect(sessionFromText(text)).toEqual({ ok: true, value: session });
  });

  it.each([
    ['nothing', '', 'there is no session link'],
    ['a result code', 'TT1AAAA', 'a session link holds a text that starts with TS1 (after "session=")'],
    ['a damaged link', `${link.slice(0, -2)}`, /checksum|character/],
    ['a damaged address', 'https://x/?session=%E0%A4%A', 'the address is damaged'],
    ['a huge text', 'x'.repeat(20_000), 'the text is too long to be a session link'],
  ])('refuses %s with the reason', (_, text, reason) => {
    const read = sessionFromText(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(reason);
  });
});
