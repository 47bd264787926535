/**
 * The optional presentation fields of a scenario file: how its parties look (colour, flag, badge initials) and
 * how the game names its money, base year, title card tagline, first side and the dance chart's x-axis. All
 * optional, so a file without them loads unchanged (and keeps its content hash); `compilePresentation` fills in
 * today's defaults (Japan's and the US's flags by party id, the base year 2024, the Japanese side offered
 * first when there is one). `checkPresentation` reports unknown parties and warns about colours that are hard
 * to see on the game's grounds or hard to tell apart with colour blindness (colour-check.ts).
 * Wired into schema.ts by spreading PARTY_PRESENTATION into the party and SCENARIO_PRESENTATION into the file.
 */
import * as z from 'zod/mini';
import {
  BUILT_IN_FLAGS,
  DEFAULT_BASE_YEAR,
  DEFAULT_SIDE_COLOURS,
  defaultStyle,
  FLAG_EMBLEMS,
  initialsOf,
  type PartyFlag,
  type PartyLook,
  type ScenarioLook,
} from '../model/presentation.ts';
import type { Pair, PartyIndex } from '../model/scenario.ts';
import type { Problems } from './check.ts';
import { COLOUR_GROUNDS, colourWarnings, parseHex } from './colour-check.ts';
import { MAX_ID_LENGTH, MAX_NAME_LENGTH } from './limits.ts';

/**
 * The presentation's schemas, built when the scenario schema is (schema.ts `scenarioSchemas`: on first use, not at
 * import); PARTY_PRESENTATION is spread into the party's schema and SCENARIO_PRESENTATION into the file's.
 */
export function presentationSchemas() {
  const hexColour = z
    .string()
    .check(
      z.regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb'),
      z.meta({ description: 'A colour written #rrggbb, e.g. "#0072b2".' }),
    );
  const partyId = z
    .string()
    .check(
      z.maxLength(MAX_ID_LENGTH),
      z.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and dashes'),
      z.meta({ description: 'A party id.' }),
    );

  const FlagSchema = z
    .strictObject({
      stripes: z.array(hexColour).check(
        z.minLength(1),
        z.maxLength(6),
        z.meta({
          description: 'Equal stripes, from the top (or from the hoist when vertical): 1 to 6 colours.',
        }),
      ),
      direction: z.optional(z.enum(['horizontal', 'vertical'])),
      emblem: z.optional(
        z.strictObject({
          shape: z.enum(FLAG_EMBLEMS),
          colour: hexColour,
        }),
      ),
    })
    .check(
      z.meta({
        description:
          'A flag the game draws: stripes and an optional emblem in the middle. Parties "japan" and "us" have the game\'s flags when left out; any other party gets a badge with its initials.',
      }),
    );

  /** Spread into PartySchema. */
  const PARTY_PRESENTATION = {
    colour: z.optional(hexColour).check(
      z.meta({
        description:
          "The side's colour in charts and on the table; `scenario check` warns when it is hard to see on the game's navy or the teacher's white, or too close to the other side's under colour blindness.",
      }),
    ),
    flag: z.optional(FlagSchema),
    initials: z.optional(z.string().check(z.minLength(1), z.maxLength(4))).check(
      z.meta({
        description: "The badge's letters when the party has no flag; from shortName when left out.",
      }),
    ),
  };

  const PresentationSchema = z.strictObject({
    tagline: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH))).check(
      z.meta({
        description:
          'The title card\'s line under the game\'s name, e.g. "Negotiate the 2025 US–Japan tariff deal"; built from the parties and the year when left out.',
      }),
    ),
    currency: z.optional(z.string().check(z.minLength(1), z.maxLength(20))).check(
      z.meta({
        description:
          'The currency of money figures, as the texts write it: "$" (the default) gives "$55.8B"; a translation may give its own word.',
      }),
    ),
    baseYear: z.optional(z.number().check(z.int(), z.gte(1800), z.lte(2200))).check(
      z.meta({
        description: 'The year the trade baselines are from ("jobs, against 2024"); 2024 when left out.',
      }),
    ),
    defaultSide: z.optional(partyId).check(
      z.meta({
        description: 'The side a new game offers first; "japan" if there is one, else the first party.',
      }),
    ),
    xAxisParty: z.optional(partyId).check(
      z.meta({
        description: "The party whose utility is the dance chart's x-axis; the first party when left out.",
      }),
    ),
  });

  /** Spread into ScenarioSchema. */
  const SCENARIO_PRESENTATION = {
    presentation: z.optional(PresentationSchema).check(
      z.meta({
        description: 'How the game presents the scenario (all optional; the defaults fit US–Japan).',
      }),
    ),
  };
  return { FlagSchema, PARTY_PRESENTATION, PresentationSchema, SCENARIO_PRESENTATION };
}
type PresentationSchemas = ReturnType<typeof presentationSchemas>;

type PartyPresentation = {
  colour?: string;
  flag?: z.infer<PresentationSchemas['FlagSchema']>;
  initials?: string;
};
interface PresentationData {
  readonly parties: readonly (PartyPresentation & { id: string; shortName: string })[];
  readonly presentation?: z.infer<PresentationSchemas['PresentationSchema']>;
}

const indexOf = (data: PresentationData, id: string | undefined): PartyIndex | null => {
  const i = data.parties.findIndex((p) => p.id === id);
  return i === 0 || i === 1 ? i : null;
};

function flagOf(party: PresentationData['parties'][number]): PartyFlag {
  if (party.flag) {
    return {
      kind: 'design',
      stripes: party.flag.stripes.map(parseHex),
      vertical: party.flag.direction === 'vertical',
      emblem: party.flag.emblem
        ? { shape: party.flag.emblem.shape, colour: parseHex(party.flag.emblem.colour) }
        : null,
    };
  }
  const builtIn = BUILT_IN_FLAGS.find((name) => name === party.id);
  return builtIn ? { kind: 'built-in', name: builtIn } : null;
}

/** The presentation of a checked scenario, with the defaults filled in. */
export function compilePresentation(data: PresentationData): ScenarioLook {
  const p = data.presentation ?? {};
  const ids = [data.parties[0].id, data.parties[1].id] as const;
  const parties = data.parties.map((party, i): PartyLook => {
    const style = defaultStyle(ids, i as PartyIndex);
    return {
      colour: party.colour ? parseHex(party.colour) : DEFAULT_SIDE_COLOURS[style],
      style,
      flag: flagOf(party),
      initials: party.initials ?? initialsOf(party.shortName),
    };
  }) as unknown as Pair<PartyLook>;
  return {
    parties,
    tagline: p.tagline ?? null,
    currency: p.currency ?? null,
    baseYear: p.baseYear ?? DEFAULT_BASE_YEAR,
    defaultSide: indexOf(data, p.defaultSide) ?? indexOf(data, 'japan') ?? 0,
    xAxisParty: indexOf(data, p.xAxisParty) ?? 0,
  };
}

/** Unknown party ids (errors) and colours hard to see or to tell apart (warnings). */
export function checkPresentation(data: PresentationData, problems: Problems): void {
  for (const field of ['defaultSide', 'xAxisParty'] as const) {
    const ref = data.presentation?.[field];
    if (ref !== undefined && indexOf(data, ref) === null)
      problems.add('UNKNOWN_PARTY', ['presentation', field], `no party "${ref}"`);
  }
  const colours = data.parties.map((party) => (party.colour ? parseHex(party.colour) : null));
  const look = compilePresentation(data).parties;
  for (const warning of colourWarnings(colours, [look[0].colour, look[1].colour], COLOUR_GROUNDS))
    problems.add(warning.code, ['parties', warning.party, 'colour'], warning.message, 'warning');
}
