/**
 * The scenario file format, written in zod. The JSON Schema in `schema/scenario.schema.json` is generated
 * from this file (`npm run schema`), so editors autocomplete and underline scenario files.
 *
 * This schema checks the shape of a file. Cross-references (an issue named by a sector exists, levels are
 * ordered, weights are valid, ...) are checked by `compileScenario` in `compile.ts`, which reports every
 * problem at once with its JSON path.
 */
import * as z from 'zod/mini';

// zod/mini, not classic zod: its functions tree-shake, so this schema and the zod it uses cost the bundle ~12 KB
// gzipped instead of ~28.
// The pages' Content-Security-Policy allows no eval: zod must not compile parsers with `new Function`.
z.config({ jitless: true });
// zod/mini loads no locale: without this, every message would be a bare "Invalid input". Classic zod loads
// English by itself; the designers' CLI and the game show these messages.
z.config(z.locales.en());

export const SCHEMA_VERSION = 1;

const id = z
  .string()
  .check(
    z.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and dashes'),
    z.meta({ description: 'An identifier: lower-case letters, digits and dashes.' }),
  );
const text = z.string().check(z.minLength(1));
const sourceRef = z
  .string()
  .check(z.minLength(1), z.meta({ description: 'A key of the top-level `sources` object.' }));
const fraction = z.number().check(z.gte(0), z.lte(1));

export const SourceSchema = z.strictObject({
  title: text.check(z.meta({ description: 'What the source is: publisher and title.' })),
  url: z.optional(z.string()),
  date: z.optional(z.string()),
  note: z
    .optional(z.string())
    .check(z.meta({ description: 'What this source supports, or how a figure was derived.' })),
});

export const SourcedNumberSchema = z
  .strictObject({
    value: z.number(),
    source: sourceRef,
    note: z.optional(z.string()),
  })
  .check(
    z.meta({ description: 'A number that is a fact or a game parameter, with the source it comes from.' }),
  );

export const LevelSchema = z.strictObject({
  id,
  label: text.check(z.meta({ description: 'What a player reads, e.g. "15% all-in".' })),
  value: z.number().check(
    z.meta({
      description:
        'The number the economy uses: the tariff in percent for a tariff issue, the added flow in $B a year for a volume issue, a score for a policy issue.',
    }),
  ),
  note: z.optional(z.string()),
});

export const ISSUE_KINDS = ['tariff', 'volume', 'policy'] as const;

export const IssueSchema = z.strictObject({
  id,
  name: text,
  description: text,
  owner: id.check(z.meta({ description: 'The party that concedes this issue.' })),
  kind: z.enum(ISSUE_KINDS).check(
    z.meta({
      description:
        'tariff: levels are tariff rates, falling as the owner concedes; volume: levels are added flows, rising as the owner concedes; policy: ordered steps.',
    }),
  ),
  unit: text.check(z.meta({ description: 'The unit of the level values, e.g. "%" or "$B/yr".' })),
  levels: z
    .array(LevelSchema)
    .check(
      z.minLength(2),
      z.meta({ description: "Ordered from the owner's smallest concession to its largest." }),
    ),
  onTable: z.optional(z.boolean()).check(
    z.meta({
      description: 'False: the issue starts off the table and a side must link it (a tactic) first.',
    }),
  ),
  linkApprovalCost: z.optional(z.record(z.string(), z.number())).check(
    z.meta({
      description:
        'Approval points each party loses at home when this issue is linked to the talks, whichever side links it.',
    }),
  ),
  source: sourceRef,
});

export const METRICS = ['jobs', 'trade', 'revenue', 'consumer-cost', 'balance'] as const;

export const MetricConcernSchema = z.strictObject({
  kind: z.literal('metric'),
  metric: z.enum(METRICS).check(
    z.meta({
      description:
        'jobs: jobs gained or lost by `party`; trade: flow in $B; revenue: tariff revenue of `party`; consumer-cost: extra cost to buyers in `party`; balance: trade balance of `party`.',
    }),
  ),
  party: z.optional(id),
  sectors: z
    .optional(z.array(id))
    .check(z.meta({ description: 'Only these sectors; all sectors when left out.' })),
  prefer: z.enum(['more', 'less']),
  weight: z.number().check(z.positive()),
});

export const IssueConcernSchema = z.strictObject({
  kind: z.literal('issue'),
  issue: id,
  values: z.array(fraction).check(
    z.meta({
      description: 'How much the group likes each level of the issue, from 0 to 1, in level order.',
    }),
  ),
  weight: z.number().check(z.positive()),
});

export const ConcernSchema = z.discriminatedUnion('kind', [MetricConcernSchema, IssueConcernSchema]);

export const RedLineSchema = z.strictObject({
  issue: id,
  level: id,
  bound: z.enum(['at-most', 'at-least']).check(
    z.meta({
      description:
        "at-most: the issue's owner may concede at most this level; at-least: at least this level.",
    }),
  ),
  quote: z.optional(z.string()).check(z.meta({ description: 'The public words that drew this line.' })),
  quoteBy: z.optional(z.string()).check(z.meta({ description: 'Who said the quote, and when.' })),
  source: z.optional(sourceRef),
});

export const GroupSchema = z.strictObject({
  id,
  name: text,
  description: text,
  influence: z
    .number()
    .check(z.positive(), z.meta({ description: "The group's weight at home (private to its party)." })),
  tolerance: z
    .number()
    .check(
      z.gte(0),
      z.lte(1),
      z.meta({ description: 'How far below its no-deal satisfaction the group still backs a deal.' }),
    ),
  concerns: z.array(ConcernSchema).check(z.minLength(1)),
  redLines: z.optional(z.array(RedLineSchema)),
  source: sourceRef,
});

export const CONCESSION_STYLES = ['boulware', 'linear', 'conceder'] as const;

export const PartySchema = z.strictObject({
  id,
  name: text,
  shortName: text,
  leader: text,
  negotiator: text,
  description: text,
  groups: z.array(GroupSchema).check(z.minLength(1)),
  ratification: z.strictObject({
    threshold: fraction.check(
      z.meta({ description: 'Share of weighted group support a deal needs at home.' }),
    ),
    source: sourceRef,
  }),
  approval: z.strictObject({
    baseline: z
      .number()
      .check(
        z.gte(0),
        z.lte(100),
        z.meta({ description: 'Approval (percent) of the government at the start.' }),
      ),
    scale: z
      .number()
      .check(
        z.gte(0),
        z.meta({ description: 'Approval points per unit of weighted group satisfaction above no-deal.' }),
      ),
    source: sourceRef,
  }),
  personality: z
    .enum(CONCESSION_STYLES)
    .check(z.meta({ description: 'How the computer concedes when it plays this party.' })),
});

export const SectorSchema = z.strictObject({
  id,
  name: text,
  exporter: id,
  importer: id,
  baseline: z.number().check(z.gte(0), z.meta({ description: 'Trade flow in the base year, $B.' })),
  baseTariff: z
    .optional(z.number().check(z.gte(0)))
    .check(z.meta({ description: 'Tariff before 2025 (MFN), percent.' })),
  issue: id.check(
    z.meta({ description: 'The issue that drives this sector: its tariff, or the flow it adds.' }),
  ),
  jobsPerBillion: z
    .record(z.string(), z.number())
    .check(z.meta({ description: 'Jobs each party gains per $1B more of this flow (negative: jobs lost).' })),
  source: sourceRef,
});

export const EconomySchema = z.strictObject({
  elasticity: SourcedNumberSchema.check(
    z.meta({ description: 'Import demand elasticity (positive number).' }),
  ),
  importPassThrough: SourcedNumberSchema,
  retailPassThrough: SourcedNumberSchema,
  complianceLoss: SourcedNumberSchema,
  sectors: z.array(SectorSchema).check(z.minLength(1)),
});

export const PackageSchema = z
  .record(z.string(), z.string())
  .check(z.meta({ description: 'A level id for every issue id.' }));

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD'));

export const MeetingSchema = z.strictObject({
  id,
  date: isoDate,
  title: text,
  description: text,
  source: sourceRef,
});

export const EventEffectSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('set-no-deal'), issue: id, level: id }),
  z.strictObject({ op: z.literal('adjust-influence'), party: id, group: id, by: z.number() }),
  z.strictObject({ op: z.literal('adjust-threshold'), party: id, by: z.number() }),
  z.strictObject({ op: z.literal('adjust-approval'), party: id, by: z.number() }),
]);

export const EventSchema = z.strictObject({
  id,
  title: text,
  date: z.optional(z.string()),
  text: text,
  afterMeeting: z
    .strictObject({ from: id, to: id })
    .check(
      z.meta({ description: 'The event can fire after any meeting from `from` to `to` (meeting ids).' }),
    ),
  chance: fraction.check(
    z.meta({ description: 'Chance to fire after each eligible meeting until it has fired once.' }),
  ),
  effects: z.array(EventEffectSchema).check(z.minLength(1)),
  source: sourceRef,
});

export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const;

const DifficultySchema = z.strictObject({
  exponentFactor: z
    .number()
    .check(
      z.positive(),
      z.meta({ description: 'Multiplies the concession exponent e: above 1 the computer concedes sooner.' }),
    ),
  minTarget: fraction.check(
    z.meta({
      description:
        "How far above no-deal the computer's lowest target stays: Pmin = r + minTarget · (Pmax − r).",
    }),
  ),
});

export const AgentSchema = z.strictObject({
  concessionExponents: z
    .strictObject({
      boulware: z.number().check(z.positive()),
      linear: z.number().check(z.positive()),
      conceder: z.number().check(z.positive()),
    })
    .check(z.meta({ description: 'e in f(t) = t^(1/e) for each concession style.' })),
  difficulty: z.strictObject({ easy: DifficultySchema, normal: DifficultySchema, hard: DifficultySchema }),
  acceptanceTime: fraction.check(
    z.meta({ description: 'T in AC_combi: after it, accept the best offer seen lately.' }),
  ),
  bandWidth: z
    .number()
    .check(z.positive(), z.meta({ description: 'Width of the utility band bids are drawn from.' })),
  candidates: z
    .number()
    .check(z.int(), z.positive(), z.meta({ description: 'How many candidate bids to compare.' })),
  learningRate: z
    .number()
    .check(z.positive(), z.meta({ description: 'l in the frequency opponent model (HardHeaded).' })),
  source: sourceRef,
});

export const TacticsSchema = z.strictObject({
  redLine: z.strictObject({
    noDealApprovalCost: z.number().check(
      z.gte(0),
      z.meta({
        description:
          'Approval points a side loses if the game ends without a deal after it drew a public red line.',
      }),
    ),
    source: sourceRef,
  }),
  backChannel: z.strictObject({
    leakChance: fraction,
    leakApprovalCost: z.number().check(z.gte(0)),
    source: sourceRef,
  }),
});

export const DialogueSchema = z.strictObject({
  objections: z.record(z.string(), z.array(text).check(z.minLength(1))).check(
    z.meta({
      description: 'Lines naming the issue a reply objects to most; {issue} and {level} are filled in.',
    }),
  ),
  accept: z.array(text).check(z.minLength(1)),
  reject: z.array(text).check(z.minLength(1)),
  propose: z.array(text).check(z.minLength(1)),
  walkAway: z.array(text).check(z.minLength(1)),
});

export const ScenarioSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  version: text.check(z.meta({ description: 'The content version; result codes name it.' })),
  title: text,
  summary: text,
  sources: z.record(z.string(), SourceSchema),
  parties: z.array(PartySchema).check(z.length(2)),
  firstMover: id,
  issues: z.array(IssueSchema).check(z.minLength(1)),
  economy: EconomySchema,
  noDeal: z.strictObject({ description: text, package: PackageSchema, source: sourceRef }),
  meetings: z.array(MeetingSchema).check(z.minLength(1)),
  deadline: z.optional(
    z.strictObject({ date: isoDate, description: text, source: sourceRef }).check(
      z.meta({
        description: 'When time runs out (after the last meeting): what then takes effect, with its source.',
      }),
    ),
  ),
  events: z.array(EventSchema),
  agent: AgentSchema,
  tactics: TacticsSchema,
  dialogue: z.record(z.string(), DialogueSchema),
  historicalDeal: z.optional(
    z.strictObject({ date: z.string(), description: text, package: PackageSchema, source: sourceRef }),
  ),
  debrief: z.strictObject({
    whatHappened: z.array(text),
    questions: z.array(text).check(z.minLength(1)),
  }),
});

export type ScenarioData = z.infer<typeof ScenarioSchema>;
export type PartyData = z.infer<typeof PartySchema>;
export type IssueData = z.infer<typeof IssueSchema>;
export type GroupData = z.infer<typeof GroupSchema>;
export type ConcernData = z.infer<typeof ConcernSchema>;
export type SectorData = z.infer<typeof SectorSchema>;
export type EventData = z.infer<typeof EventSchema>;
export type EventEffectData = z.infer<typeof EventEffectSchema>;
export type Difficulty = (typeof DIFFICULTIES)[number];
export type ConcessionStyle = (typeof CONCESSION_STYLES)[number];
export type Metric = (typeof METRICS)[number];
