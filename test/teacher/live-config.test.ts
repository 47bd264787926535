import { describe, expect, it } from 'vitest';
import { LiveConfigSchema, MAX_MEETING_SECONDS, MAX_TEAM_SIZE } from '../../src/net/protocol.ts';
import { type LiveForm, liveConfigOf, meetingSecondsOf } from '../../src/teacher/live-config.ts';

const form = (over: Partial<LiveForm> = {}): LiveForm => ({
  scenario: { shipped: 'us-japan-2025' },
  title: '  7B live  ',
  pairing: 'auto',
  teamSize: '1',
  minutes: '',
  difficulty: 'normal',
  ...over,
});

describe('live form → LiveConfig', () => {
  it('gives the config the protocol schema accepts, title trimmed, no time limit for empty minutes', () => {
    const config = liveConfigOf(form(), 'Default');
    expect(config).toEqual({
      ok: true,
      value: {
        title: '7B live',
        scenario: { shipped: 'us-japan-2025' },
        pairing: 'auto',
        teamSize: 1,
        meetingSeconds: 0,
        difficulty: 'normal',
      },
    });
    if (config.ok) expect(LiveConfigSchema.safeParse(config.value).success).toBe(true);
  });

  it('turns minutes into whole seconds, a comma as a decimal point, within the protocol limits', () => {
    expect(meetingSecondsOf('3')).toBe(180);
    expect(meetingSecondsOf(' 2,5 ')).toBe(150);
    expect(meetingSecondsOf('0.5')).toBe(30);
    expect(meetingSecondsOf('60')).toBe(MAX_MEETING_SECONDS);
    for (const bad of ['0.4', '61', '0', '-3', 'abc', '1e2', 'NaN', 'Infinity', '3 min'])
      expect(meetingSecondsOf(bad)).toBeNull();
    expect(liveConfigOf(form({ minutes: '61' }), 'D')).toEqual({
      ok: false,
      error: { code: 'MINUTES', min: 0.5, max: 60 },
    });
  });

  it('takes teams up to MAX_TEAM_SIZE a side and refuses more, fewer or nonsense', () => {
    const four = liveConfigOf(form({ teamSize: String(MAX_TEAM_SIZE), pairing: 'hand' }), 'D');
    expect(four.ok && four.value.teamSize).toBe(MAX_TEAM_SIZE);
    expect(four.ok && four.value.pairing).toBe('hand');
    for (const bad of ['0', String(MAX_TEAM_SIZE + 1), '', 'two', '1.5'])
      expect(liveConfigOf(form({ teamSize: bad }), 'D')).toEqual({
        ok: false,
        error: { code: 'TEAM_SIZE', max: MAX_TEAM_SIZE },
      });
  });

  it('names an untitled session with the default and cuts long titles to 80 characters', () => {
    const untitled = liveConfigOf(form({ title: '   ' }), 'Live class, 7 Dec 2026');
    expect(untitled.ok && untitled.value.title).toBe('Live class, 7 Dec 2026');
    const long = liveConfigOf(form({ title: 'é'.repeat(100) }), 'D');
    expect(long.ok && long.value.title).toBe('é'.repeat(80));
  });

  it('sends a designer file as its JSON text, and refuses when there is no scenario', () => {
    const file = liveConfigOf(form({ scenario: { json: '{"id":"x"}' } }), 'D');
    expect(file.ok && file.value.scenario).toEqual({ json: '{"id":"x"}' });
    expect(liveConfigOf(form({ scenario: null }), 'D')).toEqual({
      ok: false,
      error: { code: 'NO_SCENARIO' },
    });
  });

  it('lets the protocol schema refuse what it does not know (a pairing or difficulty from a tampered form)', () => {
    const pairing = liveConfigOf(form({ pairing: 'random' }), 'D');
    expect(pairing.ok).toBe(false);
    if (!pairing.ok)
      expect(pairing.error).toMatchObject({ code: 'INVALID', detail: expect.stringMatching(/^pairing: /) });
    const difficulty = liveConfigOf(form({ difficulty: 'godlike' }), 'D');
    expect(!difficulty.ok && difficulty.error.code).toBe('INVALID');
  });
});
