/**
 * The scenario file format, written in zod. The JSON Schema in `schema/scenario.schema.json` is generated
 * from this file (`npm run schema`), so editors autocomplete and underline scenario files.
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
import * as z from 'zod/mini';
import { HOLD_REASONS, RETRACT_REASONS } from '../model/agent/notes.ts';
import { CONCESSION_STYLES, DIFFICULTIES, METRICS } from '../model/vocabulary.ts';
import { LIMITS, MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from './limits.ts';
import { PARTY_PRESENTATION, SCENARIO_PRESENTATION } from './schema-presentation.ts';

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
    z.maxLength(MAX_ID_LENGTH),
    z.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and dashes'),
    z.meta({ description: 'An identifier: lower-case letters, digits and dashes.' }),
  );
/** A key of a record: any text but "__proto__", which JSON readers turn into something else. */
const key = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(MAX_ID_LENGTH),
    z.regex(/^(?!__proto__$)/, '"__proto__" cannot be a key'),
  );
/** A record with at most `most` keys (the check runs in zod; maxProperties tells editors). */
const record = <V extends z.core.SomeType>(value: V, most: number) =>
  z.record(key, value).check(
    z.refine((r) => Object.keys(r as object).length <= most, `at most ${most} entries`),
    z.meta({ maxProperties: most }),
  );
/** A list of at most `most` items. */
const list = <T extends z.core.SomeType>(item: T, most: number) => z.array(item).check(z.maxLength(most));
const name = z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH));
const text = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH));
const note = z.string().check(z.maxLength(MAX_TEXT_LENGTH));
const shortText = z.string().check(z.maxLength(MAX_NAME_LENGTH));
const sourceRef = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(MAX_ID_LENGTH),
    z.meta({ description: 'A key of the top-level `sources` object.' }),
  );
/** A number from `min` to `max`. */
const bounded = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
/** An object shape with one field per word of a model vocabulary, in the vocabulary's order. */
const eachOf = <K extends string, T extends z.core.SomeType>(keys: readonly K[], value: () => T) =>
  Object.fromEntries(keys.map((k) => [k, value()])) as Record<K, T>;
const fraction = bounded(0, 1);
/** A weight or an influence: positive, and neither too small nor too large to add up. */
const weight = () => bounded(0.001, 1000);

export const SourceSchema = z.strictObject({
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
      z.meta({ description: 'A number that is a fact or a game parameter, with the source it comes from.' }),
    );

export const LevelSchema = z.strictObject({
  id,
  label: name.check(z.meta({ description: 'What a player reads, e.g. "15% all-in".' })),
  value: bounded(-100_000, 100_000).check(
    z.meta({
      description:
        'The number the economy uses: the tariff in percent for a tariff issue (0 to 1000), the added flow in $B a year for a volume issue, a score for a policy issue.',
    }),
  ),
  note: z.optional(note),
});

export const ISSUE_KINDS = ['tariff', 'volume', 'policy'] as const;

export const IssueSchema = z.strictObject({
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
    .optional(list(id, LIMITS.sectors))
    .check(z.meta({ description: 'Only these sectors; all sectors when left out.' })),
  prefer: z.enum(['more', 'less']),
  weight: weight(),
});

export const IssueConcernSchema = z.strictObject({
  kind: z.literal('issue'),
  issue: id,
  values: list(fraction, LIMITS.levels).check(
    z.meta({
      description: 'How much the group likes each level of the issue, from 0 to 1, in level order.',
    }),
  ),
  weight: weight(),
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
  quote: z.optional(note).check(z.meta({ description: 'The public words that drew this line.' })),
  quoteBy: z.optional(shortText).check(z.meta({ description: 'Who said the quote, and when.' })),
  source: z.optional(sourceRef),
});

export const GroupSchema = z.strictObject({
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

export const PartySchema = z.strictObject({
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
  ...PARTY_PRESENTATION,
});

export const SectorSchema = z.strictObject({
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

export const EconomySchema = z.strictObject({
  elasticity: sourcedNumber(0, 20).check(
    z.meta({ description: 'Import demand elasticity (positive number).' }),
  ),
  importPassThrough: sourcedNumber(0, 1),
  retailPassThrough: sourcedNumber(0, 1),
  complianceLoss: sourcedNumber(0, 1),
  sectors: list(SectorSchema, LIMITS.sectors).check(z.minLength(1)),
});

export const PackageSchema = record(z.string().check(z.maxLength(MAX_ID_LENGTH)), LIMITS.keys).check(
  z.meta({ description: 'A level id for every issue id.' }),
);

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD'));

export const MeetingSchema = z.strictObject({
  id,
  date: isoDate,
  title: name,
  description: text,
  source: sourceRef,
});

export const EventEffectSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('set-no-deal'), issue: id, level: id }),
  z.strictObject({ op: z.literal('adjust-influence'), party: id, group: id, by: bounded(-1000, 1000) }),
  z.strictObject({ op: z.literal('adjust-threshold'), party: id, by: bounded(-1, 1) }),
  z.strictObject({ op: z.literal('adjust-approval'), party: id, by: bounded(-100, 100) }),
]);

export const EventSchema = z.strictObject({
  id,
  title: name,
  date: z.optional(shortText),
  text: text,
  afterMeeting: z
    .strictObject({ from: id, to: id })
    .check(
      z.meta({ description: 'The event can fire after any meeting from `from` to `to` (meeting ids).' }),
    ),
  chance: fraction.check(
    z.meta({ description: 'Chance to fire after each eligible meeting until it has fired once.' }),
  ),
  effects: list(EventEffectSchema, LIMITS.effects).check(z.minLength(1)),
  source: sourceRef,
});

const DifficultySchema = z.strictObject({
  exponentFactor: bounded(0.01, 100).check(
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
    .strictObject(eachOf(CONCESSION_STYLES, () => bounded(0.01, 100)))
    .check(z.meta({ description: 'e in f(t) = t^(1/e) for each concession style.' })),
  difficulty: z.strictObject(eachOf(DIFFICULTIES, () => DifficultySchema)),
  acceptanceTime: fraction.check(
    z.meta({ description: 'T in AC_combi: after it, accept the best offer seen lately.' }),
  ),
  bandWidth: bounded(0.000001, 1).check(
    z.meta({ description: 'Width of the utility band bids are drawn from.' }),
  ),
  candidates: z
    .number()
    .check(z.int(), z.gte(1), z.lte(10_000), z.meta({ description: 'How many candidate bids to compare.' })),
  learningRate: bounded(0.000001, 10).check(
    z.meta({ description: 'l in the frequency opponent model (HardHeaded).' }),
  ),
  minStep: z.optional(bounded(0, 1)).check(
    z.meta({
      description:
        'The least the computer concedes (own utility) from one offer to its next, unless it says why it holds; bandWidth when left out.',
    }),
  ),
  bidNoise: z.optional(bounded(0, 1)).check(
    z.meta({
      description:
        'How much the computer varies its guess of what the other side wants from one decision to the next (utility); 0 when left out.',
    }),
  ),
  source: sourceRef,
});

export const PersonalitySchema = z.strictObject({
  id,
  name: name.check(z.meta({ description: 'What the debrief calls it, e.g. "a hard bargainer".' })),
  description: text,
  exponent: bounded(0.01, 100).check(
    z.meta({
      description:
        "e in f(t) = t^(1/e) (times the difficulty's factor): above 1 it concedes early, below 1 late.",
    }),
  ),
  firmness: bounded(-1, 1).check(
    z.meta({
      description: "Added to the difficulty's minTarget: how far above no-deal its lowest target stays.",
    }),
  ),
  tactics: fraction.check(
    z.meta({
      description: 'Chance it uses a tactic (red line, link, back channel) when it has a reason to.',
    }),
  ),
  hold: fraction.check(
    z.meta({ description: 'Chance it holds its offer (waiting for news, a deadline tactic) when it may.' }),
  ),
  link: fraction.check(
    z.meta({ description: 'Chance it links an off-table issue it would gain from, on its first turn.' }),
  ),
  patience: fraction.check(
    z.meta({
      description:
        'The share of the talks after which it may warn, then walk away, when the other side stops moving below its walk-away share.',
    }),
  ),
  walkAway: fraction.check(
    z.meta({
      description:
        'In the last meetings it warns, then walks away, rather than take an offer below this share of the room above no-deal (0: never).',
    }),
  ),
  parties: z
    .optional(list(id, 2))
    .check(z.meta({ description: 'The parties it may play; both when left out.' })),
  source: sourceRef,
});

export const TacticsSchema = z.strictObject({
  redLine: z.strictObject({
    noDealApprovalCost: bounded(0, 100).check(
      z.meta({
        description:
          'Approval points a side loses if the game ends without a deal after it drew a public red line.',
      }),
    ),
    source: sourceRef,
  }),
  backChannel: z.strictObject({
    leakChance: fraction,
    leakApprovalCost: bounded(0, 100),
    source: sourceRef,
  }),
});

const lines = () => list(text, LIMITS.lines).check(z.minLength(1));
/** Optional lines of one kind, described. */
const someLines = (description: string) => z.optional(lines()).check(z.meta({ description }));

export const DialogueSchema = z.strictObject({
  objections: record(lines(), LIMITS.keys).check(
    z.meta({
      description: 'Lines naming the issue a reply objects to most; {issue} and {level} are filled in.',
    }),
  ),
  accept: lines(),
  reject: lines(),
  propose: lines(),
  walkAway: lines(),
  concede: someLines('Lines for an offer that gives more than its previous one.'),
  wantMore: someLines('Lines for asking for more without naming an issue.'),
  hold: z
    .optional(z.strictObject(eachOf(HOLD_REASONS, () => z.optional(lines()))))
    .check(z.meta({ description: 'Lines for repeating its previous offer, by the reason it holds.' })),
  retract: z.optional(z.strictObject(eachOf(RETRACT_REASONS, () => z.optional(lines())))).check(
    z.meta({
      description: 'Lines for taking a concession back, by its cause; {issue} is filled in.',
    }),
  ),
  news: someLines('Lines for an offer made after news since its previous one.'),
  redLine: someLines('Lines for drawing a public red line; {issue} and {level} are filled in.'),
  answerRedLine: someLines('Lines answering a red line the other side drew; {issue} is filled in.'),
  link: someLines('Lines for linking an off-table issue to the talks; {issue} is filled in.'),
  backChannel: someLines('Lines for opening the back channel.'),
  warn: someLines('Lines warning that it will walk away.'),
});

export const ScenarioSchema = z.strictObject({
  $schema: z.optional(shortText),
  schemaVersion: z.literal(SCHEMA_VERSION),
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
        description: 'When time runs out (after the last meeting): what then takes effect, with its source.',
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

export type ScenarioData = z.infer<typeof ScenarioSchema>;
export type PartyData = z.infer<typeof PartySchema>;
export type IssueData = z.infer<typeof IssueSchema>;
export type GroupData = z.infer<typeof GroupSchema>;
export type ConcernData = z.infer<typeof ConcernSchema>;
export type SectorData = z.infer<typeof SectorSchema>;
export type EventData = z.infer<typeof EventSchema>;
export type EventEffectData = z.infer<typeof EventEffectSchema>;
export type PersonalityData = z.infer<typeof PersonalitySchema>;
