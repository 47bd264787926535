/**
 * The JSON Schema of scenario files, generated from the zod schema (`schema.ts`) with zod 4's built-in
 * `z.toJSONSchema`. `npm run schema` writes it to `schema/scenario.schema.json`, which every scenario file names
 * in its `$schema` property so editors autocomplete and underline it; a content test compares the committed
 * file with this function's output.
 *
 * Draft-07 is the target because VS Code's JSON language service supports it fully. The output is stable: the
 * same zod schema always gives the same text, byte for byte.
 */
// zod/mini's toJSONSchema is core's, the same function classic zod exports; schema.ts is written in zod/mini.
import * as z from 'zod/mini';
import { SCHEMA_VERSION, scenarioSchemas } from './schema.ts';
import { TranslationSchema } from './translation.ts';

/** Where the generated schema lives, relative to the project root. */
export const SCENARIO_JSON_SCHEMA_PATH = 'schema/scenario.schema.json';

/** The schema's identifier: a URN, since the project has no web address of its own. */
export const SCENARIO_JSON_SCHEMA_ID = `urn:tariff-talks:scenario-schema:v${SCHEMA_VERSION}`;

/**
 * A file format's JSON Schema from its zod schema, with its identifier, title and description first. The files
 * are input: they describe what an author may write; anything unrepresentable is a bug in the zod schema.
 */
function fileJsonSchema(
  schema: ReturnType<typeof scenarioSchemas>['ScenarioSchema'] | typeof TranslationSchema,
  head: { readonly $id: string; readonly title: string; readonly description: string },
): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, ...head, ...rest };
}

/** The JSON Schema as an object. */
export const scenarioJsonSchema = (): Record<string, unknown> =>
  fileJsonSchema(scenarioSchemas().ScenarioSchema, {
    $id: SCENARIO_JSON_SCHEMA_ID,
    title: 'Tariff Talks scenario',
    description: `A scenario file of Tariff Talks (schema version ${SCHEMA_VERSION}). Generated from src/content/schema.ts by \`npm run schema\`: do not edit by hand.`,
  });

/** The JSON Schema as the text of `schema/scenario.schema.json`: two-space indentation and a final newline. */
export function generateScenarioJsonSchema(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

/** Where the generated schema of translation files lives, relative to the project root. */
export const TRANSLATION_JSON_SCHEMA_PATH = 'schema/translation.schema.json';

/** The translation schema's identifier. */
export const TRANSLATION_JSON_SCHEMA_ID = 'urn:tariff-talks:translation-schema:v1';

/** The JSON Schema of translation files (`<scenario>.<lang>.json`, translation.ts) as an object. */
export const translationJsonSchema = (): Record<string, unknown> =>
  fileJsonSchema(TranslationSchema, {
    $id: TRANSLATION_JSON_SCHEMA_ID,
    title: 'Tariff Talks scenario translation',
    description:
      'The texts of a scenario in another language, keyed by JSON Pointer into the scenario file. Generated from src/content/translation.ts by `npm run schema`: do not edit by hand.',
  });

/** The JSON Schema as the text of `schema/translation.schema.json`. */
export function generateTranslationJsonSchema(): string {
  return `${JSON.stringify(translationJsonSchema(), null, 2)}\n`;
}
