/**
 * The game's page carries only the game's messages (`GAME_EN`, and `GAME_JA` when shown in Japanese): the
 * teacher's page's and the workbench's come in through src/i18n/page-catalog.ts, which no module of the game
 * imports. These tests keep it so: a game module that used a teacher's or designer's key would show the bare key.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/app/language.ts';
import { GAME_EN, t } from '../../src/i18n/catalog.ts';
import { EN } from '../../src/i18n/en/index.ts';
import { GAME_JA } from '../../src/i18n/ja/game.ts';
import { JA } from '../../src/i18n/ja/index.ts';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
/** Folders whose modules belong to the teacher's page or the workbench (or are the catalogs themselves). */
const NOT_GAME = ['teacher', 'designer', 'i18n'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return NOT_GAME.includes(relative(SRC, path)) ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const pageKeys = Object.keys(EN).filter((key) => !Object.hasOwn(GAME_EN, key));

describe("the game's catalog", () => {
  afterEach(() => useLanguage('en'));

  it('leaves out the teacher’s and the designer’s messages, and only those', () => {
    expect(pageKeys.length).toBeGreaterThan(400);
    expect(
      pageKeys.every((key) => /^(teacher|teacherLive|designer)\./.test(key)),
      pageKeys.join(),
    ).toBe(true);
    expect(Object.keys(GAME_EN).filter((key) => /^(teacher|teacherLive|designer)\./.test(key))).toEqual([]);
  });

  it('has a Japanese message for every English one', () => {
    expect(Object.keys(GAME_JA).sort()).toEqual(Object.keys(GAME_EN).sort());
    expect(Object.keys(JA).sort()).toEqual(Object.keys(EN).sort());
  });

  it('is never given the other pages’ messages by a module of the game', () => {
    const offenders = sources(SRC).flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      const name = relative(SRC, path);
      const imports = /i18n\/(page-catalog|en\/index|ja\/index)(\.ts)?['"]/.test(text)
        ? [`${name} imports it`]
        : [];
      const keys = pageKeys.filter((key) => text.includes(`'${key}'`) || text.includes(`\`${key}`));
      return [...imports, ...keys.map((key) => `${name} uses ${key}`)];
    });
    expect(offenders).toEqual([]);
  });

  it('is what the teacher’s page and the workbench never take `t` from: they import the whole catalog', () => {
    const pageSources = ['teacher', 'designer'].flatMap((folder) =>
      readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.ts'))
        .map((name) => join(SRC, folder, name)),
    );
    expect(pageSources.length).toBeGreaterThan(20);
    const direct = pageSources
      .filter((path) => /from '(\.\.\/)+i18n\/catalog(\.ts)?'/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(SRC, path));
    expect(direct, 'import from src/i18n/page-catalog.ts instead').toEqual([]);
  });

  it('switches to the game’s Japanese messages on the game’s page (a teacher’s key is not there)', async () => {
    await useLanguage('ja');
    expect(t('title.newGame')).toBe(GAME_JA['title.newGame']);
    expect(t('teacher.verify.deadline')).toBe('teacher.verify.deadline');
    await useLanguage('en');
    expect(t('title.newGame')).toBe(GAME_EN['title.newGame']);
  });
});
