/**
 * Writes the JSON Schema of scenario files, generated from the zod schema, to schema/scenario.schema.json.
 *
 *   npm run schema               write the file
 *   npm run schema -- --check    exit 1 with one line if the committed file differs from what would be written
 *
 * Exit codes: 0 success (or up to date), 1 out of date, 2 bad arguments or a file that cannot be read or written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateScenarioJsonSchema, SCENARIO_JSON_SCHEMA_PATH } from '../src/content/json-schema.ts';

const USAGE = `Usage: npm run schema [-- --check]

Writes ${SCENARIO_JSON_SCHEMA_PATH} from src/content/schema.ts.
  --check   do not write; exit 1 if the file is missing or differs from what would be written
  --help    show this help`;

const ROOT = resolve(import.meta.dirname, '..');
const TARGET = resolve(ROOT, SCENARIO_JSON_SCHEMA_PATH);

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

  const text = generateScenarioJsonSchema();
  if (check) {
    let current: string | null = null;
    try {
      current = readFileSync(TARGET, 'utf8');
    } catch {
      current = null;
    }
    if (current === text) return;
    fail(
      `${SCENARIO_JSON_SCHEMA_PATH} is ${current === null ? 'missing' : 'out of date'}: run \`npm run schema\` and commit it`,
      1,
    );
  }
  try {
    writeFileSync(TARGET, text);
  } catch (error) {
    fail(
      `cannot write ${SCENARIO_JSON_SCHEMA_PATH}: ${error instanceof Error ? error.message : String(error)}`,
      2,
    );
  }
  process.stdout.write(`wrote ${SCENARIO_JSON_SCHEMA_PATH}\n`);
}

main();
