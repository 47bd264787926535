/**
 * The scenario file format, written in zod. The JSON Schema in `schema/scenario.schema.json` is generated
 * from this file (`npm run schema`), so editors autocomplete and underline scenario files. The schema's parts
 * live in modules: schema-base.ts (ids, texts, numbers, dates), schema-events.ts (meetings and events) and
 * schema-agent.ts (the computer's parameters, personalities, tactics and dialogue).
 *
 * Versions. `schemaVersion` 1 files load unchanged. Version 2 adds public red lines a party announces at the
 * start (`parties[].publicRedLines`), events that change a group's weights or red lines, the table, an economy
 * parameter or a party's deadline, and terms that take effect later or under a condition
 * (`issues[].levels[].takesEffect`); check.ts refuses these in a version 1 file.
 *
 * This schema checks the shape of a file. Cross-references (an issue named by a sector exists, levels are
 * ordered, weights are valid, ...) are checked by `compileScenario` in `compile.ts`, which reports every
 * problem at once with its JSON path.
 *
 * Limits. Every number, text and list has bounds, generous for a real scenario (the shipped ones use a small
 * part of each) but tight enough that no file can make the model overflow, divide by zero, loop for hours or
 * freeze a tab; they appear in the JSON Schema as minimum/maximum, maxLength, maxItems and maxProperties.
 * - ids and record keys: at most MAX_ID_LENGTH (64) characters; names, labels and titles: MAX_NAME_LENGTH
 *   (200); texts (descriptions, notes, dialogue lines, the debrief): MAX_TEXT_LENGTH (5,000).
 * - lists: LIMITS (issues 30, levels per issue 50, groups 20, sectors 100, meetings 50, events 100, sources
 *   500, lines of text 50, ...). These constants live in limits.ts, with the file's size and nesting limits.
 * - numbers, by kind: shares, chances, thresholds and tolerances 0..1; weights and influence 0.001..1000;
 *   level values ±100,000 (tariff levels 0..1000 %, checked in check.ts); trade flows 0..100,000 $B; base
 *   tariffs 0..1000 %; jobs per $1B ±1,000,000; approval points ±100 (baseline 0..100, scale 0..1000);
 *   elasticity 0..20; pass-through and compliance loss 0..1; concession exponents and difficulty factors
 *   0.01..100; band width 0.000001..1; candidates 1..10,000; learning rate 0.000001..10; event changes of
 *   influence ±1000, of threshold ±1, of approval ±100.
 */
import { CONCESSION_STYLES, METRICS } from '../model/vocabulary.ts';
import { MAX_ID_LENGTH } from './limits.ts';
import { agentSchemas } from './schema-agent.ts';
import {
  bounded,
  fraction,
  id,
  isoDate,
  LIMITS,
  list,
  name,
  note,
  record,
  shortText,
  sourceRef,
  text,
  weight,
  z,
} from './schema-base.ts';
import { eventSchemas } from './schema-events.ts';
import { presentationSchemas } from './schema-presentation.ts';

/** The newest schema version, which files should name. */
export const SCHEMA_VERSION = 2;
/** Every version this game reads: a version 1 file loads as it always did. */
export const SCHEMA_VERSIONS = [1, 2] as const;

export const ISSUE_KINDS = ['tariff', 'volume', 'policy'] as const;

/**
 * Builds every schema of the file format. Not at import: building them costs the page's start 10–20 ms of
 * main-thread time, and the title needs none (it compiles the shipped scenario the tests validated without the
 * schema: vouched.ts). `scenarioSchemas` builds them once, on first use.
 */
function buildSchemas() {
  const { AgentSchema, DialogueSchema, PersonalitySchema, TacticsSchema } = agentSchemas();
  const { EventEffectSchema, EventSchema, MeetingSchema } = eventSchemas();
  const { PARTY_PRESENTATION, SCENARIO_PRESENTATION } = presentationSchemas();

  const SourceSchema = z.strictObject({
    title: name.check(z.meta({ description: 'What the source is: publisher and title.' })),
    url: z.optional(shortText),
    date: z.optional(shortText),
    note: z
      .optional(note)
      .check(z.meta({ description: 'What this source supports, or how a figure was derived.' })),
  });

  /** A number that is a fact or a game parameter, from `min` to `max`, with the source it comes from. */
  const sourcedNumber = (min: number, max: number) =>
    z
      .strictObject({
        value: bounded(min, max),
        source: sourceRef,
        note: z.optional(note),
      })
      .check(
        z.meta({
          description: 'A number that is a fact or a game parameter, with the source it comes from.',
        }),
      );

  const LevelSchema = z.strictObject({
    id,
    label: name.check(z.meta({ description: 'What a player reads, e.g. "15% all-in".' })),
    value: bounded(-100_000, 100_000).check(
      z.meta({
        description:
          'The number the economy uses: the tariff in percent for a tariff issue (0 to 1000), the added flow in $B a year for a volume issue, a score for a policy issue.',
      }),
    ),
    note: z.optional(note),
    takesEffect: z
      .optional(
        z.strictObject({
          date: z.optional(
            isoDate.check(
              z.meta({ description: 'The day the term starts, YYYY-MM-DD (after the talks begin).' }),
            ),
          ),
          condition: z.optional(
            name.check(
              z.meta({
                description:
                  'What must happen first, as the debrief says it, e.g. "once the investment law passes".',
              }),
            ),
          ),
          source: z.optional(sourceRef),
        }),
      )
      .check(
        z.meta({
          description:
            '(schema version 2) A term that does not start with the deal: from a date, or once a condition is met (at least one of the two). The debrief and the economy projection say so.',
        }),
      ),
  });

  const IssueSchema = z.strictObject({
    id,
    name,
    description: text,
    owner: id.check(z.meta({ description: 'The party that concedes this issue.' })),
    kind: z.enum(ISSUE_KINDS).check(
      z.meta({
        description:
          'tariff: levels are tariff rates, falling as the owner concedes; volume: levels are added flows, rising as the owner concedes; policy: ordered steps.',
      }),
    ),
    unit: name.check(z.meta({ description: 'The unit of the level values, e.g. "%" or "$B/yr".' })),
    levels: list(LevelSchema, LIMITS.levels).check(
      z.minLength(2),
      z.meta({ description: "Ordered from the owner's smallest concession to its largest." }),
    ),
    onTable: z.optional(z.boolean()).check(
      z.meta({
        description: 'False: the issue starts off the table and a side must link it (a tactic) first.',
      }),
    ),
    linkApprovalCost: z.optional(record(bounded(-100, 100), LIMITS.keys)).check(
      z.meta({
        description:
          'Approval points each party loses at home when this issue is linked to the talks, whichever side links it.',
      }),
    ),
    source: sourceRef,
  });

  const MetricConcernSchema = z.strictObject({
    kind: z.literal('metric'),
    metric: z.enum(METRICS).check(
      z.meta({
        description:
          'jobs: jobs gained or lost by `party`; trade: flow in $B; revenue: tariff revenue of `party`; consumer-cost: extra cost to buyers in `party`; balance: trade balance of `party`.',
      }),
    ),
    party: z.optional(id),
    sectors: z
      .optional(list(id, LIMITS.sectors))
      .check(z.meta({ description: 'Only these sectors; all sectors when left out.' })),
    prefer: z.enum(['more', 'less']),
    weight: weight(),
  });

  const IssueConcernSchema = z.strictObject({
    kind: z.literal('issue'),
    issue: id,
    values: list(fraction, LIMITS.levels).check(
      z.meta({
        description: 'How much the group likes each level of the issue, from 0 to 1, in level order.',
      }),
    ),
    weight: weight(),
  });

  const ConcernSchema = z.discriminatedUnion('kind', [MetricConcernSchema, IssueConcernSchema]);

  const RedLineSchema = z.strictObject({
    issue: id,
    level: id,
    bound: z.enum(['at-most', 'at-least']).check(
      z.meta({
        description:
          "at-most: the issue's owner may concede at most this level; at-least: at least this level.",
      }),
    ),
    quote: z.optional(note).check(z.meta({ description: 'The public words that drew this line.' })),
    quoteBy: z.optional(shortText).check(z.meta({ description: 'Who said the quote, and when.' })),
    source: z.optional(sourceRef),
  });

  const GroupSchema = z.strictObject({
    id,
    name,
    description: text,
    influence: weight().check(z.meta({ description: "The group's weight at home (private to its party)." })),
    tolerance: fraction.check(
      z.meta({ description: 'How far below its no-deal satisfaction the group still backs a deal.' }),
    ),
    concerns: list(ConcernSchema, LIMITS.concerns).check(z.minLength(1)),
    redLines: z.optional(list(RedLineSchema, LIMITS.redLines)),
    source: sourceRef,
  });

  // A group's red line, announced by its party: only its quote's hint differs.
  const PublicRedLineSchema = z.strictObject({
    ...RedLineSchema.shape,
    quote: z.optional(note).check(z.meta({ description: 'The public words that announced this line.' })),
  });

  const PartySchema = z.strictObject({
    id,
    name,
    shortName: name,
    leader: name,
    negotiator: name,
    description: text,
    groups: list(GroupSchema, LIMITS.groups).check(z.minLength(1)),
    ratification: z.strictObject({
      threshold: fraction.check(
        z.meta({ description: 'Share of weighted group support a deal needs at home.' }),
      ),
      source: sourceRef,
    }),
    approval: z.strictObject({
      baseline: bounded(0, 100).check(
        z.meta({ description: 'Approval (percent) of the government at the start.' }),
      ),
      scale: bounded(0, 1000).check(
        z.meta({ description: 'Approval points per unit of weighted group satisfaction above no-deal.' }),
      ),
      source: sourceRef,
    }),
    personality: z
      .enum(CONCESSION_STYLES)
      .check(z.meta({ description: 'How the computer concedes when it plays this party.' })),
    publicRedLines: z.optional(list(PublicRedLineSchema, LIMITS.redLines)).check(
      z.meta({
        description:
          '(schema version 2) Red lines the party announces before the talks, e.g. no opening of the rice market: both sides know them from the start, the party may not offer across them, and crossing one loses every group at its ratification (like a red line drawn during play, which the party may still draw).',
      }),
    ),
    ...PARTY_PRESENTATION,
  });

  const SectorSchema = z.strictObject({
    id,
    name,
    exporter: id,
    importer: id,
    baseline: bounded(0, 100_000).check(z.meta({ description: 'Trade flow in the base year, $B.' })),
    baseTariff: z
      .optional(bounded(0, 1000))
      .check(z.meta({ description: 'Tariff before 2025 (MFN), percent.' })),
    issue: id.check(
      z.meta({ description: 'The issue that drives this sector: its tariff, or the flow it adds.' }),
    ),
    jobsPerBillion: record(bounded(-1_000_000, 1_000_000), LIMITS.keys).check(
      z.meta({ description: 'Jobs each party gains per $1B more of this flow (negative: jobs lost).' }),
    ),
    source: sourceRef,
  });

  const EconomySchema = z.strictObject({
    elasticity: sourcedNumber(0, 20).check(
      z.meta({ description: 'Import demand elasticity (positive number).' }),
    ),
    importPassThrough: sourcedNumber(0, 1),
    retailPassThrough: sourcedNumber(0, 1),
    complianceLoss: sourcedNumber(0, 1),
    sectors: list(SectorSchema, LIMITS.sectors).check(z.minLength(1)),
  });

  const PackageSchema = record(z.string().check(z.maxLength(MAX_ID_LENGTH)), LIMITS.keys).check(
    z.meta({ description: 'A level id for every issue id.' }),
  );

  const ScenarioSchema = z.strictObject({
    $schema: z.optional(shortText),
    schemaVersion: z.union([z.literal(1), z.literal(2)]).check(
      z.meta({
        description: 'The schema version the file is written in: 1 or 2 (2 adds the fields marked so).',
      }),
    ),
    id,
    version: name.check(z.meta({ description: 'The content version; result codes name it.' })),
    title: name,
    summary: text,
    sources: record(SourceSchema, LIMITS.sources),
    parties: z.array(PartySchema).check(z.length(2)),
    firstMover: id,
    issues: list(IssueSchema, LIMITS.issues).check(z.minLength(1)),
    economy: EconomySchema,
    noDeal: z.strictObject({ description: text, package: PackageSchema, source: sourceRef }),
    meetings: list(MeetingSchema, LIMITS.meetings).check(z.minLength(1)),
    deadline: z.optional(
      z.strictObject({ date: isoDate, description: text, source: sourceRef }).check(
        z.meta({
          description:
            'When time runs out (after the last meeting): what then takes effect, with its source.',
        }),
      ),
    ),
    events: list(EventSchema, LIMITS.events),
    agent: AgentSchema,
    personalities: z.optional(list(PersonalitySchema, LIMITS.personalities)).check(
      z.meta({
        description:
          "The computer's personalities: each game picks one for the computer from its seed, and the debrief names it.",
      }),
    ),
    tactics: TacticsSchema,
    dialogue: record(DialogueSchema, LIMITS.keys),
    historicalDeal: z.optional(
      z.strictObject({ date: shortText, description: text, package: PackageSchema, source: sourceRef }),
    ),
    debrief: z.strictObject({
      whatHappened: list(text, LIMITS.lines),
      questions: list(text, LIMITS.lines).check(z.minLength(1)),
    }),
    ...SCENARIO_PRESENTATION,
  });
  return {
    SourceSchema,
    LevelSchema,
    IssueSchema,
    MetricConcernSchema,
    IssueConcernSchema,
    ConcernSchema,
    RedLineSchema,
    GroupSchema,
    PublicRedLineSchema,
    PartySchema,
    SectorSchema,
    EconomySchema,
    PackageSchema,
    ScenarioSchema,
    EventSchema,
    EventEffectSchema,
    PersonalitySchema,
  };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | null = null;

/** The file format's schemas, built on first use. */
export const scenarioSchemas = (): Schemas => {
  built ??= buildSchemas();
  return built;
};

/** Whether the schemas have been built (the title's start builds none: test/app/shipped-vouched.test.ts). */
export const schemasBuilt = (): boolean => built !== null;

type Built = Schemas['ScenarioSchema'];

/** A scenario file's schema, to parse with: `scenarioSchemas().ScenarioSchema`, built on first use. */
export const ScenarioSchema: Pick<Built, 'parse' | 'safeParse'> = {
  parse: (value, params) => scenarioSchemas().ScenarioSchema.parse(value, params),
  safeParse: (value, params) => scenarioSchemas().ScenarioSchema.safeParse(value, params),
};

export type ScenarioData = z.infer<Schemas['ScenarioSchema']>;
export type PartyData = z.infer<Schemas['PartySchema']>;
export type IssueData = z.infer<Schemas['IssueSchema']>;
export type GroupData = z.infer<Schemas['GroupSchema']>;
export type ConcernData = z.infer<Schemas['ConcernSchema']>;
export type SectorData = z.infer<Schemas['SectorSchema']>;
export type EventData = z.infer<Schemas['EventSchema']>;
export type EventEffectData = z.infer<Schemas['EventEffectSchema']>;
export type PersonalityData = z.infer<Schemas['PersonalitySchema']>;
