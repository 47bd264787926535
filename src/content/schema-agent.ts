/**
 * The computer's part of the scenario file format: its agent parameters, personalities, tactics costs and each
 * party's dialogue lines. Part of the scenario schema (schema.ts).
 */
import { HOLD_REASONS, RETRACT_REASONS } from '../model/agent/notes.ts';
import { CONCESSION_STYLES, DIFFICULTIES } from '../model/vocabulary.ts';
import {
  bounded,
  eachOf,
  fraction,
  id,
  LIMITS,
  list,
  name,
  record,
  sourceRef,
  text,
  z,
} from './schema-base.ts';

/**
 * The computer's schemas, built when the scenario schema is (schema.ts `scenarioSchemas`: on first use, not at
 * import).
 */
export function agentSchemas() {
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

  const AgentSchema = z.strictObject({
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
      .check(
        z.int(),
        z.gte(1),
        z.lte(10_000),
        z.meta({ description: 'How many candidate bids to compare.' }),
      ),
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

  const PersonalitySchema = z.strictObject({
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

  const TacticsSchema = z.strictObject({
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

  const DialogueSchema = z.strictObject({
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
  return { AgentSchema, PersonalitySchema, TacticsSchema, DialogueSchema };
}
