/**
 * The teacher's side of the page language: a session link that fixes the students' language (and the game
 * reading it), the session keeping that choice in the teacher's data, and the drafts a language switch carries
 * over its reload.
 */
import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../src/app/language.ts';
import { decodeSession } from '../../src/model/code/session-link.ts';
import { DRAFTS_KEY, takeDrafts } from '../../src/teacher/language-switch.ts';
import { sessionLink } from '../../src/teacher/session-ids.ts';
import { emptyData, parseData, type StoredSession, serializeData } from '../../src/teacher/store.ts';
import { loadScenario, testSession } from '../helpers.ts';

const US_JAPAN = loadScenario('src/content/scenarios/us-japan-2025.json');
const SESSION = testSession(US_JAPAN, { title: '3年B組' });
const BASE = 'https://school.example/tariff-talks/teacher.html?lang=ja';

describe('sessionLink', () => {
  it('adds lang= when the students’ language is fixed, and the game then opens in it', () => {
    const link = new URL(sessionLink(SESSION, BASE, 'ja'));
    expect(link.pathname).toBe('/tariff-talks/index.html');
    expect(link.searchParams.get('lang')).toBe('ja');
    const session = decodeSession(link.searchParams.get('session') ?? '');
    expect(session.ok && session.value).toEqual(SESSION);
    // The link wins over a student's stored English and an English browser.
    expect(chooseLanguage({ search: link.search, stored: 'en', browser: ['en-GB'] })).toBe('ja');
    expect(new URL(sessionLink(SESSION, BASE, 'en')).searchParams.get('lang')).toBe('en');
  });

  it('has no lang without a fixed language (the teacher page’s own ?lang= is not passed on)', () => {
    const link = new URL(sessionLink(SESSION, BASE));
    expect(link.searchParams.has('lang')).toBe(false);
    expect(chooseLanguage({ search: link.search, stored: null, browser: ['ja-JP'] })).toBe('ja');
    expect(chooseLanguage({ search: link.search, stored: null, browser: ['en-US'] })).toBe('en');
  });
});

describe('a stored session’s students’ language', () => {
  const stored = (extra: Record<string, unknown>) =>
    ({
      session: SESSION,
      created: '2025-07-22T09:00:00.000Z',
      scenarioFile: null,
      ...extra,
    }) as StoredSession;

  it('is kept in the teacher’s data, and absent when not chosen', () => {
    const data = { ...emptyData(), sessions: [stored({ studentLanguage: 'ja' }), stored({})] };
    const read = parseData(serializeData(data));
    expect(read.ok && read.value.sessions.map((s) => s.studentLanguage)).toEqual(['ja', undefined]);
  });

  it('refuses a language the game does not have, with where it is', () => {
    const read = parseData(serializeData({ ...emptyData(), sessions: [stored({ studentLanguage: 'fr' })] }));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error.details[0]).toMatch(/^\$\.sessions\[0\]\.studentLanguage: /);
  });
});

describe('takeDrafts', () => {
  const storage = (value: string | null) => {
    const store = new Map<string, string>(value === null ? [] : [[DRAFTS_KEY, value]]);
    return {
      getItem: (key: string) => store.get(key) ?? null,
      removeItem: (key: string) => void store.delete(key),
      has: () => store.has(DRAFTS_KEY),
    };
  };
  const drafts = [
    { id: 'tt-codes', value: 'TT1abc\nTT1def' },
    { id: 'tt-session-title', value: '3年B組' },
  ];

  it('gives back what the switch kept, once', () => {
    const s = storage(JSON.stringify({ at: 1_000, drafts }));
    expect(takeDrafts(s, 5_000)).toEqual(drafts);
    expect(s.has()).toBe(false);
    expect(takeDrafts(s, 5_000)).toEqual([]);
  });

  it.each([
    ['nothing kept', null, 5_000],
    ['not JSON', '{', 5_000],
    ['not an object', '[1]', 5_000],
    ['kept long ago (not this reload)', JSON.stringify({ at: 1_000, drafts }), 1_000 + 60_000],
    ['kept in the future', JSON.stringify({ at: 9_000, drafts }), 5_000],
  ])('gives nothing back when %s, and removes it', (_name, value, now) => {
    const s = storage(value);
    expect(takeDrafts(s, now)).toEqual([]);
    expect(s.has()).toBe(false);
  });

  it('drops damaged entries and keeps the rest', () => {
    const s = storage(JSON.stringify({ at: 0, drafts: [drafts[0], { id: 3 }, null, { id: 'x' }] }));
    expect(takeDrafts(s, 10)).toEqual([drafts[0]]);
  });

  it('never throws when the storage does', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
    };
    expect(takeDrafts(broken, 0)).toEqual([]);
    expect(takeDrafts(null, 0)).toEqual([]);
  });
});
