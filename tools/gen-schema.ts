/**
 * Writes the JSON Schemas of scenario files and of their translation files, generated from the zod schemas, to
 * schema/scenario.schema.json and schema/translation.schema.json.
 *
 *   npm run schema               write the file
 *   npm run schema -- --check    exit 1 with one line if a committed file differs from what would be written
 *
 * Exit codes: 0 success (or up to date), 1 out of date, 2 bad arguments or a file that cannot be read or written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  generateScenarioJsonSchema,
  generateTranslationJsonSchema,
  SCENARIO_JSON_SCHEMA_PATH,
  TRANSLATION_JSON_SCHEMA_PATH,
} from '../src/content/json-schema.ts';

const USAGE = `Usage: npm run schema [-- --check]

Writes ${SCENARIO_JSON_SCHEMA_PATH} from src/content/schema.ts and ${TRANSLATION_JSON_SCHEMA_PATH} from
src/content/translation.ts.
  --check   do not write; exit 1 if a file is missing or differs from what would be written
  --help    show this help`;

const ROOT = resolve(import.meta.dirname, '..');
const TARGETS = [
  { path: SCENARIO_JSON_SCHEMA_PATH, generate: generateScenarioJsonSchema },
  { path: TRANSLATION_JSON_SCHEMA_PATH, generate: generateTranslationJsonSchema },
] as const;

function fail(message: string, code: number): never {
  process.stderr.write(`gen-schema: ${message}\n`);
  process.exit(code);
}

function main(): void {
  let check = false;
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    check = values.check === true;
  } catch (error) {
    fail(`${error instanceof Error ? error.message.split('\n')[0] : String(error)} (see --help)`, 2);
  }

  for (const target of TARGETS) {
    const file = resolve(ROOT, target.path);
    const text = target.generate();
    if (check) {
      let current: string | null = null;
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        current = null;
      }
      if (current === text) continue;
      fail(
        `${target.path} is ${current === null ? 'missing' : 'out of date'}: run \`npm run schema\` and commit it`,
        1,
      );
    }
    try {
      writeFileSync(file, text);
    } catch (error) {
      fail(`cannot write ${target.path}: ${error instanceof Error ? error.message : String(error)}`, 2);
    }
    process.stdout.write(`wrote ${target.path}\n`);
  }
}

main();
