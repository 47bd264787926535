/**
 * `npm run scenario -- check` also checks the translation files beside a scenario (or the one named): each
 * problem with its path, a summary line, exit 0 on warnings and 1 when a translation file cannot be used.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot, readText } from '../helpers.ts';
import { lines, noStack, runTool, TOOL_TIMEOUT_MS, tempFile } from './run-tool.ts';

const TOOL = 'tools/scenario.ts';
const TUTORIAL = 'src/content/scenarios/tutorial.json';

/** A copy of the tutorial in a fresh directory, with these translation files beside it. */
function tutorialWith(translations: Record<string, string>): string {
  const path = tempFile('tutorial.json', readText(TUTORIAL));
  for (const [name, text] of Object.entries(translations)) writeFileSync(join(dirname(path), name), text);
  return path;
}

describe('scenario check with translations', () => {
  it(
    'checks the shipped Japanese translation beside the tutorial: complete, exit 0',
    async () => {
      const run = await runTool(TOOL, ['check', TUTORIAL]);
      expect(run.code).toBe(0);
      expect(lines(run.stdout)).toEqual([
        `${TUTORIAL}: 0 errors, 0 warnings — ok`,
        'src/content/scenarios/tutorial.ja.json: 160 of 160 texts translated, 0 errors, 0 warnings — ok',
      ]);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'lists a translation’s warnings with their paths and still exits 0; a broken one is an error (exit 1)',
    async () => {
      const ja = JSON.parse(readText('src/content/scenarios/tutorial.ja.json'));
      delete ja.texts['/summary'];
      ja.texts['/dialogue/us/accept/0'] = '{issue}で合意だ。';
      ja.texts['/issues/0/id'] = 'kuruma';
      ja.texts['/issues/9/name'] = '存在しない';
      const path = tutorialWith({ 'tutorial.ja.json': JSON.stringify(ja, null, 2) });
      const dir = dirname(path);
      const warned = await runTool(TOOL, ['check', path]);
      expect(warned.code).toBe(0);
      expect(lines(warned.stdout)).toEqual([
        `${path}: 0 errors, 0 warnings — ok`,
        'warning MISSING_TEXT /summary: no translation: the base text is shown',
        'warning PLACEHOLDER_MISMATCH /dialogue/us/accept/0: the translation has {issue}, the base text no placeholder: the base text is shown',
        'warning NOT_TEXT /issues/0/id: not a text (an id, a number, a date …): it is never translated',
        'warning UNKNOWN_PATH /issues/9/name: the scenario has nothing at this path',
        `${join(dir, 'tutorial.ja.json')}: 158 of 160 texts translated, 0 errors, 4 warnings — ok`,
      ]);

      writeFileSync(
        join(dir, 'tutorial.fr.json'),
        '{ "scenario": "tutorial", "lang": "fr", "texts": { "title": "x" } }',
      );
      const broken = await runTool(TOOL, ['check', path, '--lang', 'fr']);
      expect(broken.code).toBe(1);
      expect(lines(broken.stdout)).toEqual([
        `${path}: 0 errors, 0 warnings — ok`,
        'error SHAPE $.texts.title: a key is a JSON Pointer into the scenario, e.g. "/issues/0/name"',
        `${join(dir, 'tutorial.fr.json')}: 1 error, 0 warnings — not used`,
      ]);
      noStack(broken.stderr);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'checks a translation file named as the second argument, wherever it is',
    async () => {
      const elsewhere = tempFile('japanese.json', readText('src/content/scenarios/tutorial.ja.json'));
      copyFileSync(fromRoot(TUTORIAL), join(dirname(elsewhere), 'tutorial.json'));
      const run = await runTool(TOOL, ['check', join(dirname(elsewhere), 'tutorial.json'), elsewhere]);
      expect(run.code).toBe(0);
      expect(lines(run.stdout).at(-1)).toBe(
        `${elsewhere}: 160 of 160 texts translated, 0 errors, 0 warnings — ok`,
      );
    },
    TOOL_TIMEOUT_MS,
  );
});
