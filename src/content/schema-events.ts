/**
 * The scenario's calendar: meetings, and the news events that may fire after them with what each changes.
 * Schema version 1 events move the no-deal package, a group's influence, a ratification threshold or approval;
 * version 2 adds a group's concern weights and red lines, an issue put on or taken off the table, an economy
 * parameter and a party's deadline. Cross-references and dates are checked in check.ts / check-dates.ts.
 */
import { ECONOMY_PARAMETERS } from '../model/vocabulary.ts';
import {
  bounded,
  id,
  isoDate,
  LIMITS,
  list,
  name,
  shortText,
  sourceRef,
  text,
  weight,
  z,
} from './schema-base.ts';

/** The effect ops only schema version 2 files may use. */
export const V2_EFFECT_OPS: readonly string[] = [
  'set-weights',
  'add-red-line',
  'remove-red-line',
  'set-on-table',
  'set-economy',
  'set-deadline',
];

/** The calendar's schemas, built when the scenario schema is (schema.ts `scenarioSchemas`: on first use). */
export function eventSchemas() {
  const MeetingSchema = z.strictObject({
    id,
    date: isoDate.check(
      z.meta({ description: 'The day of the meeting, YYYY-MM-DD: a real date, meetings in order.' }),
    ),
    title: name,
    description: text,
    source: sourceRef,
  });

  const bound = z.enum(['at-most', 'at-least']).check(
    z.meta({
      description:
        "at-most: the issue's owner may concede at most this level; at-least: at least this level.",
    }),
  );

  /** The effects of schema version 1. */
  const V1_EFFECTS = [
    z.strictObject({ op: z.literal('set-no-deal'), issue: id, level: id }),
    z.strictObject({ op: z.literal('adjust-influence'), party: id, group: id, by: bounded(-1000, 1000) }),
    z.strictObject({ op: z.literal('adjust-threshold'), party: id, by: bounded(-1, 1) }),
    z.strictObject({ op: z.literal('adjust-approval'), party: id, by: bounded(-100, 100) }),
  ] as const;

  /** The effects schema version 2 adds (check.ts refuses them in a version 1 file). */
  const V2_EFFECTS = [
    z
      .strictObject({
        op: z.literal('set-weights'),
        party: id,
        group: id,
        weights: list(weight(), LIMITS.concerns).check(
          z.meta({ description: "The group's new concern weights: one per concern, in the group's order." }),
        ),
      })
      .check(
        z.meta({
          description:
            '(schema version 2) A group now weighs its concerns differently, e.g. farmers fear jobs more.',
        }),
      ),
    z
      .strictObject({ op: z.literal('add-red-line'), party: id, group: id, issue: id, level: id, bound })
      .check(
        z.meta({
          description:
            '(schema version 2) A group draws a new red line: from now on it opposes any deal that crosses it.',
        }),
      ),
    z.strictObject({ op: z.literal('remove-red-line'), party: id, group: id, issue: id }).check(
      z.meta({
        description:
          "(schema version 2) A group drops its red lines on the issue (the file's and added ones).",
      }),
    ),
    z.strictObject({ op: z.literal('set-on-table'), issue: id, onTable: z.boolean() }).check(
      z.meta({
        description:
          '(schema version 2) The issue is put on the table (true: both may offer on it) or taken off it (false: it goes back to its no-deal level and a standing offer that moves it lapses).',
      }),
    ),
    z
      .strictObject({
        op: z.literal('set-economy'),
        parameter: z.enum(ECONOMY_PARAMETERS),
        value: bounded(0, 20).check(
          z.meta({ description: 'The new value: elasticity 0 to 20, the others shares from 0 to 1.' }),
        ),
      })
      .check(
        z.meta({
          description:
            "(schema version 2) An economy parameter changes: every sector's flows, jobs, revenue and costs, and the groups' utilities that follow from them, are worked out again.",
        }),
      ),
    z
      .strictObject({
        op: z.literal('set-deadline'),
        party: id,
        meeting: id.check(
          z.meta({ description: 'The last meeting the party will negotiate in (after the event fires).' }),
        ),
      })
      .check(
        z.meta({
          description:
            "(schema version 2) A party's deadline moves: the talks end after the earlier of the two parties' last meetings.",
        }),
      ),
  ] as const;

  const EventEffectSchema = z.discriminatedUnion('op', [...V1_EFFECTS, ...V2_EFFECTS]);

  const EventSchema = z.strictObject({
    id,
    title: name,
    date: z.optional(shortText).check(
      z.meta({
        description:
          "When it happened, YYYY-MM-DD (free text is still read in a version 1 file): a real date after its first meeting's and no later than the meeting after its window.",
      }),
    ),
    text: text,
    afterMeeting: z
      .strictObject({ from: id, to: id })
      .check(
        z.meta({ description: 'The event can fire after any meeting from `from` to `to` (meeting ids).' }),
      ),
    chance: bounded(0, 1).check(
      z.meta({ description: 'Chance to fire after each eligible meeting until it has fired once.' }),
    ),
    effects: list(EventEffectSchema, LIMITS.effects).check(z.minLength(1)),
    source: sourceRef,
  });
  return { MeetingSchema, EventEffectSchema, EventSchema };
}
